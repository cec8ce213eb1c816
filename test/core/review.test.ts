import fc from 'fast-check';
import {
  MAX_FIELD_LENGTH,
  type ReviewForm,
  TEXT_FIELDS,
  clientKey,
  figureText,
  isEmail,
  isPhone,
  nextContactDays,
  reviewForm,
  validateReview,
} from '../../src/core/review';
import { EN, RU } from '../support/sheets';

const blank = reviewForm({});
const form = (fields: Partial<ReviewForm>): ReviewForm => ({ ...blank, ...fields });

function reviewOf(fields: Partial<ReviewForm>) {
  const check = validateReview(form(fields), RU);
  if (!check.ok) throw new Error(JSON.stringify(check.errors));
  return check.review;
}

const errorsOf = (fields: Partial<ReviewForm>) => {
  const check = validateReview(form(fields), RU);
  return check.ok ? [] : check.errors.map((e) => [e.field, e.code, e.value]);
};

describe('reviewForm (what arrived from the browser)', () => {
  it('keeps the known fields, drops the rest, and blanks what is not text', () => {
    const f = reviewForm({
      name: 'Север',
      region: 7,
      manager: { evil: true },
      contact: null,
      injected: 'x',
      insolvent: 'true',
      discountBuys: ['loyalty', 'bribe', 'shelf', 'shelf'],
    });
    expect(f.name).toBe('Север');
    expect(f.region).toBe('7');
    expect(f.manager).toBe('');
    expect(f.contact).toBe('');
    expect('injected' in f).toBe(false);
    expect(f.insolvent).toBe(false);
    expect(f.discountBuys).toEqual(['shelf', 'loyalty']);
    expect(Object.keys(reviewForm(null)).sort()).toEqual(
      [...TEXT_FIELDS, 'insolvent', 'discountBuys'].sort(),
    );
  });
});

describe('validateReview', () => {
  it('needs a name and nothing else', () => {
    expect(errorsOf({})).toEqual([['name', 'required', '']]);
    expect(errorsOf({ name: '   ' })).toEqual([['name', 'required', '   ']]);
    expect(errorsOf({ name: 'Север' })).toEqual([]);
  });

  it('checks the shape of a phone and an e-mail, quoting what was typed', () => {
    expect(errorsOf({ name: 'A', phone: '+7 (999) 123-45-67', email: 'buyer@sever.ru' })).toEqual([]);
    expect(errorsOf({ name: 'A', phone: 'call me', email: 'buyer@sever' })).toEqual([
      ['phone', 'phone', 'call me'],
      ['email', 'email', 'buyer@sever'],
    ]);
  });

  it('reads numbers as cells are read: "-12%", "0,1", "1 234,5"', () => {
    const r = reviewOf({
      name: 'A',
      retailChange: '-12%',
      retailForecast: '0,1',
      purchasesBefore: '1 234,5',
      ourSalesDynamics: '-8 %',
      solvencyDynamics: '12',
      decisionMakerDynamics: 'yes',
      priceAsked: 'no',
    });
    expect(r.numbers.retailChange).toBeCloseTo(-0.12, 12);
    expect(r.numbers.retailForecast).toBeCloseTo(0.1, 12);
    expect(r.numbers.purchasesBefore).toBe(1234.5);
    expect(r.numbers.ourSalesDynamics).toBeCloseTo(-0.08, 12);
    expect(r.numbers.solvencyDynamics).toBe(12);
    expect(r.yesNo).toEqual({ decisionMakerDynamics: true, priceAsked: false });
  });

  it('names the field and the problem of text in a number field, a negative amount, a fall past 100 %, in form order', () => {
    expect(
      errorsOf({
        name: 'A',
        purchasesNow: 'много',
        purchasesBefore: '-5',
        retailChange: '-12',
        competitorSalesDynamics: 'abc',
        solvencyDynamics: '-1',
      }),
    ).toEqual([
      ['purchasesBefore', 'negative', '-5'],
      ['purchasesNow', 'notNumber', 'много'],
      ['retailChange', 'belowMinus100', '-12'],
      ['competitorSalesDynamics', 'notNumber', 'abc'],
      ['solvencyDynamics', 'negative', '-1'],
    ]);
  });

  it('writes overdue days as a number, "insolvent" as TRUE (the tick or the word), blank as blank', () => {
    expect(reviewOf({ name: 'A', overdueDays: '45' }).overdue).toBe(45);
    expect(reviewOf({ name: 'A', overdueDays: '' }).overdue).toBe('');
    expect(reviewOf({ name: 'A', overdueDays: 'да' }).overdue).toBe(true);
    expect(reviewOf({ name: 'A', overdueDays: 'abc', insolvent: true }).overdue).toBe(true);
    expect(errorsOf({ name: 'A', overdueDays: 'abc' })).toEqual([['overdueDays', 'notNumber', 'abc']]);
  });

  it('accepts only its own choices and real days', () => {
    expect(
      errorsOf({ name: 'A', priceAsked: 'maybe', nextContact: '2026-02-30', period: '01.11.2026' }),
    ).toEqual([
      ['priceAsked', 'choice', 'maybe'],
      ['nextContact', 'date', '2026-02-30'],
      ['period', 'date', '01.11.2026'],
    ]);
    expect(reviewOf({ name: 'A', nextContact: '2028-02-29' }).nextContact).toBe('2028-02-29');
    expect(reviewOf({ name: 'A', period: '2026-11-01' }).period).toBe('2026-11-01');
    expect(reviewOf({ name: 'A' }).period).toBe('');
  });

  it('reads the money of master data and of the period: credit limit, payment terms, overdue amount', () => {
    const r = reviewOf({
      name: 'A',
      creditLimit: '1 500 000',
      paymentTerms: '30',
      overdueAmount: '12 500,5',
    });
    expect(r.numbers).toMatchObject({ creditLimit: 1500000, paymentTerms: 30, overdueAmount: 12500.5 });
    expect(errorsOf({ name: 'A', creditLimit: '-1', overdueAmount: 'много' })).toEqual([
      ['creditLimit', 'negative', '-1'],
      ['overdueAmount', 'notNumber', 'много'],
    ]);
  });

  it('refuses a field longer than a person would type', () => {
    expect(errorsOf({ name: 'x'.repeat(MAX_FIELD_LENGTH) })).toEqual([]);
    expect(errorsOf({ name: 'x'.repeat(MAX_FIELD_LENGTH + 1) })).toEqual([
      ['name', 'tooLong', 'x'.repeat(MAX_FIELD_LENGTH + 1)],
    ]);
  });

  it('gives errors or a review for any strings in any field, and never throws', () => {
    const anyForm = fc.record(
      {
        ...Object.fromEntries(
          TEXT_FIELDS.map((f) => [
            f,
            fc.oneof(fc.string(), fc.constantFrom('-12%', '0,1', '=1+1', 'yes', 'no', '2026-01-31', '')),
          ]),
        ),
        insolvent: fc.boolean(),
        discountBuys: fc.array(fc.constantFrom('shelf', 'information', 'loyalty', 'other')),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(anyForm, (f) => {
        const check = validateReview(f, RU);
        if (check.ok) {
          expect(check.review.text.name.trim()).not.toBe('');
          for (const n of Object.values(check.review.numbers)) expect(Number.isFinite(n)).toBe(true);
        } else {
          expect(check.errors.length).toBeGreaterThan(0);
          for (const e of check.errors) expect(TEXT_FIELDS).toContain(e.field);
        }
      }),
    );
    fc.assert(fc.property(fc.anything(), (x) => expect(() => validateReview(x, RU)).not.toThrow()));
  });
});

describe('shape checks', () => {
  it.each(['a@b.co', 'first.last+tag@mail.example.ru', 'имя@почта.рф'])('takes %j as an e-mail', (e) =>
    expect(isEmail(e)).toBe(true),
  );
  it.each(['a@b', '@b.co', 'a b@c.ru', 'a@b.', 'a@@b.ru', '<a>@b.ru'])('refuses %j as an e-mail', (e) =>
    expect(isEmail(e)).toBe(false),
  );
  it.each(['+7 999 123-45-67', '8 (812) 555-12-34', '12345', '+123456789012345'])(
    'takes %j as a phone',
    (p) => expect(isPhone(p)).toBe(true),
  );
  it.each(['1234', '+1234567890123456', 'tel 123456', '12345 ext 6', '+7 999 12a-45-67'])(
    'refuses %j as a phone',
    (p) => expect(isPhone(p)).toBe(false),
  );
});

describe('clientKey (duplicates)', () => {
  it('ignores case, outer and repeated spaces, and ё', () => {
    expect(clientKey('  ТД  «Северный» ')).toBe(clientKey('тд «северный»'));
    expect(clientKey('Ёлка')).toBe(clientKey('елка'));
    expect(clientKey('Север')).not.toBe(clientKey('Северный'));
    expect(clientKey(12)).toBe('12');
  });
});

describe('figureText (a cell’s number typed back into the form)', () => {
  it('writes percentages and amounts as the locale types them, and reads back to the same number', () => {
    expect(figureText(-0.125, 'percent', RU)).toBe('-12,5%');
    expect(figureText(-0.125, 'percent', EN)).toBe('-12.5%');
    expect(figureText(0.07, 'percent', RU)).toBe('7%');
    expect(figureText(1200000, 'number', RU)).toBe('1200000');
    expect(figureText(12500.5, 'number', RU)).toBe('12500,5');
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 10, noNaN: true }),
        fc.constantFrom(RU, EN),
        fc.constantFrom('percent' as const, 'number' as const),
        (n, conv, kind) => {
          const back = validateReview(
            reviewForm({ name: 'A', retailChange: figureText(n, kind, conv) }),
            conv,
          );
          expect(back.ok).toBe(true);
          if (back.ok) expect(back.review.numbers.retailChange ?? 0).toBeCloseTo(n, 9);
        },
      ),
    );
  });
});

describe('next contact', () => {
  it('proposes a week for the insolvent, two weeks for a fall or a worry, a month for calm', () => {
    expect([3, 2, 1, 0].map((g) => nextContactDays(g as 0 | 1 | 2 | 3))).toEqual([7, 14, 14, 30]);
    expect(nextContactDays(undefined)).toBe(14);
  });
});
