import { BLOCKS } from '../src/core/blocks';
import { fx, perRow, str } from '../src/core/formula';
import { segmentChangeColours, segmentColours } from './segment';
import type { Column, FormulaContext, L10n, SampleRow, TableTemplate } from './types';

function blockColumns(b: (typeof BLOCKS)[number]): Column[] {
  const dynamicsNote =
    b.type === 'percent'
      ? {
          ru: `${b.ru}: изменение за период, например -8%.`,
          en: `${b.en}: change over the period, e.g. -8%.`,
        }
      : b.type === 'integer'
        ? {
            ru: 'Дней просрочки самого старого неоплаченного счёта; ИСТИНА — неплатёжеспособен.',
            en: 'Days past due of the oldest unpaid invoice; TRUE = insolvent.',
          }
        : {
            ru: 'Сменились ли люди, принимающие решения о закупках (Да/Нет).',
            en: 'Did the people who decide on purchases change (Yes/No).',
          };
  const shared = {
    totalSales: {
      ru: ' Для сегмента это изменение розничных продаж клиента.',
      en: ' For the segment, this is the change of the client’s retail sales.',
    },
    ourPurchases: {
      ru: ' Пусто — берётся изменение отгрузок к прошлому периоду.',
      en: ' Blank: the change of shipments against the previous period is used.',
    },
  } as Partial<Record<string, L10n>>;
  const extra = shared[b.key];
  return [
    {
      key: `${b.key}Dynamics`,
      header: { ru: `${b.ru}: динамика`, en: `${b.en}: dynamics` },
      note: extra ? { ru: dynamicsNote.ru + extra.ru, en: dynamicsNote.en + extra.en } : dynamicsNote,
      type: b.type,
      ...(b.type === 'choice' ? { choices: { ru: ['Да', 'Нет'], en: ['Yes', 'No'] } } : {}),
      ...(b.type === 'integer' ? { min: 0 } : {}),
    },
    {
      key: `${b.key}Forecast`,
      header: { ru: `${b.ru}: прогноз клиента`, en: `${b.en}: client’s forecast` },
      note: {
        ru: 'Что клиент ожидает дальше, его словами.',
        en: 'What the client expects next, in its words.',
      },
      type: 'text',
    },
    {
      key: `${b.key}Actions`,
      header: { ru: `${b.ru}: возможные действия`, en: `${b.en}: possible actions` },
      note: { ru: 'Что мы можем сделать.', en: 'What we can do.' },
      type: 'text',
    },
  ];
}

const M = 'monitoring';
const range = (c: FormulaContext, key: string) => c.range(M, key);

/** The arguments SEGMENT and SEGMENT_REASON get on a Monitoring row. */
const segmentArgs = (c: FormulaContext) => [
  range(c, 'totalSalesDynamics'),
  range(c, 'retailForecast'),
  range(c, 'solvencyDynamics'),
  c.setting('dropThreshold'),
  c.setting('overdueLimit'),
  range(c, 'overdueAmount'),
  c.setting('materiality'),
];

/**
 * Our purchases for the signals: the change typed in block 4 when there is one, else the
 * change of shipments against the previous period.
 */
const ourPurchases = (c: FormulaContext) => {
  const typed = range(c, 'ourPurchasesDynamics');
  const change = range(c, 'shipmentsChange');
  return fx(
    'ARRAYFORMULA',
    fx('IF', `${typed}<>""`, typed, fx('IF', fx('ISNUMBER', change), change, str(''))),
  );
};

/**
 * Days overdue for the signals: a long overdue on an amount below the materiality counts as no
 * more than the insolvency limit, so the signals agree with the segment (not insolvent for that).
 */
const overdueForSignals = (c: FormulaContext) => {
  const days = range(c, 'solvencyDynamics');
  const amount = range(c, 'overdueAmount');
  const limit = c.setting('overdueLimit');
  const materiality = c.setting('materiality');
  const immaterial = [
    fx('ISNUMBER', days),
    `(${days}>${limit})`,
    fx('ISNUMBER', amount),
    fx('ISNUMBER', materiality),
    `(${amount}<${materiality})`,
  ].join('*');
  return fx('ARRAYFORMULA', fx('IF', immaterial, limit, days));
};

/**
 * The history of the sample clients: three months each, typed month after month, so their
 * segments move (ТД «Северный» 1 → 2, Уралснаб 2 → 3, Центр-Опт 0 → 3…) and the latest one
 * is the segment the Clients sheet shows.
 */
type Period = readonly [
  shipments: number,
  totalSales: number | '',
  forecast: number | '',
  ourSales: number | '',
  competitorSales: number | '',
  competitorPurchases: number | '',
  overdueDays: number | boolean,
  overdueAmount: number | '',
  newDecisionMaker: boolean,
];

const PERIODS = ['2026-08-01', '2026-09-01', '2026-10-01'] as const;

const HISTORY: ReadonlyArray<readonly [string, readonly [Period, Period, Period]]> = [
  [
    'ТД «Северный»',
    [
      [1450000, -0.04, -0.1, -0.03, 0.01, 0.02, 5, '', false],
      [1320000, -0.09, -0.15, -0.1, 0.03, 0.06, 8, '', false],
      [1200000, -0.18, -0.2, -0.15, 0.05, 0.1, 12, 60000, false],
    ],
  ],
  [
    'ООО «Волга-Дистрибуция»',
    [
      [850000, 0, 0, 0.01, 0, 0, 0, '', false],
      [830000, -0.01, -0.08, -0.01, 0, -0.02, 0, '', false],
      [800000, -0.02, -0.15, 0, 0, -0.1, 0, '', true],
    ],
  ],
  [
    'Уралснаб',
    [
      [700000, -0.1, -0.15, -0.12, -0.08, -0.05, 20, 90000, false],
      [500000, -0.18, -0.25, -0.22, -0.15, -0.3, 65, 300000, false],
      [300000, -0.25, -0.3, -0.3, -0.2, -0.5, 120, 450000, false],
    ],
  ],
  [
    'Сибирский партнёр',
    [
      [960000, 0.02, 0.02, 0.02, 0.01, 0, 0, '', false],
      [940000, 0.03, 0.02, 0.02, 0.02, 0.01, 10, 5000, false],
      [950000, 0.03, 0.02, 0.03, 0, 0, 95, 800, false],
    ],
  ],
  [
    'Дон-Трейд',
    [
      [600000, 0, -0.06, -0.02, 0, 0, 15, 30000, false],
      [520000, -0.03, -0.1, -0.05, 0.02, 0.05, 30, 80000, false],
      [400000, -0.05, -0.1, -0.08, 0.04, 0.08, 45, 120000, false],
    ],
  ],
  [
    'Камский опт',
    [
      [700000, '', 0, 0, 0, 0, 0, '', false],
      [680000, '', -0.05, -0.02, 0, 0, 0, '', false],
      [650000, '', -0.08, -0.03, -0.01, 0, 0, '', false],
    ],
  ],
  [
    'Приморье-Импорт',
    [
      [200000, -0.2, -0.3, -0.25, -0.1, 0, 95, 400000, false],
      [50000, -0.3, -0.4, -0.35, -0.2, 0, 150, 420000, false],
      [0, -0.4, -0.4, -0.4, -0.2, 0, true, 420000, false],
    ],
  ],
  [
    'Черноземье',
    [
      [590000, -0.01, -0.02, -0.01, 0, 0, 0, '', false],
      [575000, -0.02, -0.03, -0.02, -0.01, 0, 0, '', false],
      [560000, -0.04, -0.049, -0.03, -0.02, 0, 5, 20000, false],
    ],
  ],
  [
    'Балтийский дом',
    [
      [470000, -0.02, 0, -0.02, 0, 0, 30, 40000, false],
      [450000, -0.06, 0, -0.05, -0.03, 0, 60, 90000, false],
      [420000, -0.1, 0, -0.09, -0.06, 0, 90, 150000, false],
    ],
  ],
  [
    'Южный альянс',
    [
      [1000000, 0.02, 0, 0.02, 0.01, 0, 0, '', false],
      [1050000, 0.04, -0.03, 0.04, 0.02, 0, 0, '', false],
      [1100000, 0.05, -0.05, 0.05, 0.03, 0, 0, '', false],
    ],
  ],
  [
    'Центр-Опт',
    [
      [2100000, 0, 0.01, 0, 0, 0, 35, 300000, false],
      [2050000, 0, 0.01, 0, 0, 0, 62, 600000, false],
      [2000000, 0, 0.01, 0, 0, 0, 91, 900000, false],
    ],
  ],
  [
    '+Плюс Дистрибуция',
    [
      [190000, -0.05, '', -0.05, -0.03, 0, 0, '', false],
      [170000, -0.1, '', -0.1, -0.06, 0, 0, '', false],
      [150000, -0.125, '', -0.12, -0.08, 0, 0, '', false],
    ],
  ],
];

/** What the manager wrote in words on the latest rows, as in the client's own forecasts and our actions. */
const WORDS: Readonly<Record<string, SampleRow>> = {
  'ТД «Северный»': {
    ourSalesActions: { ru: 'Предложить ликвидный ассортимент', en: 'Offer a liquid assortment' },
  },
  'ООО «Волга-Дистрибуция»': {
    totalSalesForecast: { ru: 'Ждут спада зимой', en: 'Expect a winter slump' },
  },
  Уралснаб: {
    solvencyActions: { ru: 'Только предоплата', en: 'Prepayment only' },
  },
};

const YES = { ru: 'Да', en: 'Yes' };
const NO = { ru: 'Нет', en: 'No' };

function sampleRows(): SampleRow[] {
  return PERIODS.flatMap((period, p) =>
    HISTORY.map(([client, periods]) => {
      const [shipments, total, forecast, ours, theirs, theirPurchases, days, amount, dm] = periods[p];
      return {
        client,
        period,
        shipments,
        totalSalesDynamics: total,
        ourSalesDynamics: ours,
        competitorSalesDynamics: theirs,
        competitorPurchasesDynamics: theirPurchases,
        solvencyDynamics: days,
        decisionMakerDynamics: dm ? YES : NO,
        retailForecast: forecast,
        overdueAmount: amount,
        ...(p === PERIODS.length - 1 ? WORDS[client] : {}),
      };
    }),
  );
}

/**
 * The method's client monitoring: one row per client and period, never written over by a later
 * one. The seven blocks as typed, our shipments from the accounting system, the client's
 * forecast and what is overdue; computed per row: the change of shipments against the client's
 * previous period, the segment then and why, its change, and the signals with what to do.
 */
export const monitoring: TableTemplate = {
  kind: 'table',
  id: 'monitoring',
  name: { ru: 'Мониторинг', en: 'Monitoring' },
  tabColor: '#1a73e8',
  columns: [
    {
      key: 'client',
      header: { ru: 'Клиент', en: 'Client' },
      note: { ru: 'Как в листе «Клиенты».', en: 'As on the Clients sheet.' },
      type: 'text',
      width: 200,
    },
    {
      key: 'period',
      header: { ru: 'Период', en: 'Period' },
      note: {
        ru: 'Первый день периода (месяца или недели). Одна строка на клиента и период; следующий период — новая строка.',
        en: 'The first day of the period (month or week). One row per client and period; the next period is a new row.',
      },
      type: 'date',
    },
    {
      key: 'shipments',
      header: { ru: 'Отгрузки за период, ₽', en: 'Shipments in the period' },
      note: {
        ru: 'Наши отгрузки клиенту за период, в деньгах — цифра из учётной системы (блок 4).',
        en: 'Our shipments to the client in the period, in money: the figure from the accounting system (block 4).',
      },
      type: 'money',
      min: 0,
    },
    ...BLOCKS.flatMap(blockColumns),
    {
      key: 'retailForecast',
      header: { ru: 'Прогноз клиента по рознице', en: 'Client’s retail forecast' },
      note: {
        ru: 'Чего клиент ждёт от розничного спроса, например -10%: решает сегмент 1.',
        en: 'What the client expects of retail demand, e.g. -10%: decides segment 1.',
      },
      type: 'percent',
    },
    {
      key: 'overdueAmount',
      header: { ru: 'Сумма просрочки', en: 'Overdue amount' },
      note: {
        ru: 'Сколько денег просрочено (блок 6). Меньше минимальной значимой суммы из «Настроек» — долгая просрочка ещё не делает клиента неплатёжеспособным; пусто — любая сумма существенна.',
        en: 'How much money is overdue (block 6). Below the materiality in Settings, a long overdue does not make the client insolvent; blank: any amount counts.',
      },
      type: 'money',
      min: 0,
    },
    {
      key: 'signals',
      header: { ru: 'Сигналы и что делать', en: 'Signals and what to do' },
      note: {
        ru: 'CLIENT_SIGNALS: уход к конкурентам, падение закупок у нас, распродажа или затоваривание склада, падение спроса, ухудшение платежей (дни просрочки растут к прошлому периоду), новый ЛПР — с действием для каждого. Неплатёжеспособному — одна рекомендация.',
        en: 'CLIENT_SIGNALS: switching to competitors, buying less from us, destocking or overstocking, falling demand, worsening payments (more days overdue than the period before), a new decision maker, each with an action. An insolvent client gets one recommendation.',
      },
      type: 'computed',
      width: 420,
      formula: (c) =>
        fx(
          'CLIENT_SIGNALS',
          range(c, 'totalSalesDynamics'),
          range(c, 'ourSalesDynamics'),
          range(c, 'competitorSalesDynamics'),
          ourPurchases(c),
          range(c, 'competitorPurchasesDynamics'),
          overdueForSignals(c),
          range(c, 'decisionMakerDynamics'),
          c.setting('stockGap'),
          c.setting('dropThreshold'),
          c.setting('overdueWarning'),
          c.setting('overdueLimit'),
          range(c, 'previousOverdue'),
        ),
    },
    {
      key: 'shipmentsChange',
      header: {
        ru: 'Отгрузки: изменение к прошлому периоду',
        en: 'Shipments: change on the previous period',
      },
      note: {
        ru: 'PERIOD_CHANGE: отгрузки ÷ отгрузки этого клиента в прошлом периоде − 1.',
        en: 'PERIOD_CHANGE: shipments ÷ this client’s shipments in its previous period − 1.',
      },
      type: 'computed',
      shows: 'percent',
      formula: (c) => fx('PERIOD_CHANGE', range(c, 'client'), range(c, 'period'), range(c, 'shipments')),
    },
    {
      key: 'segment',
      header: { ru: 'Сегмент', en: 'Segment' },
      note: {
        ru: 'SEGMENT в этом периоде: из общих продаж клиента (блок 1), его прогноза, просрочки и её суммы.',
        en: 'SEGMENT in this period: from the client’s total sales (block 1), its forecast, the days and the amount overdue.',
      },
      type: 'computed',
      width: 200,
      formula: (c) => fx('SEGMENT', ...segmentArgs(c)),
    },
    {
      key: 'segmentReason',
      header: { ru: 'Почему такой сегмент', en: 'Why this segment' },
      note: {
        ru: 'SEGMENT_REASON: причина словами, с цифрами, которые её решили.',
        en: 'SEGMENT_REASON: the reason in words, with the numbers that decided it.',
      },
      type: 'computed',
      width: 320,
      formula: (c) => fx('SEGMENT_REASON', ...segmentArgs(c)),
    },
    {
      key: 'previousSegment',
      header: { ru: 'Сегмент в прошлом периоде', en: 'Segment in the previous period' },
      note: {
        ru: 'PREVIOUS_VALUE: сегмент этого клиента в его прошлом периоде.',
        en: 'PREVIOUS_VALUE: this client’s segment in its previous period.',
      },
      type: 'computed',
      width: 200,
      formula: (c) => fx('PREVIOUS_VALUE', range(c, 'client'), range(c, 'period'), range(c, 'segment')),
    },
    {
      key: 'segmentChange',
      header: { ru: 'Сегмент: изменение', en: 'Segment: change' },
      note: {
        ru: 'Сегмент в прошлом периоде → сейчас, например 1 → 2; красный — хуже, зелёный — лучше.',
        en: 'The segment in the previous period → now, e.g. 1 → 2; red: worse, green: better.',
      },
      type: 'computed',
      width: 90,
      formula: (c) => {
        const before = range(c, 'previousSegment');
        const now = range(c, 'segment');
        const digit = (r: string) => fx('VALUE', fx('LEFT', r, 1));
        return perRow(
          range(c, 'client'),
          fx(
            'IF',
            `(${before}="")+(${now}="")`,
            str(''),
            fx('IFERROR', `${digit(before)}&${str(' → ')}&${digit(now)}`, str('')),
          ),
        );
      },
    },
    {
      key: 'previousOverdue',
      header: { ru: 'Просрочка в прошлом периоде, дней', en: 'Days overdue in the previous period' },
      note: {
        ru: 'PREVIOUS_VALUE: дни просрочки этого клиента в прошлом периоде; «платёжеспособность ухудшается» — только если стало больше.',
        en: 'PREVIOUS_VALUE: this client’s days overdue in its previous period; "solvency worsening" only when they grew.',
      },
      type: 'computed',
      formula: (c) =>
        fx('PREVIOUS_VALUE', range(c, 'client'), range(c, 'period'), range(c, 'solvencyDynamics')),
    },
  ],
  colours: [
    { column: 'signals', formula: (_c, cell) => `${cell('signals')}<>""`, background: '#fce8b2' },
    ...segmentColours('segment'),
    ...segmentChangeColours('segmentChange'),
  ],
  samples: sampleRows(),
};
