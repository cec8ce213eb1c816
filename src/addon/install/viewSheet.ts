/**
 * A view sheet (the agenda, the client card): written whole when new, in a few calls (one
 * write for every label, one per formula, a style per row, a width per run of columns); later only
 * its empty cells are filled and a lost picker is put back. Its formulas spill, so the number
 * of calls never depends on the data.
 */
import type { ViewTemplate } from '../../../sheets-templates/types';
import { type WorkbookLayout, columnLetter, formulaContext } from '../../../sheets-templates/layout';
import type { Cell } from '../../core/vocabulary';
import { literal } from '../samples';
import { NUMBER_FORMATS } from './checks';
import { type SetupReport, buildFormula } from './summary';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const PICKER = { row: 2, column: 2 } as const;
const PICKER_BACKGROUND = '#e6f4ea';
const HEADER_BACKGROUND = '#e8eaed';
/** Sheets' width of a new column: no call needed to keep it. */
const DEFAULT_WIDTH = 100;

/** What a view puts where: labels as text, formulas as `=…`. */
type Placed = Map<string, { row: number; column: number; value: string }>;

function contentsOf(t: ViewTemplate, workbook: WorkbookLayout, report: SetupReport): Placed {
  const lang = workbook.lang;
  const ctx = formulaContext(workbook, t.id);
  const placed: Placed = new Map();
  const put = (row: number, column: number, value: string) =>
    placed.set(`${row}:${column}`, { row, column, value });
  const formula = (row: number, column: number, build: (c: typeof ctx) => string) => {
    const where = `${workbook.names[t.id]}!${columnLetter(column)}${row}`;
    const f = buildFormula(() => build(ctx), where, report);
    if (f !== undefined) put(row, column, `=${f}`);
  };
  put(1, 1, t.title[lang]);
  put(PICKER.row, PICKER.column - 1, t.picker.label[lang]);
  for (const c of t.cells ?? []) {
    if (c.text) put(c.row, c.column, c.text[lang]);
    if (c.formula) formula(c.row, c.column, c.formula);
  }
  for (const b of t.blocks) {
    b.headers?.forEach((h, i) => put(b.row, b.column + i, h[lang]));
    formula(b.headers ? b.row + 1 : b.row, b.column, b.formula);
  }
  return placed;
}

const cellValue = (value: string): Cell => (value.startsWith('=') ? value : literal(value));

export function applyView(
  sheet: Sheet,
  template: ViewTemplate,
  created: boolean,
  workbook: WorkbookLayout,
  report: SetupReport,
): boolean {
  const placed = contentsOf(template, workbook, report);
  const height = Math.max(...[...placed.values()].map((p) => p.row));
  const width = Math.max(...[...placed.values()].map((p) => p.column));
  if (!created) return fillEmptyCells(sheet, template, workbook, report, placed, height, width);

  const grid: Cell[][] = Array.from({ length: height }, () => new Array<Cell>(width).fill(''));
  const formulas = [...placed.values()].filter((p) => p.value.startsWith('='));
  for (const p of placed.values())
    if (!p.value.startsWith('=')) grid[p.row - 1][p.column - 1] = literal(p.value);
  sheet.getRange(1, 1, height, width).setValues(grid);
  // The labels first: a formula's result spills only into the cells left free around them.
  for (const p of formulas) sheet.getRange(p.row, p.column).setFormula(p.value);
  if (template.tabColor) sheet.setTabColor(template.tabColor);
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(14);
  sheet.setFrozenRows(template.frozenRows);
  styleView(sheet, template, workbook);
  setPicker(sheet, template, workbook, report);
  addChart(sheet, template, workbook);
  return true;
}

/** Widths per run of equal columns, header rows, number formats and colours. */
function styleView(sheet: Sheet, t: ViewTemplate, workbook: WorkbookLayout): void {
  for (let i = 0; i < t.widths.length;) {
    let n = 1;
    while (i + n < t.widths.length && t.widths[i + n] === t.widths[i]) n++;
    if (t.widths[i] !== DEFAULT_WIDTH) sheet.setColumnWidths(i + 1, n, t.widths[i]);
    i += n;
  }
  // Header rows styled once each, across the blocks that share them.
  const headerRows = new Map<number, [number, number]>();
  for (const b of t.blocks) {
    if (!b.headers) continue;
    const [first, last] = headerRows.get(b.row) ?? [b.column, b.column];
    headerRows.set(b.row, [Math.min(first, b.column), Math.max(last, b.column + b.headers.length - 1)]);
  }
  for (const [row, [first, last]] of headerRows)
    sheet
      .getRange(row, first, 1, last - first + 1)
      .setFontWeight('bold')
      .setBackground(HEADER_BACKGROUND)
      .setWrap(true);
  const maxRows = sheet.getMaxRows();
  for (const b of t.blocks) {
    const first = b.headers ? b.row + 1 : b.row;
    const rows = Math.min(b.rows ?? maxRows, maxRows - first + 1);
    if (b.wrap) {
      // Wrapped lines grow their rows: the other cells of a row read from its top too.
      const width = Math.max(b.headers?.length ?? 0, b.formats?.length ?? 0, b.wrap[1] + 1);
      sheet.getRange(first, b.column, rows, width).setVerticalAlignment('top');
      sheet.getRange(first, b.column + b.wrap[0], rows, b.wrap[1] - b.wrap[0] + 1).setWrap(true);
    }
    const formats = (b.formats ?? []).map((f) =>
      f === '' ? '' : (NUMBER_FORMATS[f]?.[workbook.lang] ?? ''),
    );
    if (!formats.some(Boolean)) continue;
    sheet
      .getRange(first, b.column, rows, formats.length)
      .setNumberFormats(Array.from({ length: rows }, () => formats));
  }
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
  sheet.getRange(PICKER.row, PICKER.column).setDataValidation(rule).setBackground(PICKER_BACKGROUND);
}

/** The view's line chart, unless the sheet has one already (the user's, or ours moved). */
function addChart(sheet: Sheet, t: ViewTemplate, workbook: WorkbookLayout): boolean {
  const chart = t.chart;
  if (!chart || sheet.getCharts().length > 0) return false;
  const block = t.blocks[chart.block];
  const top = block.row;
  const column = (offset: number) => sheet.getRange(top, block.column + offset, chart.rows + 1, 1);
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(Charts.ChartType.LINE)
      .addRange(column(chart.columns[0]))
      .addRange(column(chart.columns[1]))
      .setPosition(chart.row, chart.column, 0, 0)
      .setOption('title', chart.title[workbook.lang])
      .setOption('legend', { position: 'none' })
      .setOption('width', chart.width)
      .setOption('height', chart.height)
      .build(),
  );
  return true;
}

/** An existing view keeps the user's edits: its empty cells get their label or formula, a missing picker its dropdown. */
function fillEmptyCells(
  sheet: Sheet,
  t: ViewTemplate,
  workbook: WorkbookLayout,
  report: SetupReport,
  placed: Placed,
  height: number,
  width: number,
): boolean {
  const range = sheet.getRange(1, 1, height, width);
  const values = range.getValues();
  const formulas = range.getFormulas();
  let changed = false;
  for (const p of placed.values()) {
    if (values[p.row - 1][p.column - 1] !== '' || formulas[p.row - 1][p.column - 1] !== '') continue;
    sheet.getRange(p.row, p.column).setValue(cellValue(p.value));
    changed = true;
  }
  if (!sheet.getRange(PICKER.row, PICKER.column).getDataValidation()) {
    setPicker(sheet, t, workbook, report);
    changed = true;
  }
  return addChart(sheet, t, workbook) || changed;
}
