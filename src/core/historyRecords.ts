/**
 * The records of a client's history as a call reads them, once each: a name becomes a client
 * number through a map, a period a whole day, the rest is arrays indexed by row or client, so
 * the work is linear in records. Each record's previous one (the same client's latest earlier
 * day) is found from them.
 */
import { dayNumber, dayOf, parseDay } from './days';
import { TextMap } from './textMap';
import { normalizeWords } from './words';
import { type Cell, CellProblem, type Conventions, ShapeError, isDate } from './vocabulary';

/** Argument names, as the ⚠ texts and shape errors quote them. */
const RECORD_KEYS = 'record_keys';
const RECORD_DATES = 'record_dates';

/** The rows of a range as Sheets passes it (a 2-D array), or one row holding a single value. */
export function rowsOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** Column `c` of row `r`: a row is an array of cells, or a single cell standing for a one-column row. */
export function cellAt(rows: readonly unknown[], r: number, c: number): Cell {
  const line = rows[r];
  if (Array.isArray(line)) return line[c] as Cell;
  return c === 0 ? (line as Cell) : undefined;
}

/** How many columns a range has: its widest row. */
export function widthOf(rows: readonly unknown[]): number {
  let width = 1;
  for (const line of rows) if (Array.isArray(line) && line.length > width) width = line.length;
  return width;
}

/** One column of a range, its rows as Sheets passed them (no copy), or a ShapeError naming the argument when it has several. */
export function columnRows(name: string, value: unknown): readonly unknown[] {
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
  private readonly byText = new TextMap<number>();
  private readonly byKey = new TextMap<number>();
  private known = 0;
  /** Closed to new clients: a name not seen so far is none (-1), and normalised once too. */
  private closed = false;

  get count(): number {
    return this.known;
  }

  /** The client's number: a new one for a name not seen, or -1 for a blank name or once closed. */
  of(cell: Cell): number {
    if (cell === '' || cell === null || cell === undefined) return -1;
    const text = typeof cell === 'string' ? cell : isDate(cell) ? String(cell.getTime()) : String(cell);
    const known = this.byText.get(text);
    if (known !== undefined) return known;
    const id = this.ofKey(normalizeWords(text));
    this.byText.set(text, id);
    return id;
  }

  close(): void {
    this.closed = true;
  }

  private ofKey(key: string): number {
    if (key === '') return -1;
    const id = this.byKey.get(key);
    if (id !== undefined || this.closed) return id ?? -1;
    this.byKey.set(key, this.known);
    return this.known++;
  }
}

/**
 * The clients a call asks for, each key's number (-1 for a blank one), closed to others: the
 * records of other clients are then passed over, their names normalised once and kept nowhere.
 */
export function keyClients(keyRows: readonly unknown[]): {
  readonly clients: Clients;
  readonly keyIds: Int32Array;
} {
  const clients = new Clients();
  const keyIds = new Int32Array(keyRows.length);
  for (let i = 0; i < keyRows.length; i++) keyIds[i] = clients.of(cellAt(keyRows, i, 0));
  clients.close();
  return { clients, keyIds };
}

/**
 * A record without a day. Whole days since 1970 fit an Int32Array, half the memory of a
 * Float64Array of NaN a call of 120,000 records would fill, and no date is 2^31 days away.
 */
export const NO_DAY = -0x80000000;

/**
 * Whole days since 1970 of the calendar day a date cell shows in the spreadsheet's zone, or of
 * `dd.mm.yyyy` / `yyyy-mm-dd` text; NO_DAY for a blank. Periods repeat, mostly in runs, so the
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
      return NO_DAY;
    } else if (typeof cell === 'string') {
      if (cell.trim() === '') return NO_DAY;
      const parsed = parseDay(cell);
      if (parsed) return dayNumber(parsed);
    }
    throw new CellProblem('notDate', RECORD_DATES, cell, row);
  };
}

/**
 * The records of a call, read once: each row's client number (-1 without a name), and its day
 * (NO_DAY without one) or why its day can't be read.
 */
export interface Records {
  readonly clients: Clients;
  readonly ids: Int32Array;
  readonly days: Int32Array;
  readonly dayProblems: ReadonlyMap<number, CellProblem>;
  /** The rows of the values, as Sheets passed them. */
  readonly values: readonly unknown[];
  /** Columns of `values`: what each key or record gives back. */
  readonly width: number;
}

/** The records of a call; with `clients` closed (keyClients), those of other clients have none (-1). */
export function readRecords(
  recordKeys: unknown,
  recordDates: unknown,
  recordValues: unknown,
  valuesName: string,
  conv: Conventions,
  clients = new Clients(),
): Records {
  const keyRows = columnRows(RECORD_KEYS, recordKeys);
  const dateRows = columnRows(RECORD_DATES, recordDates);
  const values = rowsOf(recordValues);
  sameHeight([
    [RECORD_KEYS, keyRows.length],
    [RECORD_DATES, dateRows.length],
    [valuesName, values.length],
  ]);
  const dayOf = dayReader(conv);
  const height = keyRows.length;
  const ids = new Int32Array(height);
  const days = new Int32Array(height);
  const dayProblems = new Map<number, CellProblem>();
  for (let i = 0; i < height; i++) {
    const id = clients.of(cellAt(keyRows, i, 0));
    ids[i] = id;
    if (id < 0) continue;
    try {
      days[i] = dayOf(cellAt(dateRows, i, 0), i + 1);
    } catch (e) {
      if (!(e instanceof CellProblem)) throw e;
      days[i] = NO_DAY;
      dayProblems.set(i, e);
    }
  }
  return { clients, ids, days, dayProblems, values, width: widthOf(values) };
}

/**
 * For each record, the row of the same client's previous record: the one with the latest day
 * strictly before its own (the lower of equal ones, entered later), or -1.
 */
export function previousRows(records: Records): Int32Array {
  const previous = new Int32Array(records.ids.length).fill(-1);
  if (!previousInOrder(records, previous)) previousBySorting(records, previous.fill(-1));
  return previous;
}

/**
 * previousRows in one pass, for records that come in order of day within each client, as a
 * sheet typed period after period does (or one sorted by client, then period). False as soon
 * as a client's day goes back, with `previous` partly filled.
 */
function previousInOrder({ clients, ids, days }: Records, previous: Int32Array): boolean {
  const latest = new Int32Array(clients.count).fill(-1);
  const before = new Int32Array(clients.count).fill(-1);
  for (let row = 0; row < ids.length; row++) {
    const id = ids[row];
    if (id < 0 || days[row] === NO_DAY) continue;
    const last = latest[id];
    if (last >= 0 && days[row] < days[last]) return false;
    if (last < 0 || days[row] > days[last]) before[id] = last;
    previous[row] = before[id];
    latest[id] = row;
  }
  return true;
}

/**
 * previousRows for records in any order: put in order of client by counting, then by day
 * within a client only where they are not in order already.
 */
function previousBySorting({ clients, ids, days }: Records, previous: Int32Array): void {
  const dated = (row: number) => ids[row] >= 0 && days[row] !== NO_DAY;
  const start = new Int32Array(clients.count + 1);
  for (let row = 0; row < ids.length; row++) if (dated(row)) start[ids[row] + 1]++;
  for (let id = 0; id < clients.count; id++) start[id + 1] += start[id];
  const order = new Int32Array(start[clients.count]);
  const next = start.slice(0, clients.count);
  for (let row = 0; row < ids.length; row++) if (dated(row)) order[next[ids[row]]++] = row;
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
}
