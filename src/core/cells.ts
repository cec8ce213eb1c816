/**
 * Reading cell values the way Google Sheets hands them to a custom function:
 * '' for a blank, numbers, booleans, Date objects, and text that people type
 * instead of numbers ("0,1", "-12 %", "1 234,5").
 */

import { type IsoDay, dayOf, parseDay } from './days';
import {
  type Cell,
  CellProblem,
  type Conventions,
  type DecimalMark,
  type ProblemCode,
  isDate,
} from './vocabulary';

export function isBlank(cell: Cell): cell is '' | null | undefined {
  return (
    cell === '' || cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')
  );
}

/** Nobody types a number longer than this; longer text is not read at all (the sidebar parses as you type). */
export const MAX_NUMBER_TEXT = 100;

const SPACES = /[\s\u00a0\u202f\u2009]/g;
const MINUS = /[\u2212\u2013\u2012]/g;
// Linear: no two parts of the pattern can match the same run of digits.
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const THOUSANDS = { ',': /^[+-]?\d{1,3}(?:,\d{3})+(?:\.|e|$)/i, '.': /^[+-]?\d{1,3}(?:\.\d{3})+(?:,|e|$)/i };

/**
 * Which mark groups thousands in `s`, or undefined when none does. Both marks: the last one is
 * decimal. One mark used twice can only group. One mark once: the spreadsheet's decimal mark is
 * decimal; in a "." locale a "," before exactly three digits groups ("12,000"), otherwise it is
 * decimal ("0,1"), since nobody groups a number that way.
 */
function thousandsMark(s: string, decimal: DecimalMark): DecimalMark | undefined {
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) return comma > dot ? '.' : ',';
  const mark = comma >= 0 ? ',' : dot >= 0 ? '.' : undefined;
  if (mark === undefined) return undefined;
  if (s.indexOf(mark) !== s.lastIndexOf(mark)) return mark;
  return mark === ',' && decimal === '.' && THOUSANDS[','].test(s) ? ',' : undefined;
}

/**
 * Text that holds a number as people type it, read in the spreadsheet's locale: in a "," locale
 * "1 234,5" and "-12,5 %"; in a "." locale "1,234.5" and "12,000". What is unambiguous either
 * way ("0,1", "1 234,5", "1,234.5") reads the same in both; undefined when the text holds none.
 */
export function parseNumberText(text: string, decimal: DecimalMark): number | undefined {
  let s = text.replace(SPACES, '').replace(MINUS, '-');
  let scale = 1;
  if (s.endsWith('%')) {
    s = s.slice(0, -1);
    scale = 100;
  }
  const group = thousandsMark(s, decimal);
  if (group !== undefined) {
    if (!THOUSANDS[group].test(s)) return undefined;
    s = s.split(group).join('');
  }
  s = s.replace(',', '.');
  if (!PLAIN_NUMBER.test(s)) return undefined;
  const n = Number(s) / scale;
  return Number.isFinite(n) ? n : undefined;
}

/** A number, or undefined for a blank; anything else is a CellProblem naming `arg`. */
export function readNumber(cell: Cell, arg: string, conv: Conventions): number | undefined {
  if (isBlank(cell)) return undefined;
  if (typeof cell === 'number') {
    if (Number.isFinite(cell)) return cell;
    throw new CellProblem('notNumber', arg, cell);
  }
  if (isDate(cell)) {
    const valid = !Number.isNaN(cell.getTime());
    throw new CellProblem('date', arg, valid ? dayOf(cell, conv.timeZone) : cell);
  }
  if (typeof cell === 'string' && cell.length <= MAX_NUMBER_TEXT) {
    const n = parseNumberText(cell, conv.decimal);
    if (n !== undefined) return n;
  }
  throw new CellProblem('notNumber', arg, cell);
}

/** A count of days or similar that cannot be negative. */
export function readNonNegative(cell: Cell, arg: string, conv: Conventions): number | undefined {
  const n = readNumber(cell, arg, conv);
  if (n !== undefined && n < 0) throw new CellProblem('negative', arg, cell);
  return n;
}

/** Beyond this a quantity is a typo, and sums and products of such could overflow to Infinity. */
export const MAX_QUANTITY = 1e15;

/** Units of stock or demand, or a number of days: not negative, not absurdly large. */
export function readQuantity(cell: Cell, arg: string, conv: Conventions): number | undefined {
  const n = readNonNegative(cell, arg, conv);
  if (n !== undefined && n > MAX_QUANTITY) throw new CellProblem('tooLarge', arg, cell);
  return n;
}

/** A share from 0 to 100 % as a fraction; 10 typed without % is a problem, not 1000 %. */
export function readPercent(cell: Cell, arg: string, conv: Conventions): number | undefined {
  const n = readNumber(cell, arg, conv);
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
export function readChange(cell: Cell, arg: string, conv: Conventions): number | undefined {
  const n = readNumber(cell, arg, conv);
  if (n !== undefined && n < -1) throw new CellProblem('belowMinus100', arg, cell);
  return n;
}

/**
 * A threshold given as a fraction whose sign doesn't matter (5 % and −5 % both mean a step
 * of 5 %); more than 100 % means percent points typed without the % sign.
 */
export function readMagnitude(cell: Cell, arg: string, fallback: number, conv: Conventions): number {
  const n = readNumber(cell, arg, conv);
  if (n === undefined) return fallback;
  if (Math.abs(n) > 1) throw new CellProblem('notPercent', arg, cell);
  return Math.abs(n);
}

/**
 * The calendar day a cell shows, or undefined for a blank: a date cell is that day's midnight
 * in the spreadsheet's time zone; day text may be 2026-11-30 or 30.11.2026. Numbers are
 * refused: Sheets passes a date cell as a Date, so a number means the cell holds something else.
 */
export function readDay(cell: Cell, arg: string, conv: Conventions): IsoDay | undefined {
  if (isBlank(cell)) return undefined;
  if (isDate(cell) && !Number.isNaN(cell.getTime())) return dayOf(cell, conv.timeZone);
  const parsed = typeof cell === 'string' ? parseDay(cell) : undefined;
  if (parsed) return parsed;
  throw new CellProblem('notDate', arg, cell);
}

const TRUE_TEXTS = new Set(['true', 'истина', 'да', 'yes']);
const FALSE_TEXTS = new Set(['false', 'ложь', 'нет', 'no']);

/**
 * Those texts as dropdowns usually hold them ("Да", "НЕТ", "true"): a column of ten thousand
 * flags is read without trimming and lowering each cell.
 */
const AS_TYPED = new Map<string, boolean>();
for (const [texts, flag] of [
  [TRUE_TEXTS, true],
  [FALSE_TEXTS, false],
] as const) {
  for (const t of texts)
    for (const form of [t, t.toUpperCase(), t[0].toUpperCase() + t.slice(1)]) AS_TYPED.set(form, flag);
}

/** TRUE / FALSE as Sheets passes them, or as text in either language; undefined when the cell holds none. */
export function readBooleanLike(cell: Cell): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell !== 'string') return undefined;
  const typed = AS_TYPED.get(cell);
  if (typed !== undefined) return typed;
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

/** A yes/no argument given as one cell or as a range: its first cell decides (see readFlag). */
export function readFlagArgument(value: unknown, arg: string): boolean {
  let cell = value;
  while (Array.isArray(cell)) cell = cell[0];
  return readFlag(cell as Cell, arg);
}

/**
 * The decimal mark of a spreadsheet locale such as "ru_RU" or "en_US". Intl knows every
 * locale; where it is missing, Russian and the locales that write like it get ",".
 */
export function decimalMarkOf(locale: string): DecimalMark {
  const tag = locale.replace(/_/g, '-');
  try {
    const mark = new Intl.NumberFormat(tag).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
    if (mark === ',' || mark === '.') return mark;
  } catch {
    // An unknown tag: fall through to the language alone.
  }
  return /^(ru|uk|be|kk|de|fr|es|it|pt|pl|cs|nl|sv|fi|tr)\b/i.test(tag) ? ',' : '.';
}
