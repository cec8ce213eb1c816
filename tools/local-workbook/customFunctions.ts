/**
 * The bundle's custom functions as HyperFormula functions, called the way Sheets
 * calls them:
 * - a single cell (or a 1×1 range) arrives as a value, a larger range as a 2-D array;
 * - blanks arrive as '', numbers in date-formatted cells as Dates of the script's realm
 *   (the instant the cell's day and time begin in the spreadsheet's time zone);
 * - an error value in an argument arrives as its text ('#N/A'): believed to match Sheets,
 *   not verified;
 * - a syntactically empty argument (`=F(A1;;B1)`) arrives as '';
 * - the result is a value or a 2-D array that spills; a thrown Error becomes #ERROR!
 *   with its message.
 * HyperFormula must know the size of a result before computing it, so a call is
 * predicted to return one column as tall as its tallest argument; a smaller result is
 * padded with blanks (what getValues shows in Sheets too), a larger or wider one is
 * learned and the formula entered again (see LocalEngine.learnSize).
 * Arguments are evaluated without array arithmetic (an expression over ranges needs
 * ARRAYFORMULA around it, as Sheets asks; whether Sheets is stricter or looser inside
 * custom function arguments is not verified).
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  FunctionPluginDefinition,
  HyperFormula,
  ImplementedFunctions,
  SimpleCellAddress,
  SimpleRangeValue,
} from 'hyperformula';
import { errorText } from './engine';
import { isDateObject } from './values';

/** The names of the bundle's global functions whose JSDoc says @customfunction. */
export function customFunctionNames(source: string): string[] {
  const names: string[] = [];
  const re = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*function\s+([A-Za-z_$][\w$]*)\s*\(/g;
  for (let m = re.exec(source); m; m = re.exec(source)) if (/@customfunction\b/.test(m[1])) names.push(m[2]);
  return names;
}

/** The part of HyperFormula's AST the plugin reads. */
interface Ast {
  readonly type: string;
  readonly reference?: { toSimpleCellAddress(base: SimpleCellAddress): SimpleCellAddress };
  readonly start?: { toSimpleCellAddress(base: SimpleCellAddress): SimpleCellAddress };
  readonly expressionName?: string;
}
interface CallAst {
  readonly args: readonly Ast[];
}
interface State {
  readonly formulaAddress: SimpleCellAddress;
  /** The cell's formula vertex: an array formula's knows the size HyperFormula gave its result. */
  readonly formulaVertex?: { readonly formula?: unknown; readonly width?: number; readonly height?: number };
}
/** FunctionPlugin's protected helpers, which a plugin method may use. */
interface PluginInternals {
  evaluateAst(ast: Ast, state: State): unknown;
  arraySizeForAst(ast: Ast, state: State): ArraySize;
}

type EngineValue = number | string | boolean | CellError | typeof EmptyValue;

/** What the plugin needs from the workbook. */
export interface CustomFunctionHost {
  /** Is the number at this address shown as a date? */
  isDateCell(address: SimpleCellAddress): boolean;
  /** A date serial number as a Date of the script's realm, in the spreadsheet's time zone. */
  date(serial: number): Date;
  /** A Date the function returned as a serial number, in the spreadsheet's time zone. */
  serial(date: Date): number;
  /** Calls the bundle's global function as a custom function (counted apart, writes refused). */
  call(name: string, args: unknown[]): unknown;
  /** The size a result at this formula cell really had last time, if it differed from the guess. */
  learnedSize(address: SimpleCellAddress): { height: number; width: number } | undefined;
  /** Remembers a result's real size; the formula is then entered again to spill that size. */
  learnSize(address: SimpleCellAddress, height: number, width: number): void;
  /** Rows from this cell to the sheet's last row, itself included. */
  rowsFrom(address: SimpleCellAddress): number;
  /** The cell a named range (HyperFormula's id of it) starts at, so a date there arrives as a Date. */
  namedCell(id: string): SimpleCellAddress | undefined;
  /** Records which cells of a result spilled from `anchor` hold dates. */
  markDates(
    anchor: SimpleCellAddress,
    height: number,
    width: number,
    dates: ReadonlyArray<[number, number]>,
  ): void;
}

/** HyperFormula keeps dates computed by formulas (=DATE(…)) as tagged numbers. */
function taggedNumber(v: unknown): { value: number; date: boolean } | undefined {
  if (typeof v !== 'object' || v === null || !('val' in v) || typeof v.val !== 'number') return undefined;
  return { value: v.val, date: /^(Date|DateTime|Time)Number$/.test(v.constructor.name) };
}

function argumentValue(
  host: CustomFunctionHost,
  v: unknown,
  address: SimpleCellAddress | undefined,
): unknown {
  if (v === EmptyValue || v === undefined || v === null) return '';
  if (v instanceof CellError) return errorText(v.type);
  const tagged = taggedNumber(v);
  if (tagged) return tagged.date ? host.date(tagged.value) : tagged.value;
  if (typeof v === 'number' && address && host.isDateCell(address)) return host.date(v);
  return v;
}

function argument(host: CustomFunctionHost, plugin: PluginInternals, ast: Ast, state: State): unknown {
  if (ast.type === 'EMPTY') return '';
  const v = plugin.evaluateAst(ast, state);
  if (v instanceof SimpleRangeValue) {
    const start = v.range?.start;
    return v.data.map((line, r) =>
      line.map((x, c) =>
        argumentValue(host, x, start && { sheet: start.sheet, row: start.row + r, col: start.col + c }),
      ),
    );
  }
  const at =
    ast.type === 'CELL_REFERENCE'
      ? ast.reference?.toSimpleCellAddress(state.formulaAddress)
      : ast.type === 'CELL_RANGE'
        ? ast.start?.toSimpleCellAddress(state.formulaAddress)
        : ast.type === 'NAMED_EXPRESSION' && ast.expressionName !== undefined
          ? host.namedCell(ast.expressionName)
          : undefined;
  return argumentValue(host, v, at);
}

/**
 * One column as tall as the tallest argument (cut at the sheet's end), unless this
 * formula's result was seen to have another size.
 */
function predictedSize(
  host: CustomFunctionHost,
  plugin: PluginInternals,
  ast: CallAst,
  state: State,
): ArraySize {
  const learned = host.learnedSize(state.formulaAddress);
  if (learned) return new ArraySize(learned.width, learned.height);
  const height = Math.min(
    host.rowsFrom(state.formulaAddress),
    Math.max(1, ...ast.args.map((a) => (a.type === 'EMPTY' ? 1 : plugin.arraySizeForAst(a, state).height))),
  );
  return height <= 1 ? ArraySize.scalar() : new ArraySize(1, height);
}

function resultValue(host: CustomFunctionHost, v: unknown): EngineValue {
  if (v === null || v === undefined) return EmptyValue;
  if (typeof v === 'number')
    return Number.isFinite(v) ? v : new CellError(ErrorType.NUM, 'Not a finite number');
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (isDateObject(v)) return host.serial(v);
  return new CellError(ErrorType.VALUE, `Unsupported result type: ${Object.prototype.toString.call(v)}`);
}

function errorMessage(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'message' in e && typeof e.message === 'string')
    return e.message;
  return String(e);
}

/**
 * The size to fill: the one HyperFormula gave the result when the formula was entered, when
 * this call is the whole formula. Predicting again could give more rows (the cells below it
 * emptied, its ranges grew), which the engine can't take until the formula is entered again.
 */
function allottedSize(
  host: CustomFunctionHost,
  plugin: PluginInternals,
  ast: CallAst,
  state: State,
): ArraySize {
  const vertex = state.formulaVertex;
  if (vertex?.formula === ast && typeof vertex.width === 'number' && typeof vertex.height === 'number')
    return vertex.width === 1 && vertex.height === 1
      ? ArraySize.scalar()
      : new ArraySize(vertex.width, vertex.height);
  return predictedSize(host, plugin, ast, state);
}

function evaluate(
  host: CustomFunctionHost,
  name: string,
  plugin: PluginInternals,
  ast: CallAst,
  state: State,
): EngineValue | SimpleRangeValue {
  const size = allottedSize(host, plugin, ast, state);
  const args = ast.args.map((a) => argument(host, plugin, a, state));
  let result: unknown;
  try {
    result = host.call(name, args);
  } catch (e) {
    return new CellError(ErrorType.ERROR, errorMessage(e));
  }
  const rows = Array.isArray(result)
    ? (result as unknown[]).map((line) => (Array.isArray(line) ? (line as unknown[]) : [line]))
    : [[result]];
  const height = rows.length;
  const width = Math.max(0, ...rows.map((line) => line.length));
  if (height > size.height || width > size.width) {
    // Shown only until the formula is entered again with the size learned here.
    host.learnSize(state.formulaAddress, Math.max(height, 1), Math.max(width, 1));
    return new CellError(ErrorType.ERROR, `${name} returned ${height}×${width}; resizing its result`);
  }
  const dates: Array<[number, number]> = [];
  const data = Array.from({ length: size.height }, (_, r) =>
    Array.from({ length: size.width }, (_, c) => {
      const v = rows[r]?.[c];
      if (isDateObject(v)) dates.push([r, c]);
      return resultValue(host, v);
    }),
  );
  host.markDates(state.formulaAddress, size.height, size.width, dates);
  if (size.isScalar()) return data[0][0];
  return SimpleRangeValue.onlyValues(data);
}

/**
 * A plugin class for one workbook: the functions call that workbook's bundle. Names
 * are registered in HyperFormula's English function list (shared by all engines,
 * harmless: an engine without the plugin still shows #NAME?).
 */
export function bundlePlugin(names: readonly string[], host: CustomFunctionHost): FunctionPluginDefinition {
  const builtIn = new Set(HyperFormula.getRegisteredFunctionNames('enGB'));
  const implemented: ImplementedFunctions = {};
  class BundleFunctions extends FunctionPlugin {
    static implementedFunctions = implemented;
  }
  for (const name of names) {
    const id = name.toUpperCase();
    if (builtIn.has(id)) {
      throw new Error(`The custom function ${name} has the name of a built-in function`);
    }
    implemented[id] = {
      method: `call_${id}`,
      sizeOfResultArrayMethod: `size_${id}`,
      parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
      repeatLastArgs: 1,
    };
    Object.defineProperty(BundleFunctions.prototype, `call_${id}`, {
      value(this: unknown, ast: CallAst, state: State) {
        return evaluate(host, name, this as PluginInternals, ast, state);
      },
    });
    Object.defineProperty(BundleFunctions.prototype, `size_${id}`, {
      value(this: unknown, ast: CallAst, state: State) {
        return predictedSize(host, this as PluginInternals, ast, state);
      },
    });
  }
  HyperFormula.getLanguage('enGB').extendFunctions(
    Object.fromEntries(Object.keys(implemented).map((id) => [id, id])),
  );
  return BundleFunctions;
}
