/**
 * Finding the add-on's own sheets in a workbook the user may have renamed, reordered or
 * filled with sheets of their own: by the id setup recorded, else by name and header.
 */
import type { SheetId, SheetTemplate } from '../../sheets-templates/types';
import { looksLikeTemplate } from '../../sheets-templates/layout';
import type { Cell } from '../core/vocabulary';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const PROP_SHEETS = 'ac.sheets';
const PROP_FORMULAS = 'ac.formulas';

/** The named range of a setting: language-neutral, so formulas survive a change of locale. */
export function settingRangeName(key: string): string {
  return `AC_${key.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}`;
}

export function readJson<T>(props: GoogleAppsScript.Properties.Properties, key: string, fallback: T): T {
  const raw = props.getProperty(key);
  return raw ? (JSON.parse(raw) as T) : fallback;
}

function headerRowOf(sheet: Sheet): Cell[] {
  const width = Math.max(sheet.getLastColumn(), 1);
  return sheet.getRange(1, 1, 1, width).getValues()[0] as Cell[];
}

function isOurs(template: SheetTemplate, header: readonly Cell[]): boolean {
  const first = String(header[0] ?? '').trim();
  switch (template.kind) {
    case 'table':
      return looksLikeTemplate(template, header);
    case 'settings':
      return first === template.headers[0].ru || first === template.headers[0].en;
    case 'report':
    case 'view':
      return first === template.title.ru || first === template.title.en;
  }
}

export interface SheetEntry {
  readonly sheet: Sheet;
  readonly id: number;
  readonly name: string;
}

export function sheetEntries(ss: Spreadsheet): SheetEntry[] {
  return ss.getSheets().map((sheet) => ({ sheet, id: sheet.getSheetId(), name: sheet.getName() }));
}

/** The sheet ids setup placed each template on: a renamed sheet is still found by its id. */
export function recordedSheets(
  props = PropertiesService.getDocumentProperties(),
): Partial<Record<SheetId, number>> {
  return readJson<Partial<Record<SheetId, number>>>(props, PROP_SHEETS, {});
}

/**
 * The sheet of a template: the one setup recorded, else one named like it in either language.
 * It is `ours` when recorded, or when its header looks like the template's; a sheet of the user's
 * that only shares the name is not.
 */
export function locateSheet(
  entries: readonly SheetEntry[],
  template: SheetTemplate,
  recorded: Partial<Record<SheetId, number>>,
): (SheetEntry & { readonly header: Cell[]; readonly ours: boolean }) | undefined {
  const found =
    entries.find((e) => e.id === recorded[template.id]) ??
    entries.find((e) => e.name === template.name.ru || e.name === template.name.en);
  if (!found) return undefined;
  const header = headerRowOf(found.sheet);
  return { ...found, header, ours: recorded[template.id] === found.id || isOurs(template, header) };
}

/** Records where each template sits, and the formulas setup wrote, for the next setup. */
export function recordPlacements(
  props: GoogleAppsScript.Properties.Properties,
  sheets: Partial<Record<SheetId, number>>,
  formulas: Readonly<Record<string, string>>,
): void {
  props.setProperties({ [PROP_SHEETS]: JSON.stringify(sheets), [PROP_FORMULAS]: JSON.stringify(formulas) });
}

/** The formulas setup wrote last time, by template and column: an older one of ours may be replaced. */
export function recordedFormulas(props: GoogleAppsScript.Properties.Properties): Record<string, string> {
  return readJson<Record<string, string>>(props, PROP_FORMULAS, {});
}
