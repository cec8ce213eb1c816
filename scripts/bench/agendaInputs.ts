/**
 * The arguments of the agenda's and the client card's functions, as Sheets would pass the
 * sheets they read: clients with managers typed by many hands (case, spaces), next and last
 * contacts around the Settings date (a few typed as text), lost clients, absences of the
 * managers with backups on the FBS plan, and Monitoring with one row per client and period.
 */
import { random } from '../demo/synthetic';

type Column = unknown[][];

const DAY = 86_400_000;
export const AS_OF = new Date(2026, 10, 26);

const column = <T>(rows: number, f: (i: number) => T): T[][] =>
  Array.from({ length: rows }, (_, i) => [f(i)]);

export interface AgendaSizes {
  readonly clients: number;
  readonly lost: number;
  readonly absences: number;
  /** Monitoring rows per client: its periods. */
  readonly periods: number;
}

export interface AgendaSheets {
  readonly clients: Record<
    | 'names'
    | 'regions'
    | 'managers'
    | 'contacts'
    | 'phones'
    | 'emails'
    | 'segments'
    | 'reasons'
    | 'next'
    | 'last'
    | 'latestPeriods'
    | 'signals',
    Column
  >;
  readonly lost: Record<
    'names' | 'leftOn' | 'reasons' | 'statuses' | 'contractEnds' | 'poaEnds' | 'next',
    Column
  >;
  readonly absences: Record<'names' | 'from' | 'to' | 'reasons', Column>;
  readonly plan: Record<'employees' | 'backups', Column>;
  readonly records: Record<'clients' | 'periods' | 'segments' | 'shipments' | 'change' | 'overdue', Column>;
  readonly pricing: Record<'clients' | 'dates' | 'discounts' | 'verdicts' | 'decisions', Column>;
}

const MANAGERS = Array.from({ length: 20 }, (_, i) => `Менеджер ${i + 1}`);
const SEGMENTS = [
  '0 — Нет сигнала кризиса',
  '1 — Ожидает падения',
  '2 — Падение зафиксировано',
  '3 — Неплатёжеспособен',
];
const SIGNALS = [
  'Уходит к конкурентам: выясните причину, проверьте чувствительность к цене, обновите предложение',
  'Распродаёт запасы: полка опустеет, предложите оптимальный размер заказа',
];

/** The sheets the agenda and the card read, the same for every run of a seed. */
export function agendaSheets(sizes: AgendaSizes, seed = 13): AgendaSheets {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const day = (lo: number, hi: number) =>
    new Date(AS_OF.getTime() + Math.floor(lo + next() * (hi - lo)) * DAY);
  const name = (i: number) => `Клиент ${i + 1}`;
  // Typed by many hands: the same manager with other case and spaces.
  const typed = (m: string) => (next() < 0.1 ? ` ${m.toUpperCase()} ` : m);
  const n = sizes.clients;
  const records = n * sizes.periods;
  const month = (k: number) => new Date(2026, 10 - (sizes.periods - 1) + k, 1);
  return {
    clients: {
      names: column(n, name),
      regions: column(n, () => 'Москва'),
      managers: column(n, () => typed(pick(MANAGERS))),
      contacts: column(n, () => 'Анна'),
      phones: column(n, (i) => `+7 900 ${String(i).padStart(7, '0')}`),
      emails: column(n, (i) => `client${i}@example.ru`),
      segments: column(n, () => pick(SEGMENTS)),
      reasons: column(n, () => 'Розничные продажи изменились на -12 %: падение не меньше порога 5 %.'),
      latestPeriods: column(n, () => month(sizes.periods - 1)),
      signals: column(n, () => (next() < 0.3 ? pick(SIGNALS) : '')),
      next: column(n, () => (next() < 0.1 ? '' : next() < 0.01 ? 'после праздников' : day(-30, 40))),
      last: column(n, () => (next() < 0.3 ? '' : day(-90, 0))),
    },
    lost: {
      names: column(sizes.lost, (i) => (i % 2 ? name(i * 3) : `Ушедший ${i + 1}`)),
      leftOn: column(sizes.lost, () => day(-300, -30)),
      reasons: column(sizes.lost, () => 'Ушёл к конкуренту'),
      statuses: column(sizes.lost, () => 'срок договора истекает через 12 дней'),
      contractEnds: column(sizes.lost, () => (next() < 0.2 ? '' : day(-60, 200))),
      poaEnds: column(sizes.lost, () => (next() < 0.3 ? '' : day(-60, 200))),
      next: column(sizes.lost, () => day(-20, 40)),
    },
    absences: {
      names: column(sizes.absences, () => pick(MANAGERS)),
      from: column(sizes.absences, (i) => day(-20 + i, -10 + i)),
      to: column(sizes.absences, (i) => day(i - 5, i + 10)),
      reasons: column(sizes.absences, () => pick(['Отпуск', 'Больничный', 'Командировка'])),
    },
    plan: {
      employees: column(MANAGERS.length, (i) => MANAGERS[i]),
      backups: column(MANAGERS.length, (i) =>
        i % 7 === 6 ? '' : `${MANAGERS[(i + 1) % 20]}, ${MANAGERS[(i + 2) % 20]}`,
      ),
    },
    records: {
      clients: column(records, (j) => typed(name(j % n)).toLowerCase()),
      periods: column(records, (j) => month(Math.floor(j / n))),
      segments: column(records, () => pick(SEGMENTS)),
      shipments: column(records, () => Math.round(next() * 1e6)),
      change: column(records, () => Math.round((next() - 0.6) * 100) / 100),
      overdue: column(records, () => Math.floor(next() * 60)),
    },
    pricing: {
      clients: column(Math.ceil(n / 5), (i) => name(i * 5)),
      dates: column(Math.ceil(n / 5), () => day(-60, 0)),
      discounts: column(Math.ceil(n / 5), () => Math.round(next() * 20) / 100),
      verdicts: column(Math.ceil(n / 5), () => pick(['✗ Не давать скидку', '✓ Окупается'])),
      decisions: column(Math.ceil(n / 5), () => pick(['', 'Дать', 'Отказать', 'Думаем'])),
    },
  };
}

/** The arguments after AGENDA's manager and settings, in its order (AGENDA_BY_MANAGER takes the same). */
export function agendaRanges(s: AgendaSheets): Column[] {
  const c = s.clients;
  return [
    c.names,
    c.managers,
    c.phones,
    c.emails,
    c.segments,
    c.next,
    c.last,
    c.latestPeriods,
    c.signals,
    s.lost.names,
    s.lost.contractEnds,
    s.lost.poaEnds,
    s.lost.next,
    s.absences.names,
    s.absences.from,
    s.absences.to,
    s.absences.reasons,
    s.plan.employees,
    s.plan.backups,
  ];
}

/** CLIENT_CARD's arguments for one client of the sheets. */
export function cardArgs(s: AgendaSheets, client: string): unknown[] {
  const c = s.clients;
  return [
    client,
    AS_OF,
    c.names,
    c.regions,
    c.managers,
    c.contacts,
    c.phones,
    c.emails,
    c.segments,
    c.reasons,
    c.next,
    c.latestPeriods,
    c.signals,
    s.pricing.clients,
    s.pricing.dates,
    s.pricing.discounts,
    s.pricing.verdicts,
    s.pricing.decisions,
    s.lost.names,
    s.lost.leftOn,
    s.lost.reasons,
    s.lost.statuses,
    s.lost.next,
    s.absences.names,
    s.absences.from,
    s.absences.to,
    s.absences.reasons,
    s.plan.employees,
    s.plan.backups,
  ];
}

/** CLIENT_HISTORY's arguments as the card calls it: the client's last 12 periods, four columns each. */
export const historyArgs = (s: AgendaSheets, client: string): unknown[] => [
  client,
  s.records.clients,
  s.records.periods,
  12,
  s.records.segments,
  s.records.shipments,
  s.records.change,
  s.records.overdue,
];

/**
 * The arguments of each of these functions for a run of `rows` clients (the benchmark's one-call
 * table), with `months` Monitoring records per client behind CLIENT_HISTORY.
 */
export function agendaFunctionInputs(
  rows: number,
  months: number,
): Record<string, { args: readonly unknown[]; perRow: boolean; records?: number }> {
  const s = agendaSheets({ clients: rows, lost: Math.ceil(rows / 5), absences: 50, periods: months });
  const settings = [AS_OF, 7, 30];
  return {
    AGENDA: { args: ['', ...settings, ...agendaRanges(s)], perRow: false },
    AGENDA_MANAGERS: { args: [s.clients.managers], perRow: false },
    AGENDA_BY_MANAGER: { args: [...settings, ...agendaRanges(s)], perRow: false },
    CLIENT_CARD: { args: cardArgs(s, 'Клиент 7'), perRow: false },
    CLIENT_HISTORY: {
      args: historyArgs(s, 'Клиент 7'),
      perRow: false,
      records: s.records.clients.length,
    },
  };
}
