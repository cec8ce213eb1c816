/**
 * A view sheet (the agenda, the client card): written whole when new in a few dozen calls (one
 * write for the labels and formulas, one call per style over all the ranges that share it, a
 * width per run of columns); later only its empty cells are filled and a lost picker or chart is
 * put back. Its formulas spill, so the number of calls never depends on the data.
 */
import type { ViewTemplate } from '../../../sheets-templates/types';
import { type WorkbookLayout, columnLetter, formulaContext } from '../../../sheets-templates/layout';
import { isBlank } from '../../core/cells';
import { formulaCellState, formulaFingerprint } from '../../core/formula';
import type { Cell } from '../../core/vocabulary';
import { quoteValue } from '../../i18n/common';
import { literal } from '../samples';
import { NUMBER_FORMATS } from './checks';
import { NEW_SHEET_ROWS } from './table';
import { type SetupReport, buildFormula } from './summary';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const PICKER = { row: 2, column: 2 } as const;
const HEADER_BACKGROUND = '#e8eaed';
/** Sheets' width of a new column: no call needed to keep it. */
const DEFAULT_WIDTH = 100;

/** What a view puts where: labels as text, formulas as `=…`; `late` formulas go in after the rest. */
interface PlacedCell {
  readonly row: number;
  readonly column: number;
  readonly value: string;
  readonly late?: boolean;
}
type Placed = Map<string, PlacedCell>;

function contentsOf(t: ViewTemplate, workbook: WorkbookLayout, report: SetupReport): Placed {
  const lang = workbook.lang;
  const ctx = formulaContext(workbook, t.id);
  const placed: Placed = new Map();
  const put = (cell: PlacedCell) => placed.set(`${cell.row}:${cell.column}`, cell);
  const formula = (row: number, column: number, build: (c: typeof ctx) => string, late = false) => {
    const where = `${workbook.names[t.id]}!${columnLetter(column)}${row}`;
    const f = buildFormula(() => build(ctx), where, report);
    if (f !== undefined) put({ row, column, value: `=${f}`, late });
  };
  put({ row: 1, column: 1, value: t.title[lang] });
  put({ row: PICKER.row, column: PICKER.column - 1, value: t.picker.label[lang] });
  for (const c of t.cells ?? []) {
    if (c.text) put({ row: c.row, column: c.column, value: c.text[lang] });
    if (c.formula) formula(c.row, c.column, c.formula);
  }
  for (const b of t.blocks) {
    b.headers?.forEach((h, i) => put({ row: b.row, column: b.column + i, value: h[lang] }));
    // A result spills only into the cells left free: one with a table below it goes in after that table.
    const below = t.blocks.some((o) => o !== b && o.column === b.column && o.row > b.row);
    formula(b.headers ? b.row + 1 : b.row, b.column, b.formula, below);
  }
  return placed;
}

const cellValue = (value: string): Cell => (value.startsWith('=') ? value : literal(value));

export interface ViewPlacement {
  readonly sheet: Sheet;
  readonly template: ViewTemplate;
  readonly created: boolean;
  readonly workbook: WorkbookLayout;
  /** The formulas setup wrote, by cell: an older or broken one of ours may be written again. */
  readonly ourFormulas: Record<string, string>;
  readonly report: SetupReport;
}

const formulaId = (t: ViewTemplate, p: PlacedCell) => `${t.id}!${columnLetter(p.column)}${p.row}`;

export function applyView(v: ViewPlacement): boolean {
  const { sheet, template, workbook, report } = v;
  const placed = contentsOf(template, workbook, report);
  const height = Math.max(...[...placed.values()].map((p) => p.row));
  const width = Math.max(...[...placed.values()].map((p) => p.column));
  if (!v.created) return repairView(v, placed, height, width);

  // Labels and formulas in one write (a text starting with "=" is a formula, as typed).
  const grid: Cell[][] = Array.from({ length: height }, () => new Array<Cell>(width).fill(''));
  const late = [...placed.values()].filter((p) => p.late);
  for (const p of placed.values()) if (!p.late) grid[p.row - 1][p.column - 1] = cellValue(p.value);
  sheet.getRange(1, 1, height, width).setValues(grid);
  for (const p of late) sheet.getRange(p.row, p.column).setFormula(p.value);
  for (const p of placed.values())
    if (p.value.startsWith('=')) v.ourFormulas[formulaId(template, p)] = formulaFingerprint(p.value);
  if (template.tabColor) sheet.setTabColor(template.tabColor);
  sheet.setFrozenRows(template.frozenRows);
  styleView(sheet, template, workbook);
  setPicker(sheet, template, workbook, report);
  if (template.chart) addChart(sheet, template, workbook);
  return true;
}

const a1 = (row: number, column: number, rows: number, columns: number) =>
  `${columnLetter(column)}${row}:${columnLetter(column + columns - 1)}${row + rows - 1}`;

/** Widths per run of equal columns; then one call per style, over every range that takes it. */
function styleView(sheet: Sheet, t: ViewTemplate, workbook: WorkbookLayout): void {
  for (let i = 0; i < t.widths.length;) {
    let n = 1;
    while (i + n < t.widths.length && t.widths[i + n] === t.widths[i]) n++;
    if (t.widths[i] !== DEFAULT_WIDTH) sheet.setColumnWidths(i + 1, n, t.widths[i]);
    i += n;
  }
  // A view is styled only when setup creates it, with the rows Sheets gives a new sheet.
  const maxRows = NEW_SHEET_ROWS;
  const headers: string[] = [];
  const areas: string[] = [];
  for (const b of t.blocks) {
    const first = b.headers ? b.row + 1 : b.row;
    const rows = Math.min(b.rows ?? maxRows, maxRows - first + 1);
    const width = Math.max(b.headers?.length ?? 0, b.formats?.length ?? 0, (b.wrap?.[1] ?? 0) + 1);
    if (b.headers) headers.push(a1(b.row, b.column, 1, b.headers.length));
    // Long texts wrap, and the rows they grow read from the top; headers wrap too (they are in the area).
    if (b.wrap) areas.push(a1(b.row, b.column, rows + first - b.row, width));
    const formats = (b.formats ?? []).map((f) =>
      f === '' ? '' : (NUMBER_FORMATS[f]?.[workbook.lang] ?? ''),
    );
    if (formats.some(Boolean))
      sheet
        .getRange(first, b.column, rows, formats.length)
        .setNumberFormats(Array.from({ length: rows }, () => formats));
  }
  sheet.getRangeList(['A1', ...headers]).setFontWeight('bold');
  if (headers.length) sheet.getRangeList(headers).setBackground(HEADER_BACKGROUND);
  if (areas.length) sheet.getRangeList(areas).setWrap(true).setVerticalAlignment('top');
  const ctx = formulaContext(workbook, t.id);
  const rules = (t.colours ?? []).map((c) => {
    let rule = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(`=${c.formula(ctx)}`);
    if (c.background) rule = rule.setBackground(c.background);
    if (c.fontColor) rule = rule.setFontColor(c.fontColor);
    const [from, to] = c.columns;
    return rule.setRanges([sheet.getRange(`${columnLetter(from)}${c.row}:${columnLetter(to)}`)]).build();
  });
  if (rules.length > 0) sheet.setConditionalFormatRules(rules);
}

/**
 * The picker: a dropdown of the options' range that warns, never refuses (a blank is fine);
 * left out, and reported, when the options are on a sheet that is not the add-on's.
 */
function setPicker(sheet: Sheet, t: ViewTemplate, workbook: WorkbookLayout, report: SetupReport): void {
  const where = `${workbook.names[t.id]}!${columnLetter(PICKER.column)}${PICKER.row}`;
  const a1 = buildFormula(() => t.picker.options(formulaContext(workbook, t.id)), where, report);
  if (a1 === undefined) return;
  const options = a1.includes('!') ? sheet.getParent().getRange(a1) : sheet.getRange(a1);
  const rule = SpreadsheetApp.newDataValidation()
    .requireValueInRange(options, true)
    .setAllowInvalid(true)
    .setHelpText(t.picker.note[workbook.lang])
    .build();
  sheet.getRange(PICKER.row, PICKER.column).setDataValidation(rule);
}

/** The view's line chart, with its title and without a legend; its size is Sheets' own but for the height. */
function addChart(sheet: Sheet, t: ViewTemplate, workbook: WorkbookLayout): void {
  const chart = t.chart!;
  const block = t.blocks[chart.block];
  const column = (offset: number) => sheet.getRange(block.row, block.column + offset, chart.rows + 1, 1);
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(Charts.ChartType.LINE)
      .addRange(column(chart.columns[0]))
      .addRange(column(chart.columns[1]))
      .setPosition(chart.row, chart.column, 0, 0)
      .setOption('title', chart.title[workbook.lang])
      .setOption('legend', { position: 'none' })
      .setOption('height', chart.height)
      .build(),
  );
}

/**
 * An existing view keeps the user's edits: its empty cells get their label or formula back, a
 * formula of ours that is older or broken by a deleted column (#REF!) is written again, a
 * value typed where a formula belongs is reported; a lost picker or chart is put back.
 */
function repairView(v: ViewPlacement, placed: Placed, height: number, width: number): boolean {
  const { sheet, template: t, workbook, report } = v;
  const range = sheet.getRange(1, 1, height, width);
  const values = range.getValues() as Cell[][];
  const formulas = range.getFormulas();
  let changed = false;
  for (const p of placed.values()) {
    const now = formulas[p.row - 1][p.column - 1];
    const empty = now === '' && isBlank(values[p.row - 1][p.column - 1]);
    const cell = `${workbook.names[t.id]}!${columnLetter(p.column)}${p.row}`;
    if (!p.value.startsWith('=')) {
      if (!empty) continue;
      sheet.getRange(p.row, p.column).setValue(cellValue(p.value));
      changed = true;
      continue;
    }
    const state = formulaCellState(now, empty, p.value, v.ourFormulas[formulaId(t, p)]);
    if (state === 'same') continue;
    if (state === 'taken') {
      report.occupied.push(`${cell} (${quoteValue(now || values[p.row - 1][p.column - 1], workbook.lang)})`);
      continue;
    }
    sheet.getRange(p.row, p.column).setFormula(p.value);
    v.ourFormulas[formulaId(t, p)] = formulaFingerprint(p.value);
    if (state === 'broken' || state === 'free') report.formulasRestored.push(cell);
    changed = true;
  }
  if (!sheet.getRange(PICKER.row, PICKER.column).getDataValidation()) {
    setPicker(sheet, t, workbook, report);
    changed = true;
  }
  // A chart of ours moved or one of the user's counts: only a sheet without any gets ours back.
  if (t.chart && sheet.getCharts().length === 0) {
    addChart(sheet, t, workbook);
    changed = true;
  }
  return changed;
}
