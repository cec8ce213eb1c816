import { fx, perRow, str } from '../src/core/formula';
import { clientsColumnOf, focusColumn } from './focus';
import type { TableTemplate } from './types';

const YES_NO = { ru: ['Да', 'Нет'], en: ['Yes', 'No'] } as const;
const NOTHING = { ru: 'Ничего', en: 'Nothing' } as const;

/** The verdict's words, gate by gate (docs/method.md, Price cuts). */
const VERDICT = {
  ru: {
    askSensitivity: '? Сначала спросите о чувствительности',
    buysNothing: '✗ Скидка ничего не покупает',
    noMargin: '⚠ Нет маржи: без неё окупаемость не посчитать',
    check: '⚠ Проверьте скидку и маржу (см. «Нужный рост объёма»)',
    askGain: '? Спросите ожидаемый рост',
    gainNotNumber: ['⚠ Ожидаемый рост «', '» — не число'],
    dont: '✗ Не давать скидку',
    pays: '✓ Окупается',
  },
  en: {
    askSensitivity: '? Ask about price sensitivity first',
    buysNothing: '✗ The discount buys nothing',
    noMargin: '⚠ No margin: payback cannot be worked out without it',
    check: '⚠ Check the discount and the margin (see “Volume gain needed”)',
    askGain: '? Ask for the expected gain',
    gainNotNumber: ['⚠ Expected gain “', '” is not a number'],
    dont: '✗ Don’t give this discount',
    pays: '✓ Pays back',
  },
} as const;

/** Price cuts (docs/method.md): what do we buy by cutting prices? Ask first; discount only if the result predictably improves. */
export const pricing: TableTemplate = {
  kind: 'table',
  id: 'pricing',
  name: { ru: 'Цены', en: 'Pricing' },
  tabColor: '#fbbc04',
  columns: [
    {
      key: 'client',
      header: { ru: 'Клиент', en: 'Client' },
      note: { ru: 'Кто просит скидку.', en: 'Who asks for the discount.' },
      type: 'text',
      width: 200,
    },
    {
      key: 'requestedOn',
      header: { ru: 'Дата запроса', en: 'Requested on' },
      note: { ru: 'Когда клиент попросил скидку.', en: 'When the client asked.' },
      type: 'date',
    },
    {
      key: 'assortment',
      header: { ru: 'Ассортимент', en: 'Assortment' },
      note: { ru: 'На что просят скидку.', en: 'What the discount is for.' },
      type: 'text',
    },
    {
      key: 'margin',
      header: { ru: 'Маржа', en: 'Margin' },
      note: {
        ru: 'Маржинальный доход в % от текущей цены (цена минус переменные затраты).',
        en: 'Contribution margin as a share of the current price (price minus variable costs).',
      },
      type: 'percent',
    },
    {
      key: 'discount',
      header: { ru: 'Скидка', en: 'Discount' },
      note: { ru: 'Запрошенная скидка, например 10%.', en: 'The discount asked for, e.g. 10%.' },
      type: 'percent',
    },
    {
      key: 'expectedGain',
      header: { ru: 'Ожидаемый рост объёма', en: 'Expected volume gain' },
      note: {
        ru: 'На сколько клиент увеличит закупки со скидкой, например 20%.',
        en: 'How much more the client would buy with the discount, e.g. 20%.',
      },
      type: 'percent',
    },
    {
      key: 'buys',
      header: { ru: 'Что покупаем скидкой', en: 'What the discount buys' },
      note: {
        ru: 'Главный вопрос метода: что мы получаем за снижение цены?',
        en: 'The method’s key question: what do we buy by cutting the price?',
      },
      type: 'choice',
      width: 240,
      choices: {
        ru: [
          'Больше нашего ассортимента на полке',
          'Информацию о бизнесе покупателя',
          'Лояльность клиента',
          'Ничего',
        ],
        en: [
          'More of our assortment on the shelf',
          'Information about the buyer’s business',
          'The client’s loyalty',
          'Nothing',
        ],
      },
    },
    {
      key: 'sensitivityAsked',
      header: { ru: 'Чувствительность к цене выяснена', en: 'Price sensitivity asked' },
      note: {
        ru: 'Проверить чувствительность к цене. Как? Спросить.',
        en: 'Check price sensitivity. How? Ask.',
      },
      type: 'choice',
      choices: YES_NO,
    },
    {
      key: 'clientAnswer',
      header: { ru: 'Ответ клиента', en: 'Client’s answer' },
      note: { ru: 'Что клиент сказал о цене.', en: 'What the client said about price.' },
      type: 'text',
      width: 200,
    },
    {
      key: 'decision',
      header: { ru: 'Решение по скидке', en: 'Decision' },
      note: {
        ru: 'Что решили. «Дать» — скидка дана: такие строки считает доза «Цена» на листе «Координаты».',
        en: 'What was decided. "Give" means the discount was granted: the Price dose on the Dashboard counts these rows.',
      },
      type: 'choice',
      choices: { ru: ['Дать', 'Отказать', 'Думаем'], en: ['Give', 'Refuse', 'Thinking'] },
    },
    {
      key: 'clientSegment',
      header: { ru: 'Сегмент клиента', en: 'Client’s segment' },
      note: {
        ru: 'Цифра сегмента из листа «Клиенты»: скидки должны идти в первую очередь сегментам 1–2.',
        en: 'The segment digit from the Clients sheet: discounts should go to segments 1–2 first.',
      },
      type: 'computed',
      width: 80,
      formula: (c) => {
        const client = c.range('pricing', 'client');
        return perRow(client, fx('IFERROR', fx('LEFT', clientsColumnOf(c, client, 'segment'), 1), str('?')));
      },
    },
    focusColumn('pricing'),
    {
      key: 'breakeven',
      header: { ru: 'Нужный рост объёма', en: 'Volume gain needed' },
      note: {
        ru: 'DISCOUNT_BREAKEVEN: на сколько должен вырасти объём, чтобы скидка не уменьшила валовую прибыль: d ÷ (m − d).',
        en: 'DISCOUNT_BREAKEVEN: how much volume must grow for the discount to keep gross profit: d ÷ (m − d).',
      },
      type: 'computed',
      formula: (c) => fx('DISCOUNT_BREAKEVEN', c.range('pricing', 'discount'), c.range('pricing', 'margin')),
    },
    {
      key: 'verdict',
      header: { ru: 'Вывод по методу', en: 'Verdict' },
      formerHeaders: ['Решение'],
      note: {
        ru: 'Проверка по разделу «Снижение цены», по порядку: выяснена ли чувствительность к цене, что покупаем скидкой, есть ли маржа; давать скидку, только если ожидаемый рост выше нужного — «не хуже» не значит «лучше».',
        en: 'The check of Price cuts, in order: was price sensitivity asked, what does the discount buy, is the margin there; give the discount only if the expected gain is above the gain needed: breaking even is no improvement.',
      },
      type: 'computed',
      width: 260,
      formula: (c) => {
        const r = (key: string) => c.range('pricing', key);
        const [discount, margin, gain, be] = [r('discount'), r('margin'), r('expectedGain'), r('breakeven')];
        const [sensitivity, buys] = [r('sensitivityAsked'), r('buys')];
        const v = VERDICT[c.lang];
        // Dropdown words of either language: rows typed before a change of locale read the same.
        const asked = `(${sensitivity}="${YES_NO.ru[0]}")+(${sensitivity}="${YES_NO.en[0]}")=0`;
        const nothing = `(${buys}="")+(${buys}="${NOTHING.ru}")+(${buys}="${NOTHING.en}")`;
        const compare = fx(
          'IF',
          `${gain}=""`,
          str(v.askGain),
          fx(
            'IF',
            fx('ISNUMBER', gain),
            fx('IF', `${gain}>${be}`, str(v.pays), str(v.dont)),
            `${str(v.gainNotNumber[0])}&${gain}&${str(v.gainNotNumber[1])}`,
          ),
        );
        // No break-even: a discount not below the margin never pays back; anything else is a typo, named there.
        const noBreakeven = fx(
          'IF',
          `${fx('ISNUMBER', discount)}*${fx('ISNUMBER', margin)}*(${discount}>=${margin})`,
          str(v.dont),
          str(v.check),
        );
        return perRow(
          discount,
          fx(
            'IF',
            asked,
            str(v.askSensitivity),
            fx(
              'IF',
              nothing,
              str(v.buysNothing),
              fx('IF', `${margin}=""`, str(v.noMargin), fx('IF', fx('ISNUMBER', be), compare, noBreakeven)),
            ),
          ),
        );
      },
    },
  ],
  colours: [
    { column: 'verdict', formula: (_c, cell) => `LEFT(${cell('verdict')};1)="✗"`, background: '#f4c7c3' },
    { column: 'verdict', formula: (_c, cell) => `LEFT(${cell('verdict')};1)="✓"`, background: '#b7e1cd' },
    {
      column: 'verdict',
      formula: (_c, cell) => `OR(LEFT(${cell('verdict')};1)="?";LEFT(${cell('verdict')};1)="⚠")`,
      background: '#fce8b2',
    },
  ],
  samples: [
    {
      client: 'Дон-Трейд',
      requestedOn: { daysFromToday: -3 },
      assortment: { ru: 'Весь ассортимент', en: 'Whole range' },
      margin: 0.3,
      discount: 0.1,
      expectedGain: 0.2,
      buys: { ru: 'Ничего', en: 'Nothing' },
      sensitivityAsked: { ru: 'Да', en: 'Yes' },
      clientAnswer: { ru: 'Иначе уйдём к конкуренту', en: 'Otherwise we go to a competitor' },
    },
    {
      client: 'Балтийский дом',
      requestedOn: { daysFromToday: -10 },
      assortment: { ru: 'Промо-набор', en: 'Promo set' },
      margin: 0.6,
      discount: 0.2,
      expectedGain: 0.6,
      buys: { ru: 'Больше нашего ассортимента на полке', en: 'More of our assortment on the shelf' },
      sensitivityAsked: { ru: 'Да', en: 'Yes' },
      clientAnswer: { ru: 'Возьмут ещё две полки', en: 'Will take two more shelves' },
      decision: { ru: 'Дать', en: 'Give' },
    },
    {
      client: 'ТД «Северный»',
      requestedOn: { daysFromToday: -1 },
      assortment: 'A-100',
      margin: 0.25,
      discount: 0.05,
      expectedGain: 0.1,
      buys: { ru: 'Информацию о бизнесе покупателя', en: 'Information about the buyer’s business' },
      sensitivityAsked: { ru: 'Нет', en: 'No' },
    },
  ],
};
