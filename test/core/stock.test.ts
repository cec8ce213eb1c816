import fc from 'fast-check';
import {
  DEMAND_ARGS,
  type DailyDemand,
  ORDER_SIZE_ARGS,
  dailyLevel,
  dailySd,
  demandRow,
  recentDemand,
  SAFETY_STOCK_ARGS,
  orderQuantity,
  orderSizeRow,
  orderUpToLevel,
  safetyStock,
  safetyStockRow,
} from '../../src/core/stock';
import { column, isWellFormedResult, matrix } from '../support/arbitraries';
import { xyzClassRow } from '../../src/core/assortment';
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

describe('recentDemand (today’s rate from the latest periods)', () => {
  it('is the mean and the population deviation of the latest periods when they move both ways', () => {
    expect(recentDemand([300, 340, 280, 310, 330, 290], 3)).toEqual({
      level: 310,
      sd: Math.sqrt(800 / 3),
      trend: undefined,
    });
  });

  it('follows a steady fall to its latest level, with no deviation around a straight line', () => {
    const d = recentDemand([1000, 950, 900, 850, 800, 750], 3)!;
    expect(d.trend).toBe('falling');
    expect(d.level).toBeCloseTo(750, 9);
    expect(d.sd).toBeCloseTo(0, 9);
    expect(recentDemand([100, 120, 150], 3)!.trend).toBe('growing');
    expect(recentDemand([100, 120, 150], 3)!.level).toBeCloseTo(148.333333333, 6);
  });

  it('never gives a negative level when the trend line falls below zero', () => {
    expect(recentDemand([300, 100, 0], 3)!.level).toBe(0);
  });

  it('needs three periods in the window for a trend, and reads only as many as there are', () => {
    expect(recentDemand([100, 80], 3)).toEqual({ level: 90, sd: 10, trend: undefined });
    expect(recentDemand([100, 80, 60], 2)!.trend).toBeUndefined();
    expect(recentDemand([100, 80, 60], 1)).toEqual({ level: 60, sd: 0, trend: undefined });
    expect(recentDemand([], 3)).toBeUndefined();
  });

  it('is never negative or NaN, and marks a trend only when every step goes that way', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 12 }),
        (periods, recent) => {
          const d = recentDemand(periods, recent)!;
          expect(d.level).toBeGreaterThanOrEqual(0);
          expect(d.sd).toBeGreaterThanOrEqual(0);
          const window = periods.slice(-recent);
          const steps = window.slice(1).map((p, i) => p - window[i]);
          const expected =
            window.length < 3
              ? undefined
              : steps.every((s) => s < 0)
                ? 'falling'
                : steps.every((s) => s > 0)
                  ? 'growing'
                  : undefined;
          expect(d.trend).toBe(expected);
        },
      ),
    );
  });
});

describe('DAILY_DEMAND, DEMAND_SD and DEMAND_TREND over rows of period sales', () => {
  const run = (
    fn: (d: DailyDemand, lang: 'ru' | 'en') => string | number,
    args: Record<string, unknown>,
    lang: 'ru' | 'en' = 'ru',
  ) => runColumn(sheetIn(lang), 'DAILY_DEMAND', DEMAND_ARGS, args as never, demandRow, fn);
  const trend = (d: DailyDemand) => d.trend ?? '';

  it('spreads the period level over its days, skips blank periods and reads 3 recent periods by default', () => {
    const args = {
      sales_rows: [
        [300, 340, 280, 310, 330, 290],
        [1000, 950, 900, 850, 800, 750],
        ['', '', '', '', '', ''],
        [60, '', 30, '', 90, ''],
      ],
      period_days: 30,
    };
    expect(run(dailyLevel, args)).toEqual([[310 / 30], [25], [''], [2]]);
    expect(run(trend, args)).toEqual([[''], ['falling'], [''], ['']]);
    expect(run(dailySd, { ...args, sales_rows: [[100, 300, 200]], period_days: 25 })).toEqual([
      [Math.sqrt(20000 / 3) / 5],
    ]);
    expect(run(dailyLevel, { ...args, recent_periods: 6 })[0]).toEqual([1850 / 6 / 30]);
  });

  it.each([
    [{ period_days: '' }, 'period_days', 'missing', ''],
    [{ period_days: 0 }, 'period_days', 'notPositive', 0],
    [{ period_days: 1e-300 }, 'period_days', 'notWhole', 1e-300],
    [{ recent_periods: 0 }, 'recent_periods', 'notPositive', 0],
    [{ recent_periods: 2.5 }, 'recent_periods', 'notWhole', 2.5],
    [{ recent_periods: 'три' }, 'recent_periods', 'notNumber', 'три'],
    [{ sales_rows: [10, -5, 10] }, 'sales_rows', 'negative', -5],
  ])('flags %j as a problem of %s, naming the bad value', (over, arg, code, value) => {
    const row = { sales_rows: [10, 20, 30], period_days: 30, recent_periods: '', ...over };
    expect(() => demandRow(row as never, RU)).toThrow(expect.objectContaining({ arg, code, value }));
    expect(String(run(dailyLevel, { ...row, sales_rows: [row.sales_rows] })[0][0])).toMatch(/^⚠ /);
  });

  it('gives a number, "" or a ⚠ text per row for any mix of cells', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((h) => fc.tuple(matrix(h, 6), column(1), column(1))),
        fc.constantFrom('ru' as const, 'en' as const),
        ([rows, days, recent], lang) => {
          for (const fn of [dailyLevel, dailySd]) {
            const out = run(
              fn as never,
              { sales_rows: rows, period_days: days, recent_periods: recent },
              lang,
            );
            expect(out).toHaveLength(rows.length);
            for (const [cell] of out) {
              expect(isWellFormedResult(cell)).toBe(true);
              expect(
                typeof cell === 'number' ? cell >= 0 : cell === '' || String(cell).startsWith('⚠ '),
              ).toBe(true);
            }
          }
        },
      ),
    );
  });
});

describe('ORDER_SIZE at today’s rate (the issue’s shrinking clients)', () => {
  const orderOf = (avgDemand: number, sd: number, onHand: number, leadTime: number, reviewDays: number) =>
    orderSizeRow(
      {
        avg_daily_demand: avgDemand,
        demand_sd: sd,
        lead_time_days: leadTime,
        review_days: reviewDays,
        service_level: 0.95,
        on_hand: onHand,
        on_order: '',
        faster_days: '',
      } as never,
      RU,
    );
  /** The order fed by DAILY_DEMAND and DEMAND_SD over the default three recent periods. */
  const orderFor = (sales: number[], onHand: number, leadTime: number, reviewDays: number) => {
    const d = demandRow({ sales_rows: sales, period_days: 30, recent_periods: '' } as never, RU)!;
    return orderOf(dailyLevel(d), dailySd(d), onHand, leadTime, reviewDays);
  };
  /** The order fed, as before, by the mean and population deviation of all six periods. */
  const orderOfSixMonths = (sales: number[], onHand: number, leadTime: number, reviewDays: number) => {
    const mean = sales.reduce((a, b) => a + b, 0) / sales.length;
    const sd = Math.sqrt(sales.reduce((a, b) => a + (b - mean) ** 2, 0) / sales.length);
    return orderOf(mean / 30, sd / Math.sqrt(30), onHand, leadTime, reviewDays);
  };

  it('orders 124, not 239, for a steady −5 % a month (1000…750), which XYZ still calls X', () => {
    const sales = [1000, 950, 900, 850, 800, 750];
    expect(orderOfSixMonths(sales, 101, 2, 7)).toBe(239);
    expect(xyzClassRow({ demand_rows: sales, x_limit: '', y_limit: '' }, RU)).toBe('X');
    expect(orderFor(sales, 101, 2, 7)).toBe(124); // 750 a month: 25 a day × 9 days − 101
  });

  it('orders 16, not 139, for 400 → 150', () => {
    const sales = [400, 350, 300, 250, 200, 150];
    expect(orderOfSixMonths(sales, 34, 3, 7)).toBe(139);
    expect(orderFor(sales, 34, 3, 7)).toBe(16); // 5 a day × 10 days − 34
  });
});

describe('ORDER_SIZE with faster delivery (faster_days)', () => {
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
        faster_days: '',
        ...over,
      } as never,
      RU,
    );

  it('is the order with the lead time shortened, never below a lead time of 0', () => {
    expect(row({ faster_days: 2 })).toBe(row({ lead_time_days: 1 }));
    expect(row({ faster_days: 2 })).toBe(4);
    expect(row({ faster_days: 10 })).toBe(row({ lead_time_days: 0 }));
    expect(row({ faster_days: 0 })).toBe(47);
  });

  it('flags a negative or unreadable number of days', () => {
    expect(() => row({ faster_days: -1 })).toThrow(
      expect.objectContaining({ arg: 'faster_days', code: 'negative' }),
    );
    expect(() => row({ faster_days: 'two' })).toThrow(
      expect.objectContaining({ arg: 'faster_days', code: 'notNumber' }),
    );
  });

  it('never asks for more than the order at today’s lead time', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.integer({ min: 0, max: 60 }),
        (faster, lead) => {
          expect(row({ faster_days: faster, lead_time_days: lead })).toBeLessThanOrEqual(
            row({ lead_time_days: lead }) as number,
          );
        },
      ),
    );
  });
});
