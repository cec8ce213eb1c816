/**
 * The spreadsheet's conventions, end to end in the local workbook: calendar days in the
 * spreadsheet's time zone (not the script's, Europe/Moscow), and numbers typed as text in
 * the spreadsheet's locale.
 */
import { clients } from '../../sheets-templates/clients';
import { expandColumns, findLayout } from '../../sheets-templates/layout';
import { monitoring } from '../../sheets-templates/monitoring';
import { dayOf, monthStart } from '../../src/core/days';
import { type ReviewForm, reviewForm } from '../../src/core/review';
import { LocalWorkbook } from '../../tools/local-workbook';

const form = (fields: Partial<ReviewForm>): ReviewForm => ({ ...reviewForm({}), ...fields });

function open(locale: string, timeZone = 'Europe/Moscow') {
  const wb = new LocalWorkbook({ locale, timeZone });
  const { run } = wb.load();
  run('setupWorkbook');
  const scratch = wb.asUser((ss) => ss.insertSheet('Scratch'));
  /** The value of a formula typed into the scratch sheet. */
  const evaluate = (formula: string, inputs: Record<string, unknown> = {}) => {
    wb.asUser(() => {
      for (const [a1, value] of Object.entries(inputs)) scratch.getRange(a1).setValue(value);
      scratch.getRange('Z1').setFormula(formula);
    });
    return wb.value('Scratch', 'Z1');
  };
  return { wb, run, evaluate };
}

/** A row of a template sheet by column key. */
function rowOf(wb: LocalWorkbook, sheet: string, template: typeof clients, row: number) {
  const [header, values] = [wb.values(sheet, '1:1')[0], wb.values(sheet, `${row}:${row}`)[0]];
  const layout = findLayout(template, header);
  return Object.fromEntries(
    expandColumns(template).map((p) => [p.key, values[layout.columns.get(p.key)! - 1]]),
  );
}

const ZONES = ['Europe/Kaliningrad', 'Asia/Vladivostok', 'America/Los_Angeles'];

describe.each(ZONES)('a spreadsheet in %s, the script in Moscow', (zone) => {
  it('keeps the Settings date at today in the spreadsheet’s zone', () => {
    const { wb } = open('ru_RU', zone);
    const cell = wb.namedRanges()['AC_AS_OF'].split('!')[1].replace(/\$/g, '');
    expect(dayOf(wb.value('Настройки', cell) as Date, zone)).toBe(dayOf(new Date(), zone));
  });

  it('counts an agreement through its expiry day as the cell shows it (WINBACK_STATUS)', () => {
    const { evaluate } = open('ru_RU', zone);
    const status = (asOf: string) =>
      evaluate('=WINBACK_STATUS(A1;B1;C1;D1)', { A1: '01.12.2026', B1: '', C1: asOf, D1: asOf });
    expect(status('01.12.2026')).toBe('срок договора истекает сегодня');
    expect(status('30.11.2026')).toBe('срок договора истекает через 1 день');
    expect(status('02.12.2026')).toBe('срок договора истёк 01.12.2026');
  });

  it('saves a review with the period and the next contact of the spreadsheet’s calendar', () => {
    const { wb, run } = open('en_US', zone);
    const saved = run(
      'saveClientReview',
      form({ name: 'North Trade', nextContact: '2026-12-03' }),
      'new',
    ) as {
      status: string;
      row: number;
      monitoringRow: number;
    };
    expect(saved.status).toBe('saved');
    const client = rowOf(wb, 'Clients', clients, saved.row);
    expect(dayOf(client.nextContact as Date, zone)).toBe('2026-12-03');
    const period = rowOf(wb, 'Monitoring', monitoring, saved.monitoringRow).period as Date;
    expect(dayOf(period, zone)).toBe(monthStart(dayOf(new Date(), zone)));
  });

  it('tells the sidebar today in the spreadsheet’s zone', () => {
    const { run } = open('ru_RU', zone);
    expect(run('wizardStart')).toMatchObject({ today: dayOf(new Date(), zone), conv: { timeZone: zone } });
  });
});

describe('numbers typed as text follow the spreadsheet’s locale', () => {
  it('reads "12,000" as twelve thousand in en_US and as twelve in ru_RU', () => {
    const en = open('en_US');
    expect(en.evaluate('=SEGMENT("";"";"1,000")')).toMatch(/^3 /);
    expect(en.evaluate('=SEGMENT("";"";"1,000,000")')).toMatch(/^3 /);
    expect(en.evaluate('=ORDER_SIZE(20;5;3;7;95%;"12,000";0)')).toBe(0);
    const ru = open('ru_RU');
    expect(ru.evaluate('=SEGMENT("";"";"1,000")')).toMatch(/^0 /);
    expect(ru.evaluate('=SEGMENT("";"";"1 000")')).toMatch(/^3 /);
    expect(ru.evaluate('=ORDER_SIZE(20;5;3;7;95%;"12,000";0)')).toBeGreaterThan(0);
  });

  it('keeps reading what is unambiguous either way', () => {
    for (const locale of ['en_US', 'ru_RU']) {
      const { evaluate } = open(locale);
      expect(evaluate('=DISCOUNT_BREAKEVEN("0,2";"0,6")')).toBeCloseTo(0.5, 12);
      expect(evaluate('=DISCOUNT_BREAKEVEN("20%";"1 234,5%")')).toMatch(/^⚠/);
    }
  });

  it('stores purchases of "12,000" typed in the review as 12,000 in an en_US spreadsheet', () => {
    const { wb, run } = open('en_US');
    const saved = run(
      'saveClientReview',
      form({ name: 'North Trade', purchasesBefore: '12,000', purchasesNow: '9,500.50' }),
      'new',
    ) as { status: string; row: number; monitoringRow: number };
    expect(saved.status).toBe('saved');
    expect(rowOf(wb, 'Clients', clients, saved.row).purchasesBefore).toBe(12000);
    // Purchases now are this period's shipments, on Monitoring.
    expect(rowOf(wb, 'Monitoring', monitoring, saved.monitoringRow).shipments).toBe(9500.5);
  });
});
