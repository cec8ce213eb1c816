/**
 * Reading the cells of an export: periods as the first day of their month, amounts and days
 * in the spreadsheet's locale, and the totals rows reports close with.
 */
import { MAX_NUMBER_TEXT, isBlank, parseNumberText } from '../cells';
import { type IsoDay, dayOf, isIsoDay, monthStart, parseDay } from '../days';
import { type Cell, type Conventions, isDate } from '../vocabulary';
import { normalizeWords } from '../words';

/** A cell that holds something, but nothing this reader can read. */
export const UNREADABLE = null;

const pad = (n: number) => String(n).padStart(2, '0');

/** Month names as exports write them: Russian in both cases and short, English full and short. */
const MONTHS = new Map<string, number>();
[
  ['январь января янв jan january', 1],
  ['февраль февраля фев февр feb february', 2],
  ['март марта мар mar march', 3],
  ['апрель апреля апр apr april', 4],
  ['май мая may', 5],
  ['июнь июня июн jun june', 6],
  ['июль июля июл jul july', 7],
  ['август августа авг aug august', 8],
  ['сентябрь сентября сен сент sep sept september', 9],
  ['октябрь октября окт oct october', 10],
  ['ноябрь ноября ноя нояб nov november', 11],
  ['декабрь декабря дек dec december', 12],
].forEach(([names, month]) =>
  String(names)
    .split(' ')
    .forEach((n) => MONTHS.set(n, Number(month))),
);

function monthDay(year: number, month: number): IsoDay | undefined {
  const day = `${String(year).padStart(4, '0')}-${pad(month)}-01`;
  return month >= 1 && month <= 12 && isIsoDay(day) ? day : undefined;
}

/** "ноябрь 2026", "Ноябрь 2026 г.", "Nov 2026", "11.2026", "2026-11". */
function monthText(s: string): IsoDay | undefined {
  const named = /^([a-zа-я]+)\.?\s+(\d{4})(?:\s*(?:г|года?)\.?)?$/.exec(s);
  if (named) {
    const month = MONTHS.get(named[1]);
    return month === undefined ? undefined : monthDay(Number(named[2]), month);
  }
  const monthFirst = /^(\d{1,2})[./](\d{4})$/.exec(s);
  if (monthFirst) return monthDay(Number(monthFirst[2]), Number(monthFirst[1]));
  const yearFirst = /^(\d{4})[-./](\d{1,2})$/.exec(s);
  if (yearFirst) return monthDay(Number(yearFirst[1]), Number(yearFirst[2]));
  return undefined;
}

/** Exports add a time to days («01.11.2026 0:00:00», "2026-11-01T00:00:00Z"): the day is what counts. */
const TIME = /[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?$/i;

/** A day, a month, or a span of days within one month («01.11.2026 - 30.11.2026»). */
function periodText(text: string): IsoDay | undefined {
  const s = normalizeWords(text).replace(TIME, '');
  const day = parseDay(s);
  if (day) return monthStart(day);
  const month = monthText(s);
  if (month) return month;
  const span = /^(\S+)\s*(?:-|–|—|по)\s*(\S+)$/.exec(s.replace(/^с\s+/, ''));
  if (span) {
    const [from, to] = [parseDay(span[1]), parseDay(span[2])];
    if (from && to && monthStart(from) === monthStart(to)) return monthStart(from);
  }
  return undefined;
}

/**
 * The period a cell names, as the first day of its month: a date cell (its day in the
 * spreadsheet's zone), or text such as 30.11.2026, 2026-11-30, 11.2026 or «ноябрь 2026»;
 * undefined for a blank, UNREADABLE for anything else.
 */
export function readPeriod(cell: Cell, conv: Conventions): IsoDay | undefined | typeof UNREADABLE {
  if (isBlank(cell)) return undefined;
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? UNREADABLE : monthStart(dayOf(cell, conv.timeZone));
  if (typeof cell !== 'string' || cell.length > MAX_NUMBER_TEXT) return UNREADABLE;
  return periodText(cell) ?? UNREADABLE;
}

/**
 * The day a Monitoring row's period cell holds, exactly (a week's first day stays itself):
 * an imported month updates the row of that month's first day, not every row within it.
 */
export function recordDay(cell: Cell, timeZone: string): IsoDay | undefined {
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? undefined : dayOf(cell, timeZone);
  return typeof cell === 'string' ? parseDay(cell.replace(TIME, '')) : undefined;
}

/** Currency marks exports put next to amounts: «1 234,50 руб.», "$1,234.50", "1 234 ₽". */
const CURRENCY = /^(?:[$€₽]\s*)?(.*?)(?:\s*(?:₽|руб\.?|р\.|rub|rur|usd|eur|[$€]))?$/i;

/** Dashes that mean "nothing" in a report's cell. */
const NOTHING = new Set(['-', '–', '—']);

/**
 * An amount or a count: a number cell, or text read in the spreadsheet's locale
 * («1 234 567,89» in ru, "1,234,567.89" in en), with a currency mark or accounting brackets
 * for a negative; undefined for a blank or a dash, UNREADABLE for anything else.
 */
export function readFigure(cell: Cell, conv: Conventions): number | undefined | typeof UNREADABLE {
  if (isBlank(cell)) return undefined;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : UNREADABLE;
  if (typeof cell !== 'string' || cell.length > MAX_NUMBER_TEXT) return UNREADABLE;
  const text = cell.trim();
  if (NOTHING.has(text)) return undefined;
  const bracketed = /^\((.*)\)$/.exec(text);
  const bare = (CURRENCY.exec(bracketed ? bracketed[1].trim() : text)?.[1] ?? '').trim();
  const n = parseNumberText(bare, conv.decimal);
  if (n === undefined) return UNREADABLE;
  return bracketed ? -Math.abs(n) : n;
}

/** A totals row's first words; «Всего» counts only alone, as a client may be called «Всего понемногу». */
const TOTALS = new Set(['итого', 'итог', 'total', 'totals', 'subtotal', 'grand total', 'всего']);

/** The first letters a totals word can start with: most rows are passed by this alone. */
const TOTALS_INITIALS = new Set(['и', 'И', 'в', 'В', 't', 'T', 's', 'S', 'g', 'G']);

function isTotalsText(cell: Cell): boolean {
  if (typeof cell !== 'string' || !TOTALS_INITIALS.has(cell.trimStart().charAt(0))) return false;
  const words = normalizeWords(cell)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ');
  if (words[0] === 'всего') return words.length === 1;
  return TOTALS.has(words[0]) || TOTALS.has(words.slice(0, 2).join(' '));
}

/** A row that sums the others («Итого», "Total"): its first filled cell or its client cell says so. */
export function isTotalsRow(row: readonly Cell[], clientColumn: number): boolean {
  const first = row.find((cell) => !isBlank(cell));
  return isTotalsText(first) || isTotalsText(row[clientColumn]);
}

/**
 * readPeriod for one table: a report repeats its few periods on every row, and reading one
 * («Ноябрь 2026 г.») is the costly part of a row, so each text is read once.
 */
export function periodReader(conv: Conventions): (cell: Cell) => IsoDay | undefined | typeof UNREADABLE {
  const seen = new Map<string, IsoDay | undefined | typeof UNREADABLE>();
  return (cell) => {
    if (typeof cell !== 'string') return readPeriod(cell, conv);
    let period = seen.get(cell);
    if (period === undefined && !seen.has(cell)) {
      period = readPeriod(cell, conv);
      seen.set(cell, period);
    }
    return period;
  };
}

/** recordDay for one sheet: its periods repeat, and a date cell's day in a zone is the costly part. */
export function recordDayReader(conv: Conventions): (cell: Cell) => IsoDay | undefined {
  const days = new Map<number | string, IsoDay | undefined>();
  return (cell) => {
    const key = isDate(cell) ? cell.getTime() : typeof cell === 'string' ? cell : undefined;
    if (key === undefined) return undefined;
    if (!days.has(key)) days.set(key, recordDay(cell, conv.timeZone));
    return days.get(key);
  };
}

/**
 * The period a report's title block names («Период: Ноябрь 2026 г.», "На 30.11.2026"), as the
 * first day of its month: the sidebar's first guess of the month for a file without a period column.
 */
export function periodInTitle(rows: readonly (readonly Cell[])[], conv: Conventions): IsoDay | undefined {
  for (const row of rows) {
    for (const cell of row) {
      if (typeof cell !== 'string' || cell.length > MAX_NUMBER_TEXT) continue;
      const text = cell.trim();
      const candidates = [text, text.slice(text.lastIndexOf(':') + 1), text.replace(/^\S+\s+/, '')];
      for (const candidate of candidates) {
        const period = readPeriod(candidate.trim(), conv);
        if (period) return period;
      }
    }
  }
  return undefined;
}
