/**
 * Reading cell values the way Google Sheets hands them to a custom function:
 * '' for a blank, numbers, booleans, Date objects, and text that people type
 * instead of numbers ("0,1", "-12 %", "1 234,5").
 */

import { dateOf, parseDay } from './days';
import { type Cell, CellProblem, type ProblemCode, isDate } from './vocabulary';
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

/**
 * A threshold given as a fraction whose sign doesn't matter (5 % and −5 % both mean a step
 * of 5 %); more than 100 % means percent points typed without the % sign.
 */
export function readMagnitude(cell: Cell, arg: string, fallback: number): number {
  const n = readNumber(cell, arg);
  if (n === undefined) return fallback;
  if (Math.abs(n) > 1) throw new CellProblem('notPercent', arg, cell);
  return Math.abs(n);
}

/**
 * A date, or undefined for a blank. Numbers are refused: Sheets passes a date cell as a
 * Date, so a number means the cell holds something else.
 */
export function readDate(cell: Cell, arg: string): Date | undefined {
  if (isBlank(cell)) return undefined;
  if (isDate(cell) && !Number.isNaN(cell.getTime())) return cell;
  const parsed = typeof cell === 'string' ? parseDay(cell) : undefined;
  if (parsed) return dateOf(parsed);
  throw new CellProblem('notDate', arg, cell);
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

/** A yes/no flag where blank means no; anything else that isn't a yes or a no is a problem. */
export function readFlag(cell: Cell, arg: string): boolean {
  if (isBlank(cell)) return false;
  const flag = readBooleanLike(cell);
  if (flag === undefined) throw new CellProblem('notBoolean', arg, cell);
  return flag;
}
