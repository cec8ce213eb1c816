/**
 * SpreadsheetApp, Spreadsheet, Sheet and Range over the engine. Each class
 * implements the part of its @types interface it covers, so a wrong signature fails
 * to compile; every call the script makes through them is counted by the runtime.
 */
import { GridBox, boxA1 } from './a1';
import type { DocContext as Doc, GRange, GSheet, GSpreadsheet } from './context';
import {
  BooleanCriteria,
  DataValidationCriteria,
  ProtectionType,
  RelativeDate,
  WrapStrategy,
  nameOf,
} from './enums';
import { shiftFormula } from './formulas';
import { CellMeta, DEFAULT_COLUMN_WIDTH, GridRange, SheetModel, StyleKey, gridA1 } from './model';
import { LocalEmbeddedChart, LocalEmbeddedChartBuilder } from './charts';
import { LocalConditionalFormatRuleBuilder, LocalDataValidationBuilder } from './rules';
import { LocalRangeList } from './rangeList';
import { CELLS, DESCRIBE, chain } from './runtime';
import { AUTOMATIC_FORMAT, Typed, checkTimeZone } from './values';

type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Enums =
  'DataValidationCriteria' | 'BooleanCriteria' | 'ProtectionType' | 'RelativeDate' | 'WrapStrategy';

/** Styles a cell shows when nobody set them (the wrap and alignment defaults are not verified). */
const STYLE_DEFAULTS: Record<StyleKey, string | number | boolean> = {
  background: '#ffffff',
  fontColor: '#000000',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontSize: 10,
  wrap: false,
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
};

function matrix(values: unknown, what: string): unknown[][] {
  if (!Array.isArray(values) || !values.every((line) => Array.isArray(line))) {
    throw new Error(`The parameters (${what}) don't match the method signature: a 2-D array is expected.`);
  }
  return values as unknown[][];
}

export class LocalRange implements Partial<GRange> {
  constructor(
    private readonly doc: Doc,
    readonly grid: GridRange,
  ) {}

  [DESCRIBE](): string {
    return gridA1(this.grid);
  }

  [CELLS](): number {
    return this.grid.numRows * this.grid.numColumns;
  }

  private get engine() {
    return this.doc.engine;
  }

  private sub(box: GridBox): GRange {
    return this.doc.range(this.engine.checked(this.grid.sheet, box));
  }

  /** Reading cells inside a custom function would re-enter the formula engine mid-evaluation. */
  private readable(): GridRange {
    if (this.doc.runtime.inCustomFunction) {
      throw new Error(
        'LocalWorkbook does not emulate reading cells from a custom function; pass them as arguments.',
      );
    }
    return this.grid;
  }

  private checkSize(values: unknown[][]): void {
    const { numRows, numColumns } = this.grid;
    if (values.length !== numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${numRows}.`,
      );
    }
    for (const line of values) {
      if (line.length !== numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${numColumns}.`,
        );
      }
    }
  }

  // ── position ──

  getA1Notation(): string {
    return boxA1(this.grid);
  }
  getRow(): number {
    return this.grid.row;
  }
  getRowIndex(): number {
    return this.grid.row;
  }
  getColumn(): number {
    return this.grid.column;
  }
  getLastRow(): number {
    return this.grid.row + this.grid.numRows - 1;
  }
  getLastColumn(): number {
    return this.grid.column + this.grid.numColumns - 1;
  }
  getNumRows(): number {
    return this.grid.numRows;
  }
  getHeight(): number {
    return this.grid.numRows;
  }
  getNumColumns(): number {
    return this.grid.numColumns;
  }
  getWidth(): number {
    return this.grid.numColumns;
  }
  getSheet(): GSheet {
    return this.doc.sheet(this.grid.sheet);
  }
  getGridId(): number {
    return this.grid.sheet.gid;
  }
  getCell(row: number, column: number): GRange {
    if (row < 1 || column < 1 || row > this.grid.numRows || column > this.grid.numColumns) {
      throw new Error('Cell reference out of range');
    }
    return this.sub({
      row: this.grid.row + row - 1,
      column: this.grid.column + column - 1,
      numRows: 1,
      numColumns: 1,
    });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    return this.sub({
      row: this.grid.row + rowOffset,
      column: this.grid.column + columnOffset,
      numRows: numRows ?? this.grid.numRows,
      numColumns: numColumns ?? this.grid.numColumns,
    });
  }
  activate(): GRange {
    this.doc.activeSheet = this.grid.sheet;
    this.grid.sheet.activeRange = this.grid;
    return chain(this);
  }

  // ── values and formulas ──

  getValues(): unknown[][] {
    return this.doc.out(this.engine.values(this.readable()));
  }
  getValue(): unknown {
    return this.doc.out(this.engine.values({ ...this.readable(), numRows: 1, numColumns: 1 })[0][0]);
  }
  getDisplayValues(): string[][] {
    return this.doc.out(this.engine.displayValues(this.readable()));
  }
  getDisplayValue(): string {
    return this.engine.displayValues({ ...this.readable(), numRows: 1, numColumns: 1 })[0][0];
  }
  getFormulas(): string[][] {
    return this.doc.out(this.engine.formulas(this.grid));
  }
  getFormula(): string {
    return this.engine.formulas({ ...this.grid, numRows: 1, numColumns: 1 })[0][0];
  }
  isBlank(): boolean {
    return this.engine.values(this.readable()).every((line) => line.every((v) => v === ''));
  }

  private writeTyped(cell: (r: number, c: number) => Typed): void {
    const { numRows, numColumns } = this.grid;
    const cells = Array.from({ length: numRows }, (_, r) =>
      Array.from({ length: numColumns }, (_, c) => cell(r, c)),
    );
    this.engine.write(this.grid, cells);
  }

  setValues(values: unknown[][]): GRange {
    const data = matrix(values, 'values');
    this.checkSize(data);
    const { sheet, row, column } = this.grid;
    this.writeTyped((r, c) => this.engine.typed(data[r][c], sheet, row + r, column + c));
    return chain(this);
  }
  /** Sets every cell of the range to the value. */
  setValue(value: unknown): GRange {
    const { sheet, row, column } = this.grid;
    this.writeTyped((r, c) => this.engine.typed(value, sheet, row + r, column + c));
    return chain(this);
  }
  /** A formula per cell; '' clears the cell, text without `=` is entered like a value. */
  setFormulas(formulas: string[][]): GRange {
    const data = matrix(formulas, 'formulas');
    this.checkSize(data);
    const { sheet, row, column } = this.grid;
    this.writeTyped((r, c) => this.formulaCell(data[r][c], sheet, row + r, column + c));
    return chain(this);
  }
  /** On a larger range, each cell gets the formula with relative references moved, as Sheets fills it. */
  setFormula(formula: string): GRange {
    const { sheet, row, column } = this.grid;
    this.writeTyped((r, c) =>
      this.formulaCell(
        formula.startsWith('=') ? shiftFormula(formula, r, c) : formula,
        sheet,
        row + r,
        column + c,
      ),
    );
    return chain(this);
  }
  private formulaCell(text: unknown, sheet: SheetModel, row: number, column: number): Typed {
    const s = String(text ?? '');
    return s.startsWith('=') && s.length > 1
      ? { kind: 'formula', text: s }
      : this.engine.typed(s, sheet, row, column);
  }
  clearContent(): GRange {
    this.writeTyped(() => ({ kind: 'blank' }));
    return chain(this);
  }
  /** Contents and formats (with options, only the parts asked for); notes and validations stay unless asked. */
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
  }): GRange {
    const only =
      options &&
      (options.contentsOnly || options.formatOnly || options.validationsOnly || options.commentsOnly);
    if (!only || options?.contentsOnly) this.clearContent();
    if (!only || options?.formatOnly) this.clearFormat();
    if (options?.validationsOnly) this.clearDataValidations();
    if (options?.commentsOnly) this.clearNote();
    return chain(this);
  }
  clearFormat(): GRange {
    this.engine.setMeta(this.grid, (m) => {
      delete m.format;
      delete m.style;
    });
    return chain(this);
  }

  // ── number formats, notes, styles ──

  getNumberFormat(): string {
    return this.grid.sheet.meta(this.grid.row, this.grid.column)?.format ?? AUTOMATIC_FORMAT;
  }
  getNumberFormats(): string[][] {
    return this.doc.out(this.engine.grid(this.grid, (m) => m?.format ?? AUTOMATIC_FORMAT));
  }
  setNumberFormat(numberFormat: string): GRange {
    this.engine.setMeta(this.grid, (m) => (m.format = numberFormat));
    return chain(this);
  }
  setNumberFormats(numberFormats: string[][]): GRange {
    const data = matrix(numberFormats, 'numberFormats');
    this.checkSize(data);
    this.engine.setMeta(this.grid, (m, r, c) => (m.format = String(data[r][c])));
    return chain(this);
  }
  getNote(): string {
    return this.grid.sheet.meta(this.grid.row, this.grid.column)?.note ?? '';
  }
  getNotes(): string[][] {
    return this.doc.out(this.engine.grid(this.grid, (m) => m?.note ?? ''));
  }
  setNote(note: string | null): GRange {
    this.engine.setMeta(this.grid, (m) => setNote(m, note));
    return chain(this);
  }
  setNotes(notes: Array<Array<string | null>>): GRange {
    const data = matrix(notes, 'notes');
    this.checkSize(data);
    this.engine.setMeta(this.grid, (m, r, c) => setNote(m, data[r][c] as string | null));
    return chain(this);
  }
  clearNote(): GRange {
    return this.setNote(null);
  }

  private style(key: StyleKey): unknown {
    return this.grid.sheet.meta(this.grid.row, this.grid.column)?.style?.[key] ?? STYLE_DEFAULTS[key];
  }
  private styles(key: StyleKey): unknown[][] {
    return this.doc.out(this.engine.grid(this.grid, (m) => m?.style?.[key] ?? STYLE_DEFAULTS[key]));
  }
  private setStyle(key: StyleKey, value: string | number | boolean | null): GRange {
    this.engine.setMeta(this.grid, (m) => ((m.style ??= {})[key] = value ?? STYLE_DEFAULTS[key]));
    return chain(this);
  }
  private setStyles(key: StyleKey, values: unknown): GRange {
    const data = matrix(values, key);
    this.checkSize(data);
    this.engine.setMeta(
      this.grid,
      (m, r, c) =>
        ((m.style ??= {})[key] = (data[r][c] as string | number | boolean | null) ?? STYLE_DEFAULTS[key]),
    );
    return chain(this);
  }

  getBackground(): string {
    return this.style('background') as string;
  }
  getBackgrounds(): string[][] {
    return this.styles('background') as string[][];
  }
  setBackground(color: string | null): GRange {
    return this.setStyle('background', color);
  }
  setBackgrounds(colors: Array<Array<string | null>>): GRange {
    return this.setStyles('background', colors);
  }
  getFontColor(): string {
    return this.style('fontColor') as string;
  }
  getFontColors(): string[][] {
    return this.styles('fontColor') as string[][];
  }
  setFontColor(color: string | null): GRange {
    return this.setStyle('fontColor', color);
  }
  setFontColors(colors: unknown[][]): GRange {
    return this.setStyles('fontColor', colors);
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.style('fontWeight') as GoogleAppsScript.Spreadsheet.FontWeight;
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.styles('fontWeight') as GoogleAppsScript.Spreadsheet.FontWeight[][];
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GRange {
    return this.setStyle('fontWeight', fontWeight);
  }
  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): GRange {
    return this.setStyles('fontWeight', fontWeights);
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.style('fontStyle') as GoogleAppsScript.Spreadsheet.FontStyle;
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): GRange {
    return this.setStyle('fontStyle', fontStyle);
  }
  getFontSize(): number {
    return this.style('fontSize') as number;
  }
  setFontSize(size: number): GRange {
    return this.setStyle('fontSize', size);
  }
  getWrap(): boolean {
    return this.style('wrap') as boolean;
  }
  getWraps(): boolean[][] {
    return this.styles('wrap') as boolean[][];
  }
  setWrap(isWrapEnabled: boolean): GRange {
    return this.setStyle('wrap', isWrapEnabled);
  }
  setWraps(isWrapEnabled: boolean[][]): GRange {
    return this.setStyles('wrap', isWrapEnabled);
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): GRange {
    return this.setStyle('wrap', nameOf(strategy) === 'WRAP');
  }
  getHorizontalAlignment(): string {
    return this.style('horizontalAlignment') as string;
  }
  getHorizontalAlignments(): string[][] {
    return this.styles('horizontalAlignment') as string[][];
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): GRange {
    return this.setStyle('horizontalAlignment', alignment);
  }
  setHorizontalAlignments(alignments: Array<Array<'left' | 'center' | 'normal' | 'right' | null>>): GRange {
    return this.setStyles('horizontalAlignment', alignments);
  }
  getVerticalAlignment(): string {
    return this.style('verticalAlignment') as string;
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): GRange {
    return this.setStyle('verticalAlignment', alignment);
  }

  /**
   * Copies the range's formats (number formats and styles) to rows × columns of a sheet,
   * repeating or cutting the source to fit, as Sheets does; values, notes and checks stay.
   */
  copyFormatToRange(
    sheet: GSheet | number,
    column: number,
    columnEnd: number,
    row: number,
    rowEnd: number,
  ): void {
    const target = typeof sheet === 'number' ? this.engine.sheetByGid(sheet) : this.doc.sheetOf(sheet);
    if (!target) throw new Error('Sheet not found.');
    const box = { row, column, numRows: rowEnd - row + 1, numColumns: columnEnd - column + 1 };
    const destination = this.engine.checked(target, box);
    const source = this.grid;
    const formats = this.engine.grid(source, (m) => ({
      format: m?.format,
      style: m?.style && { ...m.style },
    }));
    this.engine.setMeta(destination, (m, r, c) => {
      const f = formats[r % source.numRows][c % source.numColumns];
      if (f.format === undefined) delete m.format;
      else m.format = f.format;
      if (f.style) m.style = { ...f.style };
      else delete m.style;
    });
  }

  // ── validation and protection ──

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const rule = this.grid.sheet.meta(this.grid.row, this.grid.column)?.validation;
    return rule ? this.doc.dataValidation(rule) : null;
  }
  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    return this.doc.out(
      this.engine.grid(this.grid, (m) => (m?.validation ? this.doc.dataValidation(m.validation) : null)),
    );
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GRange {
    const data = rule === null ? undefined : this.doc.validationOf(rule);
    this.engine.setMeta(this.grid, (m) => setValidation(m, data));
    return chain(this);
  }
  setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): GRange {
    const data = matrix(rules, 'rules');
    this.checkSize(data);
    const unwrapped = data.map((line) =>
      line.map((r) => (r === null ? undefined : this.doc.validationOf(r))),
    );
    this.engine.setMeta(this.grid, (m, r, c) => setValidation(m, unwrapped[r][c]));
    return chain(this);
  }
  clearDataValidations(): GRange {
    return this.setDataValidation(null);
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const data = { type: 'RANGE' as const, range: this.grid, description: '', warningOnly: false };
    this.grid.sheet.protections.push(data);
    return this.doc.protection(data);
  }
  /** The script runs as the document's owner. */
  canEdit(): boolean {
    return true;
  }
}

function setNote(m: CellMeta, note: string | null | undefined): void {
  if (note === null || note === undefined || note === '') delete m.note;
  else m.note = String(note);
}

function setValidation(m: CellMeta, rule: CellMeta['validation']): void {
  if (rule) m.validation = rule;
  else delete m.validation;
}

/** A RangeList of a sheet's ranges by A1 notation (without a sheet name, as Apps Script requires). */
function rangeList(
  doc: Doc,
  sheet: SheetModel,
  a1Notations: readonly string[],
): GoogleAppsScript.Spreadsheet.RangeList {
  const ranges = Array.from(a1Notations, (a1) => {
    if (a1.includes('!')) throw new Error(`Range not found: ${a1}`);
    return new LocalRange(doc, doc.engine.resolve(a1, sheet));
  });
  return doc.runtime.expose('RangeList', new LocalRangeList(doc, ranges));
}

export class LocalSheet implements Partial<GSheet> {
  constructor(
    private readonly doc: Doc,
    readonly model: SheetModel,
  ) {}

  [DESCRIBE](): string {
    return this.model.name;
  }
  private get engine() {
    return this.doc.engine;
  }

  getName(): string {
    return this.model.name;
  }
  getSheetName(): string {
    return this.model.name;
  }
  setName(name: string): GSheet {
    this.engine.renameSheet(this.model, name);
    return chain(this);
  }
  getIndex(): number {
    return this.engine.sheets.indexOf(this.model) + 1;
  }
  getSheetId(): number {
    return this.model.gid;
  }
  getParent(): GSpreadsheet {
    return this.doc.spreadsheet();
  }
  activate(): GSheet {
    this.doc.activeSheet = this.model;
    return chain(this);
  }

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): GRange {
    if (typeof rowOrA1 === 'string') {
      if (rowOrA1.includes('!')) throw new Error(`Range not found: ${rowOrA1}`);
      return this.doc.range(this.engine.resolve(rowOrA1, this.model));
    }
    if (column === undefined)
      throw new Error('The parameters (number) don’t match the method signature for Sheet.getRange.');
    return this.doc.range(
      this.engine.checked(this.model, {
        row: rowOrA1,
        column,
        numRows: numRows ?? 1,
        numColumns: numColumns ?? 1,
      }),
    );
  }
  /** Ranges of this sheet by A1 notation, formatted together by one call each. */
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    return rangeList(this.doc, this.model, a1Notations);
  }
  getDataRange(): GRange {
    const box = {
      row: 1,
      column: 1,
      numRows: Math.max(1, this.getLastRow()),
      numColumns: Math.max(1, this.getLastColumn()),
    };
    return this.doc.range(this.engine.checked(this.model, box));
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const grid = this.engine.checked(this.model, { row: startRow, column: startColumn, numRows, numColumns });
    return this.doc.out(this.engine.values(grid));
  }
  getLastRow(): number {
    return this.engine.lastRow(this.model);
  }
  getLastColumn(): number {
    return this.engine.lastColumn(this.model);
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxColumns;
  }

  // ── rows and columns (inserted ones are blank and unformatted: Sheets copies the
  //    neighbour's formatting, the stand-in does not, so code must not rely on it) ──

  private insert(axis: 'rows' | 'columns', at: number, howMany: number): GSheet {
    const max = axis === 'rows' ? this.model.maxRows : this.model.maxColumns;
    if (!Number.isInteger(at) || at < 1 || at > max + 1 || !Number.isInteger(howMany) || howMany < 1) {
      throw new Error(`Those ${axis} are out of bounds.`);
    }
    this.engine.resize(this.model, axis, at, howMany);
    return chain(this);
  }
  private remove(axis: 'rows' | 'columns', at: number, howMany: number): void {
    const max = axis === 'rows' ? this.model.maxRows : this.model.maxColumns;
    if (!Number.isInteger(at) || at < 1 || howMany < 1 || at + howMany - 1 > max) {
      throw new Error(`Those ${axis} are out of bounds.`);
    }
    if (howMany === max) throw new Error(`You can't delete all the ${axis} on the sheet.`);
    this.engine.resize(this.model, axis, at, -howMany);
  }
  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    return this.insert('rows', afterPosition + 1, howMany);
  }
  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    return this.insert('rows', beforePosition, howMany);
  }
  insertRowAfter(afterPosition: number): GSheet {
    return this.insert('rows', afterPosition + 1, 1);
  }
  insertRowBefore(beforePosition: number): GSheet {
    return this.insert('rows', beforePosition, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    return this.insert('columns', afterPosition + 1, howMany);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): GSheet {
    return this.insert('columns', beforePosition, howMany);
  }
  insertColumnAfter(afterPosition: number): GSheet {
    return this.insert('columns', afterPosition + 1, 1);
  }
  insertColumnBefore(beforePosition: number): GSheet {
    return this.insert('columns', beforePosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.remove('rows', rowPosition, howMany);
  }
  deleteRow(rowPosition: number): GSheet {
    this.remove('rows', rowPosition, 1);
    return chain(this);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.remove('columns', columnPosition, howMany);
  }
  deleteColumn(columnPosition: number): GSheet {
    this.remove('columns', columnPosition, 1);
    return chain(this);
  }
  /** Writes after the last row with content, adding a row when the sheet is full. */
  appendRow(rowContents: unknown[]): GSheet {
    const values = Array.from(rowContents);
    const row = this.engine.lastRow(this.model) + 1;
    if (row > this.model.maxRows) this.engine.resize(this.model, 'rows', row, 1);
    if (values.length > this.model.maxColumns) {
      this.engine.resize(
        this.model,
        'columns',
        this.model.maxColumns + 1,
        values.length - this.model.maxColumns,
      );
    }
    const grid = this.engine.checked(this.model, {
      row,
      column: 1,
      numRows: 1,
      numColumns: Math.max(1, values.length),
    });
    this.engine.write(grid, [values.map((v, c) => this.engine.typed(v, this.model, row, 1 + c))]);
    return chain(this);
  }

  // ── sheet settings ──

  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  setFrozenRows(rows: number): void {
    this.model.frozenRows = rows;
  }
  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }
  setFrozenColumns(columns: number): void {
    this.model.frozenColumns = columns;
  }
  getTabColor(): string | null {
    return this.model.tabColor;
  }
  setTabColor(color: string | null): GSheet {
    this.model.tabColor = color;
    return chain(this);
  }
  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  setColumnWidth(columnPosition: number, width: number): GSheet {
    this.model.columnWidths.set(columnPosition, width);
    return chain(this);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths.set(c, width);
    return chain(this);
  }
  hideSheet(): GSheet {
    this.model.hidden = true;
    return chain(this);
  }
  showSheet(): GSheet {
    this.model.hidden = false;
    return chain(this);
  }
  isSheetHidden(): boolean {
    return this.model.hidden;
  }

  // ── selection ──

  getActiveRange(): GRange | null {
    return this.model.activeRange ? this.doc.range({ sheet: this.model, ...this.model.activeRange }) : null;
  }
  getActiveCell(): GRange {
    const box = this.model.activeRange ?? { row: 1, column: 1 };
    return this.doc.range({ sheet: this.model, row: box.row, column: box.column, numRows: 1, numColumns: 1 });
  }
  getCurrentCell(): GRange | null {
    return this.getActiveCell();
  }
  setActiveRange(range: GRange): GRange {
    const grid = this.doc.gridOf(range);
    if (grid.sheet !== this.model) throw new Error('The range must be on this sheet.');
    this.doc.activeSheet = this.model;
    this.model.activeRange = grid;
    return range;
  }
  setActiveSelection(range: GRange | string): GRange {
    return this.setActiveRange(typeof range === 'string' ? this.getRange(range) : range);
  }

  // ── conditional formats and protections ──

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this.doc.out(this.model.conditionalRules.map((r) => this.doc.conditionalRule(r)));
  }
  /** Replaces the sheet's rules; each rule's ranges must be on this sheet. */
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    const data = Array.from(rules, (r) => this.doc.conditionalRuleOf(r));
    for (const rule of data) {
      if (rule.ranges.length === 0) throw new Error('A conditional format rule needs at least one range.');
      if (rule.ranges.some((g) => g.sheet !== this.model)) {
        throw new Error('A conditional format rule cannot reference a different sheet.');
      }
    }
    this.model.conditionalRules = data.map((r) => ({ ...r, ranges: [...r.ranges] }));
  }
  clearConditionalFormatRules(): void {
    this.model.conditionalRules = [];
  }
  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    const wanted = nameOf(type);
    return this.doc.out(
      this.model.protections.filter((p) => p.type === wanted).map((p) => this.doc.protection(p)),
    );
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const existing = this.model.protections.find((p) => p.type === 'SHEET');
    if (existing) return this.doc.protection(existing);
    const data = {
      type: 'SHEET' as const,
      range: { sheet: this.model, ...this.model.box() },
      description: '',
      warningOnly: false,
    };
    this.model.protections.push(data);
    return this.doc.protection(data);
  }
  // ── charts ──

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return this.doc.runtime.expose(
      'EmbeddedChartBuilder',
      new LocalEmbeddedChartBuilder(this.doc, this.model),
    );
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.model.charts.push(this.doc.runtime.unwrap<LocalEmbeddedChart>(chart, 'chart').data);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this.doc.out(
      this.model.charts.map((c) =>
        this.doc.runtime.expose<GoogleAppsScript.Spreadsheet.EmbeddedChart>(
          'EmbeddedChart',
          new LocalEmbeddedChart(this.doc, c),
        ),
      ),
    );
  }

  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return this.doc.out(
      this.engine
        .namedRangeNames()
        .filter((n) => this.engine.namedRange(n)?.sheet === this.model)
        .map((n) => this.doc.namedRange(n)),
    );
  }
}

export class LocalSpreadsheet implements Partial<GSpreadsheet> {
  constructor(private readonly doc: Doc) {}

  [DESCRIBE](): string {
    return this.doc.name;
  }
  private get engine() {
    return this.doc.engine;
  }

  getId(): string {
    return this.doc.id;
  }
  getName(): string {
    return this.doc.name;
  }
  rename(newName: string): void {
    this.doc.name = newName;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.doc.id}/edit`;
  }
  getSpreadsheetLocale(): string {
    return this.engine.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.engine.locale = locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.doc.engine.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    checkTimeZone(timezone);
    this.doc.engine.timeZone = timezone;
  }

  getSheets(): GSheet[] {
    return this.doc.out(this.engine.sheets.map((s) => this.doc.sheet(s)));
  }
  getNumSheets(): number {
    return this.engine.sheets.length;
  }
  getSheetByName(name: string): GSheet | null {
    const model = this.engine.sheetByName(name);
    return model ? this.doc.sheet(model) : null;
  }
  getSheetById(id: number): GSheet | null {
    const model = this.engine.sheetByGid(id);
    return model ? this.doc.sheet(model) : null;
  }
  /** insertSheet(), (name), (index), (name, index): the new sheet becomes the active one. Templates are not emulated. */
  insertSheet(nameOrIndex?: string | number | object, index?: number | object): GSheet {
    if ((typeof nameOrIndex === 'object' && nameOrIndex !== null) || typeof index === 'object') {
      throw new Error('LocalWorkbook does not emulate insertSheet with a template.');
    }
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.freeSheetName();
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : index;
    const model = this.engine.addSheet(name, at);
    this.doc.activeSheet = model;
    return this.doc.sheet(model);
  }
  private freeSheetName(): string {
    const base = this.engine.locale.startsWith('ru') ? 'Лист' : 'Sheet';
    let n = this.engine.sheets.length + 1;
    while (this.engine.sheetByName(`${base}${n}`)) n++;
    return `${base}${n}`;
  }
  deleteSheet(sheet: GSheet): void {
    const model = this.doc.sheetOf(sheet);
    this.engine.deleteSheet(model);
    if (this.doc.activeSheet === model) this.doc.activeSheet = this.engine.sheets[0];
  }
  getActiveSheet(): GSheet {
    return this.doc.sheet(this.doc.activeSheet);
  }
  setActiveSheet(sheet: GSheet): GSheet {
    this.doc.activeSheet = this.doc.sheetOf(sheet);
    return sheet;
  }
  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    this.engine.moveSheet(this.doc.activeSheet, pos - 1);
  }
  getActiveRange(): GRange | null {
    return this.doc.sheet(this.doc.activeSheet).getActiveRange();
  }
  getActiveCell(): GRange {
    return this.doc.sheet(this.doc.activeSheet).getActiveCell();
  }
  getCurrentCell(): GRange | null {
    return this.getActiveCell();
  }
  setActiveRange(range: GRange): GRange {
    return this.doc.sheet(this.doc.gridOf(range).sheet).setActiveRange(range);
  }
  setActiveSelection(range: GRange | string): GRange {
    const target = typeof range === 'string' ? this.getRange(range) : range;
    return this.setActiveRange(target);
  }

  /** 'Sheet'!A1:B2, or a reference on the active sheet. */
  getRange(a1Notation: string): GRange {
    return this.doc.range(this.engine.resolve(a1Notation, this.doc.activeSheet));
  }
  /** Ranges of the active sheet by A1 notation. */
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    return rangeList(this.doc, this.doc.activeSheet, a1Notations);
  }
  getRangeByName(name: string): GRange | null {
    const grid = this.engine.namedRange(name);
    return grid ? this.doc.range(grid) : null;
  }
  setNamedRange(name: string, range: GRange): void {
    this.engine.setNamedRange(name, this.doc.gridOf(range));
  }
  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return this.doc.out(this.engine.namedRangeNames().map((n) => this.doc.namedRange(n)));
  }
  removeNamedRange(name: string): void {
    this.engine.removeNamedRange(name);
  }
  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    const wanted = nameOf(type);
    return this.doc.out(
      this.engine.sheets.flatMap((s) =>
        s.protections.filter((p) => p.type === wanted).map((p) => this.doc.protection(p)),
      ),
    );
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.doc.toasts.push({
      message: String(msg),
      title: title ?? '',
      timeoutSeconds: timeoutSeconds ?? null,
    });
  }
}

export class LocalSpreadsheetApp implements Partial<Omit<GApp, Enums>> {
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly ProtectionType = ProtectionType;
  readonly RelativeDate = RelativeDate;
  readonly WrapStrategy = WrapStrategy;

  constructor(private readonly doc: Doc) {}

  getActiveSpreadsheet(): GSpreadsheet {
    return this.doc.spreadsheet();
  }
  getActive(): GSpreadsheet {
    return this.doc.spreadsheet();
  }
  getActiveSheet(): GSheet {
    return this.doc.sheet(this.doc.activeSheet);
  }
  getActiveRange(): GRange {
    const range = this.doc.sheet(this.doc.activeSheet).getActiveRange();
    return range ?? this.doc.sheet(this.doc.activeSheet).getActiveCell();
  }
  getCurrentCell(): GRange {
    return this.doc.sheet(this.doc.activeSheet).getActiveCell();
  }
  setActiveSheet(sheet: GSheet): GSheet {
    this.doc.activeSheet = this.doc.sheetOf(sheet);
    return sheet;
  }
  setActiveRange(range: GRange): GRange {
    return this.doc.sheet(this.doc.gridOf(range).sheet).setActiveRange(range);
  }
  /** Writes are applied at once here; flush only counts. */
  flush(): void {}
  getUi(): GoogleAppsScript.Base.Ui {
    return this.doc.ui();
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.doc.runtime.expose('DataValidationBuilder', new LocalDataValidationBuilder(this.doc));
  }
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return this.doc.runtime.expose(
      'ConditionalFormatRuleBuilder',
      new LocalConditionalFormatRuleBuilder(this.doc),
    );
  }
}
