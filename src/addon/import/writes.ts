/**
 * An import's writes, built before anything is written, then written in blocks: one
 * setValues per span of columns, whatever the number of rows, and undone if a later one fails.
 *
 * A span covers the imported columns of a sheet and the input columns between them (never a
 * computed one, whose array formula a written cell would break), from the first row written to
 * the last. Cells in it that the import doesn't change are written back as they are: a formula
 * as its formula, a text as literal text, so nothing changes but the imported cells.
 */
import type { TableTemplate } from '../../../sheets-templates/types';
import type { Cell } from '../../core/vocabulary';
import { literal } from '../samples';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The cells an import gives one sheet row, by template key. */
export type RowCells = Readonly<Record<string, Cell>>;

/** What the sheet holds now: values from row 1, and the formulas when a write covers existing rows. */
export interface Current {
  readonly values: readonly Cell[][];
  readonly formulas?: readonly string[][];
}

/** One setValues: the block whose top-left cell is (row, column), 1-based. */
export interface Block {
  readonly row: number;
  readonly column: number;
  readonly cells: Cell[][];
}

/** Spans of sheet columns, each a run that holds no computed and no unknown column. */
export function spans(
  template: TableTemplate,
  columns: ReadonlyMap<string, number>,
  keys: Iterable<string>,
): Array<{ readonly first: number; readonly last: number }> {
  const type = new Map(template.columns.map((c) => [c.key, c.type]));
  const inputAt = new Set(
    [...columns].filter(([k]) => type.has(k) && type.get(k) !== 'computed').map(([, at]) => at),
  );
  const wanted = [...new Set([...keys].map((k) => columns.get(k)!))].sort((a, b) => a - b);
  const out: Array<{ first: number; last: number }> = [];
  for (const at of wanted) {
    const last = out[out.length - 1];
    let joins = last !== undefined;
    for (let c = (last?.last ?? at) + 1; joins && c < at; c++) joins = inputAt.has(c);
    if (joins) last!.last = at;
    else out.push({ first: at, last: at });
  }
  return out;
}

/** A cell as it is, to write back unchanged: its formula, else its value (text kept literal). */
function unchanged(current: Current, row: number, column: number): Cell {
  const formula = current.formulas?.[row - 1]?.[column - 1];
  if (formula) return formula;
  const value = current.values[row - 1]?.[column - 1];
  return value === undefined || value === null ? '' : literal(value);
}

/**
 * The blocks writing `rows` (sheet row → cells by key): per span, every row from the first
 * to the last written. With `restore`, the same blocks holding what the sheet holds now.
 */
export function blocks(
  template: TableTemplate,
  columns: ReadonlyMap<string, number>,
  rows: ReadonlyMap<number, RowCells>,
  current: Current,
  restore = false,
): Block[] {
  if (rows.size === 0) return [];
  const keyAt = new Map([...columns].map(([k, at]) => [at, k]));
  const numbers = [...rows.keys()];
  const top = Math.min(...numbers);
  const bottom = Math.max(...numbers);
  const keys = new Set([...rows.values()].flatMap((r) => Object.keys(r)));
  return spans(template, columns, keys).map(({ first, last }) => {
    const cells: Cell[][] = [];
    for (let row = top; row <= bottom; row++) {
      const edit = restore ? undefined : rows.get(row);
      const line: Cell[] = [];
      for (let column = first; column <= last; column++) {
        const key = keyAt.get(column)!;
        line.push(edit && key in edit ? edit[key] : unchanged(current, row, column));
      }
      cells.push(line);
    }
    return { row: top, column: first, cells };
  });
}

/** One change to a sheet and how to take it back. */
export interface Step {
  apply(): void;
  undo(): void;
}

export function writeStep(sheet: Sheet, block: Block, before: Block): Step {
  const write = (b: Block) =>
    sheet.getRange(b.row, b.column, b.cells.length, b.cells[0].length).setValues(b.cells);
  return { apply: () => write(block), undo: () => write(before) };
}

/**
 * Rows after the last row read, when the writes reach below it. The last row read is the sheet's
 * last when array formulas fill their columns to the bottom (Sheets' and our templates' case);
 * on a sheet with blank rows below its data, a few more blank rows are added than needed,
 * which costs nothing but spares a call to ask how many there are.
 */
export function growStep(sheet: Sheet, lastRow: number, needed: number): Step | undefined {
  if (needed <= lastRow) return undefined;
  const count = needed - lastRow;
  return {
    apply: () => sheet.insertRowsAfter(Math.max(lastRow, 1), count),
    undo: () => sheet.deleteRows(Math.max(lastRow, 1) + 1, count),
  };
}

/** An error's message; a service's error may come from another realm, where instanceof Error fails. */
export function messageOf(e: unknown): string {
  return typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e);
}

/** Why an import stopped: whether what it wrote could be taken back. */
export class WriteFailure extends Error {
  constructor(
    readonly cause: unknown,
    readonly undone: boolean,
  ) {
    super(messageOf(cause));
    this.name = 'WriteFailure';
  }
}

/**
 * Applies the steps in order. If one fails, the ones done are undone in reverse, so a failure
 * halfway leaves the sheets as they were (a service call that fails writes nothing itself).
 */
export function applyAll(steps: readonly Step[]): void {
  const done: Step[] = [];
  for (const step of steps) {
    try {
      step.apply();
      done.push(step);
    } catch (e) {
      try {
        for (const s of done.reverse()) s.undo();
      } catch {
        throw new WriteFailure(e, false);
      }
      throw new WriteFailure(e, true);
    }
  }
}
