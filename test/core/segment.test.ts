import fc from 'fast-check';
import { runColumn } from '../../src/core/columns';
import {
  DEFAULT_DROP_THRESHOLD,
  DEFAULT_OVERDUE_LIMIT,
  SEGMENT_ARGS,
  segmentClient,
  segmentLabel,
  segmentRow,
} from '../../src/core/segment';
import { column, isWellFormedResult } from '../support/arbitraries';

const defaults = { drop: DEFAULT_DROP_THRESHOLD, overdueLimit: DEFAULT_OVERDUE_LIMIT };
const row = (
  retail_change: unknown,
  retail_forecast: unknown,
  overdue_days: unknown,
  drop_threshold: unknown = '',
  overdue_limit: unknown = '',
) => segmentRow({ retail_change, retail_forecast, overdue_days, drop_threshold, overdue_limit } as never);

describe('segmentClient (playbook §2)', () => {
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

  it.each([
    [['abc', '', ''], 'retail_change', 'notNumber'],
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
    runColumn(lang, 'SEGMENT', SEGMENT_ARGS, args as never, segmentRow, segmentLabel);

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
    expect(out).toEqual([['⚠ retail_change: «x» — не число']]);
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
          .chain((h) => fc.tuple(column(h), column(h), column(h), column(1), column(1))),
        fc.constantFrom('ru' as const, 'en' as const),
        ([change, forecast, overdue, drop, limit], lang) => {
          const out = run(
            {
              retail_change: change,
              retail_forecast: forecast,
              overdue_days: overdue,
              drop_threshold: drop,
              overdue_limit: limit,
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
