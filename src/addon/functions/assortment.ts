/**
 * Custom functions: the assortment of the offer: ABC by value, XYZ by steadiness of demand.
 * Whole ranges in, one result per row out; the JSDoc is what Sheets shows in autocomplete.
 */
import { ABC_CLASS_ARGS, ABC_CLASS_RULE, XYZ_CLASS_ARGS, xyzClassRow } from '../../core/assortment';
import { abcLabel, xyzLabel } from '../../present/assortment';
import { sheetContext } from '../locale';
import { runColumn, runWholeColumn } from './column';

/**
 * ABC class of each item by value: A while the items ranked above it hold less than 80% of the total, B below 95%, else C.
 *
 * @param {number|Array<Array<number>>} values The value each item brings (sales, margin), one column; not negative.
 * @param {string|Array<Array<string>>} [groups] Whose item it is (the client of an Offers line), one column as tall as values: each client's items are ranked among themselves, blank ones as the general assortment. Omitted: one ranking of the whole column.
 * @return A, B or C per row; "" for a blank value, or a ⚠ text.
 * @customfunction
 * @see Updated offers (docs/method.md#updated-offers)
 * @example =ABC_CLASS({100; 500; 40; 300; 60}) → B / A / C / A / B
 *   Items ranked above each hold 80 %, 0, 96 %, 50 % and 90 % of the total.
 * @example =ABC_CLASS({100; 500; 40; 300}; {"Уралснаб"; "Уралснаб"; "Дон-Трейд"; "Дон-Трейд"}) → B / A / B / A
 *   Ranked within each client: 500 and 300 lead, each alone above 80 % of its client's total.
 * @example =ABC_CLASS(J2:J200; C2:C200) → (one class per item, ranked within its client)
 */
export function ABC_CLASS(values: unknown, groups?: unknown): Array<[string | number]> {
  return runWholeColumn(
    sheetContext(),
    'ABC_CLASS',
    ABC_CLASS_ARGS,
    { values, groups },
    ABC_CLASS_RULE,
    abcLabel,
  );
}

/**
 * XYZ class of each item by how steady its demand is: the coefficient of variation (population SD ÷ mean) of its period demand.
 *
 * @param {Array<Array<number>>} demand_rows One row of period demand per item, e.g. 12 months; blanks are skipped, zeros count.
 * @param {number} [x_limit] Highest coefficient of variation of class X; default 10%.
 * @param {number} [y_limit] Highest coefficient of variation of class Y; default 25%. Above it: Z, as is an item with no demand.
 * @return X, Y or Z per row; "" for a row with fewer than 3 figures (not enough history), or a ⚠ text.
 * @customfunction
 * @see Updated offers (docs/method.md#updated-offers)
 * @example =XYZ_CLASS({90 \ 110 \ 90 \ 110}) → X
 *   Coefficient of variation 10 %.
 * @example =XYZ_CLASS({80 \ 120 \ 80 \ 120}) → Y
 *   20 %.
 * @example =XYZ_CLASS({0 \ 200 \ 0 \ 200}) → Z
 *   100 %.
 * @example =XYZ_CLASS(C2:N200; AC_X_LIMIT; AC_Y_LIMIT) → (one class per item)
 *   12 months per item, the limits of the Settings sheet.
 */
export function XYZ_CLASS(
  demand_rows: unknown,
  x_limit?: unknown,
  y_limit?: unknown,
): Array<[string | number]> {
  return runColumn(
    sheetContext(),
    'XYZ_CLASS',
    XYZ_CLASS_ARGS,
    { demand_rows, x_limit, y_limit },
    xyzClassRow,
    xyzLabel,
  );
}
