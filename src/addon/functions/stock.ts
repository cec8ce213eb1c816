/**
 * Custom functions: stock for the offer: safety stock and the optimal order size.
 * Whole ranges in, one result per row out; the JSDoc is what Sheets shows in autocomplete.
 */
import { ORDER_SIZE_ARGS, SAFETY_STOCK_ARGS, orderSizeRow, safetyStockRow } from '../../core/stock';
import { sheetContext } from '../locale';
import { asNumber, runColumn } from './column';

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
 * @see Updated offers (docs/method.md#updated-offers)
 * @example =SAFETY_STOCK(10; 4; 95%) → ≈ 32,9
 *   1,645 · 10 · √4.
 * @example =SAFETY_STOCK(10; 4; 95%; 20; 1) → ≈ 46,5
 *   The lead time varies by 1 day: 1,645 · √(4 · 10² + 20² · 1²).
 * @example =SAFETY_STOCK(10; 4; 95) → ⚠ уровень сервиса: «95» — нужно больше 0 и меньше 100 %, например 95%
 * @example =SAFETY_STOCK(D2:D200; 7; AC_SERVICE_LEVEL) → (one stock per item)
 */
export function SAFETY_STOCK(
  demand_sd: unknown,
  lead_time: unknown,
  service_level: unknown,
  avg_demand?: unknown,
  lead_time_sd?: unknown,
): Array<[string | number]> {
  return runColumn(
    sheetContext(),
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
 * @see Updated offers (docs/method.md#updated-offers)
 * @example =ORDER_SIZE(20; 5; 3; 7; 95%; 150; 30) → 47
 *   S = 20 · 10 + 1,645 · 5 · √10 ≈ 226,0; less 180 on hand and on order.
 * @example =ORDER_SIZE(20; 5; 1; 7; 95%; 150; 30) → 4
 *   Delivery in 1 day instead of 3: S ≈ 183,3.
 * @example =ORDER_SIZE(C2:C200; D2:D200; 3; 7; AC_SERVICE_LEVEL; E2:E200; F2:F200) → (one order per item)
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
    sheetContext(),
    'ORDER_SIZE',
    ORDER_SIZE_ARGS,
    { avg_daily_demand, demand_sd, lead_time_days, review_days, service_level, on_hand, on_order },
    orderSizeRow,
    asNumber,
  );
}
