/** A report sheet (the dashboard): written whole when new, only its empty cells filled later. */
import type { ReportBlock, ReportTemplate } from '../../../sheets-templates/types';
import { type WorkbookLayout, columnLetter, formulaContext } from '../../../sheets-templates/layout';
import type { Lang } from '../../i18n';
import { literal } from '../samples';
import { type SetupReport, buildFormula } from './summary';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function applyReport(
  sheet: Sheet,
  template: ReportTemplate,
  created: boolean,
  workbook: WorkbookLayout,
  report: SetupReport,
): boolean {
  const lang = workbook.lang;
  const ctx = formulaContext(workbook, template.id);
  const where = (row: number, column: number) =>
    `${workbook.names[template.id]}!${columnLetter(column)}${row}`;
  const formulaOf = (row: number, column: number, build: (c: typeof ctx) => string) => {
    const f = buildFormula(() => build(ctx), where(row, column), report);
    return f === undefined ? '' : `=${f}`;
  };
  // The lines: labels in A, values in B, warnings in C (row 1 the title, row 2 blank).
  const height = template.lines.length + 2;
  const labels: string[] = [template.title[lang], '', ...template.lines.map((l) => l.label[lang])];
  const lineFormulas = template.lines.map((l, i) => [
    l.formula ? formulaOf(i + 3, 2, l.formula) : '',
    l.warning ? formulaOf(i + 3, 3, l.warning) : '',
  ]);
  const bold = [1, ...template.lines.flatMap((l, i) => (l.formula ? [] : [i + 3]))];
  const blocks = (template.blocks ?? []).map((b) => ({
    ...b,
    built: formulaOf(b.row + 1, b.column, b.formula),
  }));
  if (!created) return fillEmptyCells(sheet, template, lang, labels, lineFormulas, blocks);

  // A new report is written whole: one call per block of cells, not one per cell.
  sheet.getRange(1, 1, height, 1).setValues(labels.map((l) => [literal(l)]));
  sheet.getRange(3, 2, lineFormulas.length, 2).setFormulas(lineFormulas);
  for (const row of bold) sheet.getRange(row, 1).setFontWeight('bold');
  sheet.getRange(1, 1).setFontSize(14);
  template.lines.forEach((l, i) => {
    if (l.format) sheet.getRange(i + 3, 2).setNumberFormat(l.format);
  });
  if (template.tabColor) sheet.setTabColor(template.tabColor);
  sheet.setColumnWidth(1, 420).setColumnWidth(3, 320);
  sheet.getRange(1, 3, height, 1).setFontColor('#c5221f');
  for (const b of blocks) {
    sheet.getRange(b.row, b.column).setValue(literal(b.title[lang])).setFontWeight('bold');
    if (b.built !== '') sheet.getRange(b.row + 1, b.column).setFormula(b.built);
  }
  addChart(sheet, template, lang);
  return true;
}

/** An existing report keeps the user's edits: only its empty cells are filled. */
function fillEmptyCells(
  sheet: Sheet,
  template: ReportTemplate,
  lang: Lang,
  labels: readonly string[],
  lineFormulas: ReadonlyArray<readonly string[]>,
  blocks: ReadonlyArray<ReportBlock & { readonly built: string }>,
): boolean {
  const height = labels.length;
  let changed = false;
  const range = sheet.getRange(
    1,
    1,
    Math.max(height, ...blocks.map((b) => b.row + 1)),
    Math.max(3, ...blocks.map((b) => b.column)),
  );
  const values = range.getValues();
  const formulas = range.getFormulas();
  const empty = (row: number, column: number) =>
    values[row - 1][column - 1] === '' && formulas[row - 1][column - 1] === '';
  labels.forEach((label, i) => {
    if (label === '' || !empty(i + 1, 1)) return;
    sheet.getRange(i + 1, 1).setValue(literal(label));
    changed = true;
  });
  lineFormulas.forEach((pair, i) =>
    pair.forEach((f, j) => {
      if (f === '' || !empty(i + 3, j + 2)) return;
      sheet.getRange(i + 3, j + 2).setFormula(f);
      changed = true;
    }),
  );
  changed = addChart(sheet, template, lang) || changed;
  blocks.forEach((b) => {
    if (empty(b.row, b.column)) {
      sheet.getRange(b.row, b.column).setValue(literal(b.title[lang]));
      changed = true;
    }
    if (b.built !== '' && empty(b.row + 1, b.column)) {
      sheet.getRange(b.row + 1, b.column).setFormula(b.built);
      changed = true;
    }
  });
  return changed;
}

/** The report's chart, unless the sheet already has one (the user's or ours, maybe moved). */
function addChart(sheet: Sheet, template: ReportTemplate, lang: Lang): boolean {
  const chart = template.chart;
  if (!chart || sheet.getCharts().length > 0) return false;
  const [first, last] = chart.lines;
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(Charts.ChartType.BAR)
      .addRange(sheet.getRange(first + 3, 1, last - first + 1, 2))
      .setPosition(chart.row, chart.column, 0, 0)
      .setOption('title', chart.title[lang])
      .setOption('legend', { position: 'none' })
      .build(),
  );
  return true;
}
