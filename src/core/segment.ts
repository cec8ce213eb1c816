/**
 * New segmentation (docs/method.md): why does a distributor cut its purchases, and
 * should we keep working with it?
 */
import { isBlank, readBooleanLike, readChange, readMagnitude, readNonNegative } from './cells';
import type { RowOf } from './columns';
import { Cell, type Conventions } from './vocabulary';

/** 0 no crisis signal, 1 expects a fall, 2 fall recorded, 3 insolvent. */
export type SegmentGroup = 0 | 1 | 2 | 3;

export const DEFAULT_DROP_THRESHOLD = 0.05;
/** Basel: more than 90 days past due on a material obligation (materiality: a Settings value). */
export const DEFAULT_OVERDUE_LIMIT = 90;

export interface ClientSituation {
  /** Recorded change of retail sell-out against the pre-crisis level, as a fraction. */
  readonly retailChange?: number;
  /** The distributor's own forecast of retail demand, as a fraction. */
  readonly retailForecast?: number;
  readonly overdueDays: number;
  /** Declared insolvent regardless of the days. */
  readonly insolvent: boolean;
  /** What is overdue, in money; undefined when not known (then any overdue counts as material). */
  readonly overdueAmount?: number;
}

export interface SegmentThresholds {
  /** The fall that counts as a drop, as a positive fraction. */
  readonly drop: number;
  readonly overdueLimit: number;
  /** The smallest overdue amount that can make a client insolvent; undefined: any amount can. */
  readonly materiality?: number;
}

/** A long overdue on too small an amount to call the client insolvent (Basel: a material obligation). */
export interface ImmaterialOverdue {
  readonly overdueDays: number;
  readonly overdueAmount: number;
  readonly materiality: number;
}

/** Why a client lands in its group, with the numbers that decided it (the sidebar says it in words). */
export type SegmentReason =
  | { readonly group: 3; readonly why: 'insolvent' }
  | {
      readonly group: 3;
      readonly why: 'overdue';
      readonly overdueDays: number;
      readonly overdueLimit: number;
      /** The amount overdue, when known. */
      readonly overdueAmount?: number;
    }
  | ({
      readonly group: 2;
      readonly why: 'fall';
      readonly retailChange: number;
      readonly drop: number;
    } & Aside)
  | ({
      readonly group: 1;
      readonly why: 'expects';
      readonly retailForecast: number;
      readonly drop: number;
    } & Aside)
  | ({ readonly group: 0; readonly why: 'none'; readonly drop: number } & Aside);

/** Said beside a reason of groups 0–2: the overdue that was too small to make the client insolvent. */
interface Aside {
  readonly immaterial?: ImmaterialOverdue;
}

/** Long enough overdue, on a material amount: either unknown, or at least the materiality. */
function isMaterial(c: ClientSituation, t: SegmentThresholds): boolean {
  return c.overdueAmount === undefined || t.materiality === undefined || c.overdueAmount >= t.materiality;
}

/** Insolvency outranks a recorded fall, which outranks an expected one. */
export function explainSegment(c: ClientSituation, t: SegmentThresholds): SegmentReason {
  if (c.insolvent) return { group: 3, why: 'insolvent' };
  const overdue = c.overdueDays > t.overdueLimit;
  if (overdue && isMaterial(c, t))
    return {
      group: 3,
      why: 'overdue',
      overdueDays: c.overdueDays,
      overdueLimit: t.overdueLimit,
      ...(c.overdueAmount === undefined ? {} : { overdueAmount: c.overdueAmount }),
    };
  const aside: Aside =
    overdue && c.overdueAmount !== undefined && t.materiality !== undefined
      ? {
          immaterial: {
            overdueDays: c.overdueDays,
            overdueAmount: c.overdueAmount,
            materiality: t.materiality,
          },
        }
      : {};
  if (c.retailChange !== undefined && c.retailChange <= -t.drop)
    return { group: 2, why: 'fall', retailChange: c.retailChange, drop: t.drop, ...aside };
  if (c.retailForecast !== undefined && c.retailForecast <= -t.drop)
    return { group: 1, why: 'expects', retailForecast: c.retailForecast, drop: t.drop, ...aside };
  return { group: 0, why: 'none', drop: t.drop, ...aside };
}

export const SEGMENT_ARGS = {
  retail_change: 'cell',
  retail_forecast: 'cell',
  overdue_days: 'cell',
  drop_threshold: 'cell',
  overdue_limit: 'cell',
  overdue_amount: 'cell',
  materiality: 'cell',
} as const;

/** Overdue days, or TRUE / FALSE (in either language) for "insolvent"; blank means paying on time. */
export function readPaymentStatus(
  cell: Cell,
  conv: Conventions,
): Pick<ClientSituation, 'overdueDays' | 'insolvent'> {
  const flag = readBooleanLike(cell);
  if (flag !== undefined) return { overdueDays: 0, insolvent: flag };
  return { overdueDays: readNonNegative(cell, 'overdue_days', conv) ?? 0, insolvent: false };
}

/** The reason behind one row of =SEGMENT(); undefined when the client's three inputs are all blank. */
export function explainSegmentRow(
  row: RowOf<typeof SEGMENT_ARGS>,
  conv: Conventions,
): SegmentReason | undefined {
  const retailChange = readChange(row.retail_change, 'retail_change', conv);
  const retailForecast = readChange(row.retail_forecast, 'retail_forecast', conv);
  const payment = readPaymentStatus(row.overdue_days, conv);
  const drop = readMagnitude(row.drop_threshold, 'drop_threshold', DEFAULT_DROP_THRESHOLD, conv);
  const overdueLimit = readNonNegative(row.overdue_limit, 'overdue_limit', conv) ?? DEFAULT_OVERDUE_LIMIT;
  const overdueAmount = readNonNegative(row.overdue_amount, 'overdue_amount', conv);
  const materiality = readNonNegative(row.materiality, 'materiality', conv);
  if (retailChange === undefined && retailForecast === undefined && isBlank(row.overdue_days))
    return undefined;
  return explainSegment(
    { retailChange, retailForecast, ...payment, overdueAmount },
    { drop, overdueLimit, materiality },
  );
}

/** One row of =SEGMENT(); undefined when the client's three inputs are all blank. */
export function segmentRow(row: RowOf<typeof SEGMENT_ARGS>, conv: Conventions): SegmentGroup | undefined {
  return explainSegmentRow(row, conv)?.group;
}
