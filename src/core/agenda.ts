/**
 * The manager's week (docs/method.md: keep a hand on the pulse of each client; if the client
 * has left, keep talking and keep agreements current; Full Backing System): what to do by the
 * Settings date plus a horizon, one item per action, overdue first, then by date. When the
 * client's manager is away on the day, the backup the FBS plan names does it.
 *
 * Linear in clients, lost clients and the FBS plan; absences are sorted once
 * per person and searched, and the items sorted once: no loop over one sheet inside another.
 */
import type { AbsenceFault } from './cover';
import { type Cover, coverReader, readAbsences, readBackups, type Staffing } from './cover';
import {
  ABSENCE_ARGS,
  type ArgsFor,
  CLIENT_ARGS,
  type ClientBook,
  LOST_ARGS,
  type LostRow,
  type ManagerName,
  PLAN_ARGS,
  type Readers,
  readAsOf,
  readClients,
  readLost,
  readers,
  firstRows,
} from './clientBook';
import { type DayCell, madeOnce, readWholeDays, shownText, tableColumns } from './tables';
import type { Agreement, Cell, Conventions } from './vocabulary';
import { DEFAULT_WARN_DAYS } from './winback';

export const DEFAULT_HORIZON_DAYS = 7;

/** How a cell computed by the add-on says it could not read its inputs. */
const WARNING_MARK = '⚠';

/** A cell of the user's that the agenda can't read, named by where it stands. */
export type FixField =
  'nextContact' | 'lastContact' | 'lostNextContact' | 'contractEnd' | 'poaEnd' | 'absence';

/** What an item of the agenda asks for. */
export type Task =
  | { readonly kind: 'contact'; readonly segment: string }
  | { readonly kind: 'lostContact' }
  | {
      readonly kind: 'agreement';
      readonly agreement: Agreement;
      /** Its last valid day, and the days from the Settings date to it (negative once expired). */
      readonly end: number;
      readonly inDays: number;
    }
  | { readonly kind: 'signals'; readonly period: number; readonly signals: string }
  | { readonly kind: 'fix'; readonly field: FixField; readonly value: Cell; readonly fault?: AbsenceFault };

export interface AgendaItem {
  readonly task: Task;
  /** The client as typed; for an absence to fix, the person away. */
  readonly client: string;
  readonly manager: string;
  readonly managerKey: string;
  readonly phone: string;
  readonly email: string;
  /** Days since 1970 of the day it is due; undefined for a cell to fix. */
  readonly due?: number;
  /** Days past due as of the Settings date; 0 when not overdue. */
  readonly overdue: number;
  readonly cover: Cover;
}

export const AGENDA_ARGS = [
  'manager',
  'as_of',
  'horizon_days',
  'warn_days',
  ...CLIENT_ARGS,
  ...LOST_ARGS,
  ...ABSENCE_ARGS,
  ...PLAN_ARGS,
] as const;
export type AgendaArgs = ArgsFor<(typeof AGENDA_ARGS)[number]>;

export interface Agenda {
  readonly asOf: number;
  readonly horizon: number;
  readonly items: readonly AgendaItem[];
  readonly managers: readonly ManagerName[];
}

/** Who a client belongs to, and how to reach it. */
type Owner = Pick<AgendaItem, 'client' | 'manager' | 'managerKey' | 'phone' | 'email'>;

/** The owner of the client on row `i` of Clients; none when the client is not there. */
function ownerOf(book: ClientBook, i: number | undefined, name: string): Owner {
  if (i === undefined) return { client: name, manager: '', managerKey: '', phone: '', email: '' };
  const managerKey = book.managerKeys[i];
  return {
    client: name,
    manager: book.managers.get(managerKey) ?? '',
    managerKey,
    phone: shownText(book.columns.client_phones[i]),
    email: shownText(book.columns.client_emails[i]),
  };
}

interface Window {
  readonly asOf: number;
  /** Last day of contacts and follow-ups to list. */
  readonly until: number;
  /** Last day of expiring agreements to list (the warning days). */
  readonly agreementsUntil: number;
}

/**
 * An item with its owner's fields written out one by one: spread after another field, they
 * would make each of ten thousand items a slow dictionary object.
 */
const itemOf = (
  task: Task,
  o: Owner,
  due: number | undefined,
  overdue: number,
  cover: Cover,
): AgendaItem => ({
  task,
  client: o.client,
  manager: o.manager,
  managerKey: o.managerKey,
  phone: o.phone,
  email: o.email,
  due,
  overdue,
  cover,
});

const LOST_CONTACT: Task = { kind: 'lostContact' };

/**
 * The tasks of an agenda: they repeat over the rows (a segment's contact, a period's
 * signals, an agreement ending on a day), so each is made once and shared, and the words
 * shown for it are worked out once too.
 */
function sharedTasks(asOf: number) {
  return {
    contact: madeOnce((segment: string): Task => ({ kind: 'contact', segment })),
    signals: madeOnce((period: number) =>
      madeOnce((signals: string): Task => ({ kind: 'signals', period, signals })),
    ),
    agreement: madeOnce((agreement: Agreement) =>
      madeOnce((end: number): Task => ({ kind: 'agreement', agreement, end, inDays: end - asOf })),
    ),
  };
}

/** Collects items, working out overdue days and cover as they come. */
class Collector {
  readonly items: AgendaItem[] = [];
  readonly tasks: ReturnType<typeof sharedTasks>;
  private readonly cover: (managerKey: string, day: number) => Cover;
  constructor(
    private readonly w: Window,
    staff: Staffing,
  ) {
    this.tasks = sharedTasks(w.asOf);
    this.cover = coverReader(staff);
  }

  /** An action due on `due`: listed when due within `until`. */
  due(task: Task, owner: Owner, due: number, until = this.w.until): void {
    if (due > until) return;
    // Overdue work is done today, so today's absences decide who does it.
    const day = Math.max(due, this.w.asOf);
    const overdue = Math.max(0, this.w.asOf - due);
    this.items.push(itemOf(task, owner, due, overdue, this.cover(owner.managerKey, day)));
  }

  /** A cell to fix: it may hide a contact already overdue, so it comes first. */
  fix(field: FixField, owner: Owner, value: Cell, fault?: AbsenceFault): void {
    const task: Task = { kind: 'fix', field, value, ...(fault ? { fault } : {}) };
    this.items.push(itemOf(task, owner, undefined, 0, this.cover(owner.managerKey, this.w.asOf)));
  }

  /** A date cell: due on its day, or a cell to fix when it holds something else. */
  dated(task: Task, field: FixField, owner: Owner, cell: DayCell): void {
    if (!cell) return;
    if ('bad' in cell) this.fix(field, owner, cell.bad);
    else this.due(task, owner, cell.day);
  }
}

function addClients(book: ClientBook, day: Readers['day'], out: Collector): void {
  const c = book.columns;
  book.keys.forEach((key, i) => {
    if (key === '') return;
    const owner = ownerOf(book, i, shownText(c.client_names[i]));
    const last = day(c.client_last_contacts[i]);
    const segment = shownText(c.client_segments[i]);
    out.dated(out.tasks.contact(segment), 'nextContact', owner, day(c.client_next_contacts[i]));
    if (last && 'bad' in last) out.fix('lastContact', owner, last.bad);
    // Signals of the latest period call for a contact, unless there has been one since that period began.
    const latest = day(c.client_latest_periods[i]);
    const period = latest && 'day' in latest ? latest.day : undefined;
    const signals = shownText(c.client_signals[i]);
    if (period === undefined || signals === '' || signals.startsWith(WARNING_MARK)) return;
    if (last && 'day' in last && last.day >= period) return;
    out.due(out.tasks.signals(period)(signals), owner, period);
  });
}

/** A lost client's agreement, valid through its last day: expired, and so overdue, from the day after. */
function addAgreement(
  out: Collector,
  owner: Owner,
  agreement: Agreement,
  end: DayCell,
  field: FixField,
  w: Window,
): void {
  if (!end) return;
  if ('bad' in end) out.fix(field, owner, end.bad);
  else out.due(out.tasks.agreement(agreement)(end.day), owner, end.day, w.agreementsUntil);
}

function addLost(lost: readonly LostRow[], book: ClientBook, w: Window, out: Collector): void {
  const rows = firstRows(book, new Set(lost.map((l) => l.key)));
  for (const l of lost) {
    // Lost clients carry no manager of their own: the one on Clients keeps them.
    const owner = ownerOf(book, rows.get(l.key), l.name);
    out.dated(LOST_CONTACT, 'lostNextContact', owner, l.next);
    addAgreement(out, owner, 'contract', l.contractEnd, 'contractEnd', w);
    addAgreement(out, owner, 'poa', l.poaEnd, 'poaEnd', w);
  }
}

/** Fix items first (where they stand), then by due day; equal days keep the sheets' order. */
function inOrder(items: AgendaItem[]): AgendaItem[] {
  const rank = (i: AgendaItem) => i.due ?? Number.MIN_SAFE_INTEGER;
  return items.sort((a, b) => rank(a) - rank(b));
}

/**
 * Every item of the agenda as of the Settings date, for everyone. `through` widens the window
 * of contacts and follow-ups (the dashboard counts a whole week whatever the horizon).
 */
export function buildAgenda(args: AgendaArgs, conv: Conventions, through?: (asOf: number) => number): Agenda {
  const asOf = readAsOf(args.as_of, conv);
  const horizon = readWholeDays(args.horizon_days as Cell, 'horizon_days', DEFAULT_HORIZON_DAYS, conv);
  const warnDays = readWholeDays(args.warn_days as Cell, 'warn_days', DEFAULT_WARN_DAYS, conv);
  const r: Readers = readers(conv);
  const book = readClients(args, r);
  const absenceColumns = tableColumns(args, ABSENCE_ARGS);
  const absences = readAbsences(
    {
      names: absenceColumns.absent_names,
      from: absenceColumns.absent_from,
      to: absenceColumns.absent_to,
      reasons: absenceColumns.absent_reasons,
    },
    r.day,
  );
  const plan = tableColumns(args, PLAN_ARGS);
  const staff: Staffing = {
    absences: absences.index,
    backups: readBackups(plan.plan_employees, plan.plan_backups),
  };
  const until = Math.max(asOf + horizon, through?.(asOf) ?? -Infinity);
  const w: Window = { asOf, until, agreementsUntil: Math.max(until, asOf + warnDays) };
  const out = new Collector(w, staff);
  addClients(book, r.day, out);
  addLost(readLost(args, r), book, w, out);
  for (const bad of absences.bad) {
    const manager = book.managers.get(bad.personKey) ?? bad.person;
    const owner = { client: bad.person, manager, managerKey: bad.personKey, phone: '', email: '' };
    out.fix('absence', owner, bad.value, bad.fault);
  }
  const managers = [...book.managers].map(([key, name]) => ({ key, name }));
  return { asOf, horizon, items: inOrder(out.items), managers };
}

/**
 * The items of one manager, picked by name however it is typed: the ones of their clients,
 * and the ones they do as a backup of a colleague who is away. A blank name picks everyone.
 */
export function itemsFor(agenda: Agenda, managerKey: string): readonly AgendaItem[] {
  if (managerKey === '') return agenda.items;
  return agenda.items.filter(
    (i) => i.managerKey === managerKey || (i.cover.kind === 'backup' && i.cover.backupKey === managerKey),
  );
}

/** Sunday of the Monday-to-Sunday week of a day (1970-01-01 was a Thursday). */
export const weekEnd = (day: number): number => day + 6 - ((day + 3) % 7);

export interface ManagerLoad {
  /** '' for the items of clients without a manager. */
  readonly manager: string;
  readonly dueThisWeek: number;
  readonly overdue: number;
}

/** Per manager of Clients, the items due from the Settings date to the end of its week, and those overdue. */
export function managerLoads(agenda: Agenda): ManagerLoad[] {
  const end = weekEnd(agenda.asOf);
  const loads = new Map<string, { manager: string; dueThisWeek: number; overdue: number }>(
    agenda.managers.map((m) => [m.key, { manager: m.name, dueThisWeek: 0, overdue: 0 }]),
  );
  for (const item of agenda.items) {
    if (item.due === undefined || item.due > end) continue;
    let load = loads.get(item.managerKey);
    if (!load) {
      load = { manager: item.manager, dueThisWeek: 0, overdue: 0 };
      loads.set(item.managerKey, load);
    }
    if (item.due < agenda.asOf) load.overdue++;
    else load.dueThisWeek++;
  }
  return [...loads.values()];
}
