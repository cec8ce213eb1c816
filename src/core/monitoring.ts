/**
 * Client monitoring (docs/method.md): the seven blocks of a client's dynamics, read as
 * early-warning signals, each with the action the method suggests.
 */
import { isBlank, readBooleanLike, readChange, readFlag, readMagnitude, readNonNegative } from './cells';
import type { RowOf } from './columns';
import { DEFAULT_DROP_THRESHOLD, DEFAULT_OVERDUE_LIMIT, readPaymentStatus } from './segment';
import type { Cell, Conventions } from './vocabulary';

/**
 * In the order a manager reads the monitoring blocks: demand, our shipments, competitors, stock,
 * money, people.
 */
export const SIGNALS = [
  'demandFall',
  'buysLess',
  'switching',
  'destocking',
  'overstocking',
  'insolvent',
  'solvencyWarning',
  'newDecisionMaker',
] as const;
export type Signal = (typeof SIGNALS)[number];

/** A gap of 10 percentage points between buying and selling our assortment is "clear". */
export const DEFAULT_STOCK_GAP = 0.1;
/** A month past due: warn well before the insolvency limit. */
export const DEFAULT_OVERDUE_WARNING = 30;

/**
 * Percent points arrive as binary fractions: 0.05 − 0.15 is −0.09999999999999999, which
 * a person reads as exactly 10 points, so a gap within this of the threshold counts as reaching it.
 */
const EPSILON = 1e-9;

export interface ClientDynamics {
  /** Changes against the base period, as fractions; undefined when not filled in. */
  readonly totalSales?: number;
  readonly ourSales?: number;
  readonly competitorSales?: number;
  readonly ourPurchases?: number;
  readonly competitorPurchases?: number;
  readonly overdueDays: number;
  readonly insolvent: boolean;
  readonly decisionMakerChanged: boolean;
  /** Days past due the period before, when known (Infinity: it was declared insolvent then). */
  readonly previousOverdueDays?: number;
}

export interface SignalThresholds {
  /** Purchases minus sales of our assortment, in fraction points, that counts as a clear gap. */
  readonly stockGap: number;
  /**
   * The fall that counts as a drop, as a positive fraction: of total sales, of our shipments,
   * and of our change against the competitors'.
   */
  readonly drop: number;
  /** Days past due from which solvency is worsening. */
  readonly overdueWarning: number;
  /** Days past due above which the client is insolvent. */
  readonly overdueLimit: number;
}

/** At least `drop` down, with the binary noise of percent points forgiven. */
const fallsBy = (n: number | undefined, drop: number) => n !== undefined && n <= -drop + EPSILON;

/** Ours minus the competitors'; undefined unless both are known. */
function lead(ours: number | undefined, theirs: number | undefined): number | undefined {
  return ours === undefined || theirs === undefined ? undefined : ours - theirs;
}

/** Purchases of our assortment minus its sales; undefined unless both are known. */
function stockDrift(c: ClientDynamics): number | undefined {
  if (c.ourPurchases === undefined || c.ourSales === undefined) return undefined;
  return c.ourPurchases - c.ourSales;
}

/**
 * Every signal the client shows, in the order of SIGNALS. Switching means our change trails the
 * competitors' by at least the drop threshold, in sales or in purchases, so a wobble stays quiet.
 * Solvency worsens from the warning days on, and only when the days grew since the period
 * before, if that is known. Our shipments falling by the drop threshold with nothing else to
 * explain it is a signal of its own: the method's question is why the client buys less.
 */
export function clientSignals(c: ClientDynamics, t: SignalThresholds): Signal[] {
  const drift = stockDrift(c);
  const insolvent = c.insolvent || c.overdueDays > t.overdueLimit;
  // In the order of SIGNALS; one array per client, as a call reads ten thousand of them.
  const shown: Signal[] = [];
  if (fallsBy(c.totalSales, t.drop)) shown.push('demandFall');
  if (
    fallsBy(lead(c.ourSales, c.competitorSales), t.drop) ||
    fallsBy(lead(c.ourPurchases, c.competitorPurchases), t.drop)
  )
    shown.push('switching');
  // Strict signs keep the two apart even with a gap threshold of 0.
  if (drift !== undefined && drift < 0 && drift <= -t.stockGap + EPSILON) shown.push('destocking');
  if (drift !== undefined && drift > 0 && drift >= t.stockGap - EPSILON) shown.push('overstocking');
  if (insolvent) shown.push('insolvent');
  if (
    !insolvent &&
    c.overdueDays >= t.overdueWarning &&
    (c.previousOverdueDays === undefined || c.overdueDays > c.previousOverdueDays)
  )
    shown.push('solvencyWarning');
  if (c.decisionMakerChanged) shown.push('newDecisionMaker');
  // Buying less is a signal of its own only when nothing else explains it.
  if (shown.length === 0 && fallsBy(c.ourPurchases, t.drop)) shown.push('buysLess');
  return shown;
}

/**
 * Days past due the period before: blank when unknown, TRUE (declared insolvent then) as more
 * than any number of days, FALSE as none.
 */
function readPreviousOverdue(cell: Cell, conv: Conventions): number | undefined {
  if (isBlank(cell)) return undefined;
  const flag = readBooleanLike(cell);
  if (flag !== undefined) return flag ? Infinity : 0;
  return readNonNegative(cell, 'previous_overdue_days', conv);
}

export const CLIENT_SIGNALS_ARGS = {
  total_sales_change: 'cell',
  our_sales_change: 'cell',
  competitor_sales_change: 'cell',
  our_purchases_change: 'cell',
  competitor_purchases_change: 'cell',
  overdue_days: 'cell',
  decision_maker_changed: 'cell',
  stock_gap: 'cell',
  drop_threshold: 'cell',
  overdue_warning: 'cell',
  overdue_limit: 'cell',
  previous_overdue_days: 'cell',
} as const;

/** One row of =CLIENT_SIGNALS(); a row with nothing filled in shows no signal. */
export function clientSignalsRow(row: RowOf<typeof CLIENT_SIGNALS_ARGS>, conv: Conventions): Signal[] {
  const payment = readPaymentStatus(row.overdue_days, conv);
  // Fields named one by one: spreading an object into a literal costs more than the whole rule on every row.
  const dynamics: ClientDynamics = {
    totalSales: readChange(row.total_sales_change, 'total_sales_change', conv),
    ourSales: readChange(row.our_sales_change, 'our_sales_change', conv),
    competitorSales: readChange(row.competitor_sales_change, 'competitor_sales_change', conv),
    ourPurchases: readChange(row.our_purchases_change, 'our_purchases_change', conv),
    competitorPurchases: readChange(row.competitor_purchases_change, 'competitor_purchases_change', conv),
    overdueDays: payment.overdueDays,
    insolvent: payment.insolvent,
    decisionMakerChanged: readFlag(row.decision_maker_changed, 'decision_maker_changed'),
    previousOverdueDays: readPreviousOverdue(row.previous_overdue_days, conv),
  };
  const thresholds: SignalThresholds = {
    stockGap: readMagnitude(row.stock_gap, 'stock_gap', DEFAULT_STOCK_GAP, conv),
    drop: readMagnitude(row.drop_threshold, 'drop_threshold', DEFAULT_DROP_THRESHOLD, conv),
    overdueWarning: readNonNegative(row.overdue_warning, 'overdue_warning', conv) ?? DEFAULT_OVERDUE_WARNING,
    overdueLimit: readNonNegative(row.overdue_limit, 'overdue_limit', conv) ?? DEFAULT_OVERDUE_LIMIT,
  };
  return clientSignals(dynamics, thresholds);
}
