/**
 * The offer and pricing functions as Apps Script runs them: globals of dist/Code.js,
 * with the JSDoc Sheets reads, speaking the spreadsheet's language.
 */
import { callGlobal, loadBundle, localeOnlyServices } from '../../tools/local-workbook';
import { expectCustomFunction } from '../support/expectCustomFunction';

const ru = () => loadBundle(localeOnlyServices('ru_RU'));
const en = () => loadBundle(localeOnlyServices('en_US'));

const SIGNATURES: Record<string, string> = {
  SAFETY_STOCK: 'demand_sd, lead_time, service_level, avg_demand, lead_time_sd',
  ORDER_SIZE:
    'avg_daily_demand, demand_sd, lead_time_days, review_days, service_level, on_hand, on_order, faster_days',
  DAILY_DEMAND: 'sales_rows, period_days, recent_periods',
  DEMAND_SD: 'sales_rows, period_days, recent_periods',
  DEMAND_TREND: 'sales_rows, period_days, recent_periods',
  ABC_CLASS: 'values, groups',
  XYZ_CLASS: 'demand_rows, x_limit, y_limit',
  DISCOUNT_BREAKEVEN: 'discount, margin',
};

describe('the offer functions in the built bundle', () => {
  it.each(Object.entries(SIGNATURES))(
    'has %s with its real parameters and @customfunction JSDoc directly above it',
    (name, params) => {
      expectCustomFunction(name, params);
    },
  );

  it.each(['SAFETY_STOCK', 'ORDER_SIZE'])(
    'says in the JSDoc of %s that demand and time units must match',
    (name) => {
      expect(expectCustomFunction(name, SIGNATURES[name])).toMatch(/units must match/);
    },
  );

  it('computes SAFETY_STOCK per row, with the varying lead time formula and a ⚠ row', () => {
    const out = callGlobal(
      ru(),
      'SAFETY_STOCK',
      [[10], [10], ['']],
      4,
      0.95,
      [[''], [50], ['']],
      [[''], [1], ['']],
    );
    const [[fixed], [variable], [blank]] = out as Array<[number | string]>;
    expect(fixed).toBeCloseTo(32.897072539029445, 11);
    expect(variable).toBeCloseTo(88.57807864746614, 11);
    expect(blank).toBe('');
    expect(callGlobal(en(), 'SAFETY_STOCK', 10, 4, 1)).toEqual([
      ['⚠ service_level: "1" must be above 0 and below 100 %, e.g. 95%'],
    ]);
  });

  it('computes ORDER_SIZE: 47 units with a 3-day delivery, 4 with a 1-day one', () => {
    expect(callGlobal(ru(), 'ORDER_SIZE', 20, 5, [[3], [1]], 7, 0.95, 150, 30)).toEqual([[47], [4]]);
    expect(callGlobal(ru(), 'ORDER_SIZE', 20, 5, 3, 7, 0.95, '')).toEqual([
      ['⚠ остаток у клиента: не указано значение'],
    ]);
  });

  it('computes ABC_CLASS over the whole column in one call', () => {
    expect(callGlobal(en(), 'ABC_CLASS', [[100], [500], [''], [40], [300], [60], [-1]])).toEqual([
      ['B'],
      ['A'],
      [''],
      ['C'],
      ['A'],
      ['B'],
      ['⚠ values: "-1" can\'t be negative'],
    ]);
  });

  it('computes XYZ_CLASS from rows of period demand, with default and given limits', () => {
    const rows = [
      [100, 100, 100],
      [80, 120, 100],
      [0, 200, 0],
      ['', '', ''],
      [500, 500, ''],
    ];
    expect(callGlobal(ru(), 'XYZ_CLASS', rows)).toEqual([['X'], ['Y'], ['Z'], [''], ['']]);
    expect(callGlobal(ru(), 'XYZ_CLASS', rows, 0.5, 1)).toEqual([['X'], ['X'], ['Z'], [''], ['']]);
  });

  it('computes ORDER_SIZE with faster_days as the order with the lead time that much shorter', () => {
    expect(callGlobal(ru(), 'ORDER_SIZE', 20, 5, 3, 7, 0.95, 150, 30, [[2], [0], ['']])).toEqual([
      [4],
      [47],
      [47],
    ]);
  });

  it('reads today’s rate of a shrinking item: 25 a day and a falling marker, in the sheet’s language', () => {
    const rows = [
      [1000, 950, 900, 850, 800, 750],
      [300, 340, 280, 310, 330, 290],
      [100, 120, 150, '', '', ''],
      ['', '', '', '', '', ''],
    ];
    const rates = callGlobal(ru(), 'DAILY_DEMAND', rows, 30) as Array<[number | string]>;
    expect(rates[0][0]).toBeCloseTo(25, 9);
    expect(rates[1][0]).toBeCloseTo(310 / 30, 9);
    expect(rates[3][0]).toBe('');
    const sds = callGlobal(ru(), 'DEMAND_SD', rows, 30, 3) as Array<[number | string]>;
    expect(sds[0][0]).toBeCloseTo(0, 9);
    expect(sds[1][0]).toBeCloseTo(Math.sqrt(800 / 3) / Math.sqrt(30), 9);
    expect(callGlobal(ru(), 'DEMAND_TREND', rows, 30)).toEqual([['↓ падает'], [''], ['↑ растёт'], ['']]);
    expect(callGlobal(en(), 'DEMAND_TREND', rows, 30)).toEqual([['↓ falling'], [''], ['↑ growing'], ['']]);
    expect(String((callGlobal(en(), 'DAILY_DEMAND', rows, 30, 0) as string[][])[0][0])).toMatch(
      /^⚠ recent_periods: "0"/,
    );
  });

  it('computes DISCOUNT_BREAKEVEN: +50 % for 20 % at 60 %, and a ⚠ when the discount eats the margin', () => {
    expect(callGlobal(en(), 'DISCOUNT_BREAKEVEN', [[0.2], [0.6]], 0.6)).toEqual([
      [0.5],
      ['⚠ discount: "0.6" is not below the margin; no extra volume can pay it back'],
    ]);
  });

  it('shows unequal ranges as an error of the whole call', () => {
    expect(() => callGlobal(en(), 'ABC_CLASS', [[1, 2]])).toThrow('ABC_CLASS: values must be one column');
    expect(() => callGlobal(ru(), 'DISCOUNT_BREAKEVEN', [[0.1], [0.2]], [[0.5], [0.5], [0.5]])).toThrow(
      'DISCOUNT_BREAKEVEN: диапазоны разной высоты: скидка — строк: 2, маржа — строк: 3',
    );
  });
});
