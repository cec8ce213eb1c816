/**
 * A client's history, as the method's monitoring keeps it: one record per client and period.
 * The Clients sheet shows each client's latest record; each record is compared with the same
 * client's previous one. Records are matched by the normalised name in maps, and each call
 * reads every record once: linear in keys and records, never keys × records.
 */
import { isBlank, readNumber } from './cells';
import { toGrid } from './columns';
import { calendarDay, dayNumber, parseDay } from './days';
import { normalizeWords } from './words';
import { type Cell, CellProblem, type Conventions, ShapeError, isDate } from './vocabulary';

/** Argument names, as the ⚠ texts and shape errors quote them. */
const KEYS = 'keys';
const RECORD_KEYS = 'record_keys';
const RECORD_DATES = 'record_dates';

/** One column of a range, or a ShapeError naming the argument when it has several. */
function oneColumn(name: string, value: unknown): Cell[] {
  const grid = toGrid(value);
  if (grid.some((row) => row.length > 1)) throw new ShapeError('width', name, grid.length);
  return grid.map((row) => row[0]);
}

/** Ranges of records must be equally tall: every record is one row across them. */
function sameHeight(ranges: ReadonlyArray<readonly [string, number]>): void {
  const [first, firstHeight] = ranges[0];
  for (const [name, height] of ranges.slice(1))
    if (height !== firstHeight) throw new ShapeError('height', name, height, first, firstHeight);
}

/**
 * Names as people type them ("  ТД  «Северный»", "тд «северный»") become one key; a blank
 * name has none. Texts repeat across records, so each is normalised once.
 */
function keyReader(): (cell: Cell) => string | undefined {
  const seen = new Map<string, string>();
  return (cell) => {
    if (isBlank(cell)) return undefined;
    const text = isDate(cell) ? String(cell.getTime()) : String(cell);
    let key = seen.get(text);
    if (key === undefined) {
      key = normalizeWords(text);
      seen.set(text, key);
    }
    return key === '' ? undefined : key;
  };
}

/**
 * Whole days since 1970 of the calendar day a date cell shows in the spreadsheet's zone, or of
 * `dd.mm.yyyy` / `yyyy-mm-dd` text; undefined for a blank. Periods repeat across records, so each
 * instant's day is worked out once (the zone's calendar is the slow part).
 */
function dayReader(conv: Conventions): (cell: Cell, row?: number) => number | undefined {
  const days = new Map<number, number>();
  return (cell, row) => {
    if (isBlank(cell)) return undefined;
    if (isDate(cell)) {
      const time = cell.getTime();
      if (!Number.isNaN(time)) {
        let day = days.get(time);
        if (day === undefined) {
          day = calendarDay(cell, conv.timeZone);
          days.set(time, day);
        }
        return day;
      }
    } else if (typeof cell === 'string') {
      const parsed = parseDay(cell);
      if (parsed) return dayNumber(parsed);
    }
    throw new CellProblem('notDate', RECORD_DATES, cell, row);
  };
}

/** What a cell of a chosen record shows: a blank stays blank. */
const shown = (cell: Cell): Cell => (cell === null || cell === undefined ? '' : cell);

/** The records of a call, read once: each row's key and day (or why its day can't be read). */
interface Records {
  readonly keys: ReadonlyArray<string | undefined>;
  readonly days: ReadonlyArray<number | undefined | CellProblem>;
  readonly values: readonly Cell[][];
  /** Columns of `values`: what each key or record gives back. */
  readonly width: number;
}

function readRecords(
  recordKeys: unknown,
  recordDates: unknown,
  recordValues: unknown,
  valuesName: string,
  conv: Conventions,
): Records {
  const keyCells = oneColumn(RECORD_KEYS, recordKeys);
  const dateCells = oneColumn(RECORD_DATES, recordDates);
  const values = toGrid(recordValues);
  sameHeight([
    [RECORD_KEYS, keyCells.length],
    [RECORD_DATES, dateCells.length],
    [valuesName, values.length],
  ]);
  const keyOf = keyReader();
  const dayOf = dayReader(conv);
  const keys = keyCells.map(keyOf);
  const days = dateCells.map((cell, i) => {
    if (keys[i] === undefined) return undefined;
    try {
      return dayOf(cell, i + 1);
    } catch (e) {
      if (e instanceof CellProblem) return e;
      throw e;
    }
  });
  const width = Math.max(1, ...values.map((row) => row.length));
  return { keys, days, values, width };
}

/** A key's result: its record's cells, or the problem that stands in its first cell. */
export type HistoryRow = readonly Cell[] | CellProblem;

/**
 * =CLIENT_LATEST: for each key, the cells of `recordValues` in that key's record with the latest
 * day. Equal latest days: the lower row, entered later, wins. A blank key or a key without
 * records gives blanks; records without a day are skipped; a day that can't be read makes the
 * key's result that problem (the first such record's), quoting the value and its row.
 */
export function clientLatest(
  keys: unknown,
  recordKeys: unknown,
  recordDates: unknown,
  recordValues: unknown,
  conv: Conventions,
): { readonly width: number; readonly rows: HistoryRow[] } {
  const wanted = oneColumn(KEYS, keys);
  const records = readRecords(recordKeys, recordDates, recordValues, 'record_values', conv);
  const latest = new Map<string, { row: number; day: number }>();
  const unreadable = new Map<string, CellProblem>();
  records.keys.forEach((key, row) => {
    const day = records.days[row];
    if (key === undefined || day === undefined) return;
    if (day instanceof CellProblem) {
      if (!unreadable.has(key)) unreadable.set(key, day);
      return;
    }
    const best = latest.get(key);
    if (!best || day >= best.day) latest.set(key, { row, day });
  });
  const blanks: Cell[] = new Array<Cell>(records.width).fill('');
  const keyOf = keyReader();
  const rows = wanted.map((cell): HistoryRow => {
    const key = keyOf(cell);
    if (key === undefined) return blanks;
    const problem = unreadable.get(key);
    if (problem) return problem;
    const found = latest.get(key);
    if (!found) return blanks;
    const line = records.values[found.row];
    return Array.from({ length: records.width }, (_, c) => shown(line[c]));
  });
  return { width: records.width, rows };
}

/**
 * For each record, the row of the same key's previous record: the one with the latest day
 * strictly before its own (the lower of equal ones, entered later), or -1. Records are sorted
 * by day within each key only when they are not in order already.
 */
function previousRows(records: Records): Int32Array {
  const previous = new Int32Array(records.keys.length).fill(-1);
  const byKey = new Map<string, number[]>();
  records.keys.forEach((key, row) => {
    if (key === undefined || typeof records.days[row] !== 'number') return;
    const rows = byKey.get(key);
    if (rows) rows.push(row);
    else byKey.set(key, [row]);
  });
  const dayAt = (row: number) => records.days[row] as number;
  for (const rows of byKey.values()) {
    if (rows.some((row, i) => i > 0 && dayAt(row) < dayAt(rows[i - 1])))
      rows.sort((a, b) => dayAt(a) - dayAt(b) || a - b);
    let before = -1;
    for (let i = 0; i < rows.length;) {
      let j = i;
      while (j < rows.length && dayAt(rows[j]) === dayAt(rows[i])) previous[rows[j++]] = before;
      before = rows[j - 1];
      i = j;
    }
  }
  return previous;
}

/** A record's result: one cell per column of its values, or the problem of its day. */
export type PeriodRow = ReadonlyArray<Cell | CellProblem> | CellProblem;

/** Blank, or the problem of the record's own day; undefined when the record has a readable one. */
function recordWithoutDay(records: Records, row: number): PeriodRow | undefined {
  const day = records.days[row];
  if (day instanceof CellProblem) return new CellProblem(day.code, day.arg, day.value);
  if (records.keys[row] === undefined || day === undefined) return new Array<Cell>(records.width).fill('');
  return undefined;
}

/**
 * =PERIOD_CHANGE: for each record and each column of `values`, value ÷ previous − 1 against the
 * same key's previous record. Blank without a previous record, when either value is blank, when
 * the previous is ≤ 0, or when the record's key or day is blank. A value that is not a number is
 * that cell's problem. Kept to the 15 significant digits Sheets shows (110 ÷ 100 − 1 is 0.1).
 */
export function periodChange(
  recordKeys: unknown,
  recordDates: unknown,
  values: unknown,
  conv: Conventions,
): { readonly width: number; readonly rows: PeriodRow[] } {
  const records = readRecords(recordKeys, recordDates, values, 'values', conv);
  const previous = previousRows(records);
  const numbers = records.values.map((line) =>
    Array.from({ length: records.width }, (_, c): number | undefined | CellProblem => {
      try {
        return readNumber(line[c] ?? '', 'values', conv);
      } catch (e) {
        if (e instanceof CellProblem) return e;
        throw e;
      }
    }),
  );
  const rows = records.keys.map((_, row): PeriodRow => {
    const without = recordWithoutDay(records, row);
    if (without) return without;
    const before = previous[row];
    return numbers[row].map((value, c) => {
      if (value === undefined || value instanceof CellProblem) return value ?? '';
      const base = before < 0 ? undefined : numbers[before][c];
      if (typeof base !== 'number' || base <= 0) return '';
      return Number((value / base - 1).toPrecision(15));
    });
  });
  return { width: records.width, rows };
}

/**
 * For each record, the cells of `values` in the same key's previous record (what it was the
 * period before); blanks where there is none, as for =PERIOD_CHANGE.
 */
export function previousValue(
  recordKeys: unknown,
  recordDates: unknown,
  values: unknown,
  conv: Conventions,
): { readonly width: number; readonly rows: PeriodRow[] } {
  const records = readRecords(recordKeys, recordDates, values, 'values', conv);
  const previous = previousRows(records);
  const blanks = new Array<Cell>(records.width).fill('');
  const rows = records.keys.map((_, row): PeriodRow => {
    const without = recordWithoutDay(records, row);
    if (without) return without;
    const before = previous[row];
    if (before < 0) return blanks;
    const line = records.values[before];
    return Array.from({ length: records.width }, (_, c) => shown(line[c]));
  });
  return { width: records.width, rows };
}
