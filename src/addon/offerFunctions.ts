/**
 * Custom functions for the offer (playbook §3) and for price cuts (§7), in the same
 * style as customFunctions.ts: whole columns in, one result per row out.
 */
import {
  ABC_CLASS_ARGS,
  ABC_CLASS_RULE,
  XYZ_CLASS_ARGS,
  abcLabel,
  xyzClassRow,
  xyzLabel,
} from '../core/assortment';
import { runColumn, runWholeColumn } from '../core/columns';
import { DISCOUNT_BREAKEVEN_ARGS, discountBreakevenRow } from '../core/pricing';
import { ORDER_SIZE_ARGS, SAFETY_STOCK_ARGS, orderSizeRow, safetyStockRow } from '../core/stock';
import { spreadsheetLang } from './locale';

const asNumber = (n: number) => n;

/**
 * Safety stock for a service level: z·σ_d·√L, or z·√(L·σ_d² + d̄²·σ_L²) when the lead time varies; z = NORM.S.INV(service_level).
 *
 * @param {number|Array<Array<number>>} demand_sd Standard deviation of demand per period, e.g. per day. Demand and time units must match: a daily deviation goes with a lead time in days. A column for many items.
 * @param {number|Array<Array<number>>} lead_time Lead time in the same periods, e.g. 7 (days).
 * @param {number|Array<Array<number>>} service_level The chance of not running out while waiting for delivery, above 0% and below 100%, e.g. 95%.
 * @param {number|Array<Array<number>>} [avg_demand] Average demand per period; needed when lead_time_sd is given.
 * @param {number|Array<Array<number>>} [lead_time_sd] Standard deviation of the lead time, in the same periods; gives the variable lead time formula.
 * @return The safety stock per row in units of demand, unrounded; "" for a row without demand figures, or a ⚠ text.
 * @customfunction
 */
export function SAFETY_STOCK(
  demand_sd: unknown,
  lead_time: unknown,
  service_level: unknown,
  avg_demand?: unknown,
  lead_time_sd?: unknown,
): Array<[string | number]> {
  return runColumn(
    spreadsheetLang(),
    'SAFETY_STOCK',
    SAFETY_STOCK_ARGS,
    { demand_sd, lead_time, service_level, avg_demand, lead_time_sd },
    safetyStockRow,
    asNumber,
  );
}

/**
 * Optimal order size for a client ordering every review_days: max(0, ⌈S − on_hand − on_order⌉) with S = d̄·(R + L) + z·σ_d·√(R + L).
 *
 * @param {number|Array<Array<number>>} avg_daily_demand Average daily demand (sell-out) of the item, in units. A column for many items.
 * @param {number|Array<Array<number>>} demand_sd Standard deviation of daily demand, in units; demand and time units must match (daily figures, days).
 * @param {number|Array<Array<number>>} lead_time_days Days from order to delivery; a faster delivery shrinks the order.
 * @param {number|Array<Array<number>>} review_days Days between two orders (0 = order as soon as stock runs low).
 * @param {number|Array<Array<number>>} service_level The chance of not running out before the next delivery, above 0% and below 100%, e.g. 95%.
 * @param {number|Array<Array<number>>} on_hand Units in the client's warehouse now.
 * @param {number|Array<Array<number>>} [on_order] Units already ordered and not yet delivered; blank = 0.
 * @return Whole units to order per row (never negative); "" for a row without figures, or a ⚠ text.
 * @customfunction
 */
export function ORDER_SIZE(
  avg_daily_demand: unknown,
  demand_sd: unknown,
  lead_time_days: unknown,
  review_days: unknown,
  service_level: unknown,
  on_hand: unknown,
  on_order?: unknown,
): Array<[string | number]> {
  return runColumn(
    spreadsheetLang(),
    'ORDER_SIZE',
    ORDER_SIZE_ARGS,
    { avg_daily_demand, demand_sd, lead_time_days, review_days, service_level, on_hand, on_order },
    orderSizeRow,
    asNumber,
  );
}

/**
 * ABC class of each item by value: A while the items ranked above it hold less than 80% of the total, B below 95%, else C.
 *
 * @param {number|Array<Array<number>>} values The value each item brings (sales, margin), one column; not negative.
 * @return A, B or C per row; "" for a blank value, or a ⚠ text.
 * @customfunction
 */
export function ABC_CLASS(values: unknown): Array<[string | number]> {
  return runWholeColumn(spreadsheetLang(), 'ABC_CLASS', ABC_CLASS_ARGS, { values }, ABC_CLASS_RULE, abcLabel);
}

/**
 * XYZ class of each item by how steady its demand is: the coefficient of variation (population SD ÷ mean) of its period demand.
 *
 * @param {Array<Array<number>>} demand_rows One row of period demand per item, e.g. 12 months; blanks are skipped, zeros count.
 * @param {number} [x_limit] Highest coefficient of variation of class X; default 10%.
 * @param {number} [y_limit] Highest coefficient of variation of class Y; default 25%. Above it: Z, as is an item with no demand.
 * @return X, Y or Z per row; "" for a row without figures, or a ⚠ text.
 * @customfunction
 */
export function XYZ_CLASS(
  demand_rows: unknown,
  x_limit?: unknown,
  y_limit?: unknown,
): Array<[string | number]> {
  return runColumn(
    spreadsheetLang(),
    'XYZ_CLASS',
    XYZ_CLASS_ARGS,
    { demand_rows, x_limit, y_limit },
    xyzClassRow,
    xyzLabel,
  );
}

/**
 * Extra volume a discount needs to keep gross profit (Nagle & Müller): discount ÷ (margin − discount), e.g. 20% at 60% margin needs +50%.
 *
 * @param {number|Array<Array<number>>} discount The price cut as a share of the old price, e.g. 20%; negative for a price rise. A column for many requests.
 * @param {number|Array<Array<number>>} margin Contribution margin as a share of the old price, e.g. 60%.
 * @return The needed volume growth as a fraction per row (0.5 = +50%; negative: the volume a price rise may lose), or a ⚠ text when the discount is not below the margin.
 * @customfunction
 */
export function DISCOUNT_BREAKEVEN(discount: unknown, margin: unknown): Array<[string | number]> {
  return runColumn(
    spreadsheetLang(),
    'DISCOUNT_BREAKEVEN',
    DISCOUNT_BREAKEVEN_ARGS,
    { discount, margin },
    discountBreakevenRow,
    asNumber,
  );
}
