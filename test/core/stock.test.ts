import fc from 'fast-check';
import {
  ORDER_SIZE_ARGS,
  SAFETY_STOCK_ARGS,
  orderQuantity,
  orderSizeRow,
  orderUpToLevel,
  safetyStock,
  safetyStockRow,
} from '../../src/core/stock';
import { column, isWellFormedResult } from '../support/arbitraries';
import { runColumn } from '../../src/addon/functions/column';
import { RU, sheetIn } from '../support/sheets';

/** Published z of a 95 % service level. */
const Z95 = 1.6448536269514722;

const safety = (args: Record<string, unknown>, lang: 'ru' | 'en' = 'en') =>
  runColumn(sheetIn(lang), 'SAFETY_STOCK', SAFETY_STOCK_ARGS, args as never, safetyStockRow, (n) => n);
const order = (args: Record<string, unknown>, lang: 'ru' | 'en' = 'en') =>
  runColumn(sheetIn(lang), 'ORDER_SIZE', ORDER_SIZE_ARGS, args as never, orderSizeRow, (n) => n);

/** The worked example: 20 units a day ± 5, delivery in 3 days, an order every 7, 95 %. */
const EXAMPLE = { avgDemand: 20, demandSd: 5, leadTime: 3, reviewPeriod: 7, serviceLevel: 0.95 };

describe('safetyStock (Standard formulas)', () => {
  it('is z · σ_d · √L with a fixed lead time: σ 10 a day, 4 days, 95 % → 32.897…', () => {
    expect(safetyStock(0.95, 10, 4)).toBeCloseTo(32.897072539029445, 12);
    expect(safetyStock(0.95, 10, 4)).toBeCloseTo(Z95 * 10 * 2, 12);
  });

  it('is z · √(L·σ_d² + d̄²·σ_L²) with a varying lead time: + 50 a day, σ_L 1 day → 88.578…', () => {
    expect(safetyStock(0.95, 10, 4, { avgDemand: 50, leadTimeSd: 1 })).toBeCloseTo(88.57807864746614, 11);
  });

  it('is the fixed formula when the lead time does not vary, and 0 at a 50 % service level', () => {
    expect(safetyStock(0.9, 7, 5, { avgDemand: 40, leadTimeSd: 0 })).toBe(safetyStock(0.9, 7, 5));
    expect(safetyStock(0.5, 10, 4)).toBe(0);
    expect(safetyStock(0.3, 10, 4)).toBeLessThan(0);
    // No spread at all: 0, never a −0 that a cell would show as "-0".
    expect(Object.is(safetyStock(0.3, 0, 4), 0)).toBe(true);
  });
});

describe('orderUpToLevel and orderQuantity', () => {
  it('orders 47 in the worked example: S = 20·10 + z·5·√10 = 226.007…, minus 150 on hand and 30 on order', () => {
    expect(orderUpToLevel(EXAMPLE)).toBeCloseTo(226.00741939377787, 11);
    expect(orderQuantity(orderUpToLevel(EXAMPLE), 180)).toBe(47);
  });

  it('orders much less when delivery takes 1 day instead of 3 (Updated offers)', () => {
    expect(orderUpToLevel({ ...EXAMPLE, leadTime: 1 })).toBeCloseTo(183.26174307353347, 11);
    expect(orderQuantity(orderUpToLevel({ ...EXAMPLE, leadTime: 1 }), 180)).toBe(4);
  });

  it('never orders a negative quantity when stock covers the level', () => {
    expect(orderQuantity(96.4, 180)).toBe(0);
    expect(orderQuantity(180, 180)).toBe(0);
  });

  it('rounds any real shortfall up to a whole unit', () => {
    expect(orderQuantity(12.001, 0)).toBe(13);
    expect(orderQuantity(0.000001, 0)).toBe(1);
  });

  it('ignores float noise below 1e-9 of a unit instead of ordering one more', () => {
    expect(0.1 * 3 - 0.3).toBeGreaterThan(0); // the noise is real
    expect(orderQuantity(0.1 * 3, 0.3)).toBe(0);
    expect(orderQuantity(12.000000000000002, 0)).toBe(12);
    expect(orderQuantity(12 + 2e-9, 0)).toBe(13);
    const noisy = orderUpToLevel({
      avgDemand: 0.1,
      demandSd: 0,
      leadTime: 2,
      reviewPeriod: 1,
      serviceLevel: 0.95,
    });
    expect(noisy).not.toBe(0.3);
    expect(orderQuantity(noisy, 0.3)).toBe(0);
  });
});

describe('safetyStockRow (one row of =SAFETY_STOCK)', () => {
  const row = (
    demand_sd: unknown,
    lead_time: unknown,
    service_level: unknown,
    avg_demand: unknown = '',
    lead_time_sd: unknown = '',
  ) => safetyStockRow({ demand_sd, lead_time, service_level, avg_demand, lead_time_sd } as never, RU);

  it('reads the cells as Sheets passes them', () => {
    expect(row(10, 4, 0.95)).toBeCloseTo(Z95 * 20, 12);
    expect(row('10', '4', '95%')).toBeCloseTo(Z95 * 20, 12);
    expect(row(10, 4, '95 %', 50, 1)).toBeCloseTo(88.57807864746614, 11);
    expect(row(10, 4, 0.95, 50)).toBeCloseTo(Z95 * 20, 12);
  });

  it('gives nothing for a row without demand figures, even with a lead time and service level for every row', () => {
    expect(row('', 4, 0.95)).toBeUndefined();
    expect(row('', 4, 0.95, '', 1)).toBeUndefined();
  });

  it.each([
    [[10, 4, 1], 'service_level', 'notServiceLevel'],
    [[10, 4, 0], 'service_level', 'notServiceLevel'],
    [[10, 4, 95], 'service_level', 'notServiceLevel'],
    [[10, 4, -0.5], 'service_level', 'notServiceLevel'],
    [[10, 4, ''], 'service_level', 'missing'],
    [[10, '', 0.95], 'lead_time', 'missing'],
    [['', 4, 0.95, 50], 'demand_sd', 'missing'],
    [[10, 4, 0.95, '', 1], 'avg_demand', 'needsAvgDemand'],
    [[-10, 4, 0.95], 'demand_sd', 'negative'],
    [[10, -4, 0.95], 'lead_time', 'negative'],
    [[10, 4, 0.95, 50, 'x'], 'lead_time_sd', 'notNumber'],
    [[1e16, 4, 0.95], 'demand_sd', 'tooLarge'],
  ])('reports %j as a problem of %s', (args, arg, code) => {
    expect(() => (row as (...a: unknown[]) => unknown)(...args)).toThrow(
      expect.objectContaining({ arg, code }),
    );
  });
});

describe('orderSizeRow (one row of =ORDER_SIZE)', () => {
  const row = (over: Record<string, unknown> = {}) =>
    orderSizeRow(
      {
        avg_daily_demand: 20,
        demand_sd: 5,
        lead_time_days: 3,
        review_days: 7,
        service_level: '95%',
        on_hand: 150,
        on_order: 30,
        ...over,
      } as never,
      RU,
    );

  it('computes the worked example, with on_order blank counting as nothing on the way', () => {
    expect(row()).toBe(47);
    expect(row({ on_order: '' })).toBe(77);
    expect(row({ lead_time_days: 1 })).toBe(4);
    expect(row({ review_days: 0, lead_time_days: 0 })).toBe(0);
  });

  it('gives nothing for a row without demand or stock figures', () => {
    expect(row({ avg_daily_demand: '', demand_sd: '', on_hand: '', on_order: '' })).toBeUndefined();
  });

  it.each([
    [{ on_hand: '' }, 'on_hand', 'missing'],
    [{ avg_daily_demand: '' }, 'avg_daily_demand', 'missing'],
    [{ review_days: '' }, 'review_days', 'missing'],
    [{ service_level: 1 }, 'service_level', 'notServiceLevel'],
    [{ on_order: -1 }, 'on_order', 'negative'],
    [{ lead_time_days: 'week' }, 'lead_time_days', 'notNumber'],
  ])('reports %j as a problem of %s', (over, arg, code) => {
    expect(() => row(over)).toThrow(expect.objectContaining({ arg, code }));
  });
});

describe('SAFETY_STOCK and ORDER_SIZE over columns', () => {
  it('computes each row and quotes the bad value in the sheet language', () => {
    expect(
      safety({ demand_sd: [[10], [''], ['abc']], lead_time: 4, service_level: '95%' }, 'ru').map(([c]) =>
        typeof c === 'number' ? Number(c.toFixed(6)) : c,
      ),
    ).toEqual([32.897073, '', '⚠ разброс спроса: «abc» — не число']);
    expect(
      order({
        avg_daily_demand: [[20], [20]],
        demand_sd: [[5], [5]],
        lead_time_days: [[3], [1]],
        review_days: 7,
        service_level: 95,
        on_hand: 150,
      }),
    ).toEqual([
      ['⚠ service_level: "95" must be above 0 and below 100 %, e.g. 95%'],
      ['⚠ service_level: "95" must be above 0 and below 100 %, e.g. 95%'],
    ]);
  });

  it('asks for avg_demand when lead_time_sd is given', () => {
    expect(safety({ demand_sd: 10, lead_time: 4, service_level: 0.95, lead_time_sd: 1 }, 'ru')).toEqual([
      ['⚠ средний спрос: нужен, если указан разброс срока поставки'],
    ]);
  });

  it('gives a number, "" or a ⚠ text per row for any mix of cells', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((h) => fc.array(column(h), { minLength: 7, maxLength: 7 })),
        fc.constantFrom('ru' as const, 'en' as const),
        ([a, b, c, d, e, f, g], lang) => {
          const outs = [
            safety({ demand_sd: a, lead_time: b, service_level: c, avg_demand: d, lead_time_sd: e }, lang),
            order(
              {
                avg_daily_demand: a,
                demand_sd: b,
                lead_time_days: c,
                review_days: d,
                service_level: e,
                on_hand: f,
                on_order: g,
              },
              lang,
            ),
          ];
          for (const out of outs) {
            expect(out).toHaveLength(a.length);
            for (const [cell] of out) {
              expect(isWellFormedResult(cell)).toBe(true);
              expect(typeof cell === 'number' || cell === '' || String(cell).startsWith('⚠ ')).toBe(true);
            }
          }
        },
      ),
    );
  });
});

describe('ORDER_SIZE properties', () => {
  const quantity = fc.double({ min: 0, max: 1e6, noNaN: true });
  const days = fc.double({ min: 0, max: 365, noNaN: true });
  const level = fc.double({ min: 0.5, max: 0.999999, noNaN: true });
  const size = (r: { d: number; sd: number; l: number; rv: number; sl: number; stock: number }) =>
    orderQuantity(
      orderUpToLevel({
        avgDemand: r.d,
        demandSd: r.sd,
        leadTime: r.l,
        reviewPeriod: r.rv,
        serviceLevel: r.sl,
      }),
      r.stock,
    );
  const inputs = fc.record({ d: quantity, sd: quantity, l: days, rv: days, sl: level, stock: quantity });

  it('is a whole number and never negative', () => {
    fc.assert(
      fc.property(inputs, fc.double({ min: 0.000001, max: 0.999999, noNaN: true }), (r, sl) => {
        const q = size({ ...r, sl });
        expect(Number.isInteger(q)).toBe(true);
        expect(q).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('never shrinks when the lead time grows (a faster delivery never asks for more)', () => {
    fc.assert(
      fc.property(inputs, days, (r, extra) => {
        expect(size({ ...r, l: r.l + extra })).toBeGreaterThanOrEqual(size(r));
      }),
    );
  });

  it('never shrinks when the service level rises (from 50 %, where the safety stock is not negative)', () => {
    fc.assert(
      fc.property(inputs, level, (r, other) => {
        const [lo, hi] = r.sl <= other ? [r.sl, other] : [other, r.sl];
        expect(size({ ...r, sl: hi })).toBeGreaterThanOrEqual(size({ ...r, sl: lo }));
      }),
    );
  });
});
