/**
 * Ranges for each custom function, as Sheets would pass them for `rows` rows: 2-D arrays
 * of plausible values, with some blank rows and cells, the same for every run of a seed. A
 * custom function added to the add-on without inputs here fails test/scripts/bench.test.ts, and
 * the benchmark reports it as unmeasured. Functions over the client history get the history of
 * their rows' clients, HISTORY_MONTHS records each.
 */
import { syntheticClients, random } from '../demo/synthetic';
import { agendaFunctionInputs } from './agendaInputs';
import type { SampleRow } from '../../sheets-templates/types';

type Column = unknown[][];

export interface Inputs {
  readonly args: readonly unknown[];
  /**
   * Whether the rows are independent, so the same work can be done by one call per row
   * (whole-column rules such as ABC classes or key people can't).
   */
  readonly perRow: boolean;
  /**
   * For a function over the client history: the Monitoring records its clients' rows are
   * looked up in (the history of the rows' clients, a year of months each).
   */
  readonly records?: number;
}

/** Months of history per client behind the functions over the client history. */
export const HISTORY_MONTHS = 12;

export interface FbsMatrix {
  readonly functions: Column;
  readonly levels: Column;
  /** functions × people: Владелец / 1 Бэкапер / 2 Бэкапер or blank. */
  readonly roles: Column;
  /** One header row of names. */
  readonly employees: Column;
}

const column = <T>(rows: number, f: (i: number) => T): T[][] =>
  Array.from({ length: rows }, (_, i) => [f(i)]);
const DAY = 86_400_000;
const AS_OF = new Date(2026, 10, 26);

/** A service's function matrix: one owner each, backups per level mostly as required (some short). */
export function fbsMatrix(functions: number, people: number, seed: number): FbsMatrix {
  const next = random(seed);
  const person = () => Math.floor(next() * people);
  const levels = column(functions, () => String(1 + Math.floor(next() * 3)));
  const roles = levels.map(([level]) => {
    const row: string[] = new Array(people).fill('');
    const needed = 3 - Number(level);
    const backups = next() < 0.85 ? needed : Math.floor(next() * needed);
    const taken = new Set<number>();
    const place = (text: string) => {
      let j = person();
      while (taken.has(j) && taken.size < people) j = (j + 1) % people;
      taken.add(j);
      row[j] = text;
    };
    place('Владелец');
    for (let b = 0; b < backups; b++) place(b === 0 ? '1 Бэкапер' : '2 Бэкапер');
    return row;
  });
  return {
    functions: column(functions, (i) => `Функция ${i + 1}`),
    levels,
    roles,
    employees: [Array.from({ length: people }, (_, j) => `Сотрудник ${j + 1}`)],
  };
}

/** Planned absences (who, from, to) over a year, and the Monday of each week. */
export function absences(matrix: FbsMatrix, count: number, weeks: number, seed: number) {
  const next = random(seed);
  const names = matrix.employees[0] as string[];
  const start = AS_OF.getTime();
  const from = Array.from({ length: count }, () => start + Math.floor(next() * weeks * 7) * DAY);
  return {
    names: column(count, () => names[Math.floor(next() * names.length)]),
    from: from.map((t) => [new Date(t)]),
    to: from.map((t) => [new Date(t + Math.floor(next() * 14) * DAY)]),
    periods: column(weeks, (i) => new Date(start + i * 7 * DAY)),
  };
}

/** FBS_ABSENCE_GAPS's arguments for a matrix and its absences, weeks of 7 days. */
export function absenceGapsArgs(matrix: FbsMatrix, away: ReturnType<typeof absences>): unknown[] {
  return [
    matrix.functions,
    matrix.levels,
    matrix.roles,
    matrix.employees,
    away.names,
    away.from,
    away.to,
    away.periods,
    7,
  ];
}

function pick(rows: readonly SampleRow[], key: string): Column {
  return rows.map((r) => {
    const v = r[key];
    return [v === undefined ? '' : typeof v === 'object' && 'ru' in v ? v.ru : v];
  });
}

/**
 * A Monitoring sheet's history: `keys` clients, each with one record per month for `periods`
 * months, typed month after month (all clients of a month, then the next), with some names
 * typed in other case or spacing and some shipments blank; and the Clients sheet's column of
 * names. What CLIENT_LATEST and PERIOD_CHANGE get on a real workbook, at scale.
 */
export function historyInputs(keys: number, periods: number, seed = 5) {
  const next = random(seed);
  const names = Array.from({ length: keys }, (_, i) => `ООО «Клиент ${i + 1}»`);
  const recordKeys: Column = [];
  const recordDates: Column = [];
  const shipments: Column = [];
  const segments: Column = [];
  for (let m = 0; m < periods; m++) {
    const period = new Date(AS_OF.getFullYear(), AS_OF.getMonth() - periods + 1 + m, 1);
    names.forEach((name, i) => {
      // One record in ten has its name typed in lower case with extra spaces: the same client.
      recordKeys.push([next() < 0.1 ? `  ${name.toLowerCase()}` : name]);
      recordDates.push([period]);
      shipments.push([next() < 0.05 ? '' : Math.round(100 + next() * 2900) * 1000]);
      segments.push([`${(i + m) % 4} — сегмент`]);
    });
  }
  return { keys: names.map((n) => [n]), recordKeys, recordDates, shipments, segments };
}

/** Six periods of sales per row, a third of them falling steadily, for the demand functions. */
function demandInputs(
  rows: number,
  blank: readonly boolean[],
  between: (lo: number, hi: number) => number,
): Record<string, Inputs> {
  const sales = Array.from({ length: rows }, (_, i) => {
    const start = Math.floor(between(100, 1000));
    const step = i % 3 === 0 ? -Math.floor(between(1, 15)) : 0;
    return Array.from({ length: 6 }, (_, p) =>
      blank[i] ? '' : start + step * p + Math.floor(between(0, 20)),
    );
  });
  const inputs: Inputs = { args: [sales, 30, 3], perRow: true };
  return { DAILY_DEMAND: inputs, DEMAND_SD: inputs, DEMAND_TREND: inputs };
}

/** The arguments of each custom function for `rows` rows. */
export function customFunctionInputs(rows: number, seed = 7): Record<string, Inputs> {
  const next = random(seed);
  const between = (lo: number, hi: number) => lo + next() * (hi - lo);
  const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;
  const clients = syntheticClients(rows, seed, AS_OF);
  const matrix = fbsMatrix(rows, 12, seed);
  const away = absences(matrix, 40, 52, seed);
  const history = historyInputs(rows, HISTORY_MONTHS, seed);
  const records = history.recordKeys.length;
  // PERIOD_CHANGE and PREVIOUS_VALUE answer a row per record, so their `rows` are records: a year
  // of months of rows ÷ 12 clients. A year of all `rows` clients is the history figure's scale.
  const byMonth = historyInputs(Math.ceil(rows / HISTORY_MONTHS), HISTORY_MONTHS, seed);
  const [recordKeys, recordDates, shipments, segments] = [
    byMonth.recordKeys,
    byMonth.recordDates,
    byMonth.shipments,
    byMonth.segments,
  ].map((c) => c.slice(0, rows));
  const monitoring = clients.monitoring;
  /** One row in twenty left blank, as lists have empty lines; the functions give "" there. */
  const blank = Array.from({ length: rows }, () => next() < 0.05);
  const filled = <T>(f: () => T) => column(rows, (i) => (blank[i] ? '' : f()));
  const daysFromAsOf = (lo: number, hi: number) => () =>
    new Date(AS_OF.getTime() + Math.floor(between(lo, hi)) * DAY);
  return {
    SEGMENT: {
      args: [
        pick(monitoring, 'totalSalesDynamics'),
        pick(monitoring, 'retailForecast'),
        pick(monitoring, 'solvencyDynamics'),
        0.05,
        90,
        pick(monitoring, 'overdueAmount'),
        10000,
      ],
      perRow: true,
    },
    SEGMENT_REASON: {
      args: [
        pick(monitoring, 'totalSalesDynamics'),
        pick(monitoring, 'retailForecast'),
        pick(monitoring, 'solvencyDynamics'),
        0.05,
        90,
        pick(monitoring, 'overdueAmount'),
        10000,
      ],
      perRow: true,
    },
    CLIENT_LATEST: {
      args: [history.keys, history.recordKeys, history.recordDates, history.segments],
      perRow: false,
      records,
    },
    PERIOD_CHANGE: {
      args: [recordKeys, recordDates, shipments],
      perRow: false,
    },
    PREVIOUS_VALUE: {
      args: [recordKeys, recordDates, segments],
      perRow: false,
    },
    BACKUP_GAP: { args: [matrix.levels, matrix.roles], perRow: true },
    SAFETY_STOCK: {
      args: [
        filled(() => round(between(1, 30))),
        filled(() => Math.ceil(between(1, 21))),
        0.95,
        filled(() => round(between(30, 200))),
        filled(() => (next() < 0.3 ? round(between(0.5, 4)) : '')),
      ],
      perRow: true,
    },
    ORDER_SIZE: {
      args: [
        filled(() => round(between(1, 200))),
        filled(() => round(between(0.5, 40))),
        filled(() => Math.ceil(between(1, 21))),
        filled(() => Math.floor(between(0, 14))),
        0.95,
        filled(() => Math.floor(between(0, 2000))),
        filled(() => (next() < 0.5 ? Math.floor(between(0, 500)) : '')),
        2,
      ],
      perRow: true,
    },
    // Offers' lines of a few hundred clients, a third of them the general assortment (no client).
    ABC_CLASS: {
      args: [
        filled(() => Math.floor(between(0, 1e6))),
        column(rows, () => (next() < 1 / 3 ? '' : `Клиент ${Math.floor(between(1, 300))}`)),
      ],
      perRow: false,
    },
    XYZ_CLASS: {
      args: [
        Array.from({ length: rows }, (_, i) =>
          Array.from({ length: 6 }, () => (blank[i] ? '' : Math.floor(between(0, 500)))),
        ),
        0.1,
        0.25,
      ],
      perRow: true,
    },
    ...demandInputs(rows, blank, between),
    DISCOUNT_BREAKEVEN: {
      args: [filled(() => round(between(0.01, 0.25), 3)), filled(() => round(between(0.3, 0.7), 3))],
      perRow: true,
    },
    CLIENT_SIGNALS: {
      args: [
        ...[
          'totalSalesDynamics',
          'ourSalesDynamics',
          'competitorSalesDynamics',
          'ourPurchasesDynamics',
          'competitorPurchasesDynamics',
          'solvencyDynamics',
          'decisionMakerDynamics',
        ].map((k) => pick(monitoring, k)),
        0.1,
        0.05,
        30,
        90,
        pick(monitoring, 'solvencyDynamics').map(([d]) => [typeof d === 'number' ? Math.max(0, d - 15) : '']),
      ],
      perRow: true,
    },
    WINBACK_STATUS: {
      args: [
        filled(daysFromAsOf(-100, 300)),
        filled(daysFromAsOf(-100, 300)),
        // The last contact can't be after today.
        filled(daysFromAsOf(-200, 0)),
        AS_OF,
        30,
      ],
      perRow: true,
    },
    FBS_COVERAGE: {
      args: [matrix.roles, matrix.employees, 'Сотрудник 2, Сотрудник 5'],
      perRow: true,
    },
    FBS_KEY_PEOPLE: { args: [matrix.levels, matrix.roles, matrix.employees], perRow: false },
    FBS_ABSENCE_GAPS: {
      args: absenceGapsArgs(matrix, away),
      perRow: false,
    },
    ...agendaFunctionInputs(rows, HISTORY_MONTHS),
  };
}

/** The arguments of one row's call, as Sheets passes a single cell (a value) or one row of cells. */
export function rowArgs(args: readonly unknown[], rows: number, i: number): unknown[] {
  return args.map((a) => {
    if (!Array.isArray(a) || a.length !== rows) return a;
    const row = a[i] as unknown[];
    return row.length === 1 ? row[0] : [row];
  });
}
