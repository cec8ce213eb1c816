/**
 * The review wizard's server functions in the local workbook (layer 3): what a save writes,
 * how many calls it takes, and that it holds the document lock while writing.
 */
import { clients } from '../../sheets-templates/clients';
import { monitoring } from '../../sheets-templates/monitoring';
import { expandColumns, findLayout } from '../../sheets-templates/layout';
import { type ReviewForm, reviewForm } from '../../src/core/review';
import { texts } from '../../src/i18n';
import { dayOf, monthStart } from '../../src/core/days';
import { LocalWorkbook } from '../../tools/local-workbook';

const form = (fields: Partial<ReviewForm>): ReviewForm => ({ ...reviewForm({}), ...fields });

function workbook(locale: string, setup = true) {
  const wb = new LocalWorkbook({ locale });
  const { run } = wb.load();
  if (setup) run('setupWorkbook');
  return { wb, run };
}

/** A saved row by template key, read through the sheet's own header. */
function rowOf(wb: LocalWorkbook, sheet: string, template: typeof clients, row: number) {
  const [header, values] = [wb.values(sheet, '1:1')[0], wb.values(sheet, `${row}:${row}`)[0]];
  const layout = findLayout(template, header);
  return Object.fromEntries(
    expandColumns(template).map((p) => [p.key, values[layout.columns.get(p.key)! - 1]]),
  );
}

describe('showClientWizard', () => {
  it('opens dist/sidebar.html as a sidebar titled in the spreadsheet’s language', () => {
    for (const [locale, lang] of [
      ['ru_RU', 'ru'],
      ['en_US', 'en'],
    ] as const) {
      const { wb, run } = workbook(locale, false);
      run('showClientWizard');
      const [sidebar] = wb.sidebars();
      expect(sidebar.title).toBe(texts[lang].wizard.title);
      expect(sidebar.content).toContain('mountWizard');
    }
  });

  it('is on the add-on menu', () => {
    const { wb, run } = workbook('ru_RU', false);
    run('onOpen', wb.openEvent());
    expect(wb.menus()[0].items).toContainEqual({
      caption: texts.ru.addon.menu.review,
      functionName: 'showClientWizard',
    });
  });
});

describe('wizardStart', () => {
  it('gives the language, today, the thresholds of Settings and the sheet names', () => {
    const { run } = workbook('ru_RU');
    expect(run('wizardStart')).toEqual({
      lang: 'ru',
      conv: { decimal: ',', timeZone: 'Europe/Moscow' },
      today: dayOf(new Date(), 'Europe/Moscow'),
      settings: { dropThreshold: 0.05, overdueLimit: 90, materiality: 10000 },
      sheets: { clients: 'Клиенты', monitoring: 'Мониторинг' },
      clients: [],
      prefill: null,
    });
  });

  it('lists the clients, and fills the form of one from its master data and latest period', () => {
    const { run } = workbook('ru_RU');
    run('addSampleData');
    const start = run('wizardStart', '  уралснаб') as {
      clients: string[];
      prefill: { form: ReviewForm; latestPeriod: string };
    };
    expect(start.clients).toHaveLength(12);
    expect(start.clients[2]).toBe('Уралснаб');
    expect(start.prefill.latestPeriod).toBe('2026-10-01');
    expect(start.prefill.form).toMatchObject({
      name: 'Уралснаб',
      creditLimit: '500000',
      purchasesBefore: '900000',
      purchasesNow: '300000',
      retailChange: '-25%',
      retailForecast: '-30%',
      overdueDays: '120',
      overdueAmount: '450000',
      ourSalesDynamics: '-30%',
      decisionMakerDynamics: 'no',
      priceAsked: 'no',
      insolvent: false,
      period: '',
      nextContact: '',
    });
    expect(run('wizardStart', 'Нет такого')).toMatchObject({ prefill: null });
  });

  it('works before setup, with blank thresholds (the defaults of =SEGMENT) and the names setup will give', () => {
    const { run } = workbook('en_US', false);
    expect(run('wizardStart')).toMatchObject({
      lang: 'en',
      settings: { dropThreshold: '', overdueLimit: '', materiality: '' },
      sheets: { clients: 'Clients', monitoring: 'Monitoring' },
      clients: [],
      prefill: null,
    });
  });
});

describe('saveClientReview', () => {
  const review = form({
    name: '=IMPORTXML("http://evil.example"; "//a")',
    region: '+7 регион',
    manager: '-Петров',
    contact: '@home',
    phone: '+7 999 123-45-67',
    purchasesBefore: '1 000 000',
    retailChange: '-12%',
    overdueDays: '5',
    ourSalesDynamics: '-8%',
    priceAsked: 'yes',
    nextContact: '2026-12-03',
  });

  it('sets the workbook up first when the sheets are missing, then appends one row to each', () => {
    const { wb, run } = workbook('ru_RU', false);
    expect(run('saveClientReview', review, 'new')).toEqual({
      status: 'saved',
      updated: false,
      sheet: 'Клиенты',
      row: 2,
      monitoringSheet: 'Мониторинг',
      monitoringRow: 2,
      monitoringUpdated: false,
    });
    const c = rowOf(wb, 'Клиенты', clients, 2);
    expect(c.name).toBe('=IMPORTXML("http://evil.example"; "//a")');
    expect(wb.formulas('Клиенты', 'A2')).toEqual([['']]);
    expect(c.region).toBe('+7 регион');
    expect(c.manager).toBe('-Петров');
    expect(c.contact).toBe('@home');
    expect(c.phone).toBe('+7 999 123-45-67');
    expect(c.purchasesBefore).toBe(1000000);
    expect(c.priceAsked).toBe('Да');
    expect(c.segment).toBe('2 — Падение зафиксировано');
    expect(c.action).toBe(texts.ru.segment.actions[2]);
    expect(c.purchaseTarget).toBeCloseTo(880000, 6);
    const m = rowOf(wb, 'Мониторинг', monitoring as typeof clients, 2);
    expect(m.client).toBe('=IMPORTXML("http://evil.example"; "//a")');
    expect(m.ourSalesDynamics).toBeCloseTo(-0.08, 12);
    expect(m.totalSalesDynamics).toBeCloseTo(-0.12, 12);
    expect(m.solvencyDynamics).toBe(5);
    expect(m.segment).toBe('2 — Падение зафиксировано');
    expect(wb.activeSheetName()).toBe('Клиенты');
  });

  it('writes one setValues per sheet, under the document lock, and leaves the computed columns’ formulas', () => {
    const { wb, run } = workbook('en_US');
    run('addSampleData');
    const formulas = wb.formulas('Clients', '2:2');
    wb.resetCalls();
    const result = run('saveClientReview', review, 'new') as { row: number; monitoringRow: number };
    // Below the sample clients, and below the three months of their history.
    expect(result).toMatchObject({ status: 'saved', row: 14, monitoringRow: 38 });
    const byMethod = wb.callsByMethod();
    expect(byMethod['Range.setValues']).toBe(2);
    expect(byMethod['Range.setValue'] ?? 0).toBe(0);
    expect(byMethod['Range.getValues']).toBeLessThanOrEqual(4);
    expect(byMethod['Lock.tryLock']).toBe(1);
    expect(byMethod['Lock.releaseLock']).toBe(1);
    const writes = wb.writes().filter((w) => w.call === 'Range.setValues');
    expect(writes.map((w) => w.target)).toEqual(['Clients!A14:N14', 'Monitoring!A38:Z38']);
    for (const w of writes) expect(w.locks).toContain('document');
    expect(wb.formulas('Clients', '2:2')).toEqual(formulas);
    expect(rowOf(wb, 'Clients', clients, 14).name).toBe('=IMPORTXML("http://evil.example"; "//a")');
    expect(rowOf(wb, 'Clients', clients, 13).name).toBe('+Плюс Дистрибуция');
  });

  it('brings an older Clients sheet up to date and writes around its computed columns', () => {
    const { wb, run } = workbook('ru_RU', false);
    const old = expandColumns(clients).filter(
      (p) => !['contact', 'phone', 'email', 'discountBuys', 'nextContact'].includes(p.key),
    );
    wb.asUser((ss) =>
      ss
        .insertSheet('Клиенты')
        .getRange(1, 1, 1, old.length)
        .setValues([old.map((p) => p.header.ru)]),
    );
    wb.resetCalls();
    expect(run('saveClientReview', review, 'new')).toMatchObject({ status: 'saved', row: 2 });
    const header = wb.values('Клиенты', '1:1')[0];
    expect(header.slice(old.length, old.length + 5)).toEqual([
      'Контактное лицо',
      'Телефон',
      'Эл. почта',
      'Что даст скидка',
      'Следующий контакт',
    ]);
    const writes = wb
      .writes()
      .filter((w) => w.call === 'Range.setValues' && w.target.startsWith('Клиенты!A2'));
    // The inputs up to Last contact (the review is a contact), before the computed columns.
    expect(writes.map((w) => w.target)).toEqual(['Клиенты!A2:I2']);
    const c = rowOf(wb, 'Клиенты', clients, 2);
    expect(c.phone).toBe('+7 999 123-45-67');
    expect(c.nextContact).toEqual(new Date(2026, 11, 3));
    expect(c.segment).toBe('2 — Падение зафиксировано');
  });

  it('knows a client typed with a decomposed ё or a pasted zero-width space', () => {
    const { wb, run } = workbook('ru_RU');
    run('saveClientReview', form({ name: 'ООО Ёлка' }), 'new');
    wb.resetCalls();
    for (const name of ['ООО Е\u0308лка', 'ООО\u200b Ёлка', '\ufeffооо елка']) {
      expect(run('saveClientReview', form({ name }), 'new')).toMatchObject({ status: 'duplicate', row: 2 });
    }
    expect(wb.writes()).toEqual([]);
  });

  it('asks before touching a client of the same name, and before replacing its row of the same period', () => {
    const { wb, run } = workbook('ru_RU');
    run('saveClientReview', form({ name: 'ТД «Северный»', region: 'Питер', retailChange: '-20%' }), 'new');
    wb.asUser((ss) => ss.getSheetByName('Клиенты')!.getRange('J2').setValue('старая заметка'));
    wb.resetCalls();
    const again = form({ name: '  тд   «северный» ', retailForecast: '-10%', creditLimit: '500 000' });
    expect(run('saveClientReview', again, 'new')).toEqual({
      status: 'duplicate',
      sheet: 'Клиенты',
      row: 2,
      name: 'ТД «Северный»',
    });
    expect(run('saveClientReview', again, 'update')).toEqual({
      status: 'period',
      sheet: 'Мониторинг',
      row: 2,
      period: monthStart(dayOf(new Date(), 'Europe/Moscow')),
    });
    expect(wb.writes()).toEqual([]);
    expect(run('saveClientReview', again, 'replace')).toMatchObject({
      status: 'saved',
      updated: true,
      row: 2,
      monitoringRow: 2,
      monitoringUpdated: true,
    });
    const c = rowOf(wb, 'Клиенты', clients, 2);
    expect(c.name).toBe('тд   «северный»');
    expect(c.region).toBe('');
    expect(c.creditLimit).toBe(500000);
    expect(c.segment).toBe('1 — Ожидает падения');
    expect(wb.values('Клиенты', 'A3')).toEqual([['']]);
    expect(wb.values('Мониторинг', 'A2:A3').map((r) => r[0])).toEqual(['тд   «северный»', '']);
  });

  it('saves the period the review is for, and asks nothing when that period is new', () => {
    const { wb, run } = workbook('ru_RU');
    run('addSampleData');
    const { prefill } = run('wizardStart', 'Черноземье') as { prefill: { form: ReviewForm } };
    const result = run(
      'saveClientReview',
      { ...prefill.form, period: '2026-12-01', retailChange: '-9%', overdueDays: '10' },
      'update',
    );
    expect(result).toMatchObject({ status: 'saved', updated: true, row: 9, monitoringRow: 38 });
    const c = rowOf(wb, 'Клиенты', clients, 9);
    expect(c.latestPeriod).toEqual(new Date(2026, 11, 1));
    expect(c.segment).toBe('2 — Падение зафиксировано');
    expect(c.segmentChange).toBe('0 → 2');
    // Unchanged fields are written back as they were.
    expect([c.purchasesBefore, c.region]).toEqual([600000, 'Воронеж']);
    const m = rowOf(wb, 'Мониторинг', monitoring as typeof clients, 38);
    expect([m.shipments, m.retailForecast, m.solvencyDynamics]).toEqual([560000, -0.049, 10]);
  });

  it('never writes over a Monitoring row of another period: an update adds this period’s row', () => {
    const { wb, run } = workbook('ru_RU');
    run(
      'saveClientReview',
      form({ name: 'Дон-Трейд', retailChange: '-20%', purchasesNow: '400 000' }),
      'new',
    );
    // Last month's review, moved back a month as if saved then.
    wb.asUser((ss) =>
      ss
        .getSheetByName('Мониторинг')!
        .getRange('B2')
        .setValue(new Date(2026, 9, 1)),
    );
    const before = wb.values('Мониторинг', 'A2:Z2');
    expect(
      run(
        'saveClientReview',
        form({ name: 'Дон-Трейд', retailChange: '-2%', purchasesNow: '300 000' }),
        'update',
      ),
    ).toMatchObject({ status: 'saved', monitoringRow: 3, monitoringUpdated: false });
    expect(wb.values('Мониторинг', 'A2:Z2')).toEqual(before);
    const m = rowOf(wb, 'Мониторинг', monitoring as typeof clients, 3);
    expect(m.shipmentsChange).toBe(-0.25);
    expect(m.segmentChange).toBe('2 → 0');
    expect(rowOf(wb, 'Клиенты', clients, 2).segmentChange).toBe('2 → 0');
  });

  it('checks the form again and writes nothing when it is bad, whatever the browser let through', () => {
    const { wb, run } = workbook('en_US');
    wb.resetCalls();
    expect(
      run('saveClientReview', { name: '', email: 'x@', purchasesNow: 'lots', evil: '=1' }, 'new'),
    ).toEqual({
      status: 'invalid',
      errors: [
        { field: 'name', code: 'required', value: '' },
        { field: 'email', code: 'email', value: 'x@' },
        { field: 'purchasesNow', code: 'notNumber', value: 'lots' },
      ],
    });
    expect(wb.writes()).toEqual([]);
    expect(wb.callsByMethod()['Lock.tryLock'] ?? 0).toBe(0);
  });

  it('says so when another save holds the workbook, and writes nothing', () => {
    const { wb, run } = workbook('ru_RU');
    wb.holdLocksElsewhere();
    wb.resetCalls();
    expect(run('saveClientReview', review, 'new')).toEqual({
      status: 'failed',
      message: texts.ru.wizard.busy,
    });
    expect(wb.writes()).toEqual([]);
  });

  it('leaves a sheet of the user’s that only shares the name alone, and says what to do', () => {
    const { wb, run } = workbook('en_US', false);
    wb.asUser((ss) =>
      ss
        .insertSheet('Clients')
        .getRange('A1:B1')
        .setValues([['Budget', 'Sum']]),
    );
    const result = run('saveClientReview', review, 'new');
    expect(result).toEqual({ status: 'failed', message: texts.en.wizard.foreign('Clients') });
    expect(wb.values('Clients', 'A1:B2')).toEqual([
      ['Budget', 'Sum'],
      ['', ''],
    ]);
  });
});
