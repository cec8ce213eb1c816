/**
 * Updated offers (docs/method.md): offer only liquid, fast-turning items. ABC ranks items by
 * the value they bring (Standard formulas: Pareto shares), XYZ by how steady their demand is; AX is the core
 * of the offer.
 */
import { readPercent, readQuantity } from './cells';
import type { ColumnRule, RowOf } from './columns';
import { cellKey } from './tables';
import type { Conventions } from './vocabulary';

export type AbcClass = 'A' | 'B' | 'C';
export type XyzClass = 'X' | 'Y' | 'Z';

/** The share of the total held by the items ranked above, below which an item is A, or B. */
export const ABC_SHARES = { a: 0.8, b: 0.95 } as const;

/**
 * Cumulative sums of cents aren't exact in floating point (0.7999999999999999 for 80 %):
 * a share this close to a limit counts as reaching it.
 */
const SHARE_NOISE = 1e-9;

/** The class of an item from the share of the total held by the items ranked above it. */
export function abcClass(shareAbove: number): AbcClass {
  if (shareAbove < ABC_SHARES.a - SHARE_NOISE) return 'A';
  if (shareAbove < ABC_SHARES.b - SHARE_NOISE) return 'B';
  return 'C';
}

/**
 * ABC classes in input order. Items are ranked by value, highest first, equal values
 * in input order; undefined (blank) items get no class. The top item is A even when it
 * alone crosses 80 %; an item worth nothing is C, also when every item is worth nothing.
 */
export function abcClasses(values: ReadonlyArray<number | undefined>): Array<AbcClass | undefined> {
  const ranked = values
    .map((value, index) => ({ value, index }))
    .filter((item): item is { value: number; index: number } => item.value !== undefined)
    .sort((x, y) => y.value - x.value);
  const total = ranked.reduce((sum, item) => sum + item.value, 0);
  const out = new Array<AbcClass | undefined>(values.length).fill(undefined);
  let above = 0;
  for (const item of ranked) {
    out[item.index] = abcClass(total > 0 ? above / total : 1);
    above += item.value;
  }
  return out;
}

/** An item's value and the group it is ranked in (its client's key; '' for the general assortment). */
interface GroupedValue {
  readonly value: number | undefined;
  readonly group: string;
}

/**
 * ABC classes in input order, each item ranked among the items of its group only: a client's
 * lines by what that client buys, not beside a larger client's.
 */
export function abcClassesByGroup(items: readonly GroupedValue[]): Array<AbcClass | undefined> {
  const rowsOf = new Map<string, number[]>();
  items.forEach((item, i) => {
    const rows = rowsOf.get(item.group);
    if (rows) rows.push(i);
    else rowsOf.set(item.group, [i]);
  });
  const out = new Array<AbcClass | undefined>(items.length).fill(undefined);
  for (const rows of rowsOf.values()) {
    const classes = abcClasses(rows.map((i) => items[i].value));
    rows.forEach((i, k) => (out[i] = classes[k]));
  }
  return out;
}

export const ABC_CLASS_ARGS = { values: 'cell', groups: 'cell' } as const;

/** =ABC_CLASS() reads each value and group on its own row, then ranks each group. */
export const ABC_CLASS_RULE: ColumnRule<typeof ABC_CLASS_ARGS, GroupedValue, AbcClass | undefined> = {
  read: (row, conv) => ({ value: readQuantity(row.values, 'values', conv), group: cellKey(row.groups) }),
  combine: abcClassesByGroup,
};

/** Russian practice: X up to 10 %, Y up to 25 %, Z above (other sources use 50 % and 100 %). */
export const DEFAULT_XYZ_LIMITS = { x: 0.1, y: 0.25 } as const;

/**
 * Population standard deviation ÷ mean of period demand; Infinity for a zero mean, since
 * an item nobody buys is as unsteady as it gets. Needs at least one period.
 */
export function coefficientOfVariation(demand: readonly number[]): number {
  const mean = demand.reduce((sum, d) => sum + d, 0) / demand.length;
  if (mean === 0) return Infinity;
  const variance = demand.reduce((sum, d) => sum + (d - mean) ** 2, 0) / demand.length;
  return Math.sqrt(variance) / mean;
}

export function xyzClass(cv: number, limits: { readonly x: number; readonly y: number }): XyzClass {
  if (cv <= limits.x) return 'X';
  if (cv <= limits.y) return 'Y';
  return 'Z';
}

export const XYZ_CLASS_ARGS = { demand_rows: 'row', x_limit: 'cell', y_limit: 'cell' } as const;

/** Fewer periods are not enough history to call demand stable: a brand-new item is no X. */
export const MIN_XYZ_PERIODS = 3;

/**
 * One row of =XYZ_CLASS(): blank periods are skipped, zeros count; undefined for a row with fewer
 * than three figures.
 */
export function xyzClassRow(row: RowOf<typeof XYZ_CLASS_ARGS>, conv: Conventions): XyzClass | undefined {
  const demand = row.demand_rows
    .map((cell) => readQuantity(cell, 'demand_rows', conv))
    .filter((d): d is number => d !== undefined);
  if (demand.length < MIN_XYZ_PERIODS) return undefined;
  const x = readPercent(row.x_limit, 'x_limit', conv) ?? DEFAULT_XYZ_LIMITS.x;
  const y = readPercent(row.y_limit, 'y_limit', conv) ?? DEFAULT_XYZ_LIMITS.y;
  return xyzClass(coefficientOfVariation(demand), { x, y });
}
