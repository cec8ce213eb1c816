import { caseOf, fx, perRow, str } from '../src/core/formula';
import type { TableTemplate } from './types';

const YES_NO = { ru: ['Да', 'Нет'], en: ['Yes', 'No'] } as const;

/** What the playbook (§2) says to do with each segment, by the digit of the SEGMENT label. */
const ACTIONS = {
  ru: [
    'Следить за динамикой (мониторинг)',
    'Убедить сохранить докризисный объём закупок',
    'Согласовать закупки не ниже фактических продаж',
    'Сократить поставки до безопасного минимума, сохранить возможность вернуться, следить за платежами',
  ],
  en: [
    'Keep monitoring',
    'Persuade it to keep pre-crisis purchase volumes',
    'Agree purchases not below actual sell-out',
    'Cut deliveries to a safe minimum, keep the door open, track solvency',
  ],
} as const;

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
        ru: 'Спросили ли клиента, насколько для него важна цена (playbook §7: «Как? Спросить»).',
        en: 'Did we ask the client how much price matters (playbook §7: "How? Ask.").',
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
        const cases = ACTIONS[c.lang].map((text, g) => [str(String(g)), str(text)] as const);
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
  ],
  colours: [
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
