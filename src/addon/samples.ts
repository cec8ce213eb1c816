/**
 * Turning template rows (samples, reference rows, settings) into the cells the
 * installer writes: localized texts, dates relative to today, user-like text kept literal.
 */
import type { Column, SampleRow, SampleValue, TableTemplate } from '../../sheets-templates/types';
import { type IsoDay, addDays, dateOf, parseDay } from '../core/days';
import type { Cell } from '../core/vocabulary';
import type { Lang } from '../i18n';

/** Today as the spreadsheet sees it: the calendar day in its time zone, and that zone for writing days. */
export interface Today {
  readonly day: IsoDay;
  readonly timeZone: string;
}

/** The date cell `days` after today: that day's midnight in the spreadsheet's zone. */
export function dayOffset(today: Today, days: number): Date {
  return dateOf(addDays(today.day, days), today.timeZone);
}

/**
 * Sheets turns text that starts with = + - @ into a formula and parses numbers and dates out of
 * text; a leading apostrophe makes it keep the text exactly (the apostrophe is not stored).
 */
export function literal(value: Cell): Cell {
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}

export function sampleCell(
  column: Column | undefined,
  value: SampleValue | undefined,
  lang: Lang,
  today: Today,
): Cell {
  if (value === undefined || value === '') return '';
  if (typeof value === 'object') {
    if ('daysFromToday' in value) return dayOffset(today, value.daysFromToday);
    return literal(value[lang]);
  }
  if (typeof value === 'string' && column?.type === 'date') {
    const day = parseDay(value);
    if (day) return dateOf(day, today.timeZone);
  }
  return literal(value);
}

/** A run of adjacent input columns, written with one setValues. */
export interface ColumnRun {
  readonly start: number;
  readonly keys: readonly string[];
}

/** Input (non-computed) columns grouped into runs of adjacent positions, so computed columns are never written over. */
export function inputRuns(
  t: TableTemplate,
  columns: ReadonlyMap<string, number>,
  keys: readonly string[],
): ColumnRun[] {
  const computed = new Set(t.columns.filter((c) => c.type === 'computed').map((c) => c.key));
  const placed = keys
    .filter((k) => !computed.has(k) && columns.has(k))
    .map((k) => [k, columns.get(k)!] as const)
    .sort((a, b) => a[1] - b[1]);
  const runs: Array<{ start: number; keys: string[] }> = [];
  for (const [key, at] of placed) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.keys.length === at) last.keys.push(key);
    else runs.push({ start: at, keys: [key] });
  }
  return runs;
}

export function rowsForRun(
  run: ColumnRun,
  rows: readonly SampleRow[],
  columnOf: (key: string) => Column | undefined,
  lang: Lang,
  today: Today,
): Cell[][] {
  return rows.map((row) => run.keys.map((k) => sampleCell(columnOf(k), row[k], lang, today)));
}
