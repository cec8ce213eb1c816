import { caseOf, fx, perRow, str } from '../src/core/formula';
import { texts } from '../src/i18n';
import { clientFocusColumn } from './focus';
import { segmentChangeColours, segmentColours } from './segment';
import type { FormulaContext, TableTemplate } from './types';

const YES_NO = { ru: ['Да', 'Нет'], en: ['Yes', 'No'] } as const;
const C = 'clients';
const range = (c: FormulaContext, key: string) => c.range(C, key);

/**
 * The value of a Monitoring column in each client's latest period; `thatHasOne`: in its latest
 * period where the column isn't blank, so a month imported with its shipments alone keeps the
 * segment of the month before on Clients.
 */
const latest =
  (monitoringKey: string, thatHasOne = false) =>
  (c: FormulaContext) =>
    fx(
      'CLIENT_LATEST',
      range(c, 'name'),
      c.range('monitoring', 'client', C),
      c.range('monitoring', 'period', C),
      c.range('monitoring', monitoringKey, C),
      ...(thatHasOne ? [fx('TRUE')] : []),
    );

/** The segment's digit as text ("3"), for the columns that act on it. */
const digit = (c: FormulaContext) => fx('LEFT', range(c, 'segment'), 1);

/** Both cells hold numbers (a blank or a ⚠ text is none), as an array condition. */
const numbers = (...ranges: string[]) => ranges.map((r) => fx('ISNUMBER', r)).join('*');

/** a < b ? a : b, row by row (MIN would take the whole column). */
const lesser = (a: string, b: string) => fx('IF', `${a}<${b}`, a, b);

/** The words of "Contact due"; the colours of "Next contact" look for them. */
export const CONTACT_DUE = {
  ru: {
    overdue: 'просрочен на ',
    soon: 'через ',
    days: ' дн.',
    today: 'сегодня',
    unset: 'не назначен',
    notDate: '⚠ не дата',
  },
  en: {
    overdue: 'overdue by ',
    soon: 'in ',
    days: ' d',
    today: 'today',
    unset: 'not set',
    notDate: '⚠ not a date',
  },
} as const;

/**
 * Days to the next contact from the Settings date, in words: overdue, today, within the agenda
 * horizon, or blank beyond it. A plain formula, so Sheets colours "Next contact" from it on the
 * same sheet (conditional colours can't read Settings).
 */
function contactDue(c: FormulaContext): string {
  const w = CONTACT_DUE[c.lang];
  const next = range(c, 'nextContact');
  const asOf = c.setting('asOf');
  const days = (a: string, b: string) => `(${fx('INT', a)}-${fx('INT', b)})`;
  const soon = fx(
    'IF',
    `${days(next, asOf)}<=${c.setting('agendaHorizon')}`,
    `${str(w.soon)}&${days(next, asOf)}&${str(w.days)}`,
    str(''),
  );
  const dated = fx(
    'IF',
    `${fx('INT', next)}<${fx('INT', asOf)}`,
    `${str(w.overdue)}&${days(asOf, next)}&${str(w.days)}`,
    fx('IF', `${fx('INT', next)}=${fx('INT', asOf)}`, str(w.today), soon),
  );
  const when = fx(
    'IF',
    `${next}=""`,
    str(w.unset),
    fx('IF', `NOT(${fx('ISNUMBER', next)})`, str(w.notDate), dated),
  );
  return perRow(range(c, 'name'), when);
}

export const clients: TableTemplate = {
  kind: 'table',
  id: 'clients',
  name: { ru: 'Клиенты', en: 'Clients' },
  tabColor: '#1a73e8',
  columns: [
    {
      key: 'name',
      header: { ru: 'Клиент', en: 'Client' },
      note: { ru: 'Название дистрибутора.', en: 'The distributor’s name.' },
      type: 'text',
      width: 200,
    },
    {
      key: 'region',
      header: { ru: 'Регион', en: 'Region' },
      note: { ru: 'Регион или город.', en: 'Region or city.' },
      type: 'text',
    },
    {
      key: 'manager',
      header: { ru: 'Менеджер', en: 'Manager' },
      note: { ru: 'Кто из нас ведёт клиента.', en: 'Who on our side handles the client.' },
      type: 'text',
    },
    {
      key: 'contact',
      header: { ru: 'Контактное лицо', en: 'Contact person' },
      note: { ru: 'С кем говорим у клиента.', en: 'Whom we talk to at the client.' },
      type: 'text',
    },
    {
      key: 'phone',
      header: { ru: 'Телефон', en: 'Phone' },
      note: { ru: 'Телефон контактного лица.', en: 'The contact person’s phone.' },
      type: 'text',
    },
    {
      key: 'email',
      header: { ru: 'Эл. почта', en: 'E-mail' },
      note: { ru: 'Электронная почта контактного лица.', en: 'The contact person’s e-mail.' },
      type: 'text',
    },
    {
      key: 'purchasesBefore',
      header: { ru: 'Закупки до кризиса, в месяц', en: 'Pre-crisis purchases, per month' },
      note: { ru: 'Средние закупки в месяц до кризиса.', en: 'Average monthly purchases before the crisis.' },
      type: 'money',
      min: 0,
    },
    {
      key: 'creditLimit',
      header: { ru: 'Кредитный лимит', en: 'Credit limit' },
      note: {
        ru: 'Сколько клиент может быть нам должен (отгружено и не оплачено), в деньгах. Ограничивает поставки сегменту 3.',
        en: 'How much the client may owe us (shipped and not paid), in money. Caps deliveries to segment 3.',
      },
      type: 'money',
      min: 0,
    },
    {
      key: 'paymentTerms',
      header: { ru: 'Отсрочка платежа, дней', en: 'Payment terms, days' },
      note: {
        ru: 'Сколько дней у клиента на оплату по договору.',
        en: 'How many days the client has to pay under its contract.',
      },
      type: 'integer',
      min: 0,
    },
    {
      key: 'priceAsked',
      header: { ru: 'Чувствительность к цене выяснена', en: 'Price sensitivity asked' },
      note: {
        ru: 'Спросили ли клиента, насколько для него важна цена (раздел «Снижение цены»: «Как? Спросить»).',
        en: 'Did we ask the client how much price matters (Price cuts: "How? Ask.").',
      },
      type: 'choice',
      choices: YES_NO,
    },
    {
      key: 'priceAnswer',
      header: { ru: 'Ответ клиента о цене', en: 'Client’s answer on price' },
      note: { ru: 'Что клиент сказал о цене.', en: 'What the client said about price.' },
      type: 'text',
      width: 220,
    },
    {
      key: 'discountBuys',
      header: { ru: 'Что даст скидка', en: 'What a discount buys' },
      note: {
        ru: 'Если обсуждали скидку: что мы за неё получаем (раздел «Снижение цены») — полку, информацию о бизнесе, лояльность.',
        en: 'If a discount was discussed: what we get for it (Price cuts): shelf, information about the business, loyalty.',
      },
      type: 'text',
      width: 220,
    },
    {
      key: 'lastContact',
      header: { ru: 'Последний контакт', en: 'Last contact' },
      note: {
        ru: 'Когда последний раз говорили с клиентом. Если сигналы мониторинга появились позже, клиент попадает в «План контактов».',
        en: 'When we last talked to the client. Monitoring signals of a later period put the client on the Agenda.',
      },
      type: 'date',
    },
    {
      key: 'nextContact',
      header: { ru: 'Следующий контакт', en: 'Next contact' },
      note: {
        ru: 'Когда снова связаться с клиентом; мастер обзора предлагает дату по сегменту.',
        en: 'When to contact the client again; the review wizard proposes a date by segment.',
      },
      type: 'date',
    },
    {
      key: 'latestPeriod',
      header: { ru: 'Последний период', en: 'Latest period' },
      note: {
        ru: 'CLIENT_LATEST: последний период клиента на листе «Мониторинг»; из него — всё правее.',
        en: 'CLIENT_LATEST: the client’s latest period on the Monitoring sheet; the columns to the right come from it.',
      },
      type: 'computed',
      shows: 'date',
      formula: latest('period'),
    },
    {
      key: 'latestShipments',
      header: { ru: 'Отгрузки в последнем периоде', en: 'Shipments in the latest period' },
      note: {
        ru: 'Наши отгрузки клиенту в его последнем периоде («Мониторинг»).',
        en: 'Our shipments to the client in its latest period (Monitoring).',
      },
      type: 'computed',
      shows: 'money',
      formula: latest('shipments'),
    },
    {
      key: 'shipmentsVsBefore',
      header: { ru: 'Отгрузки к докризисным', en: 'Shipments vs pre-crisis' },
      note: {
        ru: 'Отгрузки последнего периода ÷ докризисные закупки в месяц − 1.',
        en: 'Shipments of the latest period ÷ pre-crisis monthly purchases − 1.',
      },
      type: 'computed',
      shows: 'percent',
      formula: (c) => {
        const shipments = range(c, 'latestShipments');
        const before = range(c, 'purchasesBefore');
        return perRow(
          range(c, 'name'),
          fx('IF', `${numbers(shipments, before)}*(${before}>0)`, `${shipments}/${before}-1`, str('')),
        );
      },
    },
    {
      key: 'segment',
      header: { ru: 'Сегмент', en: 'Segment' },
      note: {
        ru: 'Сегмент в последнем периоде клиента, где он определён («Мониторинг», SEGMENT): 3 неплатёжеспособен, 2 падение зафиксировано, 1 ожидает падения, 0 нет сигнала. Месяц, загруженный одними отгрузками, сегмент не сбрасывает.',
        en: 'The segment in the client’s latest period that has one (Monitoring, SEGMENT): 3 insolvent, 2 fall recorded, 1 expects a fall, 0 no crisis signal. A month imported with its shipments alone doesn’t clear it.',
      },
      type: 'computed',
      width: 200,
      formula: latest('segment', true),
    },
    {
      key: 'segmentReason',
      header: { ru: 'Почему такой сегмент', en: 'Why this segment' },
      note: {
        ru: 'Причина сегмента словами, с цифрами периода, по которому он определён.',
        en: 'The reason for the segment in words, with the figures of the period it comes from.',
      },
      type: 'computed',
      width: 320,
      formula: latest('segmentReason', true),
    },
    {
      key: 'segmentChange',
      header: { ru: 'Сегмент: изменение к прошлому периоду', en: 'Segment: change on the previous period' },
      note: {
        ru: 'Сегмент в предыдущем периоде → в периоде, по которому он определён, например 1 → 2; красный — хуже, зелёный — лучше.',
        en: 'The segment in the period before → in the period it comes from, e.g. 1 → 2; red: worse, green: better.',
      },
      type: 'computed',
      width: 90,
      formula: latest('segmentChange', true),
    },
    {
      key: 'signals',
      header: { ru: 'Сигналы', en: 'Signals' },
      note: {
        ru: 'Сигналы мониторинга в последнем периоде, с тем, что делать.',
        en: 'The monitoring signals of the latest period, with what to do.',
      },
      type: 'computed',
      width: 420,
      formula: latest('signals'),
    },
    {
      key: 'action',
      header: { ru: 'Что делать', en: 'What to do' },
      note: {
        ru: 'Рекомендация метода для сегмента. Сегменту 1 — сохранить докризисный объём, только если закупки ниже него.',
        en: 'The method’s advice for the segment. Segment 1 is asked to keep the pre-crisis volume only when it buys less.',
      },
      type: 'computed',
      width: 320,
      formula: (c) => {
        const t = texts[c.lang].segment;
        const shipments = range(c, 'latestShipments');
        const before = range(c, 'purchasesBefore');
        const below = `${numbers(shipments, before)}*(${shipments}<${before})`;
        const cases = t.actions.map((text, g) => {
          const advice = g === 1 ? fx('IF', below, str(text), str(t.notBelow)) : str(text);
          return [str(String(g)), advice] as const;
        });
        return perRow(range(c, 'segment'), caseOf(digit(c), cases, str('')));
      },
    },
    {
      key: 'latestSalesChange',
      header: { ru: 'Изменение продаж клиента', en: 'Client’s sales change' },
      note: {
        ru: 'Общие продажи клиента (блок 1) в последнем периоде: по ним цель закупок сегмента 2.',
        en: 'The client’s total sales (block 1) in the latest period: the segment-2 purchase target follows them.',
      },
      type: 'computed',
      shows: 'percent',
      formula: latest('totalSalesDynamics'),
    },
    {
      key: 'purchaseTarget',
      header: { ru: 'Цель закупок (сегмент 2)', en: 'Purchase target (segment 2)' },
      note: {
        ru: 'Не ниже фактических продаж: докризисные закупки × (1 + изменение продаж клиента).',
        en: 'Not below actual sell-out: pre-crisis purchases × (1 + the client’s sales change).',
      },
      type: 'computed',
      shows: 'money',
      formula: (c) =>
        perRow(
          range(c, 'segment'),
          fx(
            'IF',
            `(${digit(c)}="2")*${numbers(range(c, 'latestSalesChange'), range(c, 'purchasesBefore'))}`,
            `${range(c, 'purchasesBefore')}*(1+${range(c, 'latestSalesChange')})`,
            str(''),
          ),
        ),
    },
    {
      key: 'latestOverdue',
      header: { ru: 'Просрочено, сумма', en: 'Overdue, amount' },
      note: {
        ru: 'Сумма просрочки клиента в последнем периоде («Мониторинг»).',
        en: 'The client’s overdue amount in its latest period (Monitoring).',
      },
      type: 'computed',
      shows: 'money',
      formula: latest('overdueAmount'),
    },
    {
      key: 'safeCap',
      header: { ru: 'Лимит поставок (сегмент 3)', en: 'Delivery cap (segment 3)' },
      note: {
        ru: 'Безопасный минимум: отгрузки последнего периода × безопасная доля из «Настроек», но не больше остатка кредитного лимита за вычетом просрочки (не меньше 0).',
        en: 'The safe minimum: shipments of the latest period × the safe share from Settings, but no more than the credit limit left after what is overdue (not below 0).',
      },
      type: 'computed',
      shows: 'money',
      formula: (c) => {
        const shipments = range(c, 'latestShipments');
        const limit = range(c, 'creditLimit');
        const overdue = range(c, 'latestOverdue');
        const share = `${shipments}*${c.setting('insolventShare')}`;
        const owed = fx('IF', fx('ISNUMBER', overdue), overdue, 0);
        const left = `${limit}-${owed}`;
        const room = fx('IF', `${left}<0`, 0, left);
        const cap = fx(
          'IF',
          fx('ISNUMBER', limit),
          fx('IF', fx('ISNUMBER', shipments), lesser(share, room), room),
          fx('IF', fx('ISNUMBER', shipments), share, str('')),
        );
        return perRow(range(c, 'segment'), fx('IF', `${digit(c)}="3"`, cap, str('')));
      },
    },
    {
      key: 'discountRequests',
      header: { ru: 'Запросов скидки', en: 'Discount requests' },
      note: {
        ru: 'Сколько раз клиент просил скидку (лист «Цены»).',
        en: 'How many times the client asked for a discount (Pricing sheet).',
      },
      type: 'computed',
      width: 90,
      formula: (c) => {
        const name = c.range('clients', 'name');
        return perRow(name, fx('COUNTIF', c.range('pricing', 'client', 'clients'), name));
      },
    },
    {
      key: 'contactDue',
      header: { ru: 'Срок контакта', en: 'Contact due' },
      note: {
        ru: 'Сколько до следующего контакта от даты «Сегодня» в «Настройках»: просрочен, сегодня или в пределах горизонта плана контактов; «не назначен» — пробел в работе с клиентом.',
        en: 'How far the next contact is from the Settings date: overdue, today or within the agenda horizon; "not set" is a gap in the work with the client.',
      },
      type: 'computed',
      width: 150,
      formula: (c) => contactDue(c),
    },
    {
      key: 'marketSegment',
      header: { ru: 'Сегмент рынка', en: 'Market segment' },
      note: {
        ru: 'Сегмент рынка или канал сбыта клиента — из таблицы на листе «Настройки», где отмечены целевые. Не путать с «Сегментом» кризиса (0–3). Пусто — клиент не входит в дозу фокуса на «Координатах».',
        en: 'The client’s market segment or sales channel, from the table on Settings where the target ones are marked. Not the crisis «Segment» (0–3). Blank: the client is left out of the focus dose on the Dashboard.',
      },
      type: 'text',
      options: (c) => c.marketSegments('name', 'clients'),
    },
    clientFocusColumn,
  ],
  colours: [
    {
      column: 'nextContact',
      formula: (c, cell) =>
        `${fx('LEFT', cell('contactDue'), CONTACT_DUE[c.lang].overdue.length)}=${str(CONTACT_DUE[c.lang].overdue)}`,
      background: '#f4c7c3',
    },
    {
      column: 'nextContact',
      formula: (c, cell) =>
        fx(
          'OR',
          `${fx('LEFT', cell('contactDue'), CONTACT_DUE[c.lang].soon.length)}=${str(CONTACT_DUE[c.lang].soon)}`,
          `${cell('contactDue')}=${str(CONTACT_DUE[c.lang].today)}`,
        ),
      background: '#fce8b2',
    },
    ...segmentColours('segment'),
    ...segmentChangeColours('segmentChange'),
  ],
  retired: [
    {
      key: 'purchasesNow',
      header: { ru: 'Закупки сейчас, в месяц', en: 'Purchases now, per month' },
      movedTo: 'shipments',
    },
    {
      key: 'retailChange',
      header: { ru: 'Изменение розничных продаж', en: 'Retail sales change' },
      movedTo: 'totalSalesDynamics',
    },
    {
      key: 'retailForecast',
      header: { ru: 'Прогноз клиента по рознице', en: 'Client’s retail forecast' },
      movedTo: 'retailForecast',
    },
    {
      key: 'overdueDays',
      header: { ru: 'Просрочка, дней', en: 'Days overdue' },
      movedTo: 'solvencyDynamics',
    },
  ].map((r) => ({
    ...r,
    note: {
      ru: 'Больше не используется: значения перенесены на лист «Мониторинг» как период клиента; новые вводите там.',
      en: 'No longer used: the values were moved to the Monitoring sheet as a period of the client; type new ones there.',
    },
  })),
  samples: [
    {
      name: 'ТД «Северный»',
      marketSegment: { ru: 'Розничные сети', en: 'Retail chains' },
      creditLimit: 2000000,
      paymentTerms: 30,
      region: { ru: 'Санкт-Петербург', en: 'St Petersburg' },
      manager: 'Иванова',
      purchasesBefore: 1500000,
      priceAsked: { ru: 'Да', en: 'Yes' },
      priceAnswer: { ru: 'Важна отсрочка, не скидка', en: 'Payment terms matter, not discount' },
      lastContact: { daysFromToday: -20 },
      nextContact: { daysFromToday: -2 },
    },
    {
      name: 'ООО «Волга-Дистрибуция»',
      marketSegment: { ru: 'Розничные сети', en: 'Retail chains' },
      creditLimit: 1000000,
      paymentTerms: 30,
      region: { ru: 'Самара', en: 'Samara' },
      manager: 'Петров',
      purchasesBefore: 850000,
      priceAsked: { ru: 'Нет', en: 'No' },
      nextContact: { daysFromToday: 0 },
    },
    {
      name: 'Уралснаб',
      marketSegment: { ru: 'Оптовые перекупщики', en: 'Wholesale resellers' },
      creditLimit: 500000,
      paymentTerms: 30,
      region: { ru: 'Екатеринбург', en: 'Yekaterinburg' },
      manager: 'Иванова',
      purchasesBefore: 900000,
      priceAsked: { ru: 'Нет', en: 'No' },
      nextContact: { daysFromToday: 3 },
    },
    {
      name: 'Сибирский партнёр',
      marketSegment: { ru: 'Независимая розница', en: 'Independent retail' },
      region: { ru: 'Новосибирск', en: 'Novosibirsk' },
      manager: 'Сидоров',
      purchasesBefore: 1000000,
      priceAsked: { ru: 'Да', en: 'Yes' },
      priceAnswer: { ru: 'Цена устраивает', en: 'Price is fine' },
      lastContact: { daysFromToday: -12 },
      nextContact: { daysFromToday: 10 },
    },
    {
      name: 'Дон-Трейд',
      marketSegment: { ru: 'Оптовые перекупщики', en: 'Wholesale resellers' },
      creditLimit: 800000,
      paymentTerms: 21,
      region: { ru: 'Ростов-на-Дону', en: 'Rostov-on-Don' },
      manager: 'Петров',
      purchasesBefore: 700000,
      priceAsked: { ru: 'Да', en: 'Yes' },
      priceAnswer: { ru: 'Просит скидку 10 %', en: 'Asks for 10 % off' },
      lastContact: { daysFromToday: -30 },
      nextContact: { daysFromToday: -5 },
    },
    {
      name: 'Камский опт',
      marketSegment: { ru: 'Оптовые перекупщики', en: 'Wholesale resellers' },
      region: { ru: 'Казань', en: 'Kazan' },
      manager: 'Сидоров',
      purchasesBefore: 700000,
      priceAsked: { ru: 'Нет', en: 'No' },
      lastContact: { daysFromToday: -9 },
      nextContact: { daysFromToday: 5 },
    },
    {
      name: 'Приморье-Импорт',
      marketSegment: { ru: 'Интернет-торговля', en: 'Online retail' },
      creditLimit: 300000,
      paymentTerms: 14,
      region: { ru: 'Владивосток', en: 'Vladivostok' },
      manager: 'Кузнецова',
      purchasesBefore: 500000,
      priceAsked: { ru: 'Нет', en: 'No' },
      lastContact: { daysFromToday: -7 },
    },
    {
      name: 'Черноземье',
      marketSegment: { ru: 'Независимая розница', en: 'Independent retail' },
      region: { ru: 'Воронеж', en: 'Voronezh' },
      manager: 'Кузнецова',
      purchasesBefore: 600000,
      priceAsked: { ru: 'Нет', en: 'No' },
      lastContact: { daysFromToday: -14 },
      nextContact: { daysFromToday: 2 },
    },
    {
      name: 'Балтийский дом',
      marketSegment: { ru: 'Общепит', en: 'Food service' },
      creditLimit: 600000,
      paymentTerms: 30,
      region: { ru: 'Калининград', en: 'Kaliningrad' },
      manager: 'Иванова',
      purchasesBefore: 480000,
      priceAsked: { ru: 'Да', en: 'Yes' },
      priceAnswer: { ru: 'Готов взять ассортимент под акцию', en: 'Will take a promo assortment' },
      lastContact: { daysFromToday: -8 },
      nextContact: { daysFromToday: 6 },
    },
    {
      name: 'Южный альянс',
      marketSegment: { ru: 'Розничные сети', en: 'Retail chains' },
      region: { ru: 'Краснодар', en: 'Krasnodar' },
      manager: 'Сидоров',
      purchasesBefore: 1050000,
      priceAsked: { ru: 'Нет', en: 'No' },
      lastContact: { daysFromToday: -3 },
      nextContact: { daysFromToday: 1 },
    },
    {
      name: 'Центр-Опт',
      marketSegment: { ru: 'Независимая розница', en: 'Independent retail' },
      creditLimit: 3000000,
      paymentTerms: 45,
      region: { ru: 'Москва', en: 'Moscow' },
      manager: 'Петров',
      purchasesBefore: 2100000,
      priceAsked: { ru: 'Да', en: 'Yes' },
      priceAnswer: { ru: 'Цена вторична', en: 'Price is secondary' },
      lastContact: { daysFromToday: -16 },
      nextContact: { daysFromToday: 14 },
    },
    {
      name: '+Плюс Дистрибуция',
      region: { ru: 'Пермь', en: 'Perm' },
      manager: 'Сидоров',
      purchasesBefore: 200000,
      priceAsked: { ru: 'Нет', en: 'No' },
    },
  ],
};
