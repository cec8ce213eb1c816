/**
 * A table sheet (Clients, Monitoring, …): headers, formats, checks, the computed columns'
 * formulas, their protection and colours. Every write covers a whole header row, column or
 * block, so the number of calls depends on the templates, never on how many rows the user has.
 */
import type { TableTemplate } from '../../../sheets-templates/types';
import {
  type PlacedColumn,
  type SheetLayout,
  type WorkbookLayout,
  columnLetter,
  formulaContext,
} from '../../../sheets-templates/layout';
import { texts } from '../../i18n';
import { inputRuns, rowsForRun, type Today } from '../samples';
import {
  Checks,
  NUMBER_FORMATS,
  columnCriterion,
  dataA1,
  setNumberFormats,
  setWidths,
  styleHeader,
} from './checks';
import { type PlannedColour, colourColumns, guardColumns, protectColumns, recolourColumns } from './guards';
import { plannedFormulas, repairFormulas, writeFormulas } from './formulas';
import { type SetupReport, buildFormula, note } from './summary';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The rows Sheets gives a new sheet: a sheet cut below what setup needs gets as many back. */
export const NEW_SHEET_ROWS = 1000;

export interface TablePlacement {
  readonly sheet: Sheet;
  readonly template: TableTemplate;
  readonly layout: SheetLayout;
  readonly created: boolean;
  readonly workbook: WorkbookLayout;
  readonly ourFormulas: Record<string, string>;
  readonly report: SetupReport;
  readonly today: Today;
  readonly checks: Checks;
}

/** Lays out a new table sheet, or repairs an existing one; true when anything changed. */
export function applyTable(t: TablePlacement): boolean {
  if (t.created) {
    layOutNewTable(t);
    return true;
  }
  return repairTable(t);
}

/**
 * Header, notes, widths, formats and checks of adjacent columns `placed` (a whole new sheet, or
 * the columns added at the end of an existing one): one call per kind of write, not per column.
 */
function layOutColumns(t: TablePlacement, placed: readonly PlacedColumn[], maxRows: number): void {
  const { sheet, layout, checks } = t;
  const lang = t.workbook.lang;
  const first = layout.columns.get(placed[0].key)!;
  const header = sheet.getRange(1, first, 1, placed.length);
  header.setValues([placed.map((p) => p.header[lang])]).setNotes([placed.map((p) => p.column.note[lang])]);
  styleHeader(header);
  const at = (p: PlacedColumn) => layout.columns.get(p.key)!;
  setWidths(
    sheet,
    placed.map((p) => [at(p), p.column.width] as const),
  );
  setNumberFormats(
    sheet,
    placed.flatMap((p) => {
      const format = NUMBER_FORMATS[p.column.type]?.[lang];
      return format ? [[dataA1(columnLetter(at(p)), maxRows), format] as const] : [];
    }),
  );
  const rules = placed.map((p) => {
    const c = columnCriterion(p, lang);
    return c ? checks.rule(c) : null;
  });
  const width = rules.map((r) => r !== null).lastIndexOf(true) + 1;
  if (width > 0) {
    const row = rules.slice(0, width);
    sheet
      .getRange(2, first, maxRows - 1, width)
      .setDataValidations(Array.from({ length: maxRows - 1 }, () => row));
  }
}

const computedColumns = (t: TablePlacement) =>
  t.layout.placed.filter((p) => p.column.type === 'computed').map((p) => t.layout.columns.get(p.key)!);

function plannedColours(t: TablePlacement): PlannedColour[] {
  const { template, layout, workbook, report } = t;
  const ctx = formulaContext(workbook, template.id);
  const cell = (key: string) => `$${columnLetter(layout.columns.get(key)!)}2`;
  return (template.colours ?? []).flatMap((c) => {
    const column = layout.columns.get(c.column)!;
    const where = `${workbook.names[template.id]}!${columnLetter(column)}`;
    const built = buildFormula(() => c.formula(ctx, cell), where, report);
    if (built === undefined) return [];
    return [{ column, formula: `=${built}`, background: c.background, fontColor: c.fontColor }];
  });
}

/** A new sheet, written in batches: the sheet is known to be blank, so nothing is read. */
function layOutNewTable(t: TablePlacement): void {
  const { sheet, template, layout } = t;
  const lang = t.workbook.lang;
  const maxRows = sheet.getMaxRows();
  if (template.tabColor) sheet.setTabColor(template.tabColor);
  // Sheets gives a new sheet 26 columns; a wider template asks for more.
  if (layout.placed.length > 26) {
    const maxColumns = sheet.getMaxColumns();
    if (maxColumns < layout.placed.length)
      sheet.insertColumnsAfter(maxColumns, layout.placed.length - maxColumns);
  }
  layOutColumns(t, layout.placed, maxRows);
  sheet.setFrozenRows(1);
  writeFormulas(sheet, plannedFormulas(template, layout, t.workbook, t.report), t.ourFormulas);
  protectColumns(sheet, computedColumns(t), maxRows, lang);
  colourColumns(sheet, plannedColours(t), maxRows);
  if (template.initialRows) {
    const columnOf = (k: string) => layout.placed.find((p) => p.key === k)?.column;
    for (const run of inputRuns(template, layout.columns, [...layout.columns.keys()])) {
      const rows = rowsForRun(run, template.initialRows, columnOf, lang, t.today);
      sheet.getRange(2, run.start, rows.length, run.keys.length).setValues(rows);
    }
  }
}

/** An existing sheet: whatever of the add-on's is missing, cut short or broken is put right. */
function repairTable(t: TablePlacement): boolean {
  const { sheet, template, layout, report } = t;
  const lang = t.workbook.lang;
  const name = t.workbook.names[template.id];
  let maxRows = sheet.getMaxRows();
  if (maxRows < 2) {
    sheet.insertRowsAfter(maxRows, NEW_SHEET_ROWS - maxRows);
    maxRows = NEW_SHEET_ROWS;
    note(report.rowsAdded, name);
  }
  if (layout.missing.length > 0) addMissingColumns(t, maxRows);
  const checks = restoreChecks(t, maxRows);
  const frozen = sheet.getFrozenRows() < 1;
  if (frozen) sheet.setFrozenRows(1);
  const formulas = repairFormulas(sheet, plannedFormulas(template, layout, t.workbook, report), {
    sheetName: name,
    lang,
    ourFormulas: t.ourFormulas,
    report,
    added: new Set(layout.missing.map((m) => layout.columns.get(m.key)!)),
  });
  const guard = guardColumns(sheet, computedColumns(t), maxRows, lang);
  const colours = recolourColumns(sheet, plannedColours(t), maxRows);
  const extended = [checks, guard, colours].includes('extended');
  if (extended) note(report.extended, name);
  // What no line of the summary names on its own: a check, protection or colour put back, a frozen header.
  const other = frozen || formulas === 'updated' || [checks, guard, colours].includes('added');
  if (other && layout.missing.length === 0) note(report.updated, name);
  return other || extended || formulas !== 'none' || layout.missing.length > 0 || maxRows < 2;
}

/** Template columns the sheet lacks, added after its last used column with header, format and check. */
function addMissingColumns(t: TablePlacement, maxRows: number): void {
  const { sheet, layout, report } = t;
  const lang = t.workbook.lang;
  const first = layout.columns.get(layout.missing[0].key)!;
  const last = first + layout.missing.length - 1;
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < last) sheet.insertColumnsAfter(maxColumns, last - maxColumns);
  layOutColumns(t, layout.missing, maxRows);
  const name = t.workbook.names[t.template.id];
  for (const m of layout.missing) {
    report.columnsRestored.push(
      texts[lang].addon.setup.column(name, m.header[lang], columnLetter(layout.columns.get(m.key)!)),
    );
  }
}

/**
 * Checks of the sheet's own columns, read in one call: a column without any check gets it back;
 * one whose check stops above the sheet's end (the sheet grew) gets it to the end. A gap the
 * user made in the middle of a column stays: that is their choice.
 */
function restoreChecks(t: TablePlacement, maxRows: number): 'none' | 'extended' | 'added' {
  const { sheet, layout, checks } = t;
  const lang = t.workbook.lang;
  const added = new Set(layout.missing.map((m) => m.key));
  const own = layout.placed.filter((p) => !added.has(p.key) && columnCriterion(p, lang));
  if (own.length === 0) return 'none';
  const width = Math.max(...own.map((p) => layout.columns.get(p.key)!));
  const present = sheet.getRange(2, 1, maxRows - 1, width).getDataValidations();
  let change: 'none' | 'extended' | 'added' = 'none';
  for (const p of own) {
    const at = layout.columns.get(p.key)!;
    let end = present.length;
    while (end > 0 && !present[end - 1][at - 1]) end--;
    if (end === present.length) continue;
    sheet
      .getRange(end + 2, at, maxRows - 1 - end, 1)
      .setDataValidation(checks.rule(columnCriterion(p, lang)!));
    if (end === 0) change = 'added';
    else if (change === 'none') change = 'extended';
  }
  return change;
}
