/**
 * A report sheet (the dashboard): written whole when new. Later, the user's edits stay: only
 * empty cells are filled, and formulas of ours that are older or were broken by a deleted
 * column (#REF!) are written again. A value typed where a formula belongs is reported.
 */
import type { ReportTemplate } from '../../../sheets-templates/types';
import { type WorkbookLayout, columnLetter, formulaContext } from '../../../sheets-templates/layout';
import { formulaCellState, formulaFingerprint } from '../../core/formula';
import { isBlank } from '../../core/cells';
import type { Cell } from '../../core/vocabulary';
import { type Lang, texts } from '../../i18n';
import { quoteValue } from '../../i18n/common';
import { literal } from '../samples';
import { definedRuns } from './checks';
import { SheetRanges, areaA1 } from './ranges';
import { type SetupReport, buildFormula, note } from './summary';
import { NEW_SHEET_ROWS } from './table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The columns Sheets gives a new sheet. */
const NEW_SHEET_COLUMNS = 26;

export interface ReportPlacement {
  readonly sheet: Sheet;
  readonly template: ReportTemplate;
  readonly created: boolean;
  readonly workbook: WorkbookLayout;
  readonly ourFormulas: Record<string, string>;
  readonly report: SetupReport;
}

/** A formula the report holds at (row, column); '' when it could not be built. */
interface Placed {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

/** Every formula of the report: the lines' values (B) and warnings (C), and the blocks'. */
function placedFormulas(p: ReportPlacement): Placed[] {
  const { template, workbook, report } = p;
  const ctx = formulaContext(workbook, template.id);
  const at = (row: number, column: number, build: (c: typeof ctx) => string): Placed => {
    const where = `${workbook.names[template.id]}!${columnLetter(column)}${row}`;
    const f = buildFormula(() => build(ctx), where, report);
    return { row, column, formula: f === undefined ? '' : `=${f}` };
  };
  return [
    ...template.lines.flatMap((l, i) => [
      ...(l.formula ? [at(i + 3, 2, l.formula)] : []),
      ...(l.warning ? [at(i + 3, 3, l.warning)] : []),
    ]),
    ...(template.blocks ?? []).map((b) => at(b.row + 1, b.column, b.formula)),
  ];
}

/** The labels of column A (title, blank, lines) and the blocks' titles, with their cells. */
function placedLabels(template: ReportTemplate, lang: Lang): Array<Placed & { readonly text: string }> {
  const lines = [template.title[lang], '', ...template.lines.map((l) => l.label[lang])];
  return [
    ...lines.map((text, i) => ({ row: i + 1, column: 1, formula: '', text })),
    ...(template.blocks ?? []).map((b) => ({
      row: b.row,
      column: b.column,
      formula: '',
      text: b.title[lang],
    })),
  ].filter((l) => l.text !== '');
}

/**
 * Every label the add-on writes or once wrote on this report. A line added in a new version moves
 * the lines below it, so a cell may hold another line's label: that text is ours to rewrite.
 */
function ourLabels(template: ReportTemplate, labels: ReadonlyArray<{ readonly text: string }>): Set<string> {
  return new Set([...labels.map((l) => l.text), ...template.lines.flatMap((l) => l.formerLabels ?? [])]);
}

const formulaId = (p: ReportPlacement, f: Placed) => `${p.template.id}!${columnLetter(f.column)}${f.row}`;

export function applyReport(p: ReportPlacement): boolean {
  const formulas = placedFormulas(p);
  if (p.created) {
    writeNewReport(p, formulas);
    return true;
  }
  return repairReport(p, formulas);
}

/** A new report, written whole: its ranges fetched together, then one call per block of cells or kind of format. */
function writeNewReport(p: ReportPlacement, formulas: readonly Placed[]): void {
  const { sheet, template } = p;
  const lang = p.workbook.lang;
  const height = template.lines.length + 2;
  const blocks = template.blocks ?? [];
  const ranges = new SheetRanges(sheet);
  const labels = ranges.want(`A1:A${height}`);
  const lines = ranges.want(`B3:C${height}`);
  const warnings = ranges.want(`C1:C${height}`);
  const title = ranges.want('A1');
  const formats = definedRuns(template.lines.map((l) => l.format)).map(
    ([i, run]) => [ranges.want(`B${i + 3}:B${i + 2 + run.length}`), run.map((f) => [f])] as const,
  );
  const blockCells = blocks.map((b) => ranges.want(areaA1(b.column, b.column, b.row, b.row + 1)));
  const chart =
    template.chart && ranges.want(`A${template.chart.lines[0] + 3}:B${template.chart.lines[1] + 3}`);

  ranges
    .get(labels)
    .setValues(
      [template.title[lang], '', ...template.lines.map((l) => l.label[lang])].map((l) => [literal(l)]),
    );
  const lineCells = Array.from({ length: template.lines.length }, () => ['', '']);
  for (const f of formulas) if (f.column <= 3 && f.row >= 3) lineCells[f.row - 3][f.column - 2] = f.formula;
  ranges.get(lines).setFormulas(lineCells);
  const titles = ['A1', ...template.lines.flatMap((l, i) => (l.formula ? [] : [`A${i + 3}`]))];
  sheet
    .getRangeList([...titles, ...blocks.map((b) => `${columnLetter(b.column)}${b.row}`)])
    .setFontWeight('bold');
  ranges.get(title).setFontSize(14);
  for (const [a1, f] of formats) ranges.get(a1).setNumberFormats(f);
  if (template.tabColor) sheet.setTabColor(template.tabColor);
  sheet.setColumnWidth(1, 420).setColumnWidth(3, 320);
  ranges.get(warnings).setFontColor('#c5221f');
  blocks.forEach((b, i) => {
    const f = formulas.find((x) => x.row === b.row + 1 && x.column === b.column);
    ranges.get(blockCells[i]).setValues([[literal(b.title[lang])], [f?.formula ?? '']]);
  });
  for (const f of formulas) if (f.formula) p.ourFormulas[formulaId(p, f)] = formulaFingerprint(f.formula);
  if (chart) insertChart(sheet, template, lang, ranges.get(chart));
}

/** Rows and columns the report needs, added when a user cut the sheet shorter: true when any were. */
function ensureRoom(p: ReportPlacement, rows: number, columns: number): boolean {
  const { sheet } = p;
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, Math.max(rows, NEW_SHEET_ROWS) - maxRows);
  if (maxColumns < columns)
    sheet.insertColumnsAfter(maxColumns, Math.max(columns, NEW_SHEET_COLUMNS) - maxColumns);
  return maxRows < rows || maxColumns < columns;
}

/** An existing report: the user's edits stay; empty, older and broken cells of ours are filled. */
function repairReport(p: ReportPlacement, formulas: readonly Placed[]): boolean {
  const { sheet, template, report } = p;
  const lang = p.workbook.lang;
  const name = p.workbook.names[template.id];
  const labels = placedLabels(template, lang);
  const ours = ourLabels(template, labels);
  const cells = [...labels, ...formulas];
  const rows = Math.max(...cells.map((c) => c.row));
  const columns = Math.max(...cells.map((c) => c.column), template.chart?.column ?? 1);
  const grown = ensureRoom(p, rows, columns);
  if (grown) note(report.rowsAdded, name);
  const range = sheet.getRange(1, 1, rows, columns);
  const values = range.getValues() as Cell[][];
  const current = range.getFormulas();
  const empty = (r: number, c: number) => current[r - 1][c - 1] === '' && isBlank(values[r - 1][c - 1]);
  let changed = grown;
  for (const l of labels) {
    const before = String(values[l.row - 1][l.column - 1]).trim();
    const older = current[l.row - 1][l.column - 1] === '' && before !== l.text && ours.has(before);
    if (!empty(l.row, l.column) && !older) continue;
    sheet.getRange(l.row, l.column).setValue(literal(l.text));
    if (older) report.columnsRenamed.push(texts[lang].addon.setup.relabelled(name, before, l.text));
    changed = true;
  }
  for (const f of formulas) {
    if (f.formula === '') continue;
    const id = formulaId(p, f);
    const now = current[f.row - 1][f.column - 1];
    const cell = `${name}!${columnLetter(f.column)}${f.row}`;
    const value = values[f.row - 1][f.column - 1];
    // An older add-on recorded no report formulas: a formula there then is an older one of ours.
    const state = formulaCellState(now, isBlank(value), f.formula, p.ourFormulas[id], true);
    if (state === 'same') continue;
    if (state === 'taken') {
      report.occupied.push(`${cell} (${quoteValue(now || value, lang)})`);
      continue;
    }
    sheet.getRange(f.row, f.column).setFormula(f.formula);
    p.ourFormulas[id] = formulaFingerprint(f.formula);
    if (state === 'broken' || state === 'free') report.formulasRestored.push(cell);
    changed = true;
  }
  return addChart(sheet, template, lang) || changed;
}

/** The report's chart, unless the sheet already has one (the user's or ours, maybe moved). */
function addChart(sheet: Sheet, template: ReportTemplate, lang: Lang): boolean {
  const chart = template.chart;
  if (!chart || sheet.getCharts().length > 0) return false;
  const [first, last] = chart.lines;
  insertChart(sheet, template, lang, sheet.getRange(first + 3, 1, last - first + 1, 2));
  return true;
}

/** The bar chart of the lines in `data` (labels and values). */
function insertChart(
  sheet: Sheet,
  template: ReportTemplate,
  lang: Lang,
  data: GoogleAppsScript.Spreadsheet.Range,
) {
  const chart = template.chart!;
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(Charts.ChartType.BAR)
      .addRange(data)
      .setPosition(chart.row, chart.column, 0, 0)
      .setOption('title', chart.title[lang])
      .setOption('legend', { position: 'none' })
      .build(),
  );
}
