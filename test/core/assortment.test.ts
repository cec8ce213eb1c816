import fc from 'fast-check';
import {
  ABC_CLASS_ARGS,
  ABC_CLASS_RULE,
  ABC_SHARES,
  AbcClass,
  DEFAULT_XYZ_LIMITS,
  MIN_XYZ_PERIODS,
  XYZ_CLASS_ARGS,
  abcClass,
  abcClasses,
  abcClassesByGroup,
  coefficientOfVariation,
  xyzClass,
  xyzClassRow,
} from '../../src/core/assortment';
import { column, isWellFormedResult, matrix } from '../support/arbitraries';
import { abcLabel, xyzLabel } from '../../src/present/assortment';
import { runColumn, runWholeColumn } from '../../src/addon/functions/column';
import { RU, sheetIn } from '../support/sheets';

const abc = (values: unknown, lang: 'ru' | 'en' = 'en', groups?: unknown) =>
  runWholeColumn(sheetIn(lang), 'ABC_CLASS', ABC_CLASS_ARGS, { values, groups }, ABC_CLASS_RULE, abcLabel);
const xyz = (demand_rows: unknown, x_limit: unknown = '', y_limit: unknown = '', lang: 'ru' | 'en' = 'en') =>
  runColumn(
    sheetIn(lang),
    'XYZ_CLASS',
    XYZ_CLASS_ARGS,
    { demand_rows, x_limit, y_limit },
    xyzClassRow,
    xyzLabel,
  );

describe('abcClass', () => {
  it('is A below 80 % above it, B below 95 %, C from 95 %', () => {
    expect([0, 0.7999, 0.8, 0.9499, 0.95, 1].map(abcClass)).toEqual(['A', 'A', 'B', 'B', 'C', 'C']);
  });
});

describe('abcClasses (Standard formulas)', () => {
  it('ranks by value: the item that crosses 80 % is still A, the one after it B', () => {
    // Shares of the items above: 0, 50 %, 80 %, 90 %, 96 %.
    expect(abcClasses([100, 500, 40, 300, 60])).toEqual(['B', 'A', 'C', 'A', 'B']);
  });

  it('makes the top item A even when it alone holds almost everything', () => {
    expect(abcClasses([1, 1000, 1])).toEqual(['C', 'A', 'C']);
  });

  it('ranks equal values in input order, so the later of two equals can fall into the next class', () => {
    expect(abcClasses([10, 10, 10, 10, 10])).toEqual(['A', 'A', 'A', 'A', 'B']);
    // 100 in all: the sixth 10 has 80 % above it, the first 5 has 90 %, the second 95 %.
    expect(abcClasses([30, 10, 10, 10, 10, 10, 10, 5, 5])).toEqual([
      'A',
      'A',
      'A',
      'A',
      'A',
      'A',
      'B',
      'B',
      'C',
    ]);
  });

  it('leaves blank items out of the total and gives them no class', () => {
    expect(abcClasses([undefined, 80, undefined, 20])).toEqual([undefined, 'A', undefined, 'B']);
    expect(abcClasses([])).toEqual([]);
  });

  it('makes an item worth nothing C, also when nothing is worth anything', () => {
    expect(abcClasses([5, 0])).toEqual(['A', 'C']);
    expect(abcClasses([0, 0])).toEqual(['C', 'C']);
  });

  it('counts 80 % as reached when cents summed in floating point fall just short of it', () => {
    expect(2.9 + 2.8 + 2.3).toBeLessThan(8); // 7.999999999999999
    expect(abcClasses([2.9, 2.8, 2.3, 2])).toEqual(['A', 'A', 'A', 'B']);
  });

  describe('properties', () => {
    const values = fc.array(fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }), {
      maxLength: 30,
    });
    const RANK: Record<AbcClass, number> = { A: 0, B: 1, C: 2 };

    it('goes A → B → C down the ranking, never back', () => {
      fc.assert(
        fc.property(values, (vs) => {
          const classes = abcClasses(vs);
          const byRank = vs
            .map((v, i) => ({ v, c: classes[i], i }))
            .filter((x) => x.v !== undefined)
            .sort((x, y) => y.v! - x.v! || x.i - y.i);
          for (let k = 1; k < byRank.length; k++)
            expect(RANK[byRank[k].c!]).toBeGreaterThanOrEqual(RANK[byRank[k - 1].c!]);
        }),
      );
    });

    it('classes every item by the share of the items ranked above it', () => {
      fc.assert(
        fc.property(values, (vs) => {
          const classes = abcClasses(vs);
          const total = vs.reduce<number>((s, v) => s + (v ?? 0), 0);
          vs.forEach((v, i) => {
            if (v === undefined) return expect(classes[i]).toBeUndefined();
            // Ranked above: larger values, and equal values earlier in the input.
            const above = vs.reduce<number>(
              (s, w, j) => s + (w !== undefined && (w > v || (w === v && j < i)) ? w : 0),
              0,
            );
            const share = total > 0 ? above / total : 1;
            const expected = share < ABC_SHARES.a ? 'A' : share < ABC_SHARES.b ? 'B' : 'C';
            expect(classes[i]).toBe(expected);
          });
        }),
      );
    });
  });
});

describe('ABC_CLASS over a column', () => {
  it('gives blanks "", flags negatives and text on their own rows and leaves them out of the total', () => {
    expect(abc([[500], [''], [-5], [300], ['abc'], [200]], 'ru')).toEqual([
      ['A'],
      [''],
      ['⚠ значения: «-5» — не может быть отрицательным'],
      ['A'],
      ['⚠ значения: «abc» — не число'],
      ['B'],
    ]);
  });

  it('reads numbers typed as text and classes a single value', () => {
    expect(abc([['1 000'], ['200,5']])).toEqual([['A'], ['B']]);
    expect(abc(42)).toEqual([['A']]);
  });

  it('refuses a range of several columns', () => {
    expect(() => abc([[1, 2]])).toThrow('ABC_CLASS: values must be one column');
  });

  it('ranks each client’s items among themselves, as typed in any case or spacing, blank ones together', () => {
    const values = [[100], [500], [40], [300], [20], [4]];
    const clients = [['Уралснаб'], ['  уралснаб '], ['Дон-Трейд'], ['Дон-Трейд'], [''], ['']];
    // Over the whole column the general assortment's 20 and 4 are C beside Уралснаб's 500; among themselves, A and B.
    expect(abc(values, 'en', clients)).toEqual([['B'], ['A'], ['B'], ['A'], ['A'], ['B']]);
    expect(abc(values)).toEqual([['B'], ['A'], ['B'], ['A'], ['C'], ['C']]);
    expect(() => abc(values, 'ru', clients.slice(0, 5))).toThrow(
      'ABC_CLASS: диапазоны разной высоты: группы — строк: 5, значения — строк: 6',
    );
  });

  it('gives each group the classes it would get alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 1000 }), fc.constantFrom('a', 'b', '')), { maxLength: 20 }),
        (items) => {
          const out = abcClassesByGroup(items.map(([value, group]) => ({ value, group })));
          for (const group of ['a', 'b', '']) {
            const rows = items.flatMap(([, g], i) => (g === group ? [i] : []));
            expect(rows.map((i) => out[i])).toEqual(abcClasses(rows.map((i) => items[i][0])));
          }
        },
      ),
    );
  });

  it('gives A, B, C, "" or a ⚠ text per row for any mix of cells', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }).chain(column),
        fc.constantFrom('ru' as const, 'en' as const),
        (vs, lang) => {
          const out = abc(vs, lang);
          expect(out).toHaveLength(vs.length);
          for (const [cell] of out) {
            expect(isWellFormedResult(cell)).toBe(true);
            expect(['A', 'B', 'C', ''].includes(String(cell)) || String(cell).startsWith('⚠ ')).toBe(true);
          }
        },
      ),
    );
  });
});

describe('coefficientOfVariation and xyzClass', () => {
  it('is the population standard deviation over the mean', () => {
    expect(coefficientOfVariation([90, 110])).toBe(0.1);
    expect(coefficientOfVariation([2, 4, 4, 4, 5, 5, 7, 9])).toBe(0.4); // σ = 2, mean 5
    expect(coefficientOfVariation([100])).toBe(0);
    expect(coefficientOfVariation([0, 0, 0])).toBe(Infinity);
  });

  it('is X up to 10 %, Y up to 25 %, Z above', () => {
    const cls = (cv: number) => xyzClass(cv, DEFAULT_XYZ_LIMITS);
    expect([0, 0.1, 0.1001, 0.25, 0.2501, Infinity].map(cls)).toEqual(['X', 'X', 'Y', 'Y', 'Z', 'Z']);
  });
});

describe('XYZ_CLASS over rows of period demand', () => {
  it('classes each item by its own row', () => {
    expect(
      xyz([
        [100, 100, 100, 100],
        [90, 110, 90, 110],
        [80, 120, 80, 120],
        [75, 125, '', 100],
        [70, 130, 70, 130],
      ]),
    ).toEqual([['X'], ['X'], ['Y'], ['Y'], ['Z']]);
  });

  it('skips blank periods but counts zeros', () => {
    expect(xyz([['', 200, '', 200, 200]])).toEqual([['X']]);
    expect(xyz([[0, 200, '', 0, 200]])).toEqual([['Z']]);
  });

  it('gives "" for fewer than three periods with figures: a brand-new item is no X', () => {
    expect(
      xyz([
        [500, '', '', '', '', ''],
        ['', '', '', '', 500, 500],
        ['', '', '', 500, 500, 500],
        [0, 0, '', '', '', ''],
      ]),
    ).toEqual([[''], [''], ['X'], ['']]);
    expect(xyzClassRow({ demand_rows: [100, 100], x_limit: '', y_limit: '' }, RU)).toBeUndefined();
  });

  it('gives "" for any row with fewer than three figures, whatever the limits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(''), fc.nat(1e6)), { minLength: 1, maxLength: 12 }),
        (cells) => {
          fc.pre(cells.filter((c) => c !== '').length < MIN_XYZ_PERIODS);
          expect(xyz([cells], '50%', '100%')).toEqual([['']]);
        },
      ),
    );
  });

  it('makes an item nobody buys Z and gives a row without figures ""', () => {
    expect(
      xyz([
        [0, 0, 0],
        ['', '', ''],
      ]),
    ).toEqual([['Z'], ['']]);
  });

  it('takes other limits, e.g. 50 % and 100 %', () => {
    expect(xyz([[0, 200, 0, 200]], '50%', '100%')).toEqual([['Y']]);
    expect(xyz([[80, 120, 80]], 0.05, 0.15)).toEqual([['Z']]);
  });

  it('flags negative or unreadable demand and a limit typed without %', () => {
    expect(
      xyz(
        [
          [10, -1],
          [10, 'n/a'],
          [10, 12, 11],
        ],
        10,
        '',
        'ru',
      ),
    ).toEqual([
      ['⚠ спрос по периодам: «-1» — не может быть отрицательным'],
      ['⚠ спрос по периодам: «n/a» — не число'],
      ['⚠ граница X: «10» — нужно от 0 до 100 %'],
    ]);
  });

  it('gives X, Y, Z, "" or a ⚠ text per row for any mix of cells', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((h) => fc.tuple(matrix(h, 5), column(1), column(1))),
        fc.constantFrom('ru' as const, 'en' as const),
        ([rows, x, y], lang) => {
          const out = xyz(rows, x, y, lang);
          expect(out).toHaveLength(rows.length);
          for (const [cell] of out) {
            expect(isWellFormedResult(cell)).toBe(true);
            expect(['X', 'Y', 'Z', ''].includes(String(cell)) || String(cell).startsWith('⚠ ')).toBe(true);
          }
        },
      ),
    );
  });
});
