/**
 * The spreadsheet's values and formulas, held by HyperFormula, plus the metadata of
 * model.ts. Everything here is uncounted: the service objects (spreadsheet.ts) count
 * the script's calls and use this to do the work.
 */
import { performance } from 'node:perf_hooks';
import {
  CellValueDetailedType,
  DetailedCellError,
  FunctionPluginDefinition,
  HyperFormula,
  SimpleCellAddress,
} from 'hyperformula';
import { GridBox, boxA1, parseA1, quotedSheetName, splitSheetPrefix } from './a1';
import { decodeNames, encodeName, fromEngine, resizeInFormula, toEngine } from './formulas';
import { CellMeta, DEFAULT_ROWS, GridRange, SheetModel, adjustSpan } from './model';
import {
  Typed,
  TEXT_FORMAT,
  dateToSerial,
  defaultDateFormat,
  displayBoolean,
  displayNumber,
  isDateFormat,
  isDateObject,
  serialToTime,
  typeIn,
} from './values';

/** A cell value as getValues gives it (Dates in this realm; the services copy them into the script's). */
export type CellValue = string | number | boolean | Date;

/**
 * Error values as getValues gives them. HyperFormula has two errors Sheets lacks: a
 * blocked spill and a circular reference are both #REF! in Sheets.
 */
const ERROR_TEXT: Record<string, string> = {
  DIV_BY_ZERO: '#DIV/0!',
  NAME: '#NAME?',
  VALUE: '#VALUE!',
  NUM: '#NUM!',
  NA: '#N/A',
  REF: '#REF!',
  CYCLE: '#REF!',
  SPILL: '#REF!',
  ERROR: '#ERROR!',
  LIC: '#LIC!',
};

export function errorText(type: string): string {
  return ERROR_TEXT[type] ?? `#${type}!`;
}

const DATE_TYPES = new Set<string>([
  CellValueDetailedType.NUMBER_DATE,
  CellValueDetailedType.NUMBER_DATETIME,
  CellValueDetailedType.NUMBER_TIME,
]);

export class Engine {
  hf: HyperFormula;
  readonly sheets: SheetModel[] = [];
  private nextGid = 0;

  /**
   * @param locale the spreadsheet's locale
   * @param timeZone the spreadsheet's time zone, where date cells meet Dates (see values.ts)
   */
  constructor(
    public locale: string,
    public timeZone: string,
  ) {
    this.hf = HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      functionArgSeparator: ';',
      // Sheets returns doubles as computed (0.1 + 0.2 is 0.30000000000000004), not rounded.
      smartRounding: false,
      // Formulas over ranges need ARRAYFORMULA, as in Sheets. Without it HyperFormula takes
      // a range in a one-value place by implicit intersection (Excel's rule); what Sheets
      // gives there is not verified, so column formulas should always use ARRAYFORMULA.
      useArrayArithmetic: false,
      maxRows: 1_000_000,
      functionPlugins: HyperFormula.getAllFunctionPlugins(),
    });
  }

  // ── sheets ────────────────────────────────────────────────────────────────

  sheetByName(name: string): SheetModel | undefined {
    // Sheets matches sheet names regardless of case (and refuses two names differing only in case).
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetByGid(gid: number): SheetModel | undefined {
    return this.sheets.find((s) => s.gid === gid);
  }

  addSheet(name: string, index = this.sheets.length): SheetModel {
    if (this.sheetByName(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (index < 0 || index > this.sheets.length) throw new Error(`Invalid sheet index: ${index}`);
    const hfName = this.hf.addSheet(name);
    const sheet = new SheetModel(name, this.hf.getSheetId(hfName)!, this.nextGid);
    // Sheets gives the first sheet gid 0 and later ones large random numbers; a counter is enough here.
    this.nextGid = this.nextGid === 0 ? 1_000_001 : this.nextGid + 1;
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.length === 1) {
      throw new Error("You can't remove all the sheets in a document.");
    }
    this.hf.removeSheet(sheet.hfId);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.refreshFormulas(false);
  }

  renameSheet(sheet: SheetModel, name: string): void {
    const other = this.sheetByName(name);
    if (other && other !== sheet) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.hf.renameSheet(sheet.hfId, name);
    sheet.name = name;
    this.refreshFormulas(false);
  }

  moveSheet(sheet: SheetModel, index: number): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
  }

  /** A range by A1 notation with an optional sheet prefix; `defaultSheet` for a bare reference. */
  resolve(a1: string, defaultSheet: SheetModel): GridRange {
    const { sheet: name, ref } = splitSheetPrefix(a1);
    const sheet = name === undefined ? defaultSheet : this.sheetByName(name);
    if (!sheet) throw new Error(`Range not found: ${a1}`);
    const box = parseA1(ref, sheet.maxRows, sheet.maxColumns);
    if (!box) throw new Error(`Range not found: ${a1}`);
    return this.checked(sheet, box);
  }

  /** The range, or Sheets' exception when it leaves the sheet. */
  checked(sheet: SheetModel, box: GridBox): GridRange {
    if (!Number.isInteger(box.numRows) || box.numRows < 1)
      throw new Error('The number of rows in the range must be at least 1.');
    if (!Number.isInteger(box.numColumns) || box.numColumns < 1)
      throw new Error('The number of columns in the range must be at least 1.');
    if (
      !Number.isInteger(box.row) ||
      !Number.isInteger(box.column) ||
      box.row < 1 ||
      box.column < 1 ||
      box.row + box.numRows - 1 > sheet.maxRows ||
      box.column + box.numColumns - 1 > sheet.maxColumns
    ) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return { sheet, ...box };
  }

  // ── values and formulas ───────────────────────────────────────────────────

  private address(sheet: SheetModel, row: number, column: number): SimpleCellAddress {
    return { sheet: sheet.hfId, row: row - 1, col: column - 1 };
  }

  /**
   * Rows of a sheet by name as a formula on `home` refers to it. A missing sheet gets
   * the default size, so the reference parses and shows #REF! as in Sheets, and is
   * re-bounded when a sheet of that name is added.
   */
  private rowsOf(home: SheetModel): (name?: string) => number {
    return (name) => (name === undefined ? home : this.sheetByName(name))?.maxRows ?? DEFAULT_ROWS;
  }

  /**
   * Writes typed cells (values as a user would type them, or formulas) in one
   * HyperFormula operation, so the formulas depending on them are evaluated once.
   */
  write(range: GridRange, cells: ReadonlyArray<ReadonlyArray<Typed>>): void {
    const { sheet } = range;
    const formulas: Array<[SimpleCellAddress, CellMeta]> = [];
    const contents = cells.map((line, r) =>
      line.map((cell, c) => {
        const row = range.row + r;
        const column = range.column + c;
        const existing = sheet.meta(row, column);
        if (existing) {
          delete existing.formula;
          delete existing.given;
          delete existing.engineText;
          delete existing.open;
        }
        switch (cell.kind) {
          case 'blank':
            return null;
          case 'text':
            // The apostrophe keeps HyperFormula from reading the text as a number or formula.
            return `'${cell.text}`;
          case 'boolean':
            return cell.value;
          case 'number':
            if (cell.format && !existing?.format) sheet.metaFor(row, column).format = cell.format;
            return cell.value;
          case 'formula': {
            const m = sheet.metaFor(row, column);
            const engine = toEngine(cell.text, this.rowsOf(sheet));
            m.formula = cell.text;
            m.given = engine.text;
            m.open = engine.open;
            formulas.push([this.address(sheet, row, column), m]);
            return engine.text;
          }
        }
      }),
    );
    this.commit(() => this.hf.setCellContents(this.address(sheet, range.row, range.column), contents));
    this.readBack(formulas);
  }

  /**
   * The size a custom function's result really had at a formula cell. HyperFormula must
   * reserve a result's size before computing it; a function whose result is wider or
   * shorter than its arguments (a list of key people) is learned on its first run and
   * the formula entered again, as Sheets would simply spill it.
   */
  private readonly learnedSizes = new Map<string, { height: number; width: number }>();
  private readonly toResize = new Set<string>();

  learnedSize(address: SimpleCellAddress): { height: number; width: number } | undefined {
    return this.learnedSizes.get(`${address.sheet},${address.row},${address.col}`);
  }

  learnSize(address: SimpleCellAddress, height: number, width: number): void {
    const key = `${address.sheet},${address.row},${address.col}`;
    this.learnedSizes.set(key, { height, width });
    this.toResize.add(key);
  }

  /**
   * Rows a result anchored at this cell may take, itself included: down to the sheet's last
   * row, or to the first cell below that holds something typed or a formula of its own (a
   * result spilled there doesn't count). Sheets spills into the free cells only, so a table
   * a little further down (a sheet of two blocks) must not be predicted over.
   */
  rowsFrom(address: SimpleCellAddress): number {
    const sheet = this.sheetByEngineId(address.sheet);
    if (!sheet) return Number.MAX_SAFE_INTEGER;
    for (let row = address.row + 1; row < sheet.maxRows; row++) {
      const below = { sheet: address.sheet, row, col: address.col };
      if (this.hf.isCellEmpty(below)) continue;
      if (this.hf.getCellFormula(below) !== undefined || !this.hf.isCellPartOfArray(below))
        return row - address.row;
    }
    return sheet.maxRows - address.row;
  }

  /**
   * Milliseconds HyperFormula spent recalculating after changes (custom functions included):
   * what Sheets does apart from the script that wrote, so what a script's own time leaves out.
   */
  recalculationMs = 0;

  /** A change, then the recalculation it calls for, timed apart (HyperFormula's batch is these two). */
  private commit(change: () => void): void {
    this.hf.suspendEvaluation();
    try {
      change();
    } finally {
      const start = performance.now();
      this.hf.resumeEvaluation();
      this.settleResults();
      this.recalculationMs += performance.now() - start;
    }
  }

  /** Enters again the formulas whose result size was just learned, until sizes stop changing. */
  private settleResults(): void {
    for (let round = 0; round < 5 && this.toResize.size > 0; round++) {
      const keys = [...this.toResize];
      this.toResize.clear();
      this.hf.batch(() => {
        for (const key of keys) {
          const [sheet, row, col] = key.split(',').map(Number);
          const address = { sheet, row, col };
          const text = this.hf.getCellFormula(address);
          if (text !== undefined) this.hf.setCellContents(address, [[text]]);
        }
      });
    }
  }

  /** HyperFormula rewrites formula text (spaces, case); keep its text to notice when it moves references. */
  private readBack(formulas: ReadonlyArray<[SimpleCellAddress, CellMeta]>): void {
    for (const [address, m] of formulas) m.engineText = this.hf.getCellFormula(address) ?? m.given;
  }

  /** What a value written with setValue(s) becomes in a cell (see typeIn for strings). */
  typed(value: unknown, sheet: SheetModel, row: number, column: number): Typed {
    if (value === null || value === undefined || value === '') return { kind: 'blank' };
    if (typeof value === 'string') return typeIn(value, this.locale, sheet.meta(row, column)?.format);
    if (typeof value === 'boolean') return { kind: 'boolean', value };
    if (typeof value === 'number') {
      // Sheets can't hold NaN or infinities; what it does with them is not verified, so keep the text.
      return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'text', text: String(value) };
    }
    if (isDateObject(value)) {
      if (Number.isNaN(value.getTime())) return { kind: 'text', text: 'Invalid Date' };
      const serial = dateToSerial(value, this.timeZone);
      return { kind: 'number', value: serial, format: defaultDateFormat(this.locale, serial % 1 !== 0) };
    }
    return { kind: 'text', text: String(value) };
  }

  /**
   * Is the number in this cell a date, so getValue returns a Date? An explicit format
   * decides; otherwise a formula's date result is formatted as a date automatically.
   * `askEngine: false` skips HyperFormula's type (not to be asked mid-evaluation).
   */
  isDateCell(sheet: SheetModel, row: number, column: number, askEngine = true): boolean {
    const format = sheet.meta(row, column)?.format;
    if (format !== undefined) return isDateFormat(format);
    if (sheet.autoDates.has(`${row},${column}`)) return true;
    return askEngine && DATE_TYPES.has(this.hf.getCellValueDetailedType(this.address(sheet, row, column)));
  }

  sheetByEngineId(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.hfId === id);
  }

  /** Makes the bundle's custom functions known to formulas (re-evaluating those already written). */
  useFunctions(plugin: FunctionPluginDefinition): void {
    this.hf.updateConfig({ functionPlugins: [...HyperFormula.getAllFunctionPlugins(), plugin] });
    this.settleResults();
  }

  /**
   * Formulas whose array result would run past the sheet's last row or column. Sheets
   * doesn't expand those: the formula's cell shows #REF! asking for more rows and
   * nothing spills. HyperFormula's sheets have no edge, so they are found here: the
   * formula nearest above (or left of) a spilled cell just outside the sheet.
   * Keyed "row,column", with Sheets' message.
   */
  overflowing(sheet: SheetModel): Map<string, string> {
    const out = new Map<string, string>();
    const dims = this.hf.getSheetDimensions(sheet.hfId);
    if (dims.height <= sheet.maxRows && dims.width <= sheet.maxColumns) return out;
    const partOfArray = (row: number, column: number) =>
      this.hf.isCellPartOfArray(this.address(sheet, row, column));
    const missing = (from: number, to: number, inside: (i: number) => boolean) => {
      let n = 0;
      while (from + n <= to && inside(from + n)) n++;
      return n;
    };
    for (const [row, column, m] of sheet.allMeta()) {
      if (m.formula === undefined) continue;
      const below = missing(sheet.maxRows + 1, dims.height, (r) => partOfArray(r, column));
      const right = missing(sheet.maxColumns + 1, dims.width, (c) => partOfArray(row, c));
      const nearest = (cells: (i: number) => CellMeta | undefined, from: number, to: number) => {
        for (let i = from; i < to; i++) if (cells(i)?.formula !== undefined) return false;
        return true;
      };
      if (below > 0 && nearest((r) => sheet.meta(r, column), row + 1, sheet.maxRows + 1)) {
        out.set(
          `${row},${column}`,
          `Result was not automatically expanded, please insert more rows (${below}).`,
        );
      } else if (right > 0 && nearest((c) => sheet.meta(row, c), column + 1, sheet.maxColumns + 1)) {
        out.set(
          `${row},${column}`,
          `Result was not automatically expanded, please insert more columns (${right}).`,
        );
      }
    }
    return out;
  }

  values(range: GridRange): CellValue[][] {
    const { sheet } = range;
    const raw = this.hf.getRangeValues({
      start: this.address(sheet, range.row, range.column),
      end: this.address(sheet, range.row + range.numRows - 1, range.column + range.numColumns - 1),
    });
    const overflowing = this.overflowing(sheet);
    const unexpanded = (row: number, column: number) => {
      if (overflowing.size === 0 || !this.hf.isCellPartOfArray(this.address(sheet, row, column)))
        return false;
      for (let r = row; r >= 1; r--) {
        if (sheet.meta(r, column)?.formula !== undefined) return overflowing.has(`${r},${column}`);
      }
      for (let c = column; c >= 1; c--) {
        if (sheet.meta(row, c)?.formula !== undefined) return overflowing.has(`${row},${c}`);
      }
      return false;
    };
    return raw.map((line, r) =>
      line.map((v, c): CellValue => {
        const row = range.row + r;
        const column = range.column + c;
        if (overflowing.has(`${row},${column}`)) return '#REF!';
        if (unexpanded(row, column)) return '';
        if (v === null) return '';
        if (v instanceof DetailedCellError) return errorText(v.type);
        if (typeof v === 'number' && this.isDateCell(sheet, row, column))
          return new Date(serialToTime(v, this.timeZone));
        return v;
      }),
    );
  }

  displayValues(range: GridRange): string[][] {
    return this.values(range).map((line, r) =>
      line.map((v, c) => {
        const format = range.sheet.meta(range.row + r, range.column + c)?.format;
        if (isDateObject(v)) {
          return displayNumber(
            dateToSerial(v, this.timeZone),
            format ?? defaultDateFormat(this.locale, false),
            this.locale,
          );
        }
        if (typeof v === 'number')
          return displayNumber(v, format === TEXT_FORMAT ? undefined : format, this.locale);
        if (typeof v === 'boolean') return displayBoolean(v, this.locale);
        return v;
      }),
    );
  }

  formulas(range: GridRange): string[][] {
    return this.grid(range, (m) => m?.formula ?? '');
  }

  /** The message of an error value (what Sheets shows on hover), or undefined. */
  errorMessage(sheet: SheetModel, row: number, column: number): string | undefined {
    const overflow = this.overflowing(sheet).get(`${row},${column}`);
    if (overflow) return overflow;
    const v = this.hf.getCellValue(this.address(sheet, row, column));
    if (!(v instanceof DetailedCellError)) return undefined;
    if (v.type === 'SPILL') return 'Array result was not expanded because it would overwrite data.';
    return decodeNames(v.message);
  }

  /** Maps the metadata of each cell of a range. */
  grid<T>(range: GridRange, f: (m: CellMeta | undefined, row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < range.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < range.numColumns; c++) {
        const row = range.row + r;
        const column = range.column + c;
        line.push(f(range.sheet.meta(row, column), row, column));
      }
      out.push(line);
    }
    return out;
  }

  /** Sets metadata on each cell of a range; `value(r, c)` gets 0-based offsets. */
  setMeta(range: GridRange, set: (m: CellMeta, r: number, c: number) => void): void {
    for (let r = 0; r < range.numRows; r++)
      for (let c = 0; c < range.numColumns; c++)
        set(range.sheet.metaFor(range.row + r, range.column + c), r, c);
  }

  /**
   * The last row (or column) holding a value or a formula's result; 0 for an empty
   * sheet. Results counted include '' spilled by array formulas (as Sheets is commonly
   * reported to do with ARRAYFORMULA; not verified for custom functions), and those of
   * arrays that overflow the sheet, which Sheets would not count.
   */
  lastRow(sheet: SheetModel): number {
    const rows = this.hf.getSheetValues(sheet.hfId);
    for (let r = Math.min(rows.length, sheet.maxRows) - 1; r >= 0; r--)
      if (rows[r].some((v) => v !== null)) return r + 1;
    return 0;
  }

  lastColumn(sheet: SheetModel): number {
    let last = 0;
    for (const line of this.hf.getSheetValues(sheet.hfId).slice(0, sheet.maxRows)) {
      for (let c = Math.min(line.length, sheet.maxColumns) - 1; c >= last; c--) {
        if (line[c] !== null) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  // ── structure ─────────────────────────────────────────────────────────────

  /**
   * Inserts (count > 0) or deletes (count < 0) rows or columns starting at `at`
   * (1-based). References, named ranges, rules and protections move as in Sheets;
   * formulas with open ranges (`F2:F`) follow the new size of the sheet.
   */
  resize(sheet: SheetModel, axis: 'rows' | 'columns', at: number, count: number): void {
    const index = at - 1;
    this.commit(() => {
      if (axis === 'rows') {
        if (count > 0) this.hf.addRows(sheet.hfId, [index, count]);
        else this.hf.removeRows(sheet.hfId, [index, -count]);
      } else if (count > 0) this.hf.addColumns(sheet.hfId, [index, count]);
      else this.hf.removeColumns(sheet.hfId, [index, -count]);
    });
    if (axis === 'rows') {
      sheet.maxRows += count;
      sheet.spliceRows(at, count);
    } else {
      sheet.maxColumns += count;
      sheet.spliceColumns(at, count);
    }
    sheet.autoDates.clear();
    const move = (g: GridRange): GridRange | undefined => {
      if (g.sheet !== sheet) return g;
      const span =
        axis === 'rows'
          ? adjustSpan(g.row, g.numRows, at, count)
          : adjustSpan(g.column, g.numColumns, at, count);
      if (!span) return undefined;
      return axis === 'rows'
        ? { ...g, row: span.start, numRows: span.size }
        : { ...g, column: span.start, numColumns: span.size };
    };
    const reword = (v: unknown, s: SheetModel) =>
      typeof v === 'string' && v.startsWith('=')
        ? resizeInFormula(v, axis, at, count, sheet.name, s === sheet)
        : v;
    for (const s of this.sheets) {
      s.conditionalRules = s.conditionalRules
        .map((rule) => ({
          ...rule,
          ranges: rule.ranges.flatMap((g) => move(g) ?? []),
          values: rule.values.map((v) => reword(v, s)),
        }))
        .filter((rule) => rule.ranges.length > 0);
      s.protections = s.protections.filter((p) => {
        const moved = move(p.range);
        if (moved) p.range = moved;
        return moved !== undefined;
      });
    }
    this.refreshFormulas(true);
  }

  /**
   * After HyperFormula moved references (rows inserted, a sheet renamed), takes each
   * moved formula back to Sheets text; when a sheet's size changed, re-bounds the
   * formulas with open ranges (`F2:F`) to it.
   */
  private refreshFormulas(sizeChanged: boolean): void {
    const touched: Array<[SimpleCellAddress, CellMeta]> = [];
    const changes: Array<[SimpleCellAddress, string]> = [];
    for (const sheet of this.sheets) {
      for (const [row, column, m] of sheet.allMeta()) {
        if (m.formula === undefined || m.given === undefined) continue;
        const address = this.address(sheet, row, column);
        const current = this.hf.getCellFormula(address) ?? m.given;
        const moved = current !== m.engineText;
        const hasOpen = m.open?.some((o) => o !== 'closed') ?? false;
        if (!moved && !(sizeChanged && hasOpen)) continue;
        const formula = moved ? fromEngine(current, m.open ?? []) : m.formula;
        const engine = toEngine(formula, this.rowsOf(sheet));
        m.formula = formula;
        m.open = engine.open;
        // HyperFormula keeps an array formula's result size when it shrinks its ranges (rows
        // deleted), and then spills #REF!: an open-range formula it moved is entered again.
        if (engine.text !== (moved ? current : m.given) || (moved && hasOpen))
          changes.push([address, engine.text]);
        m.given = engine.text;
        touched.push([address, m]);
      }
    }
    this.commit(() => {
      for (const [address, text] of changes) this.hf.setCellContents(address, [[text]]);
    });
    this.readBack(touched);
  }

  // ── named ranges ──────────────────────────────────────────────────────────

  setNamedRange(name: string, range: GridRange): void {
    const id = encodeName(name);
    const expression = `=${quotedSheetName(range.sheet.name)}!${absoluteA1(range)}`;
    if (this.hf.isItPossibleToAddNamedExpression(id, expression)) this.hf.addNamedExpression(id, expression);
    else if (this.hf.isItPossibleToChangeNamedExpression(id, expression))
      this.hf.changeNamedExpression(id, expression);
    else throw new Error(`Invalid named range name: ${name}`);
  }

  /** HyperFormula's id of a named range, matched regardless of case as Sheets does. */
  private namedId(name: string): string | undefined {
    const id = encodeName(name).toLowerCase();
    return this.hf.listNamedExpressions().find((n) => n.toLowerCase() === id);
  }

  namedRange(name: string): GridRange | undefined {
    const id = this.namedId(name);
    const expression = id === undefined ? undefined : this.hf.getNamedExpressionFormula(id);
    if (expression === undefined) return undefined;
    const { sheet: sheetName, ref } = splitSheetPrefix(expression.slice(1));
    const sheet = sheetName === undefined ? undefined : this.sheetByName(sheetName);
    const box = sheet && parseA1(ref.replace(/\$/g, ''), sheet.maxRows, sheet.maxColumns);
    return sheet && box ? { sheet, ...box } : undefined;
  }

  namedRangeNames(): string[] {
    return this.hf.listNamedExpressions().map(decodeNames);
  }

  removeNamedRange(name: string): void {
    const id = this.namedId(name);
    if (id === undefined) throw new Error(`Named range not found: ${name}`);
    this.hf.removeNamedExpression(id);
  }

  // ── evaluating a formula outside the cells (conditional formats) ──────────

  /** The value of a formula (Sheets text) as if it sat on `sheet`; references must already point where meant. */
  evaluate(formula: string, sheet: SheetModel): CellValue {
    const v = this.hf.calculateFormula(toEngine(formula, this.rowsOf(sheet)).text, sheet.hfId);
    if (Array.isArray(v)) throw new Error(`The formula ${formula} gives an array, not one value`);
    if (v === null) return '';
    if (v instanceof DetailedCellError) return errorText(v.type);
    return v;
  }

  /** A fresh spreadsheet has one sheet named in its locale's language. */
  static create(locale: string, timeZone: string): Engine {
    const engine = new Engine(locale, timeZone);
    engine.addSheet(locale.startsWith('ru') ? 'Лист1' : 'Sheet1');
    return engine;
  }
}

function absoluteA1(box: GridBox): string {
  return boxA1(box)
    .split(':')
    .map((part) => part.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');
}
