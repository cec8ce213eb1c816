/**
 * Price cuts (docs/method.md): what does a price cut buy? Before giving a discount, know how
 * much more the client must buy for the same gross profit (Nagle & Müller; Standard formulas).
 */
import { readNumber, readPercent, required } from './cells';
import type { RowOf } from './columns';
import { Cell, CellProblem, type Conventions } from './vocabulary';

/**
 * The extra volume, as a fraction, that keeps gross profit when the price falls by
 * `discount` at contribution margin `margin` (both fractions of the old price):
 * d / (m − d), for d < m. A negative discount is a price rise, and the result the
 * volume that may be lost. Kept to the 15 significant digits Sheets shows, so the
 * float noise of m − d doesn't turn a 20 % cut at 60 % margin into 0.5000000000000001.
 */
export function discountBreakeven(discount: number, margin: number): number {
  return Number((discount / (margin - discount)).toPrecision(15));
}

/** A cut of more than the whole price is a typo: 20 typed without % is 2 000 %. */
function readDiscount(cell: Cell, conv: Conventions): number | undefined {
  const n = readNumber(cell, 'discount', conv);
  if (n !== undefined && n > 1) throw new CellProblem('over100', 'discount', cell);
  return n;
}

export const DISCOUNT_BREAKEVEN_ARGS = { discount: 'cell', margin: 'cell' } as const;

/** One row of =DISCOUNT_BREAKEVEN(); undefined without a discount, since one margin often serves every row. */
export function discountBreakevenRow(
  row: RowOf<typeof DISCOUNT_BREAKEVEN_ARGS>,
  conv: Conventions,
): number | undefined {
  const discount = readDiscount(row.discount, conv);
  if (discount === undefined) return undefined;
  const margin = required(readPercent(row.margin, 'margin', conv), 'margin');
  if (discount >= margin) throw new CellProblem('noPayback', 'discount', row.discount);
  return discountBreakeven(discount, margin);
}
