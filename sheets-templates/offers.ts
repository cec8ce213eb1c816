import { fx, perRow, str } from '../src/core/formula';
import { focusColumn } from './focus';
import type { Column, FormulaContext, TableTemplate } from './types';

const PERIODS = 6;

const salesColumns: Column[] = Array.from({ length: PERIODS }, (_, i) => ({
  key: `sales${i + 1}`,
  header: { ru: `Продажи, период ${i + 1}`, en: `Sales, period ${i + 1}` },
  note: {
    ru: `Продажи позиции в штуках за период ${i + 1} (${i === PERIODS - 1 ? 'последний' : 'от старого к новому'}).`,
    en: `Units sold in period ${i + 1} (${i === PERIODS - 1 ? 'the latest' : 'oldest to newest'}).`,
  },
  type: 'number' as const,
  min: 0,
}));

const sales = (c: FormulaContext) =>
  Array.from({ length: PERIODS }, (_, i) => c.range('offers', `sales${i + 1}`));
const sum = (terms: readonly string[]) => `(${terms.join('+')})`;
/** The demand functions' arguments: the six periods, the period length and how many recent periods count. */
const demandArgs = (c: FormulaContext) =>
  [c.span('offers', 'sales1', PERIODS), c.setting('periodDays'), c.setting('recentPeriods')] as const;
const item = (c: FormulaContext) => c.range('offers', 'item');
const orderArgs = (c: FormulaContext) =>
  [
    c.range('offers', 'dailyDemand'),
    c.range('offers', 'dailySd'),
    c.range('offers', 'leadTime'),
    c.range('offers', 'reviewDays'),
    c.setting('serviceLevel'),
    c.range('offers', 'onHand'),
    c.range('offers', 'onOrder'),
  ] as const;

/** Updated offers (docs/method.md): an offer of liquid, fast-turning items in the optimal order size, delivered fast. */
export const offers: TableTemplate = {
  kind: 'table',
  id: 'offers',
  name: { ru: 'Предложения', en: 'Offers' },
  tabColor: '#34a853',
  columns: [
    {
      key: 'sku',
      header: { ru: 'Артикул', en: 'SKU' },
      note: { ru: 'Код позиции.', en: 'Item code.' },
      type: 'text',
    },
    {
      key: 'item',
      header: { ru: 'Позиция', en: 'Item' },
      note: { ru: 'Название позиции ассортимента.', en: 'Name of the assortment item.' },
      type: 'text',
      width: 220,
    },
    {
      key: 'client',
      header: { ru: 'Клиент', en: 'Client' },
      note: {
        ru: 'Для кого строка: клиент, как в листе «Клиенты». Пусто — общий ассортимент.',
        en: 'Whose line this is: the client, as on the Clients sheet. Blank: the general assortment.',
      },
      type: 'text',
      width: 200,
    },
    {
      key: 'price',
      header: { ru: 'Цена за штуку', en: 'Unit price' },
      note: {
        ru: 'Цена для клиента; продажи × цена дают оборот для ABC.',
        en: 'Price to the client; sales × price give the value for ABC.',
      },
      type: 'money',
      min: 0,
    },
    ...salesColumns,
    {
      key: 'onHand',
      header: { ru: 'Остаток у клиента, шт.', en: 'Client’s stock, units' },
      note: { ru: 'Сколько штук сейчас на складе клиента.', en: 'Units now in the client’s warehouse.' },
      type: 'number',
      min: 0,
    },
    {
      key: 'onOrder',
      header: { ru: 'В пути, шт.', en: 'On order, units' },
      note: { ru: 'Заказано, но ещё не получено.', en: 'Ordered but not yet received.' },
      type: 'number',
      min: 0,
    },
    {
      key: 'leadTime',
      header: { ru: 'Срок поставки, дней', en: 'Lead time, days' },
      note: {
        ru: 'Дней от заказа до полки клиента. Быстрее доставка — меньше страховой запас и заказ.',
        en: 'Days from order to the client’s shelf. Faster delivery means less safety stock and a smaller order.',
      },
      type: 'number',
      min: 0,
    },
    {
      key: 'reviewDays',
      header: { ru: 'Интервал между заказами, дней', en: 'Orders every, days' },
      formerHeaders: ['Заказ раз в, дней'],
      note: { ru: 'Как часто клиент размещает заказ.', en: 'How often the client places an order.' },
      type: 'number',
      min: 0,
    },
    {
      key: 'value',
      header: { ru: 'Оборот за периоды', en: 'Value over the periods' },
      note: {
        ru: 'Цена × сумма продаж за все периоды: основа ABC.',
        en: 'Price × units sold over all periods: the basis of ABC.',
      },
      type: 'computed',
      formula: (c) => perRow(item(c), `${c.range('offers', 'price')}*${sum(sales(c))}`),
    },
    {
      key: 'abc',
      header: { ru: 'ABC', en: 'ABC' },
      note: {
        ru: 'ABC_CLASS по обороту среди позиций того же клиента (строки без клиента — общий ассортимент): A — первые 80 %, B — до 95 %, C — остальное.',
        en: 'ABC_CLASS by value among the same client’s items (rows without a client: the general assortment): A the first 80 %, B up to 95 %, C the rest.',
      },
      type: 'computed',
      width: 60,
      formula: (c) => fx('ABC_CLASS', c.range('offers', 'value'), c.range('offers', 'client')),
    },
    {
      key: 'xyz',
      header: { ru: 'XYZ', en: 'XYZ' },
      note: {
        ru: 'XYZ_CLASS по стабильности спроса: X стабильный, Y колеблющийся, Z нерегулярный (границы в «Настройках»).',
        en: 'XYZ_CLASS by demand stability: X stable, Y fluctuating, Z irregular (limits in Settings).',
      },
      type: 'computed',
      width: 60,
      formula: (c) =>
        fx('XYZ_CLASS', c.span('offers', 'sales1', PERIODS), c.setting('xLimit'), c.setting('yLimit')),
    },
    {
      key: 'liquidity',
      header: { ru: 'Класс ликвидности', en: 'Liquidity class' },
      note: {
        ru: 'ABC × XYZ: AX — самые ликвидные и стабильные.',
        en: 'ABC × XYZ: AX are the most liquid and stable.',
      },
      type: 'computed',
      width: 90,
      formula: (c) =>
        perRow(c.range('offers', 'abc'), `${c.range('offers', 'abc')}&${c.range('offers', 'xyz')}`),
    },
    {
      key: 'toOffer',
      header: { ru: 'В предложение', en: 'Offer it' },
      note: {
        ru: 'Только ликвидные и оборачиваемые позиции (A или B, X или Y) — раздел «Актуализируем предложения».',
        en: 'Only liquid, fast-turning items (A or B, and X or Y), as in Updated offers.',
      },
      type: 'computed',
      width: 90,
      formula: (c) => {
        const abc = c.range('offers', 'abc');
        const xyz = c.range('offers', 'xyz');
        const liquid = `((${abc}="A")+(${abc}="B"))*((${xyz}="X")+(${xyz}="Y"))`;
        const yes = c.lang === 'ru' ? 'Да' : 'Yes';
        return perRow(abc, fx('IF', `${liquid}>0`, str(yes), str('')));
      },
    },
    {
      key: 'dailyDemand',
      header: { ru: 'Спрос в день, шт.', en: 'Daily demand, units' },
      note: {
        ru: 'DAILY_DEMAND: сегодняшний темп продаж — среднее последних периодов (сколько их, задают «Настройки»), а если продажи в них каждый раз падают или растут, то их линия тренда на последний период; ÷ длина периода.',
        en: 'DAILY_DEMAND: today’s rate of sales, the mean of the latest periods (how many: Settings), or their trend line at the latest period when sales fall or grow at every step; ÷ the period length.',
      },
      type: 'computed',
      formula: (c) => fx('DAILY_DEMAND', ...demandArgs(c)),
    },
    {
      key: 'trend',
      header: { ru: 'Тренд продаж', en: 'Sales trend' },
      note: {
        ru: 'DEMAND_TREND: «↓ падает» или «↑ растёт», когда продажи последних периодов каждый раз меняются в одну сторону. У падающей позиции заказ меньше.',
        en: 'DEMAND_TREND: "↓ falling" or "↑ growing" when the sales of the latest periods move the same way at every step. A falling item gets a smaller order.',
      },
      type: 'computed',
      width: 100,
      formula: (c) => fx('DEMAND_TREND', ...demandArgs(c)),
    },
    {
      key: 'dailySd',
      header: { ru: 'Разброс спроса в день (σ)', en: 'Daily demand deviation (σ)' },
      note: {
        ru: 'DEMAND_SD: стандартное отклонение продаж последних периодов (вокруг линии тренда, если он есть) ÷ √(длина периода): дни считаются независимыми.',
        en: 'DEMAND_SD: standard deviation of the latest periods’ sales (around the trend line when there is one) ÷ √(period length): days taken as independent.',
      },
      type: 'computed',
      formula: (c) => fx('DEMAND_SD', ...demandArgs(c)),
    },
    {
      key: 'orderSize',
      header: { ru: 'Оптимальный заказ, шт.', en: 'Optimal order, units' },
      note: {
        ru: 'ORDER_SIZE: запас до уровня d̄·(R+L) + z·σ·√(R+L) минус остаток и товар в пути. Быстрее доставка — меньше заказ.',
        en: 'ORDER_SIZE: up to d̄·(R+L) + z·σ·√(R+L) minus stock and goods on order. Faster delivery, smaller order.',
      },
      type: 'computed',
      formula: (c) => fx('ORDER_SIZE', ...orderArgs(c)),
    },
    {
      key: 'fasterOrder',
      header: { ru: 'Заказ при доставке быстрее, шт.', en: 'Order with faster delivery, units' },
      note: {
        ru: 'ORDER_SIZE, если доставлять на столько дней быстрее, сколько указано в «Настройках» («Ускорение доставки»): высокая скорость доставки сокращает коммерческий цикл.',
        en: 'ORDER_SIZE with delivery as many days sooner as Settings say (Faster delivery by): high delivery speed shortens the commercial cycle.',
      },
      type: 'computed',
      formula: (c) => fx('ORDER_SIZE', ...orderArgs(c), c.setting('fasterDays')),
    },
    {
      key: 'fasterSaving',
      header: {
        ru: 'Освободится у клиента при доставке быстрее',
        en: 'Freed for the client by faster delivery',
      },
      note: {
        ru: 'Цена × (оптимальный заказ − заказ при доставке быстрее): на столько меньше денег клиента лежит в запасе.',
        en: 'Price × (optimal order − order with faster delivery): this much less of the client’s money sits in stock.',
      },
      type: 'computed',
      shows: 'money',
      formula: (c) => {
        const order = c.range('offers', 'orderSize');
        const faster = c.range('offers', 'fasterOrder');
        return perRow(
          item(c),
          fx(
            'IF',
            `${fx('ISNUMBER', order)}*${fx('ISNUMBER', faster)}`,
            `${c.range('offers', 'price')}*(${order}-${faster})`,
            str(''),
          ),
        );
      },
    },
    focusColumn('offers'),
  ],
  colours: [
    { column: 'toOffer', formula: (_c, cell) => `${cell('toOffer')}<>""`, background: '#b7e1cd' },
    { column: 'liquidity', formula: (_c, cell) => `LEFT(${cell('liquidity')};1)="C"`, background: '#f4c7c3' },
    { column: 'trend', formula: (_c, cell) => `LEFT(${cell('trend')};1)="↓"`, background: '#fce8b2' },
  ],
  samples: [
    {
      sku: 'A-100',
      item: { ru: 'Базовый товар', en: 'Core item' },
      price: 250,
      sales1: 420,
      sales2: 400,
      sales3: 410,
      sales4: 395,
      sales5: 405,
      sales6: 400,
      onHand: 150,
      onOrder: 0,
      leadTime: 5,
      reviewDays: 7,
    },
    {
      sku: 'A-200',
      item: { ru: 'Ходовой товар', en: 'Fast mover' },
      client: 'ТД «Северный»',
      price: 180,
      sales1: 300,
      sales2: 340,
      sales3: 280,
      sales4: 310,
      sales5: 330,
      sales6: 290,
      onHand: 60,
      onOrder: 100,
      leadTime: 5,
      reviewDays: 7,
    },
    {
      sku: 'B-300',
      item: { ru: 'Сезонный товар', en: 'Seasonal item' },
      client: 'Дон-Трейд',
      price: 400,
      sales1: 10,
      sales2: 40,
      sales3: 120,
      sales4: 150,
      sales5: 60,
      sales6: 20,
      onHand: 80,
      onOrder: 0,
      leadTime: 14,
      reviewDays: 14,
    },
    {
      sku: 'C-400',
      item: { ru: 'Нишевый товар', en: 'Niche item' },
      price: 900,
      sales1: 2,
      sales2: 0,
      sales3: 5,
      sales4: 1,
      sales5: 0,
      sales6: 3,
      onHand: 12,
      onOrder: 0,
      leadTime: 21,
      reviewDays: 30,
    },
    {
      sku: 'B-500',
      item: { ru: 'Расходник', en: 'Consumable' },
      price: 60,
      sales1: 900,
      sales2: 950,
      sales3: 870,
      sales4: 1000,
      sales5: 920,
      sales6: 880,
      onHand: 400,
      onOrder: 300,
      leadTime: 3,
      reviewDays: 7,
    },
    {
      sku: 'A-600',
      item: { ru: 'Товар, который уходит', en: 'Shrinking item' },
      client: 'Уралснаб',
      price: 120,
      sales1: 1000,
      sales2: 950,
      sales3: 900,
      sales4: 850,
      sales5: 800,
      sales6: 750,
      onHand: 101,
      onOrder: 0,
      leadTime: 2,
      reviewDays: 7,
    },
  ],
};
