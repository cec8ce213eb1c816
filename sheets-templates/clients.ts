import { caseOf, fx, perRow, str } from '../src/core/formula';
import { texts } from '../src/i18n';
import type { FormulaContext, TableTemplate } from './types';

const YES_NO = { ru: ['Да', 'Нет'], en: ['Yes', 'No'] } as const;

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
  const next = c.range('clients', 'nextContact');
  const asOf = c.setting('asOf');
  const days = (a: string, b: string) => `(${fx('INT', a)}-${fx('INT', b)})`;
  const when = fx(
    'IF',
    `${next}=""`,
    str(w.unset),
    fx(
      'IF',
      `NOT(${fx('ISNUMBER', next)})`,
      str(w.notDate),
      fx(
        'IF',
        `${fx('INT', next)}<${fx('INT', asOf)}`,
        `${str(w.overdue)}&${days(asOf, next)}&${str(w.days)}`,
        fx(
          'IF',
          `${fx('INT', next)}=${fx('INT', asOf)}`,
          str(w.today),
          fx(
            'IF',
            `${days(next, asOf)}<=${c.setting('agendaHorizon')}`,
            `${str(w.soon)}&${days(next, asOf)}&${str(w.days)}`,
            str(''),
          ),
        ),
      ),
    ),
  );
  return perRow(c.range('clients', 'name'), when);
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
      key: 'purchasesNow',
      header: { ru: 'Закупки сейчас, в месяц', en: 'Purchases now, per month' },
      note: {
        ru: 'Средние закупки нашего товара за последние месяцы.',
        en: 'Average monthly purchases of our goods lately.',
      },
      type: 'money',
      min: 0,
    },
    {
      key: 'purchasesBefore',
      header: { ru: 'Закупки до кризиса, в месяц', en: 'Pre-crisis purchases, per month' },
      note: { ru: 'Средние закупки в месяц до кризиса.', en: 'Average monthly purchases before the crisis.' },
      type: 'money',
      min: 0,
    },
    {
      key: 'retailChange',
      header: { ru: 'Изменение розничных продаж', en: 'Retail sales change' },
      note: {
        ru: 'Зафиксированное клиентом изменение продаж в рознице к докризисному уровню, например -12%.',
        en: 'The change of retail sell-out the client has recorded against pre-crisis, e.g. -12%.',
      },
      type: 'percent',
    },
    {
      key: 'retailForecast',
      header: { ru: 'Прогноз клиента по рознице', en: 'Client’s retail forecast' },
      note: {
        ru: 'Чего клиент ждёт от розничного спроса, например -10%.',
        en: 'What the client expects of retail demand, e.g. -10%.',
      },
      type: 'percent',
    },
    {
      key: 'overdueDays',
      header: { ru: 'Просрочка, дней', en: 'Days overdue' },
      note: {
        ru: 'Дней просрочки самого старого неоплаченного счёта; пусто или 0 — платит вовремя; ИСТИНА — неплатежеспособен.',
        en: 'Days past due of the oldest unpaid invoice; blank or 0 = pays on time; TRUE = insolvent.',
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
      key: 'segment',
      header: { ru: 'Сегмент', en: 'Segment' },
      note: {
        ru: 'Считается формулой SEGMENT: 3 неплатежеспособен, 2 падение зафиксировано, 1 ожидает падения, 0 нет сигнала.',
        en: 'Computed by SEGMENT: 3 insolvent, 2 fall recorded, 1 expects a fall, 0 no crisis signal.',
      },
      type: 'computed',
      width: 200,
      formula: (c) =>
        fx(
          'SEGMENT',
          c.range('clients', 'retailChange'),
          c.range('clients', 'retailForecast'),
          c.range('clients', 'overdueDays'),
          c.setting('dropThreshold'),
          c.setting('overdueLimit'),
        ),
    },
    {
      key: 'action',
      header: { ru: 'Что делать', en: 'What to do' },
      note: { ru: 'Рекомендация playbook для сегмента.', en: 'The playbook’s advice for the segment.' },
      type: 'computed',
      width: 320,
      formula: (c) => {
        const digit = fx('LEFT', c.range('clients', 'segment'), 1);
        const cases = texts[c.lang].segment.actions.map((text, g) => [str(String(g)), str(text)] as const);
        return perRow(c.range('clients', 'segment'), caseOf(digit, cases, str('')));
      },
    },
    {
      key: 'purchaseTarget',
      header: { ru: 'Цель закупок (сегмент 2)', en: 'Purchase target (segment 2)' },
      note: {
        ru: 'Не ниже фактических продаж: докризисные закупки × (1 + изменение розницы).',
        en: 'Not below actual sell-out: pre-crisis purchases × (1 + retail change).',
      },
      type: 'computed',
      formula: (c) =>
        perRow(
          c.range('clients', 'segment'),
          fx(
            'IF',
            `${fx('LEFT', c.range('clients', 'segment'), 1)}="2"`,
            `${c.range('clients', 'purchasesBefore')}*(1+${c.range('clients', 'retailChange')})`,
            str(''),
          ),
        ),
    },
    {
      key: 'safeCap',
      header: { ru: 'Лимит поставок (сегмент 3)', en: 'Delivery cap (segment 3)' },
      note: {
        ru: 'Безопасный минимум: текущие закупки × безопасная доля из «Настроек».',
        en: 'The safe minimum: current purchases × the safe share from Settings.',
      },
      type: 'computed',
      formula: (c) =>
        perRow(
          c.range('clients', 'segment'),
          fx(
            'IF',
            `${fx('LEFT', c.range('clients', 'segment'), 1)}="3"`,
            `${c.range('clients', 'purchasesNow')}*${c.setting('insolventShare')}`,
            str(''),
          ),
        ),
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
    { column: 'segment', formula: (_c, cell) => `LEFT(${cell('segment')};1)="3"`, background: '#f4c7c3' },
    { column: 'segment', formula: (_c, cell) => `LEFT(${cell('segment')};1)="2"`, background: '#fce8b2' },
    { column: 'segment', formula: (_c, cell) => `LEFT(${cell('segment')};1)="1"`, background: '#b7e1cd' },
    {
      column: 'segment',
      formula: (_c, cell) => `LEFT(${cell('segment')};1)="⚠"`,
      background: '#ffffff',
      fontColor: '#c5221f',
    },
  ],
  samples: [
    {
      name: 'ТД «Северный»',
      region: { ru: 'Санкт-Петербург', en: 'St Petersburg' },
      manager: 'Иванова',
      purchasesNow: 1200000,
      purchasesBefore: 1500000,
      retailChange: -0.18,
      retailForecast: -0.2,
      overdueDays: 12,
      priceAsked: { ru: 'Да', en: 'Yes' },
      priceAnswer: { ru: 'Важна отсрочка, не скидка', en: 'Payment terms matter, not discount' },
      lastContact: { daysFromToday: -20 },
      nextContact: { daysFromToday: -2 },
    },
    {
      name: 'ООО «Волга-Дистрибуция»',
      region: { ru: 'Самара', en: 'Samara' },
      manager: 'Петров',
      purchasesNow: 800000,
      purchasesBefore: 850000,
      retailChange: -0.02,
      retailForecast: -0.15,
      overdueDays: 0,
      priceAsked: { ru: 'Нет', en: 'No' },
      nextContact: { daysFromToday: 0 },
    },
    {
      name: 'Уралснаб',
      region: { ru: 'Екатеринбург', en: 'Yekaterinburg' },
      manager: 'Иванова',
      purchasesNow: 300000,
      purchasesBefore: 900000,
      retailChange: -0.25,
      retailForecast: -0.3,
      overdueDays: 120,
      priceAsked: { ru: 'Нет', en: 'No' },
      nextContact: { daysFromToday: 3 },
    },
    {
      name: 'Сибирский партнёр',
      region: { ru: 'Новосибирск', en: 'Novosibirsk' },
      manager: 'Сидоров',
      purchasesNow: 950000,
      purchasesBefore: 1000000,
      retailChange: 0.03,
      retailForecast: 0.02,
      overdueDays: 0,
      priceAsked: { ru: 'Да', en: 'Yes' },
      priceAnswer: { ru: 'Цена устраивает', en: 'Price is fine' },
      lastContact: { daysFromToday: -12 },
      nextContact: { daysFromToday: 10 },
    },
    {
      name: 'Дон-Трейд',
      region: { ru: 'Ростов-на-Дону', en: 'Rostov-on-Don' },
      manager: 'Петров',
      purchasesNow: 400000,
      purchasesBefore: 700000,
      retailChange: -0.05,
      retailForecast: -0.1,
      overdueDays: 45,
      priceAsked: { ru: 'Да', en: 'Yes' },
      priceAnswer: { ru: 'Просит скидку 10 %', en: 'Asks for 10 % off' },
      lastContact: { daysFromToday: -30 },
      nextContact: { daysFromToday: -5 },
    },
    {
      name: 'Камский опт',
      region: { ru: 'Казань', en: 'Kazan' },
      manager: 'Сидоров',
      purchasesNow: 650000,
      purchasesBefore: 700000,
      retailChange: '',
      retailForecast: -0.08,
      overdueDays: 0,
      priceAsked: { ru: 'Нет', en: 'No' },
      lastContact: { daysFromToday: -9 },
      nextContact: { daysFromToday: 5 },
    },
    {
      name: 'Приморье-Импорт',
      region: { ru: 'Владивосток', en: 'Vladivostok' },
      manager: 'Кузнецова',
      purchasesNow: 0,
      purchasesBefore: 500000,
      retailChange: -0.4,
      retailForecast: -0.4,
      overdueDays: true,
      priceAsked: { ru: 'Нет', en: 'No' },
      lastContact: { daysFromToday: -7 },
    },
    {
      name: 'Черноземье',
      region: { ru: 'Воронеж', en: 'Voronezh' },
      manager: 'Кузнецова',
      purchasesNow: 560000,
      purchasesBefore: 600000,
      retailChange: -0.04,
      retailForecast: -0.049,
      overdueDays: 5,
      priceAsked: { ru: 'Нет', en: 'No' },
      lastContact: { daysFromToday: -14 },
      nextContact: { daysFromToday: 2 },
    },
    {
      name: 'Балтийский дом',
      region: { ru: 'Калининград', en: 'Kaliningrad' },
      manager: 'Иванова',
      purchasesNow: 420000,
      purchasesBefore: 480000,
      retailChange: -0.1,
      retailForecast: 0,
      overdueDays: 90,
      priceAsked: { ru: 'Да', en: 'Yes' },
      priceAnswer: { ru: 'Готов взять ассортимент под акцию', en: 'Will take a promo assortment' },
      lastContact: { daysFromToday: -8 },
      nextContact: { daysFromToday: 6 },
    },
    {
      name: 'Южный альянс',
      region: { ru: 'Краснодар', en: 'Krasnodar' },
      manager: 'Сидоров',
      purchasesNow: 1100000,
      purchasesBefore: 1050000,
      retailChange: 0.05,
      retailForecast: -0.05,
      overdueDays: 0,
      priceAsked: { ru: 'Нет', en: 'No' },
      lastContact: { daysFromToday: -3 },
      nextContact: { daysFromToday: 1 },
    },
    {
      name: 'Центр-Опт',
      region: { ru: 'Москва', en: 'Moscow' },
      manager: 'Петров',
      purchasesNow: 2000000,
      purchasesBefore: 2100000,
      retailChange: 0,
      retailForecast: 0.01,
      overdueDays: 91,
      priceAsked: { ru: 'Да', en: 'Yes' },
      priceAnswer: { ru: 'Цена вторична', en: 'Price is secondary' },
      lastContact: { daysFromToday: -16 },
      nextContact: { daysFromToday: 14 },
    },
    {
      name: '+Плюс Дистрибуция',
      region: { ru: 'Пермь', en: 'Perm' },
      manager: 'Сидоров',
      purchasesNow: 150000,
      purchasesBefore: 200000,
      retailChange: -0.125,
      retailForecast: '',
      overdueDays: 0,
      priceAsked: { ru: 'Нет', en: 'No' },
    },
  ],
};
