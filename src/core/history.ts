/**
 * A client's history, as the method's monitoring keeps it: one record per client and period.
 * The Clients sheet shows each client's latest record; each record is compared with the same
 * client's previous one. Each call reads every record once (historyRecords.ts), so the work is
 * linear in keys and records, never keys × records. A call over 120,000 records makes few
 * objects besides its result, whose rows are those Sheets passed wherever they need no change.
 */
import { isBlank, readFlagArgument, readNumber } from './cells';
import {
  NO_DAY,
  type Records,
  cellAt,
  columnRows,
  keyClients,
  previousRows,
  readRecords,
  rowsOf,
  widthOf,
} from './historyRecords';
import { type Cell, CellProblem, type Conventions } from './vocabulary';

/** Argument names, as the ⚠ texts and shape errors quote them. */
const KEYS = 'keys';
const SKIP_BLANK = 'skip_blank';

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

/** What a cell of a chosen record shows: a blank stays blank. */
const shown = (cell: Cell): Cell => (cell === null || cell === undefined ? '' : cell);

/** Whether a row as Sheets passed it is already the `width` cells a result shows. */
function showsAsIs(line: readonly unknown[], width: number): boolean {
  if (line.length !== width) return false;
  for (let c = 0; c < width; c++) if (line[c] === null || line[c] === undefined) return false;
  return true;
}

/**
 * What the cells of a record show: its own row as Sheets passed it when that needs no change
 * (a call may give back 120,000 rows, and each copy is memory to fill), else a copy.
 */
function recordCells(values: readonly unknown[], row: number, width: number): readonly Cell[] {
  const line = values[row];
  if (Array.isArray(line) && showsAsIs(line, width)) return line as Cell[];
  const cells = new Array<Cell>(width);
  for (let c = 0; c < width; c++) cells[c] = shown(cellAt(values, row, c));
  return cells;
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
  const wanted = columnRows(KEYS, keys);
  let skip: boolean;
  try {
    skip = readFlagArgument(skipBlank, SKIP_BLANK);
  } catch (e) {
    if (!(e instanceof CellProblem)) throw e;
    return { width: widthOf(rowsOf(recordValues)), rows: new Array<HistoryRow>(wanted.length).fill(e) };
  }
  const { clients, keyIds } = keyClients(wanted);
  const { ids, days, dayProblems, values, width } = readRecords(
    recordKeys,
    recordDates,
    recordValues,
    'record_values',
    conv,
    clients,
  );
  const latest = new Int32Array(clients.count).fill(-1);
  for (let row = 0; row < ids.length; row++) {
    const id = ids[row];
    const day = days[row];
    if (id < 0 || day === NO_DAY || (skip && blankRecord(values, row, width))) continue;
    const best = latest[id];
    if (best < 0 || day >= days[best]) latest[id] = row;
  }
  const unreadable = new Map<number, CellProblem>();
  for (const [row, problem] of dayProblems) if (!unreadable.has(ids[row])) unreadable.set(ids[row], problem);
  const blanks: Cell[] = new Array<Cell>(width).fill('');
  const rows = new Array<HistoryRow>(wanted.length);
  for (let i = 0; i < wanted.length; i++) {
    const id = keyIds[i];
    const found = id < 0 ? -1 : latest[id];
    const problem = id < 0 ? undefined : unreadable.get(id);
    if (problem) rows[i] = problem;
    else rows[i] = found < 0 ? blanks : recordCells(values, found, width);
  }
  return { width, rows };
}

/** A record's result: one cell per column of its values, or the problem of its day. */
export type PeriodRow = ReadonlyArray<Cell | CellProblem> | CellProblem;

/** Blank, or the problem of the record's own day; undefined when the record has a readable one. */
function recordWithoutDay(records: Records, row: number, blanks: readonly Cell[]): PeriodRow | undefined {
  const problem = records.dayProblems.get(row);
  if (problem) return new CellProblem(problem.code, problem.arg, problem.value);
  if (records.ids[row] < 0 || records.days[row] === NO_DAY) return blanks;
  return undefined;
}

/** A cell of `values` as a number: NaN for a blank, or the problem of a cell that is none. */
function numberOf(cell: Cell, conv: Conventions): number | CellProblem {
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  try {
    return readNumber(cell, 'values', conv) ?? NaN;
  } catch (e) {
    if (!(e instanceof CellProblem)) throw e;
    return e;
  }
}

/**
 * Column `c` of =PERIOD_CHANGE for a record against its previous one (row `before`, or -1),
 * each value read where it is needed: no copy of 120,000 numbers to fill first.
 */
function changeAt(
  values: readonly unknown[],
  row: number,
  before: number,
  c: number,
  conv: Conventions,
): Cell | CellProblem {
  const value = numberOf(cellAt(values, row, c), conv);
  if (typeof value !== 'number') return value;
  if (before < 0 || Number.isNaN(value)) return '';
  const base = numberOf(cellAt(values, before, c), conv);
  return typeof base === 'number' && base > 0 ? round15(value / base - 1) : '';
}

/**
 * A record's row of =PERIOD_CHANGE; undefined when it is all blank, for the caller's one blank
 * row. One column, the common case, is a literal: an array made for its number alone, where
 * one grown cell by cell would be made twice (a call makes 120,000).
 */
function changeRow(
  values: readonly unknown[],
  row: number,
  before: number,
  width: number,
  conv: Conventions,
): Array<Cell | CellProblem> | undefined {
  if (width === 1) {
    const only = changeAt(values, row, before, 0, conv);
    return only === '' ? undefined : [only];
  }
  const line = new Array<Cell | CellProblem>(width);
  let blank = true;
  for (let c = 0; c < width; c++) {
    line[c] = changeAt(values, row, before, c, conv);
    if (line[c] !== '') blank = false;
  }
  return blank ? undefined : line;
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
  const { width } = records;
  const blanks = new Array<Cell>(width).fill('');
  const rows = new Array<PeriodRow>(records.ids.length);
  for (let row = 0; row < rows.length; row++) {
    const without = recordWithoutDay(records, row, blanks);
    if (without) {
      rows[row] = without;
      continue;
    }
    rows[row] = changeRow(records.values, row, previous[row], width, conv) ?? blanks;
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
    else rows[row] = before < 0 ? blanks : recordCells(records.values, before, width);
  }
  return { width, rows };
}
