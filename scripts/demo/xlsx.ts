/**
 * The local workbook as an .xlsx file (ExcelJS) that opens meaningfully in Excel,
 * LibreOffice or Google Sheets: every cell's value, formulas with their computed result
 * (so nothing needs recalculating to be read), number formats, dropdowns, notes, styles,
 * frozen rows, column widths, tab colours, named ranges and the conditional colours as
 * real conditional formats (they follow edits, as in Sheets).
 *
 * What xlsx can't hold is left out: warning-only protections (xlsx protects a whole
 * sheet or nothing). Formulas are written in the xlsx syntax (`,` between arguments,
 * `F2:F` bounded to the sheet's last row); the add-on's custom functions and
 * ARRAYFORMULA are unknown to Excel and LibreOffice, so a cell keeps the result
 * computed here until the spreadsheet recalculates it (then only Sheets with the add-on
 * installed can).
 */
import ExcelJS from 'exceljs';
import { columnLetter } from '../../sheets-templates/layout';
import {
  type CellSnapshot,
  type ConditionalFormatSnapshot,
  DEFAULT_COLUMN_WIDTH,
  type LocalWorkbook,
  type ValidationSnapshot,
  quotedSheetName,
  render,
  splitSheetPrefix,
  tokenize,
} from '../../tools/local-workbook';

/** Error values a formula can give in Sheets; #ERROR! (a parse error) has no xlsx twin. */
const ERROR_VALUE = /^#(NAME\?|ERROR!|VALUE!|REF!|N\/A|DIV\/0!|NUM!|NULL!)$/;
/** Excel refuses an input message longer than this. */
const PROMPT_MAX = 255;
const LIST_MAX = 255;

/** How a sheet prints: A4, in this orientation, scaled to one page or to the page's width. */
export interface PrintSetup {
  readonly orientation: 'portrait' | 'landscape';
  readonly fit: 'page' | 'width';
}

export interface XlsxReport {
  sheets: number;
  formulas: number;
  /** Dropdowns and checks, one per run of equal rules down a column. */
  validations: number;
  conditionalFormats: number;
  /** What could not be written, one line each. */
  skipped: string[];
}

/** ExcelJS takes a validation for a whole range (written as one entry), but its typings leave it out. */
type WorksheetWithRanges = ExcelJS.Worksheet & {
  readonly dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
};

/** '#1a73e8' → 'FF1A73E8'; undefined for anything else. */
function argb(colour: unknown): string | undefined {
  if (typeof colour !== 'string') return undefined;
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour);
  if (!m) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return `FF${hex.toUpperCase()}`;
}

/** Points a line of the default font takes, and pixels a character takes on average (Cyrillic included). */
const LINE_POINTS = 12.75;
const CHAR_PIXELS = 7;

/**
 * The height of a row whose cells wrap, in points, from their text and their columns' widths:
 * Sheets grows such rows as it shows them, and xlsx readers keep the height the file gives.
 */
function wrappedRowHeight(texts: ReadonlyArray<{ text: string; widthPx: number }>): number | undefined {
  let lines = 1;
  for (const { text, widthPx } of texts) {
    const perLine = Math.max(1, Math.floor((widthPx - 6) / CHAR_PIXELS));
    const n = text
      .split('\n')
      .reduce((sum, part) => sum + Math.max(1, Math.ceil(Array.from(part).length / perLine)), 0);
    lines = Math.max(lines, n);
  }
  return lines > 1 ? Math.ceil(LINE_POINTS * lines + 3) : undefined;
}

/** Sheets' column width in pixels as Excel's width in characters of the default font (7 px each, 5 px padding). */
const excelWidth = (pixels: number) => Math.max(0, Math.round(((pixels - 5) / 7) * 100) / 100);

/**
 * A date as xlsx stores it: the wall-clock day and time, whatever the machine's time zone
 * (ExcelJS counts from UTC, the workbook's dates are local midnights).
 */
function wallClock(d: Date): Date {
  return new Date(
    Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()),
  );
}

/**
 * A formula as xlsx stores it: no leading `=`, `,` between arguments, every sheet name
 * quoted, and ranges open at the bottom (`F2:F`, which Excel can't read) bounded to the
 * last row of their sheet. Text inside quotes is left as it is.
 */
export function xlsxFormula(formula: string, rowsOf: (sheet?: string) => number): string {
  const tokens = tokenize(formula.replace(/^=/, '')).map((t) => {
    if (t.kind === 'text') return { ...t, text: t.text.replace(/;/g, ',') };
    // Whole columns (A:C) are valid xlsx; only a column open at the bottom after a first row is not.
    if (t.kind !== 'ref' || !('row' in t.start) || !t.end || 'row' in t.end) return t;
    return { ...t, end: { ...t.end, row: rowsOf(t.sheet), rowAbs: false } };
  });
  return render(tokens, true);
}

function cellStyle(style: CellSnapshot['style']): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (style.fontWeight === 'bold') font.bold = true;
  if (style.fontStyle === 'italic') font.italic = true;
  if (typeof style.fontSize === 'number') font.size = style.fontSize;
  const colour = argb(style.fontColor);
  if (colour) font.color = { argb: colour };
  if (Object.keys(font).length) out.font = font;
  const fill = argb(style.background);
  if (fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.wrap === true) alignment.wrapText = true;
  const horizontal = style.horizontalAlignment;
  if (horizontal === 'left' || horizontal === 'center' || horizontal === 'right')
    alignment.horizontal = horizontal;
  const vertical = style.verticalAlignment;
  if (vertical === 'top' || vertical === 'middle' || vertical === 'bottom') alignment.vertical = vertical;
  if (Object.keys(alignment).length) out.alignment = alignment;
  return out;
}

function validationOf(v: ValidationSnapshot): ExcelJS.DataValidation | string {
  const style = v.allowInvalid ? 'warning' : 'stop';
  const prompt =
    v.helpText.length > PROMPT_MAX ? `${v.helpText.slice(0, PROMPT_MAX - 1)}…` : v.helpText || undefined;
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: style,
    ...(prompt ? { showInputMessage: true, prompt } : {}),
  } as const;
  switch (v.criteria) {
    case 'VALUE_IN_LIST': {
      const items = (v.values[0] as unknown[]).map(String);
      const list = items.join(',');
      if (items.some((i) => /[,"]/.test(i)) || list.length > LIST_MAX)
        return `a dropdown whose items can't be written inline (${list.slice(0, 40)}…)`;
      return { ...common, type: 'list', formulae: [`"${list}"`] };
    }
    case 'VALUE_IN_RANGE': {
      // A dropdown of a range's values (the pickers): the range as an xlsx reference.
      const ref = xlsxFormula(String(v.values[0]), () => 0);
      return { ...common, type: 'list', formulae: [ref] };
    }
    case 'DATE_IS_VALID_DATE':
      return {
        ...common,
        type: 'date',
        operator: 'greaterThan',
        formulae: [new Date(Date.UTC(1899, 11, 31))],
      };
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [Number(v.values[0])] };
    default:
      return `a ${v.criteria} validation`;
  }
}

function conditionalRule(
  rule: ConditionalFormatSnapshot,
  priority: number,
  rowsOf: (sheet?: string) => number,
): ExcelJS.ConditionalFormattingRule | undefined {
  if (rule.criteria !== 'CUSTOM_FORMULA') return undefined;
  const f = rule.format;
  const font: Partial<ExcelJS.Font> = {};
  const colour = argb(f.fontColor);
  if (colour) font.color = { argb: colour };
  if (f.bold) font.bold = true;
  if (f.italic) font.italic = true;
  if (f.strikethrough) font.strike = true;
  if (f.underline) font.underline = true;
  const fill = argb(f.background);
  return {
    type: 'expression',
    priority,
    // Sheets applies the first rule that holds; Excel applies all unless told to stop.
    stopIfTrue: true,
    formulae: [xlsxFormula(String(rule.values[0]), rowsOf)],
    style: {
      ...(Object.keys(font).length ? { font } : {}),
      ...(fill ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: fill } } } : {}),
    },
  } as ExcelJS.ConditionalFormattingRule;
}

/** Runs of equal validations down each column, as ranges: one entry per run instead of one per cell. */
function validationRuns(
  grid: ReadonlyArray<ReadonlyArray<ValidationSnapshot | null>>,
): Array<{ range: string; rule: ValidationSnapshot }> {
  const runs: Array<{ range: string; rule: ValidationSnapshot }> = [];
  const width = grid[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    let start = 0;
    for (let r = 1; r <= grid.length; r++) {
      const current = grid[start][c];
      const same = r < grid.length && JSON.stringify(grid[r][c]) === JSON.stringify(current);
      if (same) continue;
      if (current) {
        const letter = columnLetter(c + 1);
        runs.push({ range: `${letter}${start + 1}:${letter}${r}`, rule: current });
      }
      start = r;
    }
  }
  return runs;
}

/** A4 (paper size 9 in xlsx), scaled to fit: one page, or the page's width over as many pages as it takes. */
function pageSetup(print: PrintSetup): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: print.fit === 'page' ? 1 : 0,
  };
}

function addSheet(
  book: ExcelJS.Workbook,
  wb: LocalWorkbook,
  name: string,
  maxRows: ReadonlyMap<string, number>,
  report: XlsxReport,
  print?: PrintSetup,
) {
  const info = wb.sheetInfo(name);
  const rowsOf = (sheet?: string) => maxRows.get(sheet ?? name) ?? info.maxRows;
  const tabColor = argb(info.tabColor);
  const ws = book.addWorksheet(name, {
    state: info.hidden ? 'hidden' : 'visible',
    properties: tabColor ? { tabColor: { argb: tabColor } } : {},
    views:
      info.frozenRows || info.frozenColumns
        ? [{ state: 'frozen', ySplit: info.frozenRows, xSplit: info.frozenColumns }]
        : [],
    ...(print ? { pageSetup: pageSetup(print) } : {}),
  });
  for (let c = 1; c <= info.maxColumns; c++) {
    ws.getColumn(c).width = excelWidth(info.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH);
  }
  if (info.lastRow === 0 || info.lastColumn === 0) return;

  const box = `A1:${columnLetter(info.lastColumn)}${info.maxRows}`;
  const values = wb.values(name, box);
  const formulas = wb.formulas(name, box);
  const formats = wb.numberFormats(name, box);
  const notes = wb.notes(name, box);
  const styles = wb.styles(name, box);
  values.forEach((row, r) => {
    const wrapped = row.flatMap((value, c) =>
      styles[r][c].wrap === true && typeof value === 'string' && value !== ''
        ? [{ text: value, widthPx: info.columnWidths[c + 1] ?? DEFAULT_COLUMN_WIDTH }]
        : [],
    );
    const height = wrappedRowHeight(wrapped);
    if (height !== undefined) ws.getRow(r + 1).height = height;
  });
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = formulas[r][c];
      const format = formats[r][c];
      const style = cellStyle(styles[r][c]);
      const note = notes[r][c];
      if (value === '' && !formula && !format && !note && !Object.keys(style).length) return;
      const cell = ws.getCell(r + 1, c + 1);
      const a1 = `${columnLetter(c + 1)}${r + 1}`;
      const isError =
        typeof value === 'string' && ERROR_VALUE.test(value) && wb.errorMessage(name, a1) !== undefined;
      const plain = value instanceof Date ? wallClock(value) : value;
      const result: ExcelJS.CellValue = isError
        ? { error: (value === '#ERROR!' ? '#VALUE!' : value) as ExcelJS.CellErrorValue['error'] }
        : plain;
      if (formula) {
        cell.value = { formula: xlsxFormula(formula, rowsOf), result } as ExcelJS.CellFormulaValue;
        report.formulas += 1;
      } else if (value !== '') {
        cell.value = result;
      }
      Object.assign(cell, style);
      if (format) cell.numFmt = format;
      else if (value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      if (note) cell.note = note;
    }),
  );

  const validations = wb.validations(name, box);
  for (const { range, rule } of validationRuns(validations)) {
    const v = validationOf(rule);
    if (typeof v === 'string') report.skipped.push(`${name}!${range}: ${v}`);
    else {
      (ws as WorksheetWithRanges).dataValidations.add(range, v);
      report.validations += 1;
    }
  }

  wb.conditionalFormats(name).forEach((rule, i) => {
    const x = conditionalRule(rule, i + 1, rowsOf);
    if (!x) {
      report.skipped.push(`${name}!${rule.ranges.join(',')}: a ${rule.criteria} conditional format`);
      return;
    }
    for (const ref of rule.ranges) ws.addConditionalFormatting({ ref, rules: [x] });
    report.conditionalFormats += 1;
  });
}

/** Writes every sheet of the workbook to `path`; `print` gives some sheets, by name, their page setup. */
export async function writeXlsx(
  wb: LocalWorkbook,
  path: string,
  print: Readonly<Record<string, PrintSetup>> = {},
): Promise<XlsxReport> {
  const book = new ExcelJS.Workbook();
  book.creator = 'anticrisis-sales-addon demo';
  const report: XlsxReport = { sheets: 0, formulas: 0, validations: 0, conditionalFormats: 0, skipped: [] };
  const names = wb.sheetNames();
  const maxRows = new Map(names.map((n) => [n, wb.sheetInfo(n).maxRows]));
  for (const name of names) {
    addSheet(book, wb, name, maxRows, report, print[name]);
    report.sheets += 1;
  }
  for (const [name, a1] of Object.entries(wb.namedRanges())) {
    const { sheet, ref } = splitSheetPrefix(a1);
    if (sheet !== undefined) book.definedNames.add(`${quotedSheetName(sheet)}!${ref}`, name);
  }
  await book.xlsx.writeFile(path);
  return report;
}
