/**
 * Cell values as Sheets stores and shows them: date serial numbers, what typed text
 * becomes, and a simple display format.
 *
 * Dates and time zones. A cell holds a serial number: days since 1899-12-30 on the
 * spreadsheet's calendar and clock, with no zone of its own. A Date is an instant. The two
 * meet in the spreadsheet's time zone (Spreadsheet.getSpreadsheetTimeZone): a date cell
 * reaches the script as the instant its day and time begin there, and a Date written is
 * stored as the day and time it is there. So in Asia/Vladivostok the cell 2026-12-01 is
 * the Date 2026-11-30T14:00Z. The script's own zone (appsscript.json) is apart: it is the
 * zone of a Date's local fields (getDate…), which are this process's.
 */

const DAY_MS = 86_400_000;
/** Sheets' day 0 (serial numbers count days from it, as in Excel without the 1900 leap bug). */
const EPOCH_UTC = Date.UTC(1899, 11, 30);

/** Dates may come from the script's realm, where `instanceof Date` is false. */
export function isDateObject(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws unless `timeZone` is an IANA time zone this runtime knows. */
export function checkTimeZone(timeZone: string): void {
  clockFormat(timeZone);
}

function clockFormat(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        hourCycle: 'h23',
      });
    } catch {
      throw new Error(`Invalid time zone: ${timeZone}`);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Dates repeat down a column: wall clocks already computed, per zone (dropped when large). */
const clocks = new Map<string, Map<number, number>>();

/**
 * The wall clock of `timeZone` at the instant `ms`, as milliseconds of a UTC date with
 * the same fields (so Date.UTC arithmetic applies to it).
 */
function wallClock(ms: number, timeZone: string): number {
  let cache = clocks.get(timeZone);
  if (!cache) clocks.set(timeZone, (cache = new Map()));
  let clock = cache.get(ms);
  if (clock === undefined) {
    const get: Record<string, string> = {};
    for (const p of clockFormat(timeZone).formatToParts(ms)) get[p.type] = p.value;
    const year = get.era === 'BC' ? 1 - Number(get.year) : Number(get.year);
    const at = new Date(0);
    at.setUTCFullYear(year, Number(get.month) - 1, Number(get.day));
    at.setUTCHours(Number(get.hour), Number(get.minute), Number(get.second), ((ms % 1000) + 1000) % 1000);
    clock = at.getTime();
    if (cache.size > 100_000) cache.clear();
    cache.set(ms, clock);
  }
  return clock;
}

/** The fields of a UTC time value: [year, month 0–11, day, hours, minutes, seconds, ms]. */
function utcFields(ms: number): [number, number, number, number, number, number, number] {
  const d = new Date(ms);
  return [
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  ];
}

/** The calendar and clock fields of an instant in a time zone (for Utilities.formatDate). */
export function fieldsInZone(date: Date, timeZone: string): ReturnType<typeof utcFields> {
  return utcFields(wallClock(date.getTime(), timeZone));
}

/** The serial number of the day and time a Date is in the spreadsheet's time zone. */
export function dateToSerial(d: Date, timeZone: string): number {
  return (wallClock(d.getTime(), timeZone) - EPOCH_UTC) / DAY_MS;
}

/**
 * The instant (epoch ms) at which the day and time of a serial number begin in a time
 * zone. Around a change of offset this follows JavaScript's local time: a time skipped
 * (clocks forward) is read with the offset before the change, so it lands later; a time
 * that happens twice (clocks back) is its first occurrence. Sheets' choice there is not
 * verified.
 */
export function serialToTime(serial: number, timeZone: string): number {
  const wall = EPOCH_UTC + Math.round(serial * DAY_MS);
  const offset = (ms: number) => wallClock(ms, timeZone) - ms;
  const before = offset(wall - DAY_MS);
  const after = offset(wall + DAY_MS);
  const fits = [wall - before, wall - after].filter((t) => wallClock(t, timeZone) === wall);
  return fits.length > 0 ? Math.min(...fits) : wall - before;
}

/** The calendar and clock fields a serial number stands for (no zone involved). */
export function serialToFields(serial: number): ReturnType<typeof utcFields> {
  return utcFields(EPOCH_UTC + Math.round(serial * DAY_MS));
}

/** The serial number of a calendar day (month 0–11; out-of-range days and months carry over, as in Date). */
export function daySerial(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day); // Date.UTC would read years 0–99 as 1900–1999
  return (d.getTime() - EPOCH_UTC) / DAY_MS;
}

/** What `getNumberFormat` gives for a cell nobody formatted. */
export const AUTOMATIC_FORMAT = '0.###############';
export const TEXT_FORMAT = '@';

/** Date and time formats make getValue return a Date; quoted literals don't count. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"|\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /[dyhs]/i.test(bare) || /(^|[^0#.,])m/i.test(bare);
}

export function localeLanguage(locale: string): string {
  return locale.split(/[_-]/)[0].toLowerCase();
}

/**
 * Decimal comma locales among those a Russian-speaking sales team may use; the rest
 * use a decimal point. A simplification of Sheets' per-locale table.
 */
const DECIMAL_COMMA = new Set(['ru', 'uk', 'be', 'kk', 'uz', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'cs', 'nl']);

export function decimalSeparator(locale: string): ',' | '.' {
  return DECIMAL_COMMA.has(localeLanguage(locale)) ? ',' : '.';
}

/** The date format Sheets applies when a date is written into an unformatted cell. */
export function defaultDateFormat(locale: string, withTime: boolean): string {
  const lang = localeLanguage(locale);
  const date = locale === 'en_US' ? 'M/d/yyyy' : lang === 'en' ? 'dd/MM/yyyy' : 'dd.MM.yyyy';
  return withTime ? `${date} H:mm:ss` : date;
}

export type Typed =
  | { readonly kind: 'blank' }
  | { readonly kind: 'formula'; readonly text: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number; readonly format?: string }
  | { readonly kind: 'boolean'; readonly value: boolean };

const TRUE_WORDS: Record<string, readonly string[]> = { ru: ['ИСТИНА'], en: [] };
const FALSE_WORDS: Record<string, readonly string[]> = { ru: ['ЛОЖЬ'], en: [] };

function parseBoolean(s: string, locale: string): boolean | undefined {
  const upper = s.toUpperCase();
  const lang = localeLanguage(locale);
  if (upper === 'TRUE' || (TRUE_WORDS[lang] ?? []).includes(upper)) return true;
  if (upper === 'FALSE' || (FALSE_WORDS[lang] ?? []).includes(upper)) return false;
  return undefined;
}

/**
 * A number as typed in the locale: optional sign, digits grouped by spaces (decimal
 * comma locales) or commas (decimal point locales), the locale's decimal separator,
 * an exponent, or a trailing percent sign.
 */
const numberPatterns = new Map<string, RegExp>();

function numberPattern(dec: ',' | '.'): RegExp {
  let re = numberPatterns.get(dec);
  if (!re) {
    const group = dec === ',' ? '[ \\u00a0\\u202f]' : ',';
    const decEsc = dec === ',' ? ',' : '\\.';
    re = new RegExp(
      `^([+-]?)(\\d{1,3}(?:${group}\\d{3})+|\\d+)?(?:${decEsc}(\\d+))?(?:[eE]([+-]?\\d+))?\\s*(%?)$`,
    );
    numberPatterns.set(dec, re);
  }
  return re;
}

function parseNumber(s: string, locale: string): { value: number; format?: string } | undefined {
  const re = numberPattern(decimalSeparator(locale));
  const m = re.exec(s);
  if (!m || (m[2] === undefined && m[3] === undefined)) return undefined;
  const [, sign, int = '0', frac, exp, percent] = m;
  const n = Number(`${sign}${int.replace(/\D/g, '')}.${frac ?? '0'}e${exp ?? '0'}`);
  if (!Number.isFinite(n)) return undefined;
  if (!percent) return { value: n, format: exp ? '0.00E+00' : undefined };
  return { value: n / 100, format: frac ? '0.00%' : '0%' };
}

function validDate(y: number, m: number, d: number): boolean {
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/**
 * Full dates only: ISO `2026-01-31` in every locale, `31.01.2026` in day-first locales,
 * `1/31/2026` in en_US. Sheets also reads partial dates ("12.5" in ru_RU becomes 12 May)
 * and times; the stand-in leaves those as text.
 */
function parseDate(s: string, locale: string): { value: number; format: string } | undefined {
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dotted && locale === 'en_US' && s.includes('/'))
    [m, d, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
  else if (dotted && locale !== 'en_US')
    [d, m, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
  else return undefined;
  if (!validDate(y, m, d)) return undefined;
  return {
    value: daySerial(y, m - 1, d),
    format: iso ? 'yyyy-MM-dd' : defaultDateFormat(locale, false),
  };
}

/**
 * What a string written with setValue(s) becomes, as if typed into the cell:
 * - `=…` is a formula (the reason the add-on must escape user text);
 * - `'…` is text without the apostrophe;
 * - in a plain-text cell (format `@`) the string is kept as is;
 * - numbers, percentages, TRUE/FALSE and full dates of the locale are parsed;
 * - other text starting with `+` or `-` is taken as a formula, as Sheets does with
 *   typed input (conservative: whether the API does it for `-` is not verified);
 * - anything else is text.
 */
export function typeIn(s: string, locale: string, cellFormat: string | undefined): Typed {
  if (s === '') return { kind: 'blank' };
  if (cellFormat === TEXT_FORMAT) return { kind: 'text', text: s };
  if (s.startsWith('=') && s.length > 1) return { kind: 'formula', text: s };
  if (s.startsWith("'")) return { kind: 'text', text: s.slice(1) };
  const trimmed = s.trim();
  const bool = parseBoolean(trimmed, locale);
  if (bool !== undefined) return { kind: 'boolean', value: bool };
  const num = parseNumber(trimmed, locale);
  if (num) return { kind: 'number', ...num };
  const date = parseDate(trimmed, locale);
  if (date) return { kind: 'number', ...date };
  if (/^[+-]./.test(s)) return { kind: 'formula', text: `=${s}` };
  return { kind: 'text', text: s };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Date patterns of number formats and of Utilities.formatDate (yyyy, MM, M, dd, d, HH, H, mm, ss). */
export function formatDateFields(fields: ReturnType<typeof serialToFields>, pattern: string): string {
  const [y, mo, d, h, mi, s] = fields;
  const parts: Record<string, string> = {
    yyyy: String(y),
    yy: pad(y % 100),
    MM: pad(mo + 1),
    M: String(mo + 1),
    dd: pad(d),
    d: String(d),
    HH: pad(h),
    H: String(h),
    hh: pad(h),
    h: String(h),
    mm: pad(mi),
    ss: pad(s),
  };
  return pattern.replace(/yyyy|yy|MM|M|dd|d|HH|H|hh|h|mm|ss|"[^"]*"|'[^']*'/g, (tok) =>
    tok.startsWith('"') || tok.startsWith("'") ? tok.slice(1, -1) : parts[tok],
  );
}

/**
 * A Sheets date format as a formatDateFields pattern: in Sheets `m`/`mm` are minutes
 * next to hours or seconds and months elsewhere; hours are shown 0–23 here.
 */
function datePattern(format: string): string {
  const tokens = format.match(/"[^"]*"|yyyy|yy|mm|m|dd|d|hh|h|ss|s|[^"ydmhs]+/gi) ?? [];
  const kindOf = (t: string | undefined) => t?.toLowerCase()[0];
  return tokens
    .map((tok, i) => {
      const low = tok.toLowerCase();
      if (low === 'm' || low === 'mm') {
        const isPart = (t: string) => /^[ydhs]/i.test(t);
        const before = tokens.slice(0, i).reverse().find(isPart);
        const after = tokens.slice(i + 1).find(isPart);
        return kindOf(before) === 'h' || kindOf(after) === 's' ? low : low.toUpperCase();
      }
      if (low[0] === 'h') return low.toUpperCase();
      return /^[yds]/.test(low) ? low : tok;
    })
    .join('');
}

function groupThousands(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/**
 * A simple getDisplayValue: dates by their pattern, `0`, `0.00`, `#,##0`, `#,##0.00`,
 * percentages and the automatic format; the locale picks the decimal separator.
 */
export function displayNumber(n: number, format: string | undefined, locale: string): string {
  const dec = decimalSeparator(locale);
  const group = dec === ',' ? '\u00a0' : ',';
  if (format && isDateFormat(format)) return formatDateFields(serialToFields(n), datePattern(format));
  const fixed = format ? /^(#,##)?0(?:\.(0+))?(%?)$/.exec(format) : null;
  if (fixed) {
    const [, grouped, decimals = '', percent] = fixed;
    const value = percent ? n * 100 : n;
    const [int, frac] = value.toFixed(decimals.length).split('.');
    const sign = int.startsWith('-') ? '-' : '';
    const digits = sign ? int.slice(1) : int;
    return `${sign}${grouped ? groupThousands(digits, group) : digits}${frac ? dec + frac : ''}${percent}`;
  }
  return String(Number(n.toPrecision(15))).replace('.', dec);
}

export function displayBoolean(b: boolean, locale: string): string {
  if (localeLanguage(locale) === 'ru') return b ? 'ИСТИНА' : 'ЛОЖЬ';
  return b ? 'TRUE' : 'FALSE';
}
