import { findLayout } from '../../sheets-templates/layout';
import { clients } from '../../sheets-templates/clients';
import { monitoring } from '../../sheets-templates/monitoring';
import { type ReviewForm, reviewForm, validateReview } from '../../src/core/review';
import { inputRuns } from '../../src/addon/samples';
import { reviewRows } from '../../src/addon/reviewRows';
import { RU, todayOf } from '../support/sheets';

const blank = reviewForm({});
const form = (fields: Partial<ReviewForm>): ReviewForm => ({ ...blank, ...fields });

function reviewOf(fields: Partial<ReviewForm>) {
  const check = validateReview(form(fields), RU);
  if (!check.ok) throw new Error(JSON.stringify(check.errors));
  return check.review;
}

describe('reviewRows', () => {
  const today = todayOf(new Date(2026, 10, 26, 15, 30));
  const review = reviewOf({
    name: '=IMPORTXML("http://x"; "//a")',
    region: '+7 регион',
    manager: '-Петров',
    contact: '@home',
    phone: '+7 999 123-45-67',
    email: 'buyer@sever.ru',
    purchasesBefore: '1 000 000',
    retailChange: '-12%',
    overdueDays: '',
    insolvent: true,
    ourSalesDynamics: '-8%',
    ourSalesForecast: 'Ждут спада',
    decisionMakerDynamics: 'no',
    priceAsked: 'yes',
    priceAnswer: 'Важна отсрочка',
    discountBuys: ['shelf', 'loyalty'],
    nextContact: '2026-12-03',
  });

  it('keeps every text literal and writes numbers, localized choices and a day', () => {
    const { clients: c } = reviewRows(review, 'ru', today);
    expect(c.name).toBe('\'=IMPORTXML("http://x"; "//a")');
    expect(c.region).toBe("'+7 регион");
    expect(c.manager).toBe("'-Петров");
    expect(c.contact).toBe("'@home");
    expect(c.phone).toBe("'+7 999 123-45-67");
    expect(c.purchasesBefore).toBe(1000000);
    expect(c.priceAsked).toBe("'Да");
    expect(c.discountBuys).toBe("'Больше нашего ассортимента на полке, Лояльность клиента");
    expect(c.nextContact).toEqual(new Date(2026, 11, 3));
    expect(reviewRows(review, 'en', today).clients.priceAsked).toBe("'Yes");
  });

  it('writes master data to Clients: every input column the form has, and only those', () => {
    const { clients: c } = reviewRows(review, 'en', today);
    const layout = findLayout(clients, []);
    const inputs = inputRuns(clients, layout.columns, [...layout.columns.keys()]).flatMap((r) => r.keys);
    // The form doesn't ask for the market segment: it is picked on Clients, and a review never blanks it.
    expect(Object.keys(c).sort()).toEqual(inputs.filter((k) => k !== 'marketSegment').sort());
    expect(c.creditLimit).toBe('');
    expect(c).not.toHaveProperty('segment');
  });

  it('makes this month’s Monitoring period: the purchases, the retail change and forecast, the days overdue, every block', () => {
    const { monitoring: m } = reviewRows(review, 'en', today);
    expect(m.client).toBe('\'=IMPORTXML("http://x"; "//a")');
    expect(m.period).toEqual(new Date(2026, 10, 1));
    expect(m.ourSalesDynamics).toBeCloseTo(-0.08, 12);
    expect(m.ourSalesForecast).toBe("'Ждут спада");
    expect(m.decisionMakerDynamics).toBe("'No");
    expect(m.totalSalesDynamics).toBeCloseTo(-0.12, 12);
    expect(m.solvencyDynamics).toBe(true);
    expect(m.shipments).toBe('');
    const layout = findLayout(monitoring, []);
    const inputs = inputRuns(monitoring, layout.columns, [...layout.columns.keys()]).flatMap((r) => r.keys);
    for (const key of Object.keys(m)) expect(inputs).toContain(key);
    expect(m).not.toHaveProperty('signals');
  });

  it('saves the period the review is for, and the overdue amount', () => {
    const { monitoring: m } = reviewRows(
      reviewOf({ name: 'А', period: '2026-09-01', overdueAmount: '45 000' }),
      'ru',
      today,
    );
    expect(m.period).toEqual(new Date(2026, 8, 1));
    expect(m.overdueAmount).toBe(45000);
  });

  it('takes block 1 and block 6 from step 3 when step 2 leaves them blank', () => {
    const { monitoring: m } = reviewRows(
      reviewOf({ name: 'А', purchasesNow: '500 000', totalSalesDynamics: '-3%', solvencyDynamics: '12' }),
      'ru',
      today,
    );
    expect(m.totalSalesDynamics).toBeCloseTo(-0.03, 12);
    expect(m.solvencyDynamics).toBe(12);
    expect(m.shipments).toBe(500000);
  });
});
