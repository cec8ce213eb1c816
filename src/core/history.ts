/**
 * A client's history, as the method's monitoring keeps it: one record per client and period.
 * The Clients sheet shows each client's latest record; each record is compared with the same
 * client's previous one. Each call reads every record once: a name becomes a client number
 * through a map, the rest is arrays indexed by it, so the work is linear in keys and records,
 * never keys × records. A call over 120,000 records makes few objects besides its result.
 */
import { isBlank, readFlagArgument, readNumber } from './cells';
import { dayNumber, dayOf, parseDay } from './days';
import { normalizeWords } from './words';
import { type Cell, CellProblem, type Conventions, ShapeError, isDate } from './vocabulary';

/** Argument names, as the ⚠ texts and shape errors quote them. */
const KEYS = 'keys';
const RECORD_KEYS = 'record_keys';
const RECORD_DATES = 'record_dates';
const SKIP_BLANK = 'skip_blank';

/** The rows of a range as Sheets passes it (a 2-D array), or one row holding a single value. */
function rowsOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** Column `c` of row `r`: a row is an array of cells, or a single cell standing for a one-column row. */
function cellAt(rows: readonly unknown[], r: number, c: number): Cell {
  const line = rows[r];
  if (Array.isArray(line)) return line[c] as Cell;
  return c === 0 ? (line as Cell) : undefined;
}

/** How many columns a range has: its widest row. */
function widthOf(rows: readonly unknown[]): number {
  let width = 1;
  for (const line of rows) if (Array.isArray(line) && line.length > width) width = line.length;
  return width;
}

/** One column of a range, or a ShapeError naming the argument when it has several. */
function oneColumn(name: string, value: unknown): readonly unknown[] {
  const rows = rowsOf(value);
  if (widthOf(rows) > 1) throw new ShapeError('width', name, rows.length);
  return rows;
}

/** Ranges of records must be equally tall: every record is one row across them. */
function sameHeight(ranges: ReadonlyArray<readonly [string, number]>): void {
  const [first, firstHeight] = ranges[0];
  for (const [name, height] of ranges.slice(1))
    if (height !== firstHeight) throw new ShapeError('height', name, height, first, firstHeight);
}

/**
 * Client numbers: names as people type them ("  ТД  «Северный»", "тд «северный»") get the
 * same number, a blank name none (-1). Texts repeat across records, so each is normalised once.
 */
class Clients {
  private readonly byText = new Map<string, number>();
  private readonly byKey = new Map<string, number>();

  get count(): number {
    return this.byKey.size;
  }

  /** The client's number, or -1 for a blank name; `add` false: -1 too for a name not seen. */
  of(cell: Cell, add: boolean): number {
    if (cell === '' || cell === null || cell === undefined) return -1;
    const text = typeof cell === 'string' ? cell : isDate(cell) ? String(cell.getTime()) : String(cell);
    const known = this.byText.get(text);
    if (known !== undefined) return known;
    const key = normalizeWords(text);
    let id = key === '' ? -1 : this.byKey.get(key);
    if (id === undefined) {
      if (!add) return -1;
      id = this.byKey.size;
      this.byKey.set(key, id);
    }
    this.byText.set(text, id);
    return id;
  }
}

/**
 * x to the 15 significant digits Sheets shows, so 110 ÷ 100 − 1 is 0.1 and not
 * 0.10000000000000009; by arithmetic, as toPrecision's string per value costs a call of
 * 120,000 records dear.
 */
function round15(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const scale = 10 ** (14 - Math.floor(Math.log10(Math.abs(x))));
  return Number.isFinite(scale) ? Math.round(x * scale) / scale : x;
}

/**
 * Whole days since 1970 of the calendar day a date cell shows in the spreadsheet's zone, or of
 * `dd.mm.yyyy` / `yyyy-mm-dd` text; NaN for a blank. Periods repeat, mostly in runs, so the
 * zone's calendar (the slow part) is asked once per instant.
 */
function dayReader(conv: Conventions): (cell: Cell, row: number) => number {
  const days = new Map<number, number>();
  let lastTime = NaN;
  let lastDay = NaN;
  return (cell, row) => {
    if (cell instanceof Date || isDate(cell)) {
      const time = cell.getTime();
      if (time === lastTime) return lastDay;
      if (!Number.isNaN(time)) {
        let day = days.get(time);
        if (day === undefined) {
          day = dayNumber(dayOf(cell, conv.timeZone));
          days.set(time, day);
        }
        lastTime = time;
        lastDay = day;
        return day;
      }
    } else if (cell === '' || cell === null || cell === undefined) {
      return NaN;
    } else if (typeof cell === 'string') {
      if (cell.trim() === '') return NaN;
      const parsed = parseDay(cell);
      if (parsed) return dayNumber(parsed);
    }
    throw new CellProblem('notDate', RECORD_DATES, cell, row);
  };
}

/** What a cell of a chosen record shows: a blank stays blank. */
const shown = (cell: Cell): Cell => (cell === null || cell === undefined ? '' : cell);

/**
 * The records of a call, read once: each row's client number (-1 without a name), and its day
 * (NaN without one) or why its day can't be read.
 */
interface Records {
  readonly clients: Clients;
  readonly ids: Int32Array;
  readonly days: Float64Array;
  readonly dayProblems: ReadonlyMap<number, CellProblem>;
  /** The rows of the values, as Sheets passed them. */
  readonly values: readonly unknown[];
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
  const keyRows = oneColumn(RECORD_KEYS, recordKeys);
  const dateRows = oneColumn(RECORD_DATES, recordDates);
  const values = rowsOf(recordValues);
  sameHeight([
    [RECORD_KEYS, keyRows.length],
    [RECORD_DATES, dateRows.length],
    [valuesName, values.length],
  ]);
  const clients = new Clients();
  const dayOf = dayReader(conv);
  const height = keyRows.length;
  const ids = new Int32Array(height);
  const days = new Float64Array(height).fill(NaN);
  const dayProblems = new Map<number, CellProblem>();
  for (let i = 0; i < height; i++) {
    const id = clients.of(cellAt(keyRows, i, 0), true);
    ids[i] = id;
    if (id < 0) continue;
    try {
      days[i] = dayOf(cellAt(dateRows, i, 0), i + 1);
    } catch (e) {
      if (!(e instanceof CellProblem)) throw e;
      dayProblems.set(i, e);
    }
  }
  return { clients, ids, days, dayProblems, values, width: widthOf(values) };
}

/** Whether every cell of a record's values is blank. */
function blankRecord(values: readonly unknown[], row: number, width: number): boolean {
  for (let c = 0; c < width; c++) if (!isBlank(cellAt(values, row, c))) return false;
  return true;
}

/** A key's result: its record's cells, or the problem that stands in its first cell. */
export type HistoryRow = readonly Cell[] | CellProblem;

/**
 * =CLIENT_LATEST: for each key, the cells of `recordValues` in that key's record with the latest
 * day. Equal latest days: the lower row, entered later, wins. A blank key or a key without
 * records gives blanks; records without a day are skipped; a day that can't be read makes the
 * key's result that problem (the first such record's), quoting the value and its row.
 * With `skipBlank`, a record whose values are all blank is skipped too: a month imported with
 * its shipments alone has no segment yet, and the client's latest segment is the one before.
 */
export function clientLatest(
  keys: unknown,
  recordKeys: unknown,
  recordDates: unknown,
  recordValues: unknown,
  conv: Conventions,
  skipBlank?: unknown,
): { readonly width: number; readonly rows: HistoryRow[] } {
  const wanted = oneColumn(KEYS, keys);
  let skip: boolean;
  try {
    skip = readFlagArgument(skipBlank, SKIP_BLANK);
  } catch (e) {
    if (!(e instanceof CellProblem)) throw e;
    return { width: widthOf(rowsOf(recordValues)), rows: new Array<HistoryRow>(wanted.length).fill(e) };
  }
  const { clients, ids, days, dayProblems, values, width } = readRecords(
    recordKeys,
    recordDates,
    recordValues,
    'record_values',
    conv,
  );
  const latest = new Int32Array(clients.count).fill(-1);
  for (let row = 0; row < ids.length; row++) {
    const id = ids[row];
    const day = days[row];
    if (id < 0 || Number.isNaN(day) || (skip && blankRecord(values, row, width))) continue;
    const best = latest[id];
    if (best < 0 || day >= days[best]) latest[id] = row;
  }
  const unreadable = new Map<number, CellProblem>();
  for (const [row, problem] of dayProblems) if (!unreadable.has(ids[row])) unreadable.set(ids[row], problem);
  const blanks: Cell[] = new Array<Cell>(width).fill('');
  const rows = new Array<HistoryRow>(wanted.length);
  for (let i = 0; i < wanted.length; i++) {
    const id = clients.of(cellAt(wanted, i, 0), false);
    const found = id < 0 ? -1 : latest[id];
    const problem = id < 0 ? undefined : unreadable.get(id);
    if (problem) rows[i] = problem;
    else if (found < 0) rows[i] = blanks;
    else {
      const line = new Array<Cell>(width);
      for (let c = 0; c < width; c++) line[c] = shown(cellAt(values, found, c));
      rows[i] = line;
    }
  }
  return { width, rows };
}

/**
 * For each record, the row of the same client's previous record: the one with the latest day
 * strictly before its own (the lower of equal ones, entered later), or -1. The records are put
 * in order of client by counting, then by day within a client only where they are not in
 * order already (a sheet typed period after period never is).
 */
function previousRows({ clients, ids, days }: Records): Int32Array {
  const previous = new Int32Array(ids.length).fill(-1);
  const start = new Int32Array(clients.count + 1);
  for (let row = 0; row < ids.length; row++)
    if (ids[row] >= 0 && !Number.isNaN(days[row])) start[ids[row] + 1]++;
  for (let id = 0; id < clients.count; id++) start[id + 1] += start[id];
  const order = new Int32Array(start[clients.count]);
  const next = start.slice(0, clients.count);
  for (let row = 0; row < ids.length; row++)
    if (ids[row] >= 0 && !Number.isNaN(days[row])) order[next[ids[row]]++] = row;
  for (let id = 0; id < clients.count; id++) {
    const from = start[id];
    const to = start[id + 1];
    let sorted = true;
    for (let i = from + 1; i < to && sorted; i++) sorted = days[order[i]] >= days[order[i - 1]];
    if (!sorted) order.subarray(from, to).sort((a, b) => days[a] - days[b] || a - b);
    let before = -1;
    for (let i = from; i < to;) {
      let j = i;
      while (j < to && days[order[j]] === days[order[i]]) previous[order[j++]] = before;
      before = order[j - 1];
      i = j;
    }
  }
  return previous;
}

/** A record's result: one cell per column of its values, or the problem of its day. */
export type PeriodRow = ReadonlyArray<Cell | CellProblem> | CellProblem;

/** Blank, or the problem of the record's own day; undefined when the record has a readable one. */
function recordWithoutDay(records: Records, row: number, blanks: readonly Cell[]): PeriodRow | undefined {
  const problem = records.dayProblems.get(row);
  if (problem) return new CellProblem(problem.code, problem.arg, problem.value);
  if (records.ids[row] < 0 || Number.isNaN(records.days[row])) return blanks;
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
  const { width, ids } = records;
  // Every value read once: a number, NaN for a blank, or its problem kept aside.
  const numbers = new Float64Array(ids.length * width);
  const problems = new Map<number, CellProblem>();
  for (let r = 0; r < ids.length; r++)
    for (let c = 0; c < width; c++) {
      const cell = cellAt(records.values, r, c);
      const at = r * width + c;
      if (typeof cell === 'number' && Number.isFinite(cell)) {
        numbers[at] = cell;
        continue;
      }
      try {
        numbers[at] = readNumber(cell, 'values', conv) ?? NaN;
      } catch (e) {
        if (!(e instanceof CellProblem)) throw e;
        numbers[at] = NaN;
        problems.set(at, e);
      }
    }
  const blanks = new Array<Cell>(width).fill('');
  const rows = new Array<PeriodRow>(ids.length);
  for (let row = 0; row < ids.length; row++) {
    const without = recordWithoutDay(records, row, blanks);
    if (without) {
      rows[row] = without;
      continue;
    }
    const before = previous[row];
    const change = (c: number): Cell | CellProblem => {
      const at = row * width + c;
      const value = numbers[at];
      const base = before < 0 ? NaN : numbers[before * width + c];
      const problem = problems.size > 0 ? problems.get(at) : undefined;
      return problem ?? (Number.isNaN(value) || !(base > 0) ? '' : round15(value / base - 1));
    };
    if (width === 1) {
      // The common case, one column: a packed one-cell row, the shared blank one when blank.
      const only = change(0);
      rows[row] = only === '' ? blanks : [only];
      continue;
    }
    const line = new Array<Cell | CellProblem>(width);
    for (let c = 0; c < width; c++) line[c] = change(c);
    rows[row] = line;
  }
  return { width, rows };
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
  const { width } = records;
  const blanks = new Array<Cell>(width).fill('');
  const rows = new Array<PeriodRow>(records.ids.length);
  for (let row = 0; row < rows.length; row++) {
    const without = recordWithoutDay(records, row, blanks);
    const before = previous[row];
    if (without) rows[row] = without;
    else if (before < 0) rows[row] = blanks;
    else {
      const line = new Array<Cell>(width);
      for (let c = 0; c < width; c++) line[c] = shown(cellAt(records.values, before, c));
      rows[row] = line;
    }
  }
  return { width, rows };
}
