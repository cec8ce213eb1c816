/**
 * Reading cell values the way Google Sheets hands them to a custom function:
 * '' for a blank, numbers, booleans, Date objects, and text that people type
 * instead of numbers ("0,1", "-12 %", "1 234,5").
 */

export type Cell = string | number | boolean | Date | null | undefined;

/** What went wrong with one argument of one row; i18n turns it into a "⚠" text. */
export type ProblemCode =
  | 'notNumber'
  | 'date'
  | 'negative'
  | 'belowMinus100'
  | 'notPercent'
  | 'level'
  | 'noLevel'
  | 'unknownRole'
  | 'noOwner'
  | 'missing'
  | 'tooLarge'
  | 'notServiceLevel'
  | 'needsAvgDemand'
  | 'over100'
  | 'noPayback';

export class CellProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly arg: string,
    readonly value: Cell = '',
  ) {
    super(`${code}: ${arg}`);
    this.name = 'CellProblem';
  }
}

/** Dates may come from another realm (a vm in tests), where `instanceof Date` is false. */
export function isDate(cell: unknown): cell is Date {
  return Object.prototype.toString.call(cell) === '[object Date]';
}

export function isBlank(cell: Cell): cell is '' | null | undefined {
  return (
    cell === '' || cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')
  );
}

const SPACES = /[\s\u00a0\u202f\u2009]/g;
const MINUS = /[\u2212\u2013\u2012]/g;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Text that holds a number as people type it in either locale; undefined when it holds none. */
export function parseNumberText(text: string): number | undefined {
  let s = text.replace(SPACES, '').replace(MINUS, '-');
  let scale = 1;
  if (s.endsWith('%')) {
    s = s.slice(0, -1);
    scale = 100;
  }
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  // The separator that comes last is the decimal one; the other groups thousands.
  if (comma > dot) s = s.replace(/\./g, '').replace(',', '.');
  else if (comma >= 0) s = s.replace(/,/g, '');
  if (!PLAIN_NUMBER.test(s)) return undefined;
  const n = Number(s) / scale;
  return Number.isFinite(n) ? n : undefined;
}

/** A number, or undefined for a blank; anything else is a CellProblem naming `arg`. */
export function readNumber(cell: Cell, arg: string): number | undefined {
  if (isBlank(cell)) return undefined;
  if (typeof cell === 'number') {
    if (Number.isFinite(cell)) return cell;
    throw new CellProblem('notNumber', arg, cell);
  }
  if (isDate(cell)) throw new CellProblem('date', arg, cell);
  if (typeof cell === 'string') {
    const n = parseNumberText(cell);
    if (n !== undefined) return n;
  }
  throw new CellProblem('notNumber', arg, cell);
}

/** A count of days or similar that cannot be negative. */
export function readNonNegative(cell: Cell, arg: string): number | undefined {
  const n = readNumber(cell, arg);
  if (n !== undefined && n < 0) throw new CellProblem('negative', arg, cell);
  return n;
}

/** Beyond this a quantity is a typo, and sums and products of such could overflow to Infinity. */
export const MAX_QUANTITY = 1e15;

/** Units of stock or demand, or a number of days: not negative, not absurdly large. */
export function readQuantity(cell: Cell, arg: string): number | undefined {
  const n = readNonNegative(cell, arg);
  if (n !== undefined && n > MAX_QUANTITY) throw new CellProblem('tooLarge', arg, cell);
  return n;
}

/** A share from 0 to 100 % as a fraction; 10 typed without % is a problem, not 1000 %. */
export function readPercent(cell: Cell, arg: string): number | undefined {
  const n = readNumber(cell, arg);
  if (n !== undefined && (n < 0 || n > 1)) throw new CellProblem('notPercent', arg, cell);
  return n;
}

/** A value the row can't do without, once the row is known not to be blank. */
export function required<T>(value: T | undefined, arg: string, code: ProblemCode = 'missing'): T {
  if (value === undefined) throw new CellProblem(code, arg);
  return value;
}

/**
 * A change against a base as a fraction (−12 % is −0.12). A fall can't exceed 100 %,
 * so −12 means someone typed percent points without the % sign.
 */
export function readChange(cell: Cell, arg: string): number | undefined {
  const n = readNumber(cell, arg);
  if (n !== undefined && n < -1) throw new CellProblem('belowMinus100', arg, cell);
  return n;
}

const TRUE_TEXTS = new Set(['true', 'истина', 'да', 'yes']);
const FALSE_TEXTS = new Set(['false', 'ложь', 'нет', 'no']);

/** TRUE / FALSE as Sheets passes them, or as text in either language; undefined when the cell holds none. */
export function readBooleanLike(cell: Cell): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell !== 'string') return undefined;
  const s = cell.trim().toLowerCase();
  if (TRUE_TEXTS.has(s)) return true;
  if (FALSE_TEXTS.has(s)) return false;
  return undefined;
}
