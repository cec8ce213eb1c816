import { BLOCKS } from '../src/core/blocks';
import { fx } from '../src/core/formula';
import type { Column, TableTemplate } from './types';

/**
 * Block 6 in money: what is overdue, typed or imported from an aging report («Импорт данных»).
 * It and the shipments are the two columns an import writes beside the days overdue; their keys
 * and headers are those of issue 12 (client history), which reworks Monitoring on its branch.
 */
const OVERDUE_AMOUNT: Column = {
  key: 'overdueAmount',
  header: { ru: 'Сумма просрочки', en: 'Overdue amount' },
  note: {
    ru: 'Сколько денег просрочено на конец периода (блок 6), например из отчёта о дебиторской задолженности по срокам.',
    en: 'How much money is overdue at the end of the period (block 6), e.g. from the receivables aging report.',
  },
  type: 'money',
  min: 0,
};

function blockColumns(b: (typeof BLOCKS)[number]): Column[] {
  const dynamicsNote =
    b.type === 'percent'
      ? {
          ru: `${b.ru}: изменение за период, например -8%.`,
          en: `${b.en}: change over the period, e.g. -8%.`,
        }
      : b.type === 'integer'
        ? {
            ru: 'Дней просрочки самого старого неоплаченного счёта.',
            en: 'Days past due of the oldest unpaid invoice.',
          }
        : {
            ru: 'Сменились ли люди, которые решают о закупках (Да/Нет).',
            en: 'Did the people who decide on purchases change (Yes/No).',
          };
  return [
    {
      key: `${b.key}Dynamics`,
      header: { ru: `${b.ru}: динамика`, en: `${b.en}: dynamics` },
      note: dynamicsNote,
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
        ru: 'Первый день периода (месяца или недели).',
        en: 'The first day of the period (month or week).',
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
    OVERDUE_AMOUNT,
    {
      key: 'signals',
      header: { ru: 'Сигналы и что делать', en: 'Signals and what to do' },
      note: {
        ru: 'CLIENT_SIGNALS: уход к конкурентам, распродажа или затоваривание склада, падение спроса, ухудшение платежей, новый ЛПР — с действием для каждого.',
        en: 'CLIENT_SIGNALS: switching to competitors, destocking or overstocking, falling demand, worsening payments, a new decision maker — each with an action.',
      },
      type: 'computed',
      width: 420,
      formula: (c) =>
        fx(
          'CLIENT_SIGNALS',
          ...BLOCKS.map((b) => c.range('monitoring', `${b.key}Dynamics`)),
          c.setting('stockGap'),
          c.setting('dropThreshold'),
          c.setting('overdueWarning'),
          c.setting('overdueLimit'),
        ),
    },
  ],
  colours: [{ column: 'signals', formula: (_c, cell) => `${cell('signals')}<>""`, background: '#fce8b2' }],
  samples: [
    {
      client: 'ТД «Северный»',
      period: '2026-10-01',
      totalSalesDynamics: -0.12,
      ourSalesDynamics: -0.15,
      competitorSalesDynamics: 0.05,
      ourPurchasesDynamics: -0.3,
      competitorPurchasesDynamics: 0.1,
      solvencyDynamics: 12,
      decisionMakerDynamics: { ru: 'Нет', en: 'No' },
      ourSalesActions: { ru: 'Предложить ликвидный ассортимент', en: 'Offer a liquid assortment' },
    },
    {
      client: 'ООО «Волга-Дистрибуция»',
      period: '2026-10-01',
      totalSalesDynamics: -0.02,
      ourSalesDynamics: 0,
      competitorSalesDynamics: 0,
      ourPurchasesDynamics: -0.15,
      competitorPurchasesDynamics: -0.1,
      solvencyDynamics: 0,
      decisionMakerDynamics: { ru: 'Да', en: 'Yes' },
      totalSalesForecast: { ru: 'Ждут спада зимой', en: 'Expect a winter slump' },
    },
    {
      client: 'Уралснаб',
      period: '2026-10-01',
      totalSalesDynamics: -0.25,
      ourSalesDynamics: -0.3,
      competitorSalesDynamics: -0.2,
      ourPurchasesDynamics: -0.6,
      competitorPurchasesDynamics: -0.5,
      solvencyDynamics: 120,
      decisionMakerDynamics: { ru: 'Нет', en: 'No' },
    },
  ],
};
