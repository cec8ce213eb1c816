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
} as const;

/** One row of =ORDER_SIZE(); undefined for a row with neither demand nor stock figures. */
export function orderSizeRow(row: RowOf<typeof ORDER_SIZE_ARGS>, conv: Conventions): number | undefined {
  const avgDemand = readQuantity(row.avg_daily_demand, 'avg_daily_demand', conv);
  const demandSd = readQuantity(row.demand_sd, 'demand_sd', conv);
  const onHand = readQuantity(row.on_hand, 'on_hand', conv);
  const onOrder = readQuantity(row.on_order, 'on_order', conv);
  if ([avgDemand, demandSd, onHand, onOrder].every((v) => v === undefined)) return undefined;
  const level = orderUpToLevel({
    avgDemand: required(avgDemand, 'avg_daily_demand'),
    demandSd: required(demandSd, 'demand_sd'),
    leadTime: required(readQuantity(row.lead_time_days, 'lead_time_days', conv), 'lead_time_days'),
    reviewPeriod: required(readQuantity(row.review_days, 'review_days', conv), 'review_days'),
    serviceLevel: required(readServiceLevel(row.service_level, conv), 'service_level'),
  });
  return orderQuantity(level, required(onHand, 'on_hand') + (onOrder ?? 0));
}
