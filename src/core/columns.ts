/**
 * One custom-function call per column: every argument may be a single value or a
 * range, and the rule runs once per row. A problem in one row becomes that row's
 * "⚠" text so the other rows still compute; ranges of unequal height fail the call.
 */
import { oneColumn } from './tables';
import { Cell, CellProblem, type Conventions, ShapeError } from './vocabulary';

/** 'cell': one value per row (a single column). 'row': the whole row of a range (e.g. the roles of a function). */
export type ArgKind = 'cell' | 'row';
export type ArgSpec = Readonly<Record<string, ArgKind>>;
export type RowOf<S extends ArgSpec> = {
  readonly [K in keyof S]: S[K] extends 'row' ? readonly Cell[] : Cell;
};
export type ArgsOf<S extends ArgSpec> = { readonly [K in keyof S]: unknown };

/** Sheets passes a range as a 2-D array and anything else as a single value. */
export function toGrid(value: unknown): Cell[][] {
  if (!Array.isArray(value)) return [[value as Cell]];
  return value.map((row) => (Array.isArray(row) ? (row as Cell[]) : [row as Cell]));
}

/**
 * The rows of the call. A single cell is repeated on every row (a threshold, a date); a
 * per-row range ('row') never is: one row of roles beside ten levels is a range typed wrong.
 */
function commonHeight(spec: ArgSpec, grids: ReadonlyArray<readonly [string, readonly unknown[]]>): number {
  let tallest: readonly [string, readonly unknown[]] | undefined;
  for (const g of grids) if (!tallest || g[1].length > tallest[1].length) tallest = g;
  if (!tallest) return 0;
  const height = tallest[1].length;
  for (const [name, grid] of grids) {
    const repeats = grid.length === 1 && spec[name] === 'cell';
    if (!repeats && grid.length !== height) {
      throw new ShapeError('height', name, grid.length, tallest[0], height);
    }
  }
  return height;
}

/**
 * Runs `rule` on every row; a CellProblem thrown by the rule is kept as that row's result.
 * Each argument is read once into what its rows see (one cell or row of cells per row, or the
 * same on every row), so a row costs its object and the rule: calls read ten thousand rows.
 */
export function mapRows<S extends ArgSpec, R>(
  spec: S,
  args: ArgsOf<S>,
  rule: (row: RowOf<S>, conv: Conventions) => R,
  conv: Conventions,
): Array<R | CellProblem> {
  const names = Object.keys(spec) as Array<keyof S & string>;
  // A column is read straight into the cells of its rows: a grid copied first would make one more array per range.
  const columns = names.map((name) =>
    spec[name] === 'row' ? toGrid(args[name]) : oneColumn(name, args[name]),
  );
  const height = commonHeight(
    spec,
    names.map((name, k) => [name, columns[k]] as const),
  );
  const out = new Array<R | CellProblem>(height);
  // Every row is a copy of one object with all the arguments' names, then filled in: adding a dozen
  // names one by one to each of ten thousand rows would make each row a slow dictionary.
  const blank: Record<string, Cell | readonly Cell[]> = {};
  for (const name of names) blank[name] = '';
  for (let i = 0; i < height; i++) {
    const row = { ...blank };
    for (let k = 0; k < names.length; k++) {
      const column = columns[k];
      row[names[k]] = column.length === 1 ? column[0] : column[i];
    }
    try {
      out[i] = rule(row as RowOf<S>, conv);
    } catch (e) {
      if (!(e instanceof CellProblem)) throw e;
      out[i] = e;
    }
  }
  return out;
}

/**
 * A rule that needs the whole column at once (a rank, a share of the total). Each row is
 * read on its own, so a bad row keeps its "⚠" and drops out; `combine` gets the values of
 * the rows that read well, in order, and returns one result for each of them.
 */
export interface ColumnRule<S extends ArgSpec, V, R> {
  readonly read: (row: RowOf<S>, conv: Conventions) => V;
  readonly combine: (values: readonly V[]) => readonly R[];
}

/** Runs `rule.read` on every row, then `rule.combine` once; problems stay on their rows. */
export function mapColumn<S extends ArgSpec, V, R>(
  spec: S,
  args: ArgsOf<S>,
  rule: ColumnRule<S, V, R>,
  conv: Conventions,
): Array<R | CellProblem> {
  const read = mapRows(spec, args, rule.read, conv);
  const combined = rule.combine(read.filter((v): v is V => !(v instanceof CellProblem)));
  let next = 0;
  return read.map((v) => (v instanceof CellProblem ? v : combined[next++]));
}
