import fc from 'fast-check';
import {
  AGENDA_ARGS,
  type AgendaArgs,
  type AgendaItem,
  buildAgenda,
  itemsFor,
  managerLoads,
  weekEnd,
} from '../../src/core/agenda';
import { dayNumber, dayOf } from '../../src/core/days';
import { normalizeWords } from '../../src/core/words';
import { cellValue } from '../support/arbitraries';
import { RU } from '../support/sheets';

/** Thursday 26 November 2026. */
const AS_OF = new Date(2026, 10, 26);
const TODAY = dayNumber(dayOf(AS_OF, RU.timeZone));
const on = (offset: number) => new Date(2026, 10, 26 + offset);
const col = (...cells: unknown[]) => cells.map((c) => [c]);

function args(given: Partial<Record<(typeof AGENDA_ARGS)[number], unknown>>): AgendaArgs {
  const blank = Object.fromEntries(AGENDA_ARGS.map((k) => [k, ''])) as Record<string, unknown>;
  return { ...blank, as_of: AS_OF, ...given } as AgendaArgs;
}

/** Clients as rows of [name, manager, next contact, last contact, segment]. */
function clients(rows: ReadonlyArray<readonly [string, string, unknown, unknown?, string?]>) {
  return {
    client_names: col(...rows.map((r) => r[0])),
    client_managers: col(...rows.map((r) => r[1])),
    client_phones: col(...rows.map((r) => `+7 ${r[0]}`)),
    client_emails: col(...rows.map(() => '')),
    client_next_contacts: col(...rows.map((r) => r[2])),
    client_last_contacts: col(...rows.map((r) => r[3] ?? '')),
    client_segments: col(...rows.map((r) => r[4] ?? '')),
  };
}

const kinds = (items: readonly AgendaItem[]) => items.map((i) => `${i.client}:${i.task.kind}`);

describe('buildAgenda: what is due', () => {
  it('lists next contacts due by the Settings date plus the horizon, overdue first, then by date', () => {
    const agenda = buildAgenda(
      args({
        ...clients([
          ['Later', 'Иванова', on(8)],
          ['Soon', 'Иванова', on(3)],
          ['Overdue', 'Петров', on(-4)],
          ['Today', 'Петров', on(0)],
          ['Unplanned', 'Петров', ''],
          ['Edge', 'Петров', on(7)],
        ]),
      }),
      RU,
    );
    expect(kinds(agenda.items)).toEqual(['Overdue:contact', 'Today:contact', 'Soon:contact', 'Edge:contact']);
    expect(agenda.items.map((i) => i.overdue)).toEqual([4, 0, 0, 0]);
    expect(agenda.items[0]).toMatchObject({ due: TODAY - 4, phone: '+7 Overdue', manager: 'Петров' });
  });

  it('puts a next contact that is no date first, as a cell to fix quoting it', () => {
    const agenda = buildAgenda(
      args(
        clients([
          ['A', 'Иванова', on(-1)],
          ['B', 'Иванова', 'после праздников'],
        ]),
      ),
      RU,
    );
    expect(agenda.items[0].due).toBeUndefined();
    expect(agenda.items[0]).toMatchObject({
      client: 'B',
      task: { kind: 'fix', field: 'nextContact', value: 'после праздников' },
    });
    expect(kinds(agenda.items)).toEqual(['B:fix', 'A:contact']);
  });

  it('takes the horizon and the warning days from Settings', () => {
    const a = args({ ...clients([['A', 'И', on(10)]]), horizon_days: 10 });
    expect(buildAgenda(a, RU).items).toHaveLength(1);
    expect(() => buildAgenda(args({ as_of: '' }), RU)).toThrow(expect.objectContaining({ code: 'missing' }));
    expect(() => buildAgenda(args({ horizon_days: 2.5 }), RU)).toThrow(
      expect.objectContaining({ code: 'notWhole' }),
    );
  });

  it('lists a lost client’s next contact and its agreements expired or expiring within the warning days', () => {
    const agenda = buildAgenda(
      args({
        ...clients([['Уралснаб', 'Иванова', '']]),
        lost_clients: col('уралснаб', 'Восток'),
        lost_contract_ends: col(on(20), on(31)),
        lost_poa_ends: col(on(-5), ''),
        lost_next_contacts: col(on(-3), 'скоро'),
      }),
      RU,
    );
    expect(agenda.items.map((i) => [i.client, i.task.kind, i.overdue, i.manager])).toEqual([
      ['Восток', 'fix', 0, ''],
      ['уралснаб', 'agreement', 5, 'Иванова'],
      ['уралснаб', 'lostContact', 3, 'Иванова'],
      ['уралснаб', 'agreement', 0, 'Иванова'],
    ]);
    expect(agenda.items[1].task).toMatchObject({ agreement: 'poa', inDays: -5 });
    expect(agenda.items[3].task).toMatchObject({ agreement: 'contract', inDays: 20 });
    expect(agenda.items[0].cover).toEqual({ kind: 'noManager' });
  });

  it('asks to follow up the latest period’s signals when there has been no contact since it began', () => {
    // Clients shows each client's latest Monitoring period and its signals (CLIENT_LATEST).
    const agenda = buildAgenda(
      args({
        ...clients([
          ['Silent', 'И', '', ''],
          ['Called', 'И', '', on(-10)],
          ['Before', 'И', '', on(-40)],
          ['Calm', 'И', ''],
          ['Unread', 'И', ''],
        ]),
        client_latest_periods: col(on(-26), on(-26), on(-26), on(-26), ''),
        client_signals: col('Destocking: offer', 'X: y', 'Switching: ask', '', 'Y: z'),
      }),
      RU,
    );
    expect(kinds(agenda.items)).toEqual(['Silent:signals', 'Before:signals']);
    expect(agenda.items[0].task).toEqual({
      kind: 'signals',
      period: TODAY - 26,
      signals: 'Destocking: offer',
    });
    expect(agenda.items[0].overdue).toBe(26);
  });
});

describe('buildAgenda: absences and backups', () => {
  const base = {
    ...clients([
      ['Волга', 'Петров', on(-2)],
      ['Дон', ' петров ', on(3)],
      ['Черноземье', 'Кузнецова', on(2)],
      ['Север', 'Иванова', on(1)],
    ]),
    absent_names: col('Петров', 'Кузнецова'),
    absent_from: col(on(-1), on(1)),
    absent_to: col(on(2), on(3)),
    absent_reasons: col('Отпуск', 'Больничный'),
    plan_employees: col('Петров'),
    plan_backups: col('Сидоров'),
  };

  it('names the backup when the manager is away on the day, today for overdue work', () => {
    const agenda = buildAgenda(args(base), RU);
    const cover = Object.fromEntries(agenda.items.map((i) => [i.client, i.cover]));
    expect(cover['Волга']).toMatchObject({ kind: 'backup', backup: 'Сидоров', away: { reason: 'Отпуск' } });
    expect(cover['Дон']).toEqual({ kind: 'own' }); // back on the 3rd day
    expect(cover['Черноземье']).toMatchObject({ kind: 'uncovered', backupsAway: [] });
    expect(cover['Север']).toEqual({ kind: 'own' });
  });

  it('gives a manager their own clients and those they cover, however their name is typed', () => {
    const agenda = buildAgenda(args(base), RU);
    expect(kinds(itemsFor(agenda, normalizeWords('ПЕТРОВ')))).toEqual(['Волга:contact', 'Дон:contact']);
    expect(kinds(itemsFor(agenda, normalizeWords(' сидоров')))).toEqual(['Волга:contact']);
    expect(itemsFor(agenda, '')).toHaveLength(4);
    expect(agenda.managers.map((m) => m.name)).toEqual(['Петров', 'Кузнецова', 'Иванова']);
  });

  it('lists an absence it can’t read as a cell to fix for that person', () => {
    const agenda = buildAgenda(args({ ...base, absent_to: col('завтра', on(3)) }), RU);
    expect(agenda.items[0]).toMatchObject({
      client: 'Петров',
      managerKey: 'петров',
      task: { kind: 'fix', field: 'absence', fault: 'notDate', value: 'завтра' },
    });
  });
});

describe('managerLoads', () => {
  it('counts per manager the items due through Sunday and those overdue', () => {
    expect(weekEnd(TODAY)).toBe(TODAY + 3); // Thursday → Sunday
    const a = args(
      clients([
        ['A', 'Иванова', on(-1)],
        ['B', 'иванова', on(3)],
        ['C', 'Петров', on(4)],
        ['D', '', on(0)],
      ]),
    );
    const loads = managerLoads(buildAgenda(a, RU, weekEnd));
    expect(loads).toEqual([
      { manager: 'Иванова', dueThisWeek: 1, overdue: 1 },
      { manager: 'Петров', dueThisWeek: 0, overdue: 0 },
      { manager: '', dueThisWeek: 1, overdue: 0 },
    ]);
  });
});

describe('buildAgenda (properties)', () => {
  const day = fc.integer({ min: -40, max: 40 }).map(on);
  const cell = fc.oneof(day, day, cellValue);
  const rows = fc.array(
    fc.tuple(
      fc.constantFrom('A', 'B', 'a ', ''),
      fc.constantFrom('Иванова', 'иванова', 'Петров', ''),
      cell,
      cell,
    ),
    { maxLength: 25 },
  );

  it('never fails on what cells may hold, and keeps its order, window and overdue days', () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 0, max: 30 }), (r, horizon) => {
        const agenda = buildAgenda(
          args({ ...clients(r.map(([n, m, next, last]) => [n, m, next, last])), horizon_days: horizon }),
          RU,
        );
        let seenDated = false;
        let previous = -Infinity;
        for (const item of agenda.items) {
          if (item.due === undefined) {
            expect(seenDated).toBe(false);
            continue;
          }
          seenDated = true;
          expect(item.due).toBeGreaterThanOrEqual(previous);
          previous = item.due;
          expect(item.due).toBeLessThanOrEqual(TODAY + horizon);
          expect(item.overdue).toBe(Math.max(0, TODAY - item.due));
        }
      }),
    );
  });

  it('picks the same items for a manager however the name is typed', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom('ИВАНОВА', ' иванова ', 'Иванова'), (r, typed) => {
        const agenda = buildAgenda(args(clients(r.map(([n, m, next]) => [n, m, next]))), RU);
        expect(itemsFor(agenda, normalizeWords(typed))).toEqual(itemsFor(agenda, 'иванова'));
      }),
    );
  });
});
