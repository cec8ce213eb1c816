/**
 * Reading whole columns of several sheets at once, for the rules that join them (the agenda,
 * the client card). Each column is read once into an array; names and days repeat across
 * rows, so each distinct one is worked out once. Nothing here loops rows × rows.
 */
import { isBlank, readNonNegative } from './cells';
import { toGrid } from './columns';
import { dayNumber, dayOf, parseDay } from './days';
import { type Cell, CellProblem, type Conventions, ShapeError, isDate } from './vocabulary';
import { normalizeWords } from './words';

/** One column of a range; a single value stands for a column of one cell. */
export function oneColumn(arg: string, value: unknown): Cell[] {
  const grid = toGrid(value);
  if (grid.some((row) => row.length > 1)) throw new ShapeError('width', arg, grid.length);
  return grid.map((row) => row[0]);
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
  let height = -1;
  let tallest = names[0];
  for (const name of names) {
    const column = oneColumn(name, args[name]);
    if (column.length > height) {
      height = column.length;
      tallest = name;
    }
    columns[name] = column;
  }
  for (const name of names) {
    const column = columns[name];
    if (column.length === height) continue;
    if (column.length === 1 && isBlank(column[0])) columns[name] = new Array<Cell>(height).fill('');
    else throw new ShapeError('height', name, column.length, tallest, height);
  }
  return columns;
}

/** A cell that should hold a day: blank, a day (days since 1970), or what it holds instead. */
export type DayCell = undefined | { readonly day: number } | { readonly bad: Cell };

/**
 * Reads date cells as the spreadsheet shows them (midnight of its time zone) or day text
 * (`2026-11-30`, `30.11.2026`); each distinct instant is converted once, since working out a
 * zone's calendar is the slow part and a column repeats the same few dates.
 */
export function dayReader(conv: Conventions): (cell: Cell) => DayCell {
  const days = new Map<number, number>();
  return (cell) => {
    if (isBlank(cell)) return undefined;
    if (isDate(cell)) {
      const time = cell.getTime();
      if (Number.isNaN(time)) return { bad: cell };
      let day = days.get(time);
      if (day === undefined) {
        day = dayNumber(dayOf(cell, conv.timeZone));
        days.set(time, day);
      }
      return { day };
    }
    const parsed = typeof cell === 'string' ? parseDay(cell) : undefined;
    return parsed ? { day: dayNumber(parsed) } : { bad: cell };
  };
}

/** The day of a cell that must hold one, or undefined when it is blank or holds something else. */
export const dayOrUndefined = (d: DayCell): number | undefined => (d && 'day' in d ? d.day : undefined);

/**
 * The one key of a name as people type it ("  ТД  «Северный»" is "тд «северный»"); '' for a
 * blank. Names repeat (a manager on every row), so each text is normalised once.
 */
export function keyReader(): (cell: Cell) => string {
  const seen = new Map<string, string>();
  return (cell) => {
    if (isBlank(cell)) return '';
    const text = isDate(cell) ? String(cell.getTime()) : String(cell);
    let key = seen.get(text);
    if (key === undefined) {
      key = normalizeWords(text);
      seen.set(text, key);
    }
    return key;
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
