/**
 * The sheets a manager's week is made of, read once per call into rows keyed by the
 * normalised client name: Clients (with each client's latest Monitoring period, which it
 * shows) and Lost clients.
 */
import { readDay } from './cells';
import { dayNumber } from './days';
import { type DayCell, dayReader, keyReader, shownText, tableColumns } from './tables';
import { type Cell, CellProblem, type Conventions } from './vocabulary';

/** The columns of Clients a manager's week reads, as custom-function arguments. */
export const CLIENT_ARGS = [
  'client_names',
  'client_managers',
  'client_phones',
  'client_emails',
  'client_segments',
  'client_next_contacts',
  'client_last_contacts',
  // Each client's latest Monitoring period and the signals it raised (Clients shows both).
  'client_latest_periods',
  'client_signals',
] as const;
export const LOST_ARGS = [
  'lost_clients',
  'lost_contract_ends',
  'lost_poa_ends',
  'lost_next_contacts',
] as const;
export const ABSENCE_ARGS = ['absent_names', 'absent_from', 'absent_to', 'absent_reasons'] as const;
export const PLAN_ARGS = ['plan_employees', 'plan_backups'] as const;

export type ArgsFor<K extends string> = Readonly<Record<K, unknown>>;

export interface ClientRow {
  /** 1-based row of the range. */
  readonly row: number;
  readonly name: string;
  readonly key: string;
  readonly manager: string;
  readonly managerKey: string;
  readonly phone: string;
  readonly email: string;
  /** The Segment cell as it reads, e.g. "2 — Падение зафиксировано". */
  readonly segment: string;
  readonly next: DayCell;
  readonly last: DayCell;
  /** The first day of the client's latest Monitoring period. */
  readonly latestPeriod: DayCell;
  /** The signals of that period as they read; '' when it raised none. */
  readonly signals: string;
}

export interface ManagerName {
  readonly key: string;
  /** As first typed on Clients. */
  readonly name: string;
}

export interface ClientBook {
  readonly clients: readonly ClientRow[];
  /** The first row of each client. */
  readonly byKey: ReadonlyMap<string, ClientRow>;
  /** Managers in order of first appearance, one per key however they were typed. */
  readonly managers: readonly ManagerName[];
}

export interface Readers {
  readonly day: (cell: Cell) => DayCell;
  readonly key: (cell: Cell) => string;
}

export const readers = (conv: Conventions): Readers => ({ day: dayReader(conv), key: keyReader() });

/** Clients with a name; a manager typed with other case, spaces or ё is the same manager. */
export function readClients(args: ArgsFor<(typeof CLIENT_ARGS)[number]>, r: Readers): ClientBook {
  const c = tableColumns(args, CLIENT_ARGS);
  const clients: ClientRow[] = [];
  const byKey = new Map<string, ClientRow>();
  const managers = new Map<string, string>();
  c.client_names.forEach((cell, i) => {
    const key = r.key(cell);
    if (key === '') return;
    const manager = shownText(c.client_managers[i]);
    const managerKey = r.key(manager);
    if (managerKey !== '' && !managers.has(managerKey)) managers.set(managerKey, manager);
    const client: ClientRow = {
      row: i + 1,
      name: shownText(cell),
      key,
      manager: managers.get(managerKey) ?? '',
      managerKey,
      phone: shownText(c.client_phones[i]),
      email: shownText(c.client_emails[i]),
      segment: shownText(c.client_segments[i]),
      next: r.day(c.client_next_contacts[i]),
      last: r.day(c.client_last_contacts[i]),
      latestPeriod: r.day(c.client_latest_periods[i]),
      signals: shownText(c.client_signals[i]),
    };
    clients.push(client);
    if (!byKey.has(key)) byKey.set(key, client);
  });
  return { clients, byKey, managers: [...managers].map(([key, name]) => ({ key, name })) };
}

export interface LostRow {
  readonly row: number;
  readonly name: string;
  readonly key: string;
  readonly contractEnd: DayCell;
  readonly poaEnd: DayCell;
  readonly next: DayCell;
}

export function readLost(args: ArgsFor<(typeof LOST_ARGS)[number]>, r: Readers): LostRow[] {
  const c = tableColumns(args, LOST_ARGS);
  const rows: LostRow[] = [];
  c.lost_clients.forEach((cell, i) => {
    const key = r.key(cell);
    if (key === '') return;
    rows.push({
      row: i + 1,
      name: shownText(cell),
      key,
      contractEnd: r.day(c.lost_contract_ends[i]),
      poaEnd: r.day(c.lost_poa_ends[i]),
      next: r.day(c.lost_next_contacts[i]),
    });
  });
  return rows;
}

/** The Settings date: a custom function can't read the clock, so today comes from a cell. */
export function readAsOf(cell: unknown, conv: Conventions): number {
  const day = readDay(cell as Cell, 'as_of', conv);
  if (day === undefined) throw new CellProblem('missing', 'as_of');
  return dayNumber(day);
}
