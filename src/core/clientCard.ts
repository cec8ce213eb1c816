/**
 * One client on one page, to take into a meeting: its master data, segment with its reason
 * and the method's actions, the latest period's signals (as Clients shows them), open discount
 * requests, whether it has left, its next contact and who covers it, and the history of its last
 * periods (Monitoring). Only the rows of that client are read in full; every other row costs one
 * look at its name.
 */
import { isBlank } from './cells';
import { ABSENCE_ARGS, type ArgsFor, PLAN_ARGS, readAsOf, readers } from './clientBook';
import { type Cover, coverOn, readAbsences, readBackups } from './cover';
import { columnRows } from './historyRecords';
import { type DayCell, oneColumn, shownText, tableColumns } from './tables';
import { TextMap } from './textMap';
import { type Cell, type Conventions, ShapeError } from './vocabulary';
import { normalizeWords } from './words';

export const CARD_CLIENT_ARGS = [
  'client_names',
  'client_regions',
  'client_managers',
  'client_contacts',
  'client_phones',
  'client_emails',
  'client_segments',
  'client_segment_reasons',
  'client_next_contacts',
  'client_latest_periods',
  'client_signals',
] as const;
export const CARD_PRICING_ARGS = [
  'pricing_clients',
  'pricing_dates',
  'pricing_discounts',
  'pricing_verdicts',
  'pricing_decisions',
] as const;
export const CARD_LOST_ARGS = [
  'lost_clients',
  'lost_left_on',
  'lost_reasons',
  'lost_statuses',
  'lost_next_contacts',
] as const;

export const CARD_ARGS = [
  'client',
  'as_of',
  ...CARD_CLIENT_ARGS,
  ...CARD_PRICING_ARGS,
  ...CARD_LOST_ARGS,
  ...ABSENCE_ARGS,
  ...PLAN_ARGS,
] as const;
export type CardArgs = ArgsFor<(typeof CARD_ARGS)[number]>;

/** A discount request still waiting for a decision, with the verdict of Pricing. */
export interface OpenRequest {
  readonly date: DayCell;
  readonly discount: Cell;
  readonly verdict: string;
}

export interface ClientCard {
  readonly asOf: number;
  readonly name: string;
  readonly region: string;
  readonly manager: string;
  readonly contact: string;
  readonly phone: string;
  readonly email: string;
  readonly segment: string;
  /** Why, in words with the numbers that decided it (Clients' reason column); '' when it is blank. */
  readonly reason: string;
  /** The latest Monitoring period and its signals; undefined without one. */
  readonly latest?: { readonly period: number; readonly signals: string };
  readonly requests: readonly OpenRequest[];
  readonly lost?: { readonly leftOn: DayCell; readonly reason: string; readonly status: string };
  /** Clients' next contact, else the one on Lost clients. */
  readonly next: DayCell;
  /** Who does the next contact, on its day (today when it is overdue). */
  readonly cover?: Cover;
}

export type CardResult =
  | { readonly kind: 'none' }
  | { readonly kind: 'unknown'; readonly client: string }
  | { readonly kind: 'card'; readonly card: ClientCard };

/** Decisions that close a request, in either language (Pricing's dropdown). */
const CLOSED = new Set(['дать', 'отказать', 'give', 'refuse']);

/**
 * The rows of a column whose name is the client: its cells, or its rows as Sheets passed them.
 * Each text is normalised once (a text's key is its normalised words) and its match kept in a
 * TextMap: Monitoring holds 20,000 of them, and Maps that big cost more than all their lookups.
 */
function rowsOf(names: readonly unknown[], target: string, key: (c: Cell) => string): number[] {
  const matches = new TextMap<boolean>();
  const matchOf = (text: string): boolean => {
    let match = matches.get(text);
    if (match === undefined) matches.set(text, (match = normalizeWords(text) === target));
    return match;
  };
  const rows: number[] = [];
  for (let i = 0; i < names.length; i++) {
    const name: unknown = names[i];
    const cell = (Array.isArray(name) ? name[0] : name) as Cell;
    if (typeof cell === 'string' ? matchOf(cell) : key(cell) === target) rows.push(i);
  }
  return rows;
}

/** The card of the client picked (by name, however typed); 'none' when nothing is picked. */
export function clientCard(args: CardArgs, conv: Conventions): CardResult {
  const r = readers(conv);
  const picked = oneColumn('client', args.client)[0];
  const target = r.key(picked);
  if (target === '') return { kind: 'none' };
  const asOf = readAsOf(args.as_of, conv);
  const c = tableColumns(args, CARD_CLIENT_ARGS);
  const i = rowsOf(c.client_names, target, r.key)[0];
  if (i === undefined) return { kind: 'unknown', client: shownText(picked) };

  const p = tableColumns(args, CARD_PRICING_ARGS);
  const requests = rowsOf(p.pricing_clients, target, r.key)
    .filter((j) => !CLOSED.has(r.key(p.pricing_decisions[j])))
    .map((j) => ({
      date: r.day(p.pricing_dates[j]),
      discount: p.pricing_discounts[j],
      verdict: shownText(p.pricing_verdicts[j]),
    }));
  const l = tableColumns(args, CARD_LOST_ARGS);
  const lostRow = rowsOf(l.lost_clients, target, r.key)[0];
  const lost =
    lostRow === undefined
      ? undefined
      : {
          leftOn: r.day(l.lost_left_on[lostRow]),
          reason: shownText(l.lost_reasons[lostRow]),
          status: shownText(l.lost_statuses[lostRow]),
        };
  const next =
    r.day(c.client_next_contacts[i]) ??
    (lostRow === undefined ? undefined : r.day(l.lost_next_contacts[lostRow]));
  const manager = shownText(c.client_managers[i]);
  const card: ClientCard = {
    asOf,
    name: shownText(c.client_names[i]),
    region: shownText(c.client_regions[i]),
    manager,
    contact: shownText(c.client_contacts[i]),
    phone: shownText(c.client_phones[i]),
    email: shownText(c.client_emails[i]),
    segment: shownText(c.client_segments[i]),
    reason: shownText(c.client_segment_reasons[i]),
    latest: latestOf(r.day(c.client_latest_periods[i]), shownText(c.client_signals[i])),
    requests,
    lost,
    next,
    cover: next && 'day' in next ? nextCover(args, r, manager, Math.max(next.day, asOf)) : undefined,
  };
  return { kind: 'card', card };
}

function nextCover(args: CardArgs, r: ReturnType<typeof readers>, manager: string, day: number): Cover {
  const a = tableColumns(args, ABSENCE_ARGS);
  const absences = readAbsences(
    { names: a.absent_names, from: a.absent_from, to: a.absent_to, reasons: a.absent_reasons },
    r.day,
  );
  const plan = tableColumns(args, PLAN_ARGS);
  return coverOn(r.key(manager), day, {
    absences: absences.index,
    backups: readBackups(plan.plan_employees, plan.plan_backups),
  });
}

/** The latest period Clients shows for the client, with its signals; undefined without one. */
function latestOf(period: DayCell, signals: string): { period: number; signals: string } | undefined {
  return period && 'day' in period ? { period: period.day, signals } : undefined;
}

export const DEFAULT_HISTORY_PERIODS = 12;

/** One period of a client's history: its first day, and the values recorded for it. */
export interface HistoryRow {
  readonly period: number;
  readonly values: readonly Cell[];
}

/**
 * The client's last `periods` periods, oldest first, one row per period: when a period was
 * recorded twice, the lower row (entered later) stands. Values are the cells as they are.
 */
export function clientHistory(
  args: {
    readonly client: unknown;
    readonly record_clients: unknown;
    readonly record_periods: unknown;
    readonly periods: number;
    readonly values: readonly unknown[];
  },
  conv: Conventions,
): HistoryRow[] {
  const r = readers(conv);
  const target = r.key(oneColumn('client', args.client)[0]);
  const clients = columnRows('record_clients', args.record_clients);
  const height = clients.length;
  // Only the client's rows of the other ranges are read: they stay as Sheets passed them.
  const periods = rowsAs('record_periods', args.record_periods, height);
  const grids = args.values.filter((v) => !leftOut(v)).map((v, k) => rowsAs(`values${k + 1}`, v, height));
  if (target === '') return [];
  const byPeriod = new Map<number, HistoryRow>();
  for (const j of rowsOf(clients, target, r.key)) {
    const period = r.day(periods(j)[0]);
    if (!period || 'bad' in period) continue;
    byPeriod.set(period.day, { period: period.day, values: grids.flatMap((row) => row(j)) });
  }
  return [...byPeriod.values()].sort((a, b) => a.period - b.period).slice(-args.periods);
}

/** An optional argument not given: a blank, or a one-cell range holding one. */
function leftOut(value: unknown): boolean {
  if (!Array.isArray(value)) return isBlank(value as Cell);
  const row: unknown = value[0];
  return (
    value.length === 1 &&
    (Array.isArray(row) ? row.length === 1 && isBlank(row[0] as Cell) : isBlank(row as Cell))
  );
}

/** Row j of a range as Sheets passed it, without copying the range; a range of another height fails. */
function rowsAs(arg: string, value: unknown, height: number): (j: number) => readonly Cell[] {
  if (!Array.isArray(value)) {
    if (height !== 1) throw new ShapeError('height', arg, 1, 'record_clients', height);
    return () => [value as Cell];
  }
  if (value.length !== height) throw new ShapeError('height', arg, value.length, 'record_clients', height);
  return (j) => {
    const row: unknown = value[j];
    return Array.isArray(row) ? (row as Cell[]) : [row as Cell];
  };
}
