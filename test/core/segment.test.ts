import fc from 'fast-check';
import {
  DEFAULT_DROP_THRESHOLD,
  DEFAULT_OVERDUE_LIMIT,
  SEGMENT_ARGS,
  explainSegment,
  explainSegmentRow,
  segmentRow,
} from '../../src/core/segment';
import { column, isWellFormedResult } from '../support/arbitraries';
import { runColumn } from '../../src/addon/functions/column';
import { segmentLabel, segmentReasonText } from '../../src/present/segment';
import { RU, sheetIn } from '../support/sheets';

const defaults = { drop: DEFAULT_DROP_THRESHOLD, overdueLimit: DEFAULT_OVERDUE_LIMIT };
const row = (
  retail_change: unknown,
  retail_forecast: unknown,
  overdue_days: unknown,
  drop_threshold: unknown = '',
  overdue_limit: unknown = '',
  overdue_amount: unknown = '',
  materiality: unknown = '',
) =>
  segmentRow(
    {
      retail_change,
      retail_forecast,
      overdue_days,
      drop_threshold,
      overdue_limit,
      overdue_amount,
      materiality,
    } as never,
    RU,
  );

const segmentClient = (...args: Parameters<typeof explainSegment>) => explainSegment(...args).group;

describe('segmentClient (New segmentation)', () => {
  it('puts insolvency above a recorded fall and a recorded fall above an expected one', () => {
    expect(
      segmentClient(
        { retailChange: -0.3, retailForecast: -0.3, overdueDays: 120, insolvent: false },
        defaults,
      ),
    ).toBe(3);
    expect(
      segmentClient({ retailChange: -0.3, retailForecast: -0.3, overdueDays: 0, insolvent: true }, defaults),
    ).toBe(3);
    expect(
      segmentClient({ retailChange: -0.3, retailForecast: -0.3, overdueDays: 0, insolvent: false }, defaults),
    ).toBe(2);
    expect(
      segmentClient({ retailChange: 0.02, retailForecast: -0.3, overdueDays: 0, insolvent: false }, defaults),
    ).toBe(1);
    expect(
      segmentClient({ retailChange: 0.02, retailForecast: 0.01, overdueDays: 0, insolvent: false }, defaults),
    ).toBe(0);
  });

  it('counts a fall of exactly the threshold as a drop, and one just short of it as none', () => {
    expect(segmentClient({ retailChange: -0.05, overdueDays: 0, insolvent: false }, defaults)).toBe(2);
    expect(segmentClient({ retailChange: -0.0499, overdueDays: 0, insolvent: false }, defaults)).toBe(0);
    expect(segmentClient({ retailForecast: -0.05, overdueDays: 0, insolvent: false }, defaults)).toBe(1);
  });

  it('treats more than the overdue limit as insolvent: 90 days is not, 91 is', () => {
    expect(segmentClient({ overdueDays: 90, insolvent: false }, defaults)).toBe(0);
    expect(segmentClient({ overdueDays: 91, insolvent: false }, defaults)).toBe(3);
  });
});

describe('segmentRow (one row of =SEGMENT)', () => {
  it('reads the cells as Sheets passes them', () => {
    expect(row(-0.12, '', '')).toBe(2);
    expect(row('-12%', '', '')).toBe(2);
    expect(row('', '-5 %', 0)).toBe(1);
    expect(row('', '', 91)).toBe(3);
    expect(row('', '', true)).toBe(3);
    expect(row(-0.2, '', false)).toBe(2);
    expect(row('', '', 0)).toBe(0);
  });

  it('gives nothing for a row whose three inputs are blank', () => {
    expect(row('', '', '')).toBeUndefined();
    expect(row('', '  ', '', 0.1, 30)).toBeUndefined();
  });

  it('uses the thresholds given, with the sign of the drop threshold ignored', () => {
    expect(row(-0.08, '', '', 0.1)).toBe(0);
    expect(row(-0.1, '', '', -0.1)).toBe(2);
    expect(row(-0.1, '', '', '-10%')).toBe(2);
    expect(row('', '', 31, '', 30)).toBe(3);
    expect(row('', '', 30, '', 30)).toBe(0);
  });

  it('counts a long overdue as insolvency only on a material amount, or when either is blank', () => {
    expect(row('', '', 91, '', '', 100, 10000)).toBe(0);
    expect(row(-0.2, '', 91, '', '', 100, 10000)).toBe(2);
    expect(row('', '-10%', 200, '', '', '9 999', '10 000')).toBe(1);
    expect(row('', '', 91, '', '', 10000, 10000)).toBe(3);
    expect(row('', '', 91, '', '', 50000, 10000)).toBe(3);
    expect(row('', '', 91, '', '', '', 10000)).toBe(3);
    expect(row('', '', 91, '', '', 100, '')).toBe(3);
    expect(row('', '', true, '', '', 100, 10000)).toBe(3);
    expect(row('', '', 90, '', '', 50000, 10000)).toBe(0);
  });

  it('leaves a row of money alone blank: the amount decides nothing without days', () => {
    expect(row('', '', '', '', '', 50000, 10000)).toBeUndefined();
  });

  it.each([
    [['abc', '', ''], 'retail_change', 'notNumber'],
    [['', '', 95, '', '', 'много'], 'overdue_amount', 'notNumber'],
    [['', '', 95, '', '', -5], 'overdue_amount', 'negative'],
    [['', '', 95, '', '', 5, -1], 'materiality', 'negative'],
    [['', 'soon', ''], 'retail_forecast', 'notNumber'],
    [['', '', -3], 'overdue_days', 'negative'],
    [[-12, '', ''], 'retail_change', 'belowMinus100'],
    [[-0.1, '', '', 5], 'drop_threshold', 'notPercent'],
    [['', '', 10, '', 'x'], 'overdue_limit', 'notNumber'],
  ])('reports %j as a problem of %s', (args, arg, code) => {
    expect(() => (row as (...a: unknown[]) => unknown)(...args)).toThrow(
      expect.objectContaining({ arg, code }),
    );
  });
});

describe('segmentLabel', () => {
  it('is the digit, a space, an em dash, a space and the name in the sheet language', () => {
    expect(segmentLabel(2, 'ru')).toBe('2 — Падение зафиксировано');
    expect(segmentLabel(0, 'en')).toBe('0 — No crisis signal');
    for (const g of [0, 1, 2, 3] as const) expect(segmentLabel(g, 'ru').charAt(0)).toBe(String(g));
  });
});

describe('SEGMENT over a column', () => {
  const run = (args: Record<string, unknown>, lang: 'ru' | 'en' = 'en') =>
    runColumn(sheetIn(lang), 'SEGMENT', SEGMENT_ARGS, args as never, segmentRow, segmentLabel);

  it('returns one label per row and a ⚠ text naming the bad value on its own row only', () => {
    const out = run({
      retail_change: [[-0.12], ['abc'], ['']],
      retail_forecast: [[''], [''], ['']],
      overdue_days: [[0], [0], ['']],
    });
    expect(out).toEqual([['2 — Fall recorded'], ['⚠ retail_change: "abc" is not a number'], ['']]);
  });

  it('speaks the sheet language in problems', () => {
    const out = run({ retail_change: 'x', retail_forecast: '', overdue_days: '' }, 'ru');
    expect(out).toEqual([['⚠ изменение розничных продаж: «x» — не число']]);
  });

  it('throws a clear error for ranges of unequal height', () => {
    expect(() =>
      run({ retail_change: [[1], [2], [3]], retail_forecast: [[1], [2]], overdue_days: '' }),
    ).toThrow('SEGMENT: ranges differ in height: retail_forecast has 2 rows, retail_change has 3');
  });

  it('gives each row a label, "" or a ⚠ text for any mix of cell values', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 8 })
          .chain((h) =>
            fc.tuple(column(h), column(h), column(h), column(1), column(1), column(h), column(1)),
          ),
        fc.constantFrom('ru' as const, 'en' as const),
        ([change, forecast, overdue, drop, limit, amount, materiality], lang) => {
          const out = run(
            {
              retail_change: change,
              retail_forecast: forecast,
              overdue_days: overdue,
              drop_threshold: drop,
              overdue_limit: limit,
              overdue_amount: amount,
              materiality,
            },
            lang,
          );
          expect(out).toHaveLength(change.length);
          for (const [cell] of out) {
            expect(isWellFormedResult(cell)).toBe(true);
            expect(cell === '' || /^[0-3] — /.test(String(cell)) || String(cell).startsWith('⚠ ')).toBe(true);
          }
        },
      ),
    );
  });
});

describe('explainSegmentRow and segmentReasonText (the sidebar’s reason in words)', () => {
  const explain = (
    retail_change: unknown,
    retail_forecast: unknown,
    overdue_days: unknown,
    drop_threshold: unknown = '',
    overdue_limit: unknown = '',
    overdue_amount: unknown = '',
    materiality: unknown = '',
  ) =>
    explainSegmentRow(
      {
        retail_change,
        retail_forecast,
        overdue_days,
        drop_threshold,
        overdue_limit,
        overdue_amount,
        materiality,
      } as never,
      RU,
    );

  it('gives the group of segmentRow with the numbers that decided it', () => {
    expect(explain('-12%', '', '')).toEqual({ group: 2, why: 'fall', retailChange: -0.12, drop: 0.05 });
    expect(explain('', '-5 %', 0, '10%')).toEqual({ group: 0, why: 'none', drop: 0.1 });
    expect(explain('', '-10%', '', '-10%')).toEqual({
      group: 1,
      why: 'expects',
      retailForecast: -0.1,
      drop: 0.1,
    });
    expect(explain(-0.3, '', 91)).toEqual({ group: 3, why: 'overdue', overdueDays: 91, overdueLimit: 90 });
    expect(explain(-0.3, '', 'ИСТИНА')).toEqual({ group: 3, why: 'insolvent' });
    expect(explain('', '', '')).toBeUndefined();
  });

  it('tells the amount of a material overdue, and the overdue too small to count beside another reason', () => {
    expect(explain('', '', 120, '', '', 450000, 10000)).toEqual({
      group: 3,
      why: 'overdue',
      overdueDays: 120,
      overdueLimit: 90,
      overdueAmount: 450000,
    });
    expect(explain(-0.2, '', 120, '', '', 100, 10000)).toEqual({
      group: 2,
      why: 'fall',
      retailChange: -0.2,
      drop: 0.05,
      immaterial: { overdueDays: 120, overdueAmount: 100, materiality: 10000 },
    });
    expect(explain(-0.2, '', 30, '', '', 100, 10000)).toEqual({
      group: 2,
      why: 'fall',
      retailChange: -0.2,
      drop: 0.05,
    });
  });

  it('agrees with segmentRow on any row', () => {
    fc.assert(
      fc.property(column(1), column(1), column(1), (a, b, c) => {
        let group: unknown;
        let explained: unknown;
        try {
          group = row(a[0][0], b[0][0], c[0][0]);
        } catch (e) {
          group = (e as Error).message;
        }
        try {
          explained = explain(a[0][0], b[0][0], c[0][0])?.group;
        } catch (e) {
          explained = (e as Error).message;
        }
        expect(explained).toEqual(group);
      }),
    );
  });

  it('says it in words, with the percentages of the locale', () => {
    const fall = explain('-12%', '', '')!;
    expect(segmentReasonText(fall, 'en')).toBe(
      'Retail sales changed by -12%: a fall of at least the 5% threshold.',
    );
    expect(segmentReasonText(fall, 'ru')).toMatch(
      /^Розничные продажи изменились на -12\s%: падение не меньше порога 5\s%\.$/,
    );
    expect(segmentReasonText(explain('', '', 120)!, 'ru')).toBe(
      'Просрочка 120 дн. — больше предела в 90 дн.',
    );
    expect(segmentReasonText(explain('', '', true)!, 'en')).toBe('The client is marked insolvent.');
    expect(segmentReasonText(explain('', '-7,5%', '')!, 'en')).toContain('-7.5%');
  });

  it('says the money: the amount overdue, and why a small one does not make the client insolvent', () => {
    expect(segmentReasonText(explain('', '', 120, '', '', 450000, 10000)!, 'en')).toBe(
      '120 days overdue on 450,000: more than the 90-day limit.',
    );
    expect(segmentReasonText(explain('', '', 120, '', '', 450000, 10000)!, 'ru')).toMatch(
      /^Просрочка 120 дн\. на сумму 450\s000 — больше предела в 90 дн\.$/,
    );
    expect(segmentReasonText(explain('', '', 91, '', '', 100, 10000)!, 'ru')).toMatch(
      /^Нет ни падения .* Просрочка 91 дн\. лишь на 100 — меньше значимой суммы 10\s000: это ещё не неплатёжеспособность\.$/,
    );
  });
});
