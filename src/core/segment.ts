/**
 * Playbook §2, new segmentation: why does a distributor cut its purchases, and
 * should we keep working with it?
 */
import { Cell, isBlank, readBooleanLike, readChange, readMagnitude, readNonNegative } from './cells';
import type { RowOf } from './columns';
import { Lang, texts } from '../i18n';

/** 0 no crisis signal, 1 expects a fall, 2 fall recorded, 3 insolvent. */
export type SegmentGroup = 0 | 1 | 2 | 3;

export const DEFAULT_DROP_THRESHOLD = 0.05;
/** Basel: more than 90 days past due on a material obligation. */
export const DEFAULT_OVERDUE_LIMIT = 90;

export interface ClientSituation {
  /** Recorded change of retail sell-out against the pre-crisis level, as a fraction. */
  readonly retailChange?: number;
  /** The distributor's own forecast of retail demand, as a fraction. */
  readonly retailForecast?: number;
  readonly overdueDays: number;
  /** Declared insolvent regardless of the days. */
  readonly insolvent: boolean;
}

export interface SegmentThresholds {
  /** The fall that counts as a drop, as a positive fraction. */
  readonly drop: number;
  readonly overdueLimit: number;
}

/** Insolvency outranks a recorded fall, which outranks an expected one. */
export function segmentClient(c: ClientSituation, t: SegmentThresholds): SegmentGroup {
  if (c.insolvent || c.overdueDays > t.overdueLimit) return 3;
  if (c.retailChange !== undefined && c.retailChange <= -t.drop) return 2;
  if (c.retailForecast !== undefined && c.retailForecast <= -t.drop) return 1;
  return 0;
}

export const SEGMENT_ARGS = {
  retail_change: 'cell',
  retail_forecast: 'cell',
  overdue_days: 'cell',
  drop_threshold: 'cell',
  overdue_limit: 'cell',
} as const;

/** Overdue days, or TRUE / FALSE for "insolvent"; blank means paying on time. */
export function readPaymentStatus(cell: Cell): Pick<ClientSituation, 'overdueDays' | 'insolvent'> {
  const flag = readBooleanLike(cell);
  if (flag !== undefined) return { overdueDays: 0, insolvent: flag };
  return { overdueDays: readNonNegative(cell, 'overdue_days') ?? 0, insolvent: false };
}

/** One row of =SEGMENT(); undefined when the client's three inputs are all blank. */
export function segmentRow(row: RowOf<typeof SEGMENT_ARGS>): SegmentGroup | undefined {
  const retailChange = readChange(row.retail_change, 'retail_change');
  const retailForecast = readChange(row.retail_forecast, 'retail_forecast');
  const payment = readPaymentStatus(row.overdue_days);
  const drop = readMagnitude(row.drop_threshold, 'drop_threshold', DEFAULT_DROP_THRESHOLD);
  const overdueLimit = readNonNegative(row.overdue_limit, 'overdue_limit') ?? DEFAULT_OVERDUE_LIMIT;
  if (retailChange === undefined && retailForecast === undefined && isBlank(row.overdue_days))
    return undefined;
  return segmentClient({ retailChange, retailForecast, ...payment }, { drop, overdueLimit });
}

/** "N — name": people read the name, formulas take the digit with =LEFT(…; 1). */
export function segmentLabel(group: SegmentGroup, lang: Lang): string {
  return `${group} — ${texts[lang].segment.groups[group]}`;
}
