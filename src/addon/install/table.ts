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
import { type Lang, texts } from '../../i18n';
import { inputRuns, rowsForRun, type Today } from '../samples';
import {
  type Criterion,
  type HeaderCell,
  NUMBER_FORMATS,
  colourHeader,
  type Reuse,
  SPACER_WIDTH,
  columnCriterion,
  dataA1,
  definedRuns,
  setWidths,
} from './checks';
import {
  type PlannedColour,
  colourColumns,
  columnRuns,
  guardColumns,
  protectRanges,
  recolourColumns,
} from './guards';
import { formulaRuns, plannedFormulas, repairFormulas, writeFormulas } from './formulas';
import { SheetRanges, areaA1 } from './ranges';
import { type SetupReport, buildFormula, note } from './summary';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

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
  readonly reuse: Reuse;
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
 * A column's check: a dropdown of its options' range (left out, and reported, when that range
 * is on a sheet that is not the add-on's), else by its type.
 */
function criterionOf(t: TablePlacement, p: PlacedColumn): Criterion | undefined {
  const { options } = p.column;
  if (!options) return columnCriterion(p, t.workbook.lang);
  const where = `${t.workbook.names[t.template.id]}!${columnLetter(t.layout.columns.get(p.key)!)}`;
  const a1 = buildFormula(() => options(formulaContext(t.workbook, t.template.id)), where, t.report);
  return a1 === undefined ? undefined : { kind: 'range', a1 };
}

/** The writes that lay out adjacent columns, planned so their ranges are fetched together. */
interface ColumnsPlan {
  readonly first: number;
  readonly last: number;
  /** The column at each position from `first` to `last`; undefined for the empty one before a table of its own. */
  readonly slots: ReadonlyArray<PlacedColumn | undefined>;
  readonly header: string;
  readonly formats: ReadonlyArray<readonly [string, string[][]]>;
  readonly checks?: readonly [string, Array<Array<DataValidation | null>>];
}

/**
 * Header, notes, formats and checks of columns `placed` (a whole new sheet, or the columns
 * added at the end of an existing one), adjacent but for the empty column before a table of
 * their own: one write per kind, or per block of formats.
 */
function planColumns(
  t: TablePlacement,
  placed: readonly PlacedColumn[],
  maxRows: number,
  ranges: SheetRanges,
): ColumnsPlan {
  const lang = t.workbook.lang;
  const at = (p: PlacedColumn) => t.layout.columns.get(p.key)!;
  const first = Math.min(...placed.map(at));
  const last = Math.max(...placed.map(at));
  const slots = Array.from({ length: last - first + 1 }, (_, i) => placed.find((p) => at(p) === first + i));
  const height = maxRows - 1;
  const formats = definedRuns(
    slots.map((p) => p && NUMBER_FORMATS[p.column.shows ?? p.column.type]?.[lang]),
  ).map(
    ([i, line]) =>
      [
        ranges.want(dataA1(first + i, first + i + line.length - 1, maxRows)),
        Array(height).fill(line),
      ] as const,
  );
  const rules = slots.map((p) => {
    const c = p && criterionOf(t, p);
    return c ? t.reuse.rule(c) : null;
  });
  const width = rules.map((r) => r !== null).lastIndexOf(true) + 1;
  const row = rules.slice(0, width);
  return {
    first,
    last,
    slots,
    header: ranges.want(areaA1(first, last, 1, 1)),
    formats,
    checks:
      width > 0
        ? [ranges.want(dataA1(first, first + width - 1, maxRows)), Array(height).fill(row)]
        : undefined,
  };
}

function writeColumns(t: TablePlacement, plan: ColumnsPlan, ranges: SheetRanges) {
  const { sheet, reuse } = t;
  const lang = t.workbook.lang;
  const { first, last, slots } = plan;
  const header = ranges.get(plan.header);
  header
    .setValues([slots.map((p) => p?.header[lang] ?? '')])
    .setNotes([slots.map((p) => p?.column.note[lang] ?? '')]);
  const apart = tableApart(t.layout.placed);
  const cells = slots.map((p): HeaderCell => (!p ? 'gap' : apart.has(p.key) ? 'apart' : 'plain'));
  reuse.styleHeader(sheet, header, first, last, cells.some((c) => c !== 'plain') ? cells : undefined);
  setWidths(
    sheet,
    slots.map((p, i) => [first + i, p ? p.column.width : SPACER_WIDTH] as const),
  );
  for (const [a1, formats] of plan.formats) ranges.get(a1).setNumberFormats(formats);
  if (plan.checks) ranges.get(plan.checks[0]).setDataValidations(plan.checks[1]);
}

/** The keys of a table of its own (FBS Absences' weeks): its first column and those after it. */
function tableApart(placed: readonly PlacedColumn[]): ReadonlySet<string> {
  const start = placed.findIndex((p) => p.column.startsTable);
  return new Set(start < 0 ? [] : placed.slice(start).map((p) => p.key));
}

/**
 * A sheet of an older version, its tables side by side: an empty column is inserted before
 * the second one, which Sheets moves right with its values, checks, colours, protection and
 * the references to it. Done before any formula is written, as the layout already counts it.
 */
export function insertSpacers(
  sheet: Sheet,
  name: string,
  layout: SheetLayout,
  spacers: readonly number[],
  lang: Lang,
  report: SetupReport,
): void {
  const apart = layout.placed.filter((p) => tableApart(layout.placed).has(p.key));
  for (const at of spacers) {
    sheet.insertColumnBefore(at);
    sheet.setColumnWidth(at, SPACER_WIDTH);
    // The table's headers that follow the gap without a column of the user's between them.
    let run = 0;
    while (apart.some((p) => layout.columns.get(p.key) === at + 1 + run)) run++;
    colourHeader(sheet.getRange(1, at, 1, run + 1), ['gap', ...Array<HeaderCell>(run).fill('apart')]);
    // The column found right after the gap is the one that starts the table (spacersWanted).
    const first = layout.placed.find((p) => layout.columns.get(p.key) === at + 1)!;
    report.spaced.push(texts[lang].addon.setup.spacedColumn(name, first.header[lang], columnLetter(at + 1)));
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

/**
 * A new sheet, known to be blank, so nothing is read: every range it writes is planned first
 * and fetched by one RangeList, then each kind of write is one call.
 */
function layOutNewTable(t: TablePlacement): void {
  const { sheet, template, layout } = t;
  const lang = t.workbook.lang;
  const maxRows = sheet.getMaxRows();
  if (template.tabColor) sheet.setTabColor(template.tabColor);
  // Sheets gives a new sheet 26 columns; a wider template asks for more.
  const width = Math.max(...layout.columns.values());
  if (width > 26) {
    const maxColumns = sheet.getMaxColumns();
    if (maxColumns < width) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  }
  const ranges = new SheetRanges(sheet);
  const columns = planColumns(t, layout.placed, maxRows, ranges);
  const formulas = formulaRuns(plannedFormulas(template, layout, t.workbook, t.report)).map(
    (run) => [ranges.want(areaA1(run[0].at, run.at(-1)!.at, 2, 2)), run] as const,
  );
  const guards = columnRuns(computedColumns(t)).map(([first, n]) =>
    ranges.want(dataA1(first, first + n - 1, maxRows)),
  );
  const colours = plannedColours(t);
  for (const c of colours) ranges.want(dataA1(c.column, c.column, maxRows));

  writeColumns(t, columns, ranges);
  sheet.setFrozenRows(1);
  for (const [a1, run] of formulas) writeFormulas(ranges.get(a1), run, t.ourFormulas);
  protectRanges(
    guards.map((a1) => ranges.get(a1)),
    lang,
  );
  colourColumns(sheet, colours, (column) => ranges.get(dataA1(column, column, maxRows)));
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
  // A sheet cut to its header has no row for the formulas: it gets a new sheet's rows back.
  const found = sheet.getMaxRows();
  const cut = found < 2;
  if (cut) {
    sheet.insertRowsAfter(found, NEW_SHEET_ROWS - found);
    note(report.rowsAdded, name);
  }
  const maxRows = cut ? NEW_SHEET_ROWS : found;
  if (layout.missing.length > 0) addMissingColumns(t, maxRows);
  renameColumns(t);
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
  return (
    other || extended || cut || formulas !== 'none' || layout.missing.length > 0 || layout.renamed.length > 0
  );
}

/** Columns found by an older header get today's header and note; their values stay as they are. */
function renameColumns(t: TablePlacement): void {
  const { sheet, layout, report } = t;
  const lang = t.workbook.lang;
  const name = t.workbook.names[t.template.id];
  for (const r of layout.renamed) {
    const at = layout.columns.get(r.key)!;
    const cell = sheet.getRange(1, at);
    const before = String(cell.getValue());
    cell.setValue(r.header[lang]).setNote(r.column.note[lang]);
    report.columnsRenamed.push(
      texts[lang].addon.setup.renamed(name, before, r.header[lang], columnLetter(at)),
    );
  }
}

/** Template columns the sheet lacks, added after its last used column with header, format and check. */
function addMissingColumns(t: TablePlacement, maxRows: number): void {
  const { sheet, layout, report } = t;
  const lang = t.workbook.lang;
  const last = Math.max(...layout.missing.map((m) => layout.columns.get(m.key)!));
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < last) sheet.insertColumnsAfter(maxColumns, last - maxColumns);
  const ranges = new SheetRanges(sheet);
  const plan = planColumns(t, layout.missing, maxRows, ranges);
  writeColumns(t, plan, ranges);
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
  const { sheet, layout, reuse } = t;
  const added = new Set(layout.missing.map((m) => m.key));
  const own = layout.placed.flatMap((p) => {
    const c = added.has(p.key) ? undefined : criterionOf(t, p);
    return c ? [[layout.columns.get(p.key)!, c] as const] : [];
  });
  if (own.length === 0) return 'none';
  const width = Math.max(...own.map(([at]) => at));
  const present = sheet.getRange(2, 1, maxRows - 1, width).getDataValidations();
  let change: 'none' | 'extended' | 'added' = 'none';
  for (const [at, criterion] of own) {
    let end = present.length;
    while (end > 0 && !present[end - 1][at - 1]) end--;
    if (end === present.length) continue;
    sheet.getRange(end + 2, at, maxRows - 1 - end, 1).setDataValidation(reuse.rule(criterion));
    if (end === 0) change = 'added';
    else if (change === 'none') change = 'extended';
  }
  return change;
}
