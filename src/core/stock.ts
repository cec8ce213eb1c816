/**
 * Updated offers and Standard formulas (docs/method.md): the optimal order size keeps the client's sales going with the
 * smallest safety stock, and a faster delivery (shorter lead time) shrinks both.
 * Demand and time must be in the same units: a daily σ of demand goes with days of lead time.
 */
import { readNumber, readQuantity, required } from './cells';
import type { RowOf } from './columns';
import { normalInverse } from './normal';
import { Cell, CellProblem, type Conventions } from './vocabulary';

/** Only needed when the lead time itself varies. */
export interface LeadTimeSpread {
  readonly avgDemand: number;
  readonly leadTimeSd: number;
}

/**
 * SS = z · σ_d · √L with z = Φ⁻¹(service level); with a varying lead time
 * SS = z · √(L · σ_d² + d̄² · σ_L²), which is the same when σ_L is 0.
 * Below a 50 % service level z is negative, and so is the safety stock.
 */
export function safetyStock(
  serviceLevel: number,
  demandSd: number,
  leadTime: number,
  spread: LeadTimeSpread = { avgDemand: 0, leadTimeSd: 0 },
): number {
  const sd = Math.hypot(demandSd * Math.sqrt(leadTime), spread.avgDemand * spread.leadTimeSd);
  return normalInverse(serviceLevel) * sd + 0; // + 0: no −0 in a cell when there is no spread
}

export interface PeriodicReview {
  readonly avgDemand: number;
  readonly demandSd: number;
  readonly leadTime: number;
  /** Days between two orders of the client; 0 for an order as soon as stock runs low. */
  readonly reviewPeriod: number;
  readonly serviceLevel: number;
}

/** S = d̄ · (R + L) + z · σ_d · √(R + L): an order must cover demand until the next one arrives. */
export function orderUpToLevel(r: PeriodicReview): number {
  const protection = r.reviewPeriod + r.leadTime;
  return r.avgDemand * protection + safetyStock(r.serviceLevel, r.demandSd, protection);
}

/**
 * max(0, ⌈S − stock position⌉) whole units. The difference is rounded to 9 decimals
 * before the ceiling, so float noise (0.1 · 3 − 0.3, or 12.000000000000002) doesn't add
 * a unit; rounding first keeps the result monotone in S.
 */
export function orderQuantity(level: number, position: number): number {
  return Math.max(0, Math.ceil(Math.round((level - position) * 1e9) / 1e9));
}

/** A service level of 100 % would need an infinite stock, and 95 typed without % is 9 500 %. */
function readServiceLevel(cell: Cell, conv: Conventions): number | undefined {
  const n = readNumber(cell, 'service_level', conv);
  if (n !== undefined && !(n > 0 && n < 1)) throw new CellProblem('notServiceLevel', 'service_level', cell);
  return n;
}

export const SAFETY_STOCK_ARGS = {
  demand_sd: 'cell',
  lead_time: 'cell',
  service_level: 'cell',
  avg_demand: 'cell',
  lead_time_sd: 'cell',
} as const;

/**
 * One row of =SAFETY_STOCK(); undefined for a row without demand figures, since the
 * lead time, its spread and the service level are often single values for every row.
 */
export function safetyStockRow(row: RowOf<typeof SAFETY_STOCK_ARGS>, conv: Conventions): number | undefined {
  const demandSd = readQuantity(row.demand_sd, 'demand_sd', conv);
  const avgDemand = readQuantity(row.avg_demand, 'avg_demand', conv);
  if (demandSd === undefined && avgDemand === undefined) return undefined;
  const sd = required(demandSd, 'demand_sd');
  const leadTime = required(readQuantity(row.lead_time, 'lead_time', conv), 'lead_time');
  const serviceLevel = required(readServiceLevel(row.service_level, conv), 'service_level');
  const leadTimeSd = readQuantity(row.lead_time_sd, 'lead_time_sd', conv);
  if (leadTimeSd === undefined) return safetyStock(serviceLevel, sd, leadTime);
  return safetyStock(serviceLevel, sd, leadTime, {
    avgDemand: required(avgDemand, 'avg_demand', 'needsAvgDemand'),
    leadTimeSd,
  });
}

export const ORDER_SIZE_ARGS = {
  avg_daily_demand: 'cell',
  demand_sd: 'cell',
  lead_time_days: 'cell',
  review_days: 'cell',
  service_level: 'cell',
  on_hand: 'cell',
  on_order: 'cell',
  faster_days: 'cell',
} as const;

/**
 * One row of =ORDER_SIZE(); undefined for a row with neither demand nor stock figures. `faster_days`
 * shortens the lead time (never below 0): the order if delivery came that many days sooner.
 */
export function orderSizeRow(row: RowOf<typeof ORDER_SIZE_ARGS>, conv: Conventions): number | undefined {
  const avgDemand = readQuantity(row.avg_daily_demand, 'avg_daily_demand', conv);
  const demandSd = readQuantity(row.demand_sd, 'demand_sd', conv);
  const onHand = readQuantity(row.on_hand, 'on_hand', conv);
  const onOrder = readQuantity(row.on_order, 'on_order', conv);
  if ([avgDemand, demandSd, onHand, onOrder].every((v) => v === undefined)) return undefined;
  const level = orderUpToLevel({
    avgDemand: required(avgDemand, 'avg_daily_demand'),
    demandSd: required(demandSd, 'demand_sd'),
    leadTime: Math.max(
      0,
      required(readQuantity(row.lead_time_days, 'lead_time_days', conv), 'lead_time_days') -
        (readQuantity(row.faster_days, 'faster_days', conv) ?? 0),
    ),
    reviewPeriod: required(readQuantity(row.review_days, 'review_days', conv), 'review_days'),
    serviceLevel: required(readServiceLevel(row.service_level, conv), 'service_level'),
  });
  return orderQuantity(level, required(onHand, 'on_hand') + (onOrder ?? 0));
}

/** How sales moved over the recent periods: every step down, or every step up. */
export type Trend = 'falling' | 'growing';

/** A trend needs at least two steps, so three periods. */
export const MIN_TREND_PERIODS = 3;

/** The recent periods the demand is read from when the argument is blank. */
export const DEFAULT_RECENT_PERIODS = 3;

/** Demand per period at today's rate, its deviation, and the trend when sales move steadily. */
export interface RecentDemand {
  readonly level: number;
  readonly sd: number;
  readonly trend: Trend | undefined;
}

/**
 * Demand at today's rate from the latest `recent` periods (oldest first), so a shrinking item
 * is not ordered at the rate of half a year ago. When every step of those periods goes the same
 * way the sales move steadily: the level is the least-squares line at the latest period (never
 * below 0) and the deviation is that of the periods around the line, since the trend itself is
 * no uncertainty. Otherwise the level is the mean and the deviation the population one.
 */
export function recentDemand(periods: readonly number[], recent: number): RecentDemand | undefined {
  const n = Math.min(recent, periods.length);
  if (n <= 0) return undefined;
  const start = periods.length - n;
  let sum = 0;
  for (let i = start; i < periods.length; i++) sum += periods[i];
  const mean = sum / n;
  const trend = steadyTrend(periods, start);
  const centre = (n - 1) / 2;
  let slope = 0;
  if (trend) {
    let xy = 0;
    let xx = 0;
    for (let i = start; i < periods.length; i++) {
      const x = i - start - centre;
      xy += x * (periods[i] - mean);
      xx += x * x;
    }
    slope = xy / xx;
  }
  let squares = 0;
  for (let i = start; i < periods.length; i++) {
    const residual = periods[i] - (mean + slope * (i - start - centre));
    squares += residual * residual;
  }
  return { level: Math.max(0, mean + slope * centre), sd: Math.sqrt(squares / n), trend };
}

function steadyTrend(periods: readonly number[], start: number): Trend | undefined {
  if (periods.length - start < MIN_TREND_PERIODS) return undefined;
  let down = true;
  let up = true;
  for (let i = start + 1; i < periods.length; i++) {
    if (!(periods[i] < periods[i - 1])) down = false;
    if (!(periods[i] > periods[i - 1])) up = false;
  }
  return down ? 'falling' : up ? 'growing' : undefined;
}

export const DEMAND_ARGS = { sales_rows: 'row', period_days: 'cell', recent_periods: 'cell' } as const;

/** The figures of a row of period sales, oldest first: blanks are skipped, zeros count. */
export function periodFigures(cells: readonly Cell[], arg: string, conv: Conventions): number[] {
  const out: number[] = [];
  for (const cell of cells) {
    const n = readQuantity(cell, arg, conv);
    if (n !== undefined) out.push(n);
  }
  return out;
}

/** How many recent periods to read: a whole number from 1; blank for the default. */
function readRecentPeriods(cell: Cell, conv: Conventions): number {
  const n = readQuantity(cell, 'recent_periods', conv);
  if (n === undefined) return DEFAULT_RECENT_PERIODS;
  if (n === 0) throw new CellProblem('notPositive', 'recent_periods', cell);
  if (!Number.isInteger(n)) throw new CellProblem('notWhole', 'recent_periods', cell);
  return n;
}

/** A row's demand per day at today's rate; undefined for a row without sales figures. */
export interface DailyDemand extends RecentDemand {
  /** Days in one period. */
  readonly days: number;
}

/** One row of =DAILY_DEMAND(), =DEMAND_SD() and =DEMAND_TREND(); undefined for a row without figures. */
export function demandRow(row: RowOf<typeof DEMAND_ARGS>, conv: Conventions): DailyDemand | undefined {
  const demand = recentDemand(
    periodFigures(row.sales_rows, 'sales_rows', conv),
    readRecentPeriods(row.recent_periods, conv),
  );
  if (!demand) return undefined;
  const days = required(readQuantity(row.period_days, 'period_days', conv), 'period_days');
  if (days === 0) throw new CellProblem('notPositive', 'period_days', row.period_days);
  if (!Number.isInteger(days)) throw new CellProblem('notWhole', 'period_days', row.period_days);
  return { level: demand.level, sd: demand.sd, trend: demand.trend, days };
}

/** Daily demand: the period level spread over the period's days. */
export const dailyLevel = (d: DailyDemand): number => d.level / d.days;

/** Daily deviation: days taken as independent, so the period's σ over √days. */
export const dailySd = (d: DailyDemand): number => d.sd / Math.sqrt(d.days);
