import fc from 'fast-check';
import {
  CLIENT_SIGNALS_ARGS,
  ClientDynamics,
  DEFAULT_OVERDUE_WARNING,
  DEFAULT_STOCK_GAP,
  SIGNALS,
  clientSignals,
  clientSignalsRow,
} from '../../src/core/monitoring';
import { DEFAULT_DROP_THRESHOLD, DEFAULT_OVERDUE_LIMIT } from '../../src/core/segment';
import { texts } from '../../src/i18n';
import { column, isWellFormedResult } from '../support/arbitraries';
import { runColumn } from '../../src/addon/functions/column';
import { signalsText } from '../../src/present/monitoring';
import { RU, sheetIn } from '../support/sheets';

const defaults = {
  stockGap: DEFAULT_STOCK_GAP,
  drop: DEFAULT_DROP_THRESHOLD,
  overdueWarning: DEFAULT_OVERDUE_WARNING,
  overdueLimit: DEFAULT_OVERDUE_LIMIT,
};
const calm: ClientDynamics = { overdueDays: 0, insolvent: false, decisionMakerChanged: false };
const signals = (c: Partial<ClientDynamics>, t: Partial<typeof defaults> = {}) =>
  clientSignals({ ...calm, ...c }, { ...defaults, ...t });

type Args = Partial<Record<keyof typeof CLIENT_SIGNALS_ARGS, unknown>>;
const run = (args: Args, lang: 'ru' | 'en' = 'en') =>
  runColumn(
    sheetIn(lang),
    'CLIENT_SIGNALS',
    CLIENT_SIGNALS_ARGS,
    args as never,
    clientSignalsRow,
    signalsText,
  );
/** One row of cells: blank unless given. */
const read = (args: Args) =>
  clientSignalsRow(
    {
      ...Object.fromEntries(Object.keys(CLIENT_SIGNALS_ARGS).map((k) => [k, ''])),
      ...args,
    } as never,
    RU,
  );

describe('clientSignals (Client monitoring)', () => {
  it('shows nothing for a calm client or one with nothing filled in', () => {
    expect(signals({})).toEqual([]);
    expect(signals({ totalSales: 0.02, ourSales: 0.03, competitorSales: 0.01, ourPurchases: 0.05 })).toEqual(
      [],
    );
    expect(read({})).toEqual([]);
  });

  describe('switching to competitors', () => {
    it('fires when our sales trail the competitors’ by at least the drop threshold', () => {
      expect(signals({ ourSales: -0.2, competitorSales: -0.05 })).toEqual(['switching']);
      expect(signals({ ourSales: 0, competitorSales: 0.3 })).toEqual(['switching']);
      expect(signals({ ourSales: -0.08, competitorSales: -0.03 })).toEqual(['switching']);
    });

    it('fires when our purchases trail the competitors’ purchases', () => {
      expect(signals({ ourPurchases: -0.2, competitorPurchases: 0.05 })).toContain('switching');
    });

    it('stays quiet for a wobble, or when both fall alike', () => {
      expect(signals({ ourSales: -0.005, competitorSales: 0 })).toEqual([]);
      expect(signals({ ourSales: -0.01, competitorSales: 0.01 })).toEqual([]);
      expect(signals({ ourSales: -0.3, competitorSales: -0.28 })).toEqual([]);
      expect(signals({ ourSales: -0.1, competitorSales: -0.1 }, { drop: 0.1 })).toEqual([]);
    });

    it('needs both changes, and pairs sales with sales and purchases with purchases', () => {
      expect(signals({ ourSales: -0.3 })).toEqual([]);
      expect(signals({ competitorSales: 0.3 })).toEqual([]);
      expect(signals({ ourSales: -0.1, competitorPurchases: 0.2 })).not.toContain('switching');
    });
  });

  describe('buying less from us (our shipments, block 4)', () => {
    it('fires on a fall of the drop threshold even when every other block is blank', () => {
      expect(signals({ ourPurchases: -0.05 })).toEqual(['buysLess']);
      expect(signals({ ourPurchases: -0.0499 })).toEqual([]);
      expect(signals({ ourPurchases: -0.08 }, { drop: 0.1 })).toEqual([]);
    });

    it('gives way to a signal that says why: demand, competitors, stock, money or people', () => {
      expect(signals({ ourPurchases: -0.2, totalSales: -0.2 })).toEqual(['demandFall']);
      expect(signals({ ourPurchases: -0.2, competitorPurchases: 0 })).toEqual(['switching']);
      expect(signals({ ourPurchases: -0.2, ourSales: 0 })).toEqual(['destocking']);
      expect(signals({ ourPurchases: -0.2, overdueDays: 120 })).toEqual(['insolvent']);
      expect(signals({ ourPurchases: -0.2, decisionMakerChanged: true })).toEqual(['newDecisionMaker']);
    });
  });

  describe('destocking and overstocking (purchases against sales of our assortment)', () => {
    it('flags destocking at exactly the gap, even when the fractions are not exact in binary', () => {
      expect(0.05 - 0.15).not.toBe(-0.1);
      expect(signals({ ourPurchases: 0.05, ourSales: 0.15 })).toEqual(['destocking']);
      expect(signals({ ourPurchases: -0.1, ourSales: 0 })).toEqual(['destocking']);
      expect(signals({ ourPurchases: -0.0999, ourSales: 0 })).toEqual(['buysLess']);
      expect(signals({ ourPurchases: 0.0001, ourSales: 0.1 })).toEqual([]);
    });

    it('flags overstocking at exactly the gap and not just short of it', () => {
      expect(signals({ ourPurchases: 0.25, ourSales: 0.15 })).toEqual(['overstocking']);
      expect(signals({ ourPurchases: 0.2499, ourSales: 0.15 })).toEqual([]);
    });

    it('needs both our purchases and our sales', () => {
      expect(signals({ ourPurchases: -0.5 })).not.toContain('destocking');
      expect(signals({ ourSales: 0.5 })).toEqual([]);
    });

    it('uses the gap given, and never shows both even with a gap of 0', () => {
      expect(signals({ ourPurchases: -0.1, ourSales: 0 }, { stockGap: 0.2 })).toEqual(['buysLess']);
      expect(signals({ ourPurchases: 0, ourSales: 0 }, { stockGap: 0 })).toEqual([]);
      expect(signals({ ourPurchases: 0.01, ourSales: 0 }, { stockGap: 0 })).toEqual(['overstocking']);
    });
  });

  it('flags a fall of total demand at exactly the drop threshold, not just short of it', () => {
    expect(signals({ totalSales: -0.05 })).toEqual(['demandFall']);
    expect(signals({ totalSales: -0.0499 })).toEqual([]);
    expect(signals({ totalSales: -0.08 }, { drop: 0.1 })).toEqual([]);
  });

  it('warns of solvency from 30 days past due up to the limit, and calls insolvent beyond it', () => {
    expect(signals({ overdueDays: 29 })).toEqual([]);
    expect(signals({ overdueDays: 30 })).toEqual(['solvencyWarning']);
    expect(signals({ overdueDays: 90 })).toEqual(['solvencyWarning']);
    expect(signals({ overdueDays: 91 })).toEqual(['insolvent']);
    expect(signals({ insolvent: true })).toEqual(['insolvent']);
    expect(signals({ overdueDays: 20 }, { overdueWarning: 14 })).toEqual(['solvencyWarning']);
  });

  it('warns of solvency only when the days grew since the period before, when that is known', () => {
    expect(signals({ overdueDays: 45, previousOverdueDays: 80 })).toEqual([]);
    expect(signals({ overdueDays: 45, previousOverdueDays: 45 })).toEqual([]);
    expect(signals({ overdueDays: 45, previousOverdueDays: 10 })).toEqual(['solvencyWarning']);
    expect(signals({ overdueDays: 45, previousOverdueDays: Infinity })).toEqual([]);
    expect(signals({ overdueDays: 20, previousOverdueDays: 0 })).toEqual([]);
    expect(signals({ overdueDays: 120, previousOverdueDays: 200 })).toEqual(['insolvent']);
  });

  it('flags a new decision maker', () => {
    expect(signals({ decisionMakerChanged: true })).toEqual(['newDecisionMaker']);
  });

  it('lists every signal shown, in the order of the monitoring blocks', () => {
    expect(
      signals({
        totalSales: -0.2,
        ourSales: -0.05,
        competitorSales: 0.1,
        ourPurchases: -0.3,
        overdueDays: 45,
        decisionMakerChanged: true,
      }),
    ).toEqual(['demandFall', 'switching', 'destocking', 'solvencyWarning', 'newDecisionMaker']);
  });
});

describe('clientSignalsRow (one row of =CLIENT_SIGNALS)', () => {
  it('reads the cells as Sheets passes them', () => {
    expect(read({ total_sales_change: '-5 %' })).toEqual(['demandFall']);
    expect(read({ our_sales_change: '-0,02', competitor_sales_change: '3%' })).toEqual(['switching']);
    expect(read({ overdue_days: true })).toEqual(['insolvent']);
    expect(read({ overdue_days: false })).toEqual([]);
    expect(read({ decision_maker_changed: 'да' })).toEqual(['newDecisionMaker']);
    expect(read({ decision_maker_changed: 'ЛОЖЬ' })).toEqual([]);
  });

  it('takes the thresholds given, with the sign of the gap and the drop ignored', () => {
    expect(read({ our_purchases_change: -0.1, our_sales_change: 0, stock_gap: '-15%' })).toEqual([
      'buysLess',
    ]);
    expect(read({ total_sales_change: -0.08, drop_threshold: '-10%' })).toEqual([]);
    expect(read({ overdue_days: 10, overdue_warning: 10 })).toEqual(['solvencyWarning']);
    expect(read({ overdue_days: 31, overdue_limit: 30 })).toEqual(['insolvent']);
  });

  it('reads the previous period’s overdue days: blank unknown, TRUE as insolvent then, text numbers', () => {
    expect(read({ overdue_days: 45 })).toEqual(['solvencyWarning']);
    expect(read({ overdue_days: 45, previous_overdue_days: '80' })).toEqual([]);
    expect(read({ overdue_days: 45, previous_overdue_days: true })).toEqual([]);
    expect(read({ overdue_days: 45, previous_overdue_days: 'ЛОЖЬ' })).toEqual(['solvencyWarning']);
    expect(read({ overdue_days: 45, previous_overdue_days: ' ' })).toEqual(['solvencyWarning']);
  });

  it.each([
    [{ total_sales_change: 'abc' }, 'total_sales_change', 'notNumber'],
    [{ our_sales_change: -12 }, 'our_sales_change', 'belowMinus100'],
    [{ competitor_sales_change: new Date(2026, 0, 1) }, 'competitor_sales_change', 'date'],
    [{ our_purchases_change: 'x' }, 'our_purchases_change', 'notNumber'],
    [{ competitor_purchases_change: 'x' }, 'competitor_purchases_change', 'notNumber'],
    [{ overdue_days: -1 }, 'overdue_days', 'negative'],
    [{ decision_maker_changed: 'maybe' }, 'decision_maker_changed', 'notBoolean'],
    [{ decision_maker_changed: 1 }, 'decision_maker_changed', 'notBoolean'],
    [{ stock_gap: 10 }, 'stock_gap', 'notPercent'],
    [{ drop_threshold: 5 }, 'drop_threshold', 'notPercent'],
    [{ overdue_warning: -30 }, 'overdue_warning', 'negative'],
    [{ overdue_limit: 'x' }, 'overdue_limit', 'notNumber'],
    [{ previous_overdue_days: 'x' }, 'previous_overdue_days', 'notNumber'],
    [{ previous_overdue_days: -3 }, 'previous_overdue_days', 'negative'],
  ])('reports %j as a problem of %s', (args, arg, code) => {
    expect(() => read(args)).toThrow(expect.objectContaining({ arg, code }));
  });
});

describe('signalsText', () => {
  it('joins "Name: action" texts with "; " in the sheet language, "" for none', () => {
    expect(signalsText([], 'ru')).toBe('');
    expect(signalsText(['destocking'], 'en')).toBe(
      'Destocking: its shelf will empty, offer the optimal order size',
    );
    expect(signalsText(['demandFall', 'newDecisionMaker'], 'ru')).toBe(
      'Общий спрос падает: пересмотрите сегмент клиента; ' +
        'Новое лицо, принимающее решение: встретьтесь и представьте наши предложения',
    );
  });

  it('has a name and an action for every signal, with no "; " inside', () => {
    for (const lang of ['ru', 'en'] as const) {
      for (const s of SIGNALS) {
        expect(texts[lang].monitoring.signals[s]).toMatch(/^[^;]+: [^;]+$/);
        expect(texts[lang].monitoring.names[s]).toMatch(/^[^;:(),]+$/);
      }
    }
  });

  it('keeps the switching signal’s words about competitors', () => {
    expect(signalsText(['switching'], 'ru')).toMatch(/^Уходит к конкурентам: /);
    expect(signalsText(['switching'], 'en')).toMatch(/^Switching to competitors: /);
  });

  it('gives an insolvent client one recommendation, naming what else is seen, and no advice to ship more', () => {
    expect(signalsText(['insolvent'], 'en')).toBe(texts.en.monitoring.signals.insolvent);
    expect(
      signalsText(['demandFall', 'switching', 'destocking', 'insolvent', 'newDecisionMaker'], 'ru'),
    ).toBe(
      'Неплатёжеспособен: сократите поставки до безопасного минимума, не сжигайте мосты ' +
        '(видно также: общий спрос падает, уходит к конкурентам, распродаёт запасы, сменился ЛПР)',
    );
    expect(signalsText(['destocking', 'insolvent'], 'en')).not.toMatch(/offer|order size/);
  });
});

describe('CLIENT_SIGNALS over a column', () => {
  it('gives each client its signals, "" when none, and a ⚠ text naming the bad value on its row only', () => {
    const out = run(
      {
        total_sales_change: [[-0.1], [''], ['']],
        our_sales_change: [[''], ['abc'], ['']],
        competitor_sales_change: '',
        our_purchases_change: '',
        competitor_purchases_change: '',
        overdue_days: [[0], [0], [95]],
        decision_maker_changed: '',
      },
      'ru',
    );
    expect(out).toEqual([
      ['Общий спрос падает: пересмотрите сегмент клиента'],
      ['⚠ изменение продаж нашего ассортимента: «abc» — не число'],
      ['Неплатёжеспособен: сократите поставки до безопасного минимума, не сжигайте мосты'],
    ]);
  });

  it('throws a clear error for ranges of unequal height', () => {
    expect(() => run({ total_sales_change: [[1], [2]], overdue_days: [[1], [2], [3]] })).toThrow(
      'CLIENT_SIGNALS: ranges differ in height',
    );
  });

  it('gives every row signals, "" or a ⚠ text for any mix of cell values', () => {
    const known = new Set(Object.values(texts.en.monitoring.signals));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 6 })
          .chain((h) =>
            fc.tuple(
              fc.array(column(h), { minLength: 7, maxLength: 7 }),
              fc.array(column(1), { minLength: 4, maxLength: 4 }),
            ),
          ),
        ([rows, thresholds]) => {
          const names = Object.keys(CLIENT_SIGNALS_ARGS);
          const args = Object.fromEntries(
            names.map((n, i) => [n, i < 7 ? rows[i] : i < 11 ? thresholds[i - 7] : rows[0]]),
          );
          const out = run(args);
          expect(out).toHaveLength(rows[0].length);
          for (const [cell] of out) {
            expect(isWellFormedResult(cell)).toBe(true);
            const text = String(cell);
            if (text === '' || text.startsWith('⚠ ')) continue;
            if (text.startsWith(texts.en.monitoring.signals.insolvent)) {
              expect(text).not.toContain('; ');
              continue;
            }
            const parts = text.split('; ');
            for (const part of parts) expect(known.has(part)).toBe(true);
            expect(
              parts.includes(texts.en.monitoring.signals.destocking) &&
                parts.includes(texts.en.monitoring.signals.overstocking),
            ).toBe(false);
            expect(
              parts.includes(texts.en.monitoring.signals.insolvent) &&
                parts.includes(texts.en.monitoring.signals.solvencyWarning),
            ).toBe(false);
          }
        },
      ),
    );
  });
});
