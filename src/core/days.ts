/**
 * Calendar days. A day is what the user saw in a cell, written yyyy-mm-dd; it crosses
 * google.script.run as that text, never as a Date. It imports nothing, so the texts may
 * format days without depending on any rule.
 */

/** yyyy-mm-dd, e.g. 2026-11-30. */
export type IsoDay = string;

const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const RU_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const MS_PER_DAY = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A real calendar day as yyyy-mm-dd; undefined for 31.02 and the like. */
function isoOf(year: number, month: number, day: number): IsoDay | undefined {
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(year, month - 1, day); // Date.UTC(y, …) would read years 0–99 as 1900–1999
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Day text a cell or a form may hold: 2026-11-30 or 30.11.2026; undefined when it is none. */
export function parseDay(text: string): IsoDay | undefined {
  const s = text.trim();
  const iso = ISO_DAY.exec(s);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const ru = RU_DAY.exec(s);
  if (ru) return isoOf(Number(ru[3]), Number(ru[2]), Number(ru[1]));
  return undefined;
}

/** Exactly yyyy-mm-dd and a real day, as <input type="date"> gives it. */
export function isIsoDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && parseDay(text) !== undefined;
}

/** The digits of `s` from `from` to `to` as a number; NaN if any is not a digit. */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = s.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NaN;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * Whole days since 1970-01-01 of a proleptic Gregorian day (H. Hinnant's days_from_civil):
 * what Date.UTC gives, without a Date or a split per call, as rules read days by the
 * thousand (WINBACK_STATUS on 10,000 rows: 30,000 of them).
 */
function civilDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Whole days since 1970-01-01. */
export function dayNumber(day: IsoDay): number {
  if (day.length === 10 && day.charCodeAt(4) === 45 && day.charCodeAt(7) === 45) {
    const year = digitsAt(day, 0, 4);
    const month = digitsAt(day, 5, 7);
    const date = digitsAt(day, 8, 10);
    if (year >= 0 && month >= 1 && month <= 12 && date >= 1) return civilDayNumber(year, month, date);
  }
  const [y, m, d] = day.split('-').map(Number);
  const utc = new Date(Date.UTC(2000, 0, 1));
  utc.setUTCFullYear(y, m - 1, d);
  return utc.getTime() / MS_PER_DAY;
}

export function dayFromNumber(n: number): IsoDay {
  const d = new Date(n * MS_PER_DAY);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** A day plus whole days, by the calendar. */
export function addDays(day: IsoDay, days: number): IsoDay {
  if (!isIsoDay(day)) throw new RangeError(`not a day: ${day}`);
  return dayFromNumber(dayNumber(day) + days);
}

/** The first day of the day's month: a monitoring period. */
export function monthStart(day: IsoDay): IsoDay {
  return `${day.slice(0, 8)}01`;
}

/** dd.mm.yyyy, the way Russian users write a day. */
export function ruDay(day: IsoDay): string {
  return day.split('-').reverse().join('.');
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building one costs far more than using it. */
function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
      era: 'short',
    });
    dayFormats.set(timeZone, format);
  }
  return format;
}

/**
 * The day of each instant already read, per zone. Asking Intl costs some 10 µs, and a column
 * repeats a few hundred days (and a date such as "today" on every row) over thousands of cells:
 * WINBACK_STATUS on 10,000 rows read 40,000 dates. Bounded, as the days of a long session could be many.
 */
const knownDays = new Map<string, Map<number, IsoDay>>();
const MAX_KNOWN_DAYS = 50_000;

/** The wall-clock fields a zone shows at an instant. */
function wallClock(d: Date, timeZone: string): { day: IsoDay; ms: number } {
  const parts: Record<string, string> = {};
  for (const p of dayFormat(timeZone).formatToParts(d)) parts[p.type] = p.value;
  const bc = parts.era === 'BC' || parts.era === 'B';
  const year = bc ? 1 - Number(parts.year) : Number(parts.year);
  const day = `${pad(year, 4)}-${pad(Number(parts.month))}-${pad(Number(parts.day))}`;
  const ms =
    dayNumber(day) * MS_PER_DAY +
    ((Number(parts.hour) * 60 + Number(parts.minute)) * 60 + Number(parts.second)) * 1000;
  return { day, ms };
}

/**
 * The calendar day a Date shows in a time zone: the spreadsheet's, never the script's. A date
 * cell reaches a script as that day's midnight in the spreadsheet's zone.
 */
export function dayOf(d: Date, timeZone: string): IsoDay {
  const t = d.getTime();
  let days = knownDays.get(timeZone);
  if (!days) knownDays.set(timeZone, (days = new Map()));
  let day = days.get(t);
  if (day === undefined) {
    day = wallClock(d, timeZone).day;
    if (days.size >= MAX_KNOWN_DAYS) days.clear();
    days.set(t, day);
  }
  return day;
}

/** Midnight of a day in a time zone: what a date cell of a spreadsheet in that zone holds. */
export function dateOf(day: IsoDay, timeZone: string): Date {
  const target = dayNumber(day) * MS_PER_DAY;
  let t = target;
  // The zone's offset at the guess may differ from the offset at midnight (daylight saving): settle it twice.
  for (let i = 0; i < 2; i++) t += target - (wallClock(new Date(t), timeZone).ms - (t % 1000));
  return new Date(t);
}
