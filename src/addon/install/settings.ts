/**
 * The Settings sheet: one row and one named range per setting. Formulas reach each value by
 * its name, so a name that no longer points anywhere is linked back to its row, found by its
 * label in either language (or an earlier one) or by its position, and the value the user set there is kept. Only
 * a setting with no row at all gets a new row with its default value. Beside the settings, a
 * table of the market segments (names, the target ones marked) that formulas read by columns.
 */
import type { Setting, SettingsTemplate } from '../../../sheets-templates/types';
import { normalizeWords } from '../../core/words';
import { isBlank } from '../../core/cells';
import type { Cell } from '../../core/vocabulary';
import { type Lang, texts } from '../../i18n';
import { settingRangeName } from '../registry';
import { dayOffset, literal, sampleCell, type Today } from '../samples';
import { NUMBER_FORMATS, type Reuse, criterionFor, definedRuns, setWidths } from './checks';
import { SheetRanges, areaA1 } from './ranges';
import { NEW_SHEET_ROWS } from './table';
import type { SetupReport } from './summary';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

const WIDTHS = [280, 120, 520];
/** The market segments' names; their marks keep Sheets' width. */
const NAMES_WIDTH = 200;

export interface SettingsPlacement {
  readonly ss: Spreadsheet;
  readonly sheet: Sheet;
  readonly template: SettingsTemplate;
  readonly created: boolean;
  readonly lang: Lang;
  readonly today: Today;
  readonly reuse: Reuse;
  readonly report: SetupReport;
}

/** Lays out a new Settings sheet, or links and completes an existing one; true when anything changed. */
export function applySettings(p: SettingsPlacement): boolean {
  const { sheet, template, lang } = p;
  if (p.created) {
    if (template.tabColor) sheet.setTabColor(template.tabColor);
    const ranges = new SheetRanges(sheet);
    const header = ranges.want('A1:C1');
    const rows = planSettings(p, template.settings, 2, ranges);
    const table = planTable(p, ranges, NEW_SHEET_ROWS);
    const range = ranges.get(header);
    range.setValues([template.headers.map((h) => h[lang])]);
    p.reuse.styleHeader(sheet, range, 1, 3);
    sheet.setFrozenRows(1);
    setWidths(
      sheet,
      WIDTHS.map((w, i) => [i + 1, w] as const),
    );
    writeSettings(p, rows, ranges);
    writeTable(p, table, ranges);
    return true;
  }
  const table = restoreTable(p);
  const unnamed = template.settings.filter((s) => !p.ss.getRangeByName(settingRangeName(s.key)));
  if (unnamed.length === 0) return table;
  const last = sheet.getLastRow();
  const labels = last >= 2 ? (sheet.getRange(2, 1, last - 1, 2).getValues() as Cell[][]) : [];
  const { found, lost } = findRows(template, unnamed, labels);
  for (const [s, row] of found) p.ss.setNamedRange(settingRangeName(s.key), sheet.getRange(row, 2));
  p.report.settingsRelinked.push(...found.map(([s]) => quoted(s, lang)));
  if (lost.length > 0) {
    const ranges = new SheetRanges(sheet);
    writeSettings(p, planSettings(p, lost, Math.max(last, 1) + 1, ranges), ranges);
    p.report.settingsAdded.push(...lost.map((s) => quoted(s, lang)));
  }
  return true;
}

const quoted = (s: Setting, lang: Lang) => texts[lang].addon.setup.setting(s.label[lang]);

/**
 * The row of each setting that lost its name: the one labelled with it in either language, else
 * the one at its place in the template, unless that row holds another setting's label or nothing.
 */
function findRows(
  template: SettingsTemplate,
  unnamed: readonly Setting[],
  rows: readonly Cell[][],
): { found: Array<[Setting, number]>; lost: Setting[] } {
  const labelOf = (r: readonly Cell[]) => normalizeWords(String(r[0] ?? ''));
  const owner = new Map<string, string>();
  for (const s of template.settings) {
    for (const label of [s.label.ru, s.label.en, ...(s.formerLabels ?? [])])
      owner.set(normalizeWords(label), s.key);
  }
  // A retired setting's row is nobody's: owned by no key.
  for (const label of template.retiredLabels ?? []) owner.set(normalizeWords(label), '');
  const found: Array<[Setting, number]> = [];
  const lost: Setting[] = [];
  const taken = new Set<number>();
  for (const s of unnamed) {
    let i = rows.findIndex((r) => owner.get(labelOf(r)) === s.key);
    if (i < 0) {
      const at = template.settings.indexOf(s);
      const row = rows[at];
      const free = row && !owner.has(labelOf(row)) && !isBlank(row[1]) && !taken.has(at);
      i = free ? at : -1;
    }
    if (i < 0) lost.push(s);
    else {
      taken.add(i);
      found.push([s, i + 2]);
    }
  }
  return { found, lost };
}

/** The rows of `settings` from row `start`, planned so their ranges are fetched together. */
interface SettingsPlan {
  readonly settings: readonly Setting[];
  readonly rows: string;
  readonly formats: ReadonlyArray<readonly [string, string[][]]>;
  readonly checks?: readonly [string, Array<Array<DataValidation | null>>];
  readonly cells: readonly string[];
}

function planSettings(
  p: SettingsPlacement,
  settings: readonly Setting[],
  start: number,
  ranges: SheetRanges,
): SettingsPlan {
  const { lang } = p;
  const end = start + settings.length - 1;
  const formats = definedRuns(settings.map((s) => NUMBER_FORMATS[s.type]?.[lang])).map(
    ([i, run]) => [ranges.want(`B${start + i}:B${start + i + run.length - 1}`), run.map((f) => [f])] as const,
  );
  const rules = settings.map((s) => {
    const c = criterionFor(s.type, s.choices?.[lang]);
    return [c ? p.reuse.rule(c) : null];
  });
  return {
    settings,
    rows: ranges.want(`A${start}:C${end}`),
    formats,
    checks: rules.some(([r]) => r !== null) ? [ranges.want(`B${start}:B${end}`), rules] : undefined,
    cells: settings.map((_, i) => ranges.want(`B${start + i}`)),
  };
}

/** Label, default value and note of each setting, then formats, checks and names. */
function writeSettings(p: SettingsPlacement, plan: SettingsPlan, ranges: SheetRanges): void {
  const { ss, lang, today } = p;
  ranges
    .get(plan.rows)
    .setValues(
      plan.settings.map((s) => [
        literal(s.label[lang]),
        s.type === 'date' && s.value === ''
          ? dayOffset(today, 0)
          : sampleCell(undefined, s.value, lang, today),
        literal(s.note[lang]),
      ]),
    );
  for (const [a1, formats] of plan.formats) ranges.get(a1).setNumberFormats(formats);
  if (plan.checks) ranges.get(plan.checks[0]).setDataValidations(plan.checks[1]);
  plan.settings.forEach((s, i) => ss.setNamedRange(settingRangeName(s.key), ranges.get(plan.cells[i])));
}

/** Where the market segments' table is written: its header, the header with its default rows, its marks' column. */
interface TablePlan {
  readonly header: string;
  readonly table: string;
  readonly marks: string;
}

/** The table's ranges on a sheet of `maxRows` rows: the marks' dropdown runs to its end. */
function planTable(p: SettingsPlacement, ranges: SheetRanges, maxRows: number): TablePlan {
  const { column, rows } = p.template.marketSegments;
  return {
    header: ranges.want(areaA1(column, column + 1, 1, 1)),
    table: ranges.want(areaA1(column, column + 1, 1, rows.length + 1)),
    marks: ranges.want(areaA1(column + 1, column + 1, 2, maxRows)),
  };
}

/** The table's header with its notes and its default rows, and the marks' dropdown down the sheet. */
function writeTable(p: SettingsPlacement, plan: TablePlan, ranges: SheetRanges): void {
  const { lang } = p;
  const t = p.template.marketSegments;
  ranges
    .get(plan.table)
    .setValues([
      t.headers.map((h) => h[lang]),
      ...t.rows.map((r) => [literal(r.name[lang]), t.marks[lang][r.marked ? 0 : 1]]),
    ]);
  const header = ranges.get(plan.header);
  header.setNotes([t.notes.map((n) => n[lang])]);
  p.reuse.styleHeader(p.sheet, header, t.column, t.column + 1);
  ranges.get(plan.marks).setDataValidation(p.reuse.rule({ kind: 'list', values: t.marks[lang] }));
  p.sheet.setColumnWidth(t.column, NAMES_WIDTH);
}

/**
 * An existing Settings sheet without the market segments' table (older, or the table was
 * cleared) gets it, when its place is blank: header and default rows. A table the user keeps,
 * even cut to its header, stays as it is. True when it was laid out.
 */
function restoreTable(p: SettingsPlacement): boolean {
  const t = p.template.marketSegments;
  const place = p.sheet.getRange(1, t.column, t.rows.length + 1, 2).getValues() as Cell[][];
  if (!place.every((row) => row.every(isBlank))) return false;
  const ranges = new SheetRanges(p.sheet);
  writeTable(p, planTable(p, ranges, p.sheet.getMaxRows()), ranges);
  p.report.settingsAdded.push(texts[p.lang].addon.setup.setting(t.headers[0][p.lang]));
  return true;
}
