/**
 * Reading whole columns of several sheets at once, for the rules that join them (the agenda,
 * the client card). Each column is read once into an array; names and days repeat across
 * rows, so each distinct one is worked out once. Nothing here loops rows × rows.
 */
import { isBlank, readNonNegative } from './cells';
import { dayNumber, dayOf, parseDay } from './days';
import { type Cell, CellProblem, type Conventions, ShapeError, isDate } from './vocabulary';
import { normalizeWords } from './words';

/**
 * One column of a range; a single value stands for a column of one cell. One pass and one
 * array: these functions read a hundred thousand rows, where every copy shows.
 */
export function oneColumn(arg: string, value: unknown): Cell[] {
  if (!Array.isArray(value)) return [value as Cell];
  const out = new Array<Cell>(value.length);
  for (let i = 0; i < value.length; i++) {
    const row: unknown = value[i];
    if (!Array.isArray(row)) out[i] = row as Cell;
    else if (row.length > 1) throw new ShapeError('width', arg, value.length);
    else out[i] = row[0] as Cell;
  }
  return out;
}

/**
 * The columns of one table, all as tall as the first: they are the same rows of a sheet. An
 * argument left out (a single blank) stands for a blank column.
 */
export function tableColumns<K extends string>(
  args: Readonly<Record<K, unknown>>,
  names: readonly K[],
): Record<K, Cell[]> {
  const columns = {} as Record<K, Cell[]>;
  const leftOut = (column: readonly Cell[]) => column.length === 1 && isBlank(column[0]);
  let height = -1;
  let tallest = names[0];
  for (const name of names) {
    const column = oneColumn(name, args[name]);
    columns[name] = column;
    if (!leftOut(column) && column.length > height) {
      height = column.length;
      tallest = name;
    }
  }
  if (height < 0) return columns;
  for (const name of names) {
    const column = columns[name];
    if (column.length === height) continue;
    if (leftOut(column)) columns[name] = new Array<Cell>(height).fill('');
    else throw new ShapeError('height', name, column.length, tallest, height);
  }
  return columns;
}

/** A cell that should hold a day: blank, a day (days since 1970), or what it holds instead. */
export type DayCell = undefined | { readonly day: number } | { readonly bad: Cell };

/** A Date of any realm (ranges come from Sheets' own), told apart quickly: most cells are text. */
const isDateCell = (cell: Cell): cell is Date =>
  typeof cell === 'object' && cell !== null && typeof (cell as Date).getTime === 'function' && isDate(cell);

/**
 * Reads date cells as the spreadsheet shows them (midnight of its time zone) or day text
 * (`2026-11-30`, `30.11.2026`). A column repeats the same few dates, so each distinct instant
 * or text is worked out once (a zone's calendar is the slow part) and gives the same answer
 * object every time, with nothing allocated per row.
 */
export function dayReader(conv: Conventions): (cell: Cell) => DayCell {
  const byTime = new Map<number, DayCell>();
  const byText = new Map<string, DayCell>();
  return (cell) => {
    if (cell === '' || cell === null || cell === undefined) return undefined;
    if (typeof cell === 'string') {
      let d = byText.get(cell);
      if (d === undefined && !byText.has(cell)) {
        const parsed = cell.trim() === '' ? undefined : parseDay(cell);
        d = cell.trim() === '' ? undefined : parsed ? { day: dayNumber(parsed) } : { bad: cell };
        byText.set(cell, d);
      }
      return d;
    }
    if (!isDateCell(cell)) return { bad: cell };
    const time = cell.getTime();
    if (Number.isNaN(time)) return { bad: cell };
    let d = byTime.get(time);
    if (d === undefined) {
      d = { day: dayNumber(dayOf(cell, conv.timeZone)) };
      byTime.set(time, d);
    }
    return d;
  };
}

/** The text a name cell stands for: a date by its instant. */
const nameText = (cell: Cell): string =>
  typeof cell === 'string' ? cell : isDate(cell) ? String(cell.getTime()) : String(cell);

/**
 * The one key of a name as people type it ("  ТД  «Северный»" is "тд «северный»"); '' for a
 * blank.
 */
export const cellKey = (cell: Cell): string =>
  cell === '' || cell === null || cell === undefined ? '' : normalizeWords(nameText(cell));

/**
 * cellKey for a column whose names repeat (a manager on every row): each text is normalised
 * once, so a cell costs one lookup. Not for a column of distinct names such as the clients':
 * there a table as long as the column costs more than the normalising it saves.
 */
export function keyReader(): (cell: Cell) => string {
  const seen = new Map<string, string>();
  return (cell) => {
    if (cell === '' || cell === null || cell === undefined) return '';
    const text = nameText(cell);
    let key = seen.get(text);
    if (key === undefined) {
      key = normalizeWords(text);
      seen.set(text, key);
    }
    return key;
  };
}

/**
 * `make` of each distinct key, made the first time it is asked for and the same object after:
 * what repeats over ten thousand rows is worked out once.
 */
export function madeOnce<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}

/** A name as the sheet shows it, trimmed; '' for a blank. */
export const shownText = (cell: Cell): string => (isBlank(cell) ? '' : String(cell).trim());

/** A whole number of days typed in a setting; `fallback` for a blank. */
export function readWholeDays(cell: Cell, arg: string, fallback: number, conv: Conventions): number {
  const n = readNonNegative(cell, arg, conv) ?? fallback;
  if (!Number.isInteger(n)) throw new CellProblem('notWhole', arg, cell);
  return n;
}
