/**
 * Custom functions: stock for the offer: safety stock and the optimal order size.
 * Whole ranges in, one result per row out; the JSDoc is what Sheets shows in autocomplete.
 */
import {
  DEMAND_ARGS,
  type DailyDemand,
  ORDER_SIZE_ARGS,
  SAFETY_STOCK_ARGS,
  dailyLevel,
  dailySd,
  demandRow,
  orderSizeRow,
  safetyStockRow,
} from '../../core/stock';
import type { Lang } from '../../i18n';
import { trendLabel } from '../../present/assortment';
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
 * @param {number|Array<Array<number>>} [faster_days] Days sooner the delivery would come: the order with lead_time_days shortened by them (never below 0); blank = 0.
 * @return Whole units to order per row (never negative); "" for a row without figures, or a ⚠ text.
 * @customfunction
 * @see Updated offers (docs/method.md#updated-offers)
 * @example =ORDER_SIZE(20; 5; 3; 7; 95%; 150; 30) → 47
 *   S = 20 · 10 + 1,645 · 5 · √10 ≈ 226,0; less 180 on hand and on order.
 * @example =ORDER_SIZE(20; 5; 1; 7; 95%; 150; 30) → 4
 *   Delivery in 1 day instead of 3: S ≈ 183,3.
 * @example =ORDER_SIZE(20; 5; 3; 7; 95%; 150; 30; 2) → 4
 *   The same delivery made 2 days faster: what the client would order then.
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
  faster_days?: unknown,
): Array<[string | number]> {
  return runColumn(
    sheetContext(),
    'ORDER_SIZE',
    ORDER_SIZE_ARGS,
    {
      avg_daily_demand,
      demand_sd,
      lead_time_days,
      review_days,
      service_level,
      on_hand,
      on_order,
      faster_days,
    },
    orderSizeRow,
    asNumber,
  );
}

function runDemand(
  fn: string,
  sales_rows: unknown,
  period_days: unknown,
  recent_periods: unknown,
  present: (d: DailyDemand, lang: Lang) => string | number,
): Array<[string | number]> {
  return runColumn(
    sheetContext(),
    fn,
    DEMAND_ARGS,
    { sales_rows, period_days, recent_periods },
    demandRow,
    present,
  );
}

/**
 * Daily demand at today's rate, from the most recent periods: their mean, or, when sales fell (or grew) at every step of them, their trend line at the latest period.
 *
 * @param {Array<Array<number>>} sales_rows One row of period sales per item, oldest first, e.g. 6 months; blanks are skipped, zeros count.
 * @param {number} period_days Days in one period, a whole number, e.g. 30 for months.
 * @param {number} [recent_periods] How many of the latest periods to read; default 3.
 * @return Units per day per row, unrounded (never negative); "" for a row without figures, or a ⚠ text.
 * @customfunction
 * @see Updated offers (docs/method.md#updated-offers)
 * @example =DAILY_DEMAND({300 \ 340 \ 280 \ 310 \ 330 \ 290}; 30) → ≈ 10,3
 *   No steady trend in 310, 330, 290: their mean 310 over 30 days.
 * @example =DAILY_DEMAND({1000 \ 950 \ 900 \ 850 \ 800 \ 750}; 30) → 25
 *   Sales fall at every step: today's rate is 750 a month, not the six months' 875.
 * @example =DAILY_DEMAND(D2:I200; AC_PERIOD_DAYS; AC_RECENT_PERIODS) → (one rate per item)
 */
export function DAILY_DEMAND(
  sales_rows: unknown,
  period_days: unknown,
  recent_periods?: unknown,
): Array<[string | number]> {
  return runDemand('DAILY_DEMAND', sales_rows, period_days, recent_periods, dailyLevel);
}

/**
 * Standard deviation of daily demand over the most recent periods: the period deviation ÷ √(period_days); around the trend line when sales move steadily, since a steady trend is no uncertainty.
 *
 * @param {Array<Array<number>>} sales_rows One row of period sales per item, oldest first, e.g. 6 months; blanks are skipped, zeros count.
 * @param {number} period_days Days in one period, a whole number, e.g. 30 for months.
 * @param {number} [recent_periods] How many of the latest periods to read; default 3.
 * @return The daily σ per row; "" for a row without figures, or a ⚠ text.
 * @customfunction
 * @see Updated offers (docs/method.md#updated-offers)
 * @example =DEMAND_SD({100 \ 300 \ 200}; 25) → ≈ 16,3
 *   Population deviation 81,6 a period, ÷ √25.
 * @example =DEMAND_SD({1000 \ 950 \ 900 \ 850 \ 800 \ 750}; 30) → 0
 *   A steady fall of 50 a month: no deviation around its line.
 * @example =DEMAND_SD(D2:I200; AC_PERIOD_DAYS; AC_RECENT_PERIODS) → (one σ per item)
 */
export function DEMAND_SD(
  sales_rows: unknown,
  period_days: unknown,
  recent_periods?: unknown,
): Array<[string | number]> {
  return runDemand('DEMAND_SD', sales_rows, period_days, recent_periods, dailySd);
}

/**
 * The trend of sales over the most recent periods: falling when every step of them goes down, growing when every step goes up (three periods or more).
 *
 * @param {Array<Array<number>>} sales_rows One row of period sales per item, oldest first; blanks are skipped, zeros count.
 * @param {number} period_days Days in one period, e.g. 30; checked as for DAILY_DEMAND.
 * @param {number} [recent_periods] How many of the latest periods to read; default 3.
 * @return "↓ falling" or "↑ growing" per row (in the sheet's language); "" for no steady trend or no figures, or a ⚠ text.
 * @customfunction
 * @see Updated offers (docs/method.md#updated-offers)
 * @example =DEMAND_TREND({1000 \ 950 \ 900 \ 850 \ 800 \ 750}; 30) → ↓ падает
 * @example =DEMAND_TREND({100 \ 120 \ 150}; 30) → ↑ растёт
 * @example =DEMAND_TREND({300 \ 340 \ 280 \ 310 \ 330 \ 290}; 30) → (an empty cell)
 *   310, 330, 290: up, then down.
 * @example =DEMAND_TREND(D2:I200; AC_PERIOD_DAYS; AC_RECENT_PERIODS) → (one marker per item)
 */
export function DEMAND_TREND(
  sales_rows: unknown,
  period_days: unknown,
  recent_periods?: unknown,
): Array<[string | number]> {
  return runDemand('DEMAND_TREND', sales_rows, period_days, recent_periods, (d, lang) =>
    d.trend ? trendLabel(d.trend, lang) : '',
  );
}
