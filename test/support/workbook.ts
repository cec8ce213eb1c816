/** The template workbook in the local workbook, as the add-on's tests drive and inspect it. */
import { TEMPLATES } from '../../sheets-templates';
import { columnLetter, expandColumns } from '../../sheets-templates/layout';
import type { ReportTemplate, SettingsTemplate, TableTemplate } from '../../sheets-templates/types';
import { LocalWorkbook } from '../../tools/local-workbook';

const ERRORS = /^#(NAME\?|ERROR!|VALUE!|REF!|N\/A|DIV\/0!|NUM!|NULL!)/;

export const tableTemplate = (id: string): TableTemplate =>
  TEMPLATES.find((t): t is TableTemplate => t.kind === 'table' && t.id === id)!;
export const dashboardTemplate = TEMPLATES.find((t): t is ReportTemplate => t.kind === 'report')!;
export const settingsTemplate = TEMPLATES.find((t): t is SettingsTemplate => t.kind === 'settings')!;

/** Column letter of a template column in a sheet the add-on laid out. */
export const letterOf = (id: string, key: string): string =>
  columnLetter(expandColumns(tableTemplate(id)).find((p) => p.key === key)!.index);

/** A new spreadsheet with the bundle loaded; `setup` runs the menu's Set up (and samples). */
export function openWorkbook(locale = 'ru_RU', setup: 'none' | 'setup' | 'samples' = 'none') {
  const wb = new LocalWorkbook({ locale });
  const loaded = wb.load();
  if (setup !== 'none') loaded.run('setupWorkbook');
  if (setup === 'samples') loaded.run('addSampleData');
  return { wb, run: loaded.run, context: loaded.context };
}

/** The text of the last alert: setup's summary. */
export const lastAlert = (wb: LocalWorkbook): string => wb.alerts().at(-1)?.prompt ?? '';

/** Cells showing an error value, with the message Sheets would show on hover. */
export function errorCells(wb: LocalWorkbook, sheets = wb.sheetNames()): string[] {
  const found: string[] = [];
  for (const name of sheets) {
    wb.values(name).forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v !== 'string' || !ERRORS.test(v)) return;
        const a1 = `${columnLetter(c + 1)}${r + 1}`;
        found.push(`${name}!${a1}: ${v} ${wb.errorMessage(name, a1) ?? ''}`);
      }),
    );
  }
  return found;
}
