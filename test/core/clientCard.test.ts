import fc from 'fast-check';
import { CARD_ARGS, type CardArgs, clientCard, clientHistory } from '../../src/core/clientCard';
import { dayNumber, dayOf } from '../../src/core/days';
import { cellValue } from '../support/arbitraries';
import { RU } from '../support/sheets';
import type { Cell } from '../../src/core/vocabulary';

const AS_OF = new Date(2026, 10, 26);
const TODAY = dayNumber(dayOf(AS_OF, RU.timeZone));
const on = (offset: number) => new Date(2026, 10, 26 + offset);
const col = (...cells: unknown[]) => cells.map((c) => [c]);

function args(given: Partial<Record<(typeof CARD_ARGS)[number], unknown>>): CardArgs {
  const blank = Object.fromEntries(CARD_ARGS.map((k) => [k, ''])) as Record<string, unknown>;
  return { ...blank, as_of: AS_OF, ...given } as CardArgs;
}

const CLIENTS = {
  client_names: col('ТД «Северный»', 'Уралснаб'),
  client_regions: col('Санкт-Петербург', 'Екатеринбург'),
  client_managers: col('Иванова', 'Петров'),
  client_contacts: col('Анна', ''),
  client_phones: col('+7 812', ''),
  client_emails: col('td@sever.ru', ''),
  client_segments: col('2 — Падение зафиксировано', '3 — Неплатёжеспособен'),
  client_segment_reasons: col('', 'Просрочка 120 дн. — больше предела в 90 дн.'),
  client_next_contacts: col(on(-2), ''),
  client_latest_periods: col('', on(-26)),
  client_signals: col('', 'Распродаёт запасы: …'),
};

describe('clientCard', () => {
  it('asks to pick a client, and says when the one picked is not on Clients', () => {
    expect(clientCard(args({ ...CLIENTS }), RU)).toEqual({ kind: 'none' });
    expect(clientCard(args({ ...CLIENTS, client: ' Восток ' }), RU)).toEqual({
      kind: 'unknown',
      client: 'Восток',
    });
  });

  it('gathers the client’s row, found however its name is typed', () => {
    const r = clientCard(args({ ...CLIENTS, client: '  тд «СЕВЕРНЫЙ» ' }), RU);
    expect(r.kind).toBe('card');
    if (r.kind !== 'card') return;
    expect(r.card).toMatchObject({
      name: 'ТД «Северный»',
      region: 'Санкт-Петербург',
      manager: 'Иванова',
      contact: 'Анна',
      segment: '2 — Падение зафиксировано',
      next: { day: TODAY - 2 },
      cover: { kind: 'own' },
      requests: [],
    });
    expect(r.card.latest).toBeUndefined();
    expect(r.card.lost).toBeUndefined();
  });

  it('keeps open discount requests only, the latest period’s signals, the lost status and who covers', () => {
    const r = clientCard(
      args({
        ...CLIENTS,
        client: 'Уралснаб',
        pricing_clients: col('Уралснаб', 'уралснаб', 'Уралснаб', 'Дон-Трейд'),
        pricing_dates: col(on(-3), on(-2), on(-1), on(-1)),
        pricing_discounts: col(0.1, 0.05, 0.2, 0.1),
        pricing_verdicts: col('✗ Не давать скидку', '✓ Окупается', '✗', '✓'),
        pricing_decisions: col('Отказать', '', 'Думаем', ''),
        lost_clients: col('Уралснаб'),
        lost_left_on: col(on(-60)),
        lost_reasons: col('Неплатежи'),
        lost_statuses: col('срок доверенности истёк 21.11.2026'),
        lost_next_contacts: col(on(1)),
        absent_names: col('Петров'),
        absent_from: col(on(0)),
        absent_to: col(on(5)),
        absent_reasons: col('Отпуск'),
        plan_employees: col('Петров'),
        plan_backups: col('Сидоров'),
      }),
      RU,
    );
    if (r.kind !== 'card') throw new Error(r.kind);
    expect(r.card.requests.map((q) => q.discount)).toEqual([0.05, 0.2]);
    expect(r.card.latest).toEqual({ period: TODAY - 26, signals: 'Распродаёт запасы: …' });
    expect(r.card.reason).toBe('Просрочка 120 дн. — больше предела в 90 дн.');
    expect(r.card.lost).toMatchObject({ reason: 'Неплатежи', status: 'срок доверенности истёк 21.11.2026' });
    // No next contact on Clients: the one on Lost clients, when Петров is away.
    expect(r.card.next).toEqual({ day: TODAY + 1 });
    expect(r.card.cover).toMatchObject({ kind: 'backup', backup: 'Сидоров' });
  });

  it('quotes a next contact that is no date', () => {
    const r = clientCard(
      args({ ...CLIENTS, client: 'Уралснаб', client_next_contacts: col('', 'завтра') }),
      RU,
    );
    expect(r.kind === 'card' && r.card.next).toEqual({ bad: 'завтра' });
  });
});

describe('clientHistory', () => {
  const records = {
    record_clients: col('A', 'B', 'a ', 'A', 'A', 'A'),
    record_periods: col(on(-90), on(-60), on(-60), on(-30), 'плохо', on(-60)),
  };

  it('gives the last periods oldest first, one row per period (the lower row of a repeated one)', () => {
    const rows = clientHistory(
      {
        client: 'A',
        ...records,
        periods: 2,
        values: [col(1, 2, 3, 4, 5, 6), col('x', 'y', 'z', 'w', 'v', 'u')],
      },
      RU,
    );
    expect(rows).toEqual([
      { period: TODAY - 60, values: [6, 'u'] },
      { period: TODAY - 30, values: [4, 'w'] },
    ]);
  });

  it('gives nothing for a blank client, and fails on a values column of another height', () => {
    expect(
      clientHistory({ client: '', ...records, periods: 12, values: [col(1, 2, 3, 4, 5, 6)] }, RU),
    ).toEqual([]);
    expect(() => clientHistory({ client: 'A', ...records, periods: 12, values: [col(1, 2)] }, RU)).toThrow(
      expect.objectContaining({ kind: 'height' }),
    );
  });

  it('finds the client however its name is typed, a number too, and refuses record_clients of two columns', () => {
    const named = (client: Cell) =>
      clientHistory(
        {
          client,
          record_clients: col('Елка', 'ЁЛКА  ', 'Ель', 12),
          record_periods: col(on(-60), on(-30), on(-30), on(-30)),
          periods: 12,
          values: [col(1, 2, 3, 4)],
        },
        RU,
      );
    expect(named(' ёлка')).toEqual([
      { period: TODAY - 60, values: [1] },
      { period: TODAY - 30, values: [2] },
    ]);
    expect(named(12)).toEqual([{ period: TODAY - 30, values: [4] }]);
    expect(() =>
      clientHistory(
        {
          client: '',
          record_clients: [['A', 'B']],
          record_periods: col(on(-1)),
          periods: 12,
          values: [col(1)],
        },
        RU,
      ),
    ).toThrow(expect.objectContaining({ kind: 'width', arg: 'record_clients' }));
  });

  it('never gives more periods than asked, in order, whatever the cells (property)', () => {
    const rows = fc.array(
      fc.tuple(
        fc.constantFrom('A', 'a', 'B', ''),
        fc.oneof(cellValue, fc.integer({ min: -99, max: 0 }).map(on)),
      ),
      {
        minLength: 1,
        maxLength: 30,
      },
    );
    fc.assert(
      fc.property(rows, fc.integer({ min: 1, max: 12 }), (r, periods) => {
        const history = clientHistory(
          {
            client: 'A',
            record_clients: col(...r.map((x) => x[0])),
            record_periods: col(...r.map((x) => x[1])),
            periods,
            values: [col(...r.map((_, i) => i))],
          },
          RU,
        );
        expect(history.length).toBeLessThanOrEqual(periods);
        history.forEach((h, i) => i > 0 && expect(h.period).toBeGreaterThan(history[i - 1].period));
      }),
    );
  });
});
