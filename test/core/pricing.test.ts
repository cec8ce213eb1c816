import fc from 'fast-check';
import { DISCOUNT_BREAKEVEN_ARGS, discountBreakeven, discountBreakevenRow } from '../../src/core/pricing';
import { column, isWellFormedResult } from '../support/arbitraries';
import { runColumn } from '../../src/addon/functions/column';
import { sheetIn } from '../support/sheets';

const run = (discount: unknown, margin: unknown, lang: 'ru' | 'en' = 'en') =>
  runColumn(
    sheetIn(lang),
    'DISCOUNT_BREAKEVEN',
    DISCOUNT_BREAKEVEN_ARGS,
    { discount, margin },
    discountBreakevenRow,
    (n) => n,
  );

describe('discountBreakeven (Nagle & Müller, Standard formulas)', () => {
  it('needs +50 % volume for a 20 % cut at 60 % margin, exactly', () => {
    expect(discountBreakeven(0.2, 0.6)).toBe(0.5);
  });

  it.each([
    [0.1, 0.4, 1 / 3],
    [0.05, 0.25, 0.25],
    [0.1, 0.2, 1],
    [0, 0.3, 0],
    [-0.1, 0.4, -0.2], // a 10 % rise at 40 % margin may lose a fifth of the volume
    [-0.2, 0.6, -0.25],
  ])('a change of %p at margin %p needs %p', (d, m, expected) => {
    expect(discountBreakeven(d, m)).toBeCloseTo(expected, 14);
  });

  it('keeps gross profit: (m − d) · (1 + extra volume) = m', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 0.99, noNaN: true }),
        (m, share) => {
          const d = share * m; // below the margin
          const extra = discountBreakeven(d, m);
          expect((m - d) * (1 + extra)).toBeCloseTo(m, 9);
          expect(Math.sign(extra)).toBe(Math.sign(d) + 0);
        },
      ),
    );
  });
});

describe('DISCOUNT_BREAKEVEN over a column', () => {
  it('computes each request and says when no volume can pay a discount back', () => {
    expect(run([[0.2], ['20%'], ['-10%'], [0.6], [0.7], ['']], 0.6, 'en')).toEqual([
      [0.5],
      [0.5],
      [-0.142857142857143],
      ['⚠ discount: "0.6" is not below the margin; no extra volume can pay it back'],
      ['⚠ discount: "0.7" is not below the margin; no extra volume can pay it back'],
      [''],
    ]);
    expect(run('60%', '60%', 'ru')).toEqual([
      ['⚠ скидка: «60%» — не меньше маржи: такую скидку не окупит никакой рост объёма'],
    ]);
  });

  it('flags a discount or margin typed without %, and a missing margin; a row without a discount is blank', () => {
    expect(run([[20], [0.2], [0.2], ['']], [[0.6], [60], [''], [0.6]], 'ru')).toEqual([
      ['⚠ скидка: «20» — больше 100 %; введите процент, например 20%'],
      ['⚠ маржа: «60» — нужно от 0 до 100 %'],
      ['⚠ маржа: не указано значение'],
      [''],
    ]);
  });

  it('gives a number, "" or a ⚠ text per row for any mix of cells', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((h) => fc.tuple(column(h), column(h))),
        fc.constantFrom('ru' as const, 'en' as const),
        ([d, m], lang) => {
          const out = run(d, m, lang);
          expect(out).toHaveLength(d.length);
          for (const [cell] of out) {
            expect(isWellFormedResult(cell)).toBe(true);
            expect(typeof cell === 'number' || cell === '' || String(cell).startsWith('⚠ ')).toBe(true);
          }
        },
      ),
    );
  });
});
