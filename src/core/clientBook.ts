/**
 * The sheets a manager's week is made of, read once per call and keyed by the normalised
 * client name: Clients (with each client's latest Monitoring period, which it shows) and
 * Lost clients.
 */
import { readDay } from './cells';
import { dayNumber } from './days';
import { type DayCell, cellKey, dayReader, keyReader, shownText, tableColumns } from './tables';
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

type ClientColumns = Readonly<Record<(typeof CLIENT_ARGS)[number], readonly Cell[]>>;

export interface ManagerName {
  readonly key: string;
  /** As first typed on Clients. */
  readonly name: string;
}

/**
 * Clients as columns, with each row's keys worked out: ten thousand rows make no object each
 * (the agenda reads a row's other cells as it goes), and no table of every client's key.
 */
export interface ClientBook {
  readonly columns: ClientColumns;
  /** Per row, the client's key; '' for a row without a name, which is no client. */
  readonly keys: readonly string[];
  /** Per row, the manager's key. */
  readonly managerKeys: readonly string[];
  /** Per manager's key, in order of first appearance, the name as first typed. */
  readonly managers: ReadonlyMap<string, string>;
}

export interface Readers {
  readonly day: (cell: Cell) => DayCell;
  readonly key: (cell: Cell) => string;
}

export const readers = (conv: Conventions): Readers => ({ day: dayReader(conv), key: keyReader() });

/** Clients with a name; a manager typed with other case, spaces or ё is the same manager. */
export function readClients(args: ArgsFor<(typeof CLIENT_ARGS)[number]>, r: Readers): ClientBook {
  const columns = tableColumns(args, CLIENT_ARGS);
  const n = columns.client_names.length;
  const keys = new Array<string>(n);
  const managerKeys = new Array<string>(n);
  const managers = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    // Client names are distinct: keyed one by one, not through a table of every name.
    keys[i] = cellKey(columns.client_names[i]);
    const manager = keys[i] === '' ? '' : shownText(columns.client_managers[i]);
    managerKeys[i] = r.key(manager);
    if (managerKeys[i] !== '' && !managers.has(managerKeys[i])) managers.set(managerKeys[i], manager);
  }
  return { columns, keys, managerKeys, managers };
}

/** The first row of each of these clients on Clients, however it was typed there. */
export function firstRows(book: ClientBook, wanted: ReadonlySet<string>): Map<string, number> {
  const rows = new Map<string, number>();
  book.keys.forEach((key, i) => {
    if (wanted.has(key) && !rows.has(key)) rows.set(key, i);
  });
  return rows;
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
    const key = cellKey(cell);
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
