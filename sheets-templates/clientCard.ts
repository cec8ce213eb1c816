import { fx } from '../src/core/formula';
import type { FormulaContext, L10n, SheetId, ViewBlock, ViewTemplate } from './types';

const ID: SheetId = 'clientCard';

/**
 * The Monitoring columns the card's history shows beside each period, with their headers: the
 * segment (in the wide column), our shipments, their change on the previous period and the days
 * overdue. The chart draws the shipments.
 */
const HISTORY: ReadonlyArray<{
  readonly key: string;
  readonly header: L10n;
  readonly format: '' | 'integer' | 'money' | 'percent';
}> = [
  { key: 'segment', header: { ru: 'Сегмент', en: 'Segment' }, format: '' },
  { key: 'shipments', header: { ru: 'Отгрузки, ₽', en: 'Shipments' }, format: 'money' },
  { key: 'shipmentsChange', header: { ru: 'Изменение', en: 'Change' }, format: 'percent' },
  { key: 'solvencyDynamics', header: { ru: 'Просрочка, дней', en: 'Days overdue' }, format: 'integer' },
];
/** The column of the history the chart draws (offset from the period's). */
const CHARTED = 1 + HISTORY.findIndex((h) => h.key === 'shipments');

/** Periods in the history, and where it starts: below the card's longest possible block. */
const PERIODS = 12;
const HISTORY_ROW = 24;

function cardFormula(c: FormulaContext): string {
  const r = (sheet: SheetId, key: string) => c.range(sheet, key, ID);
  return fx(
    'CLIENT_CARD',
    'B2',
    c.setting('asOf'),
    ...[
      'name',
      'region',
      'manager',
      'contact',
      'phone',
      'email',
      'segment',
      'segmentReason',
      'nextContact',
      'latestPeriod',
      'signals',
    ].map((k) => r('clients', k)),
    ...['client', 'requestedOn', 'discount', 'verdict', 'decision'].map((k) => r('pricing', k)),
    ...['client', 'leftOn', 'reason', 'status', 'nextContact'].map((k) => r('lost', k)),
    ...['employee', 'from', 'to', 'reason'].map((k) => r('fbsAbsences', k)),
    r('fbsPlan', 'employee'),
    r('fbsPlan', 'backedUpBy'),
  );
}

const history: ViewBlock = {
  row: HISTORY_ROW,
  column: 1,
  headers: [{ ru: 'Период', en: 'Period' }, ...HISTORY.map((h) => h.header)],
  formats: ['date', ...HISTORY.map((h) => h.format)],
  wrap: [0, HISTORY.length],
  rows: PERIODS,
  formula: (c) =>
    fx(
      'CLIENT_HISTORY',
      'B2',
      c.range('monitoring', 'client', ID),
      c.range('monitoring', 'period', ID),
      PERIODS,
      ...HISTORY.map((h) => c.range('monitoring', h.key, ID)),
    ),
};

/**
 * One client on one page, for a meeting: pick it in B2. Columns and rows are sized to fit an
 * A4 portrait page (File › Print). It only reads the other sheets.
 */
export const clientCard: ViewTemplate = {
  kind: 'view',
  id: ID,
  name: { ru: 'Карточка клиента', en: 'Client card' },
  tabColor: '#0b8043',
  title: { ru: 'Карточка клиента', en: 'Client card' },
  picker: {
    label: { ru: 'Клиент', en: 'Client' },
    note: {
      ru: 'Выберите клиента из листа «Клиенты»: карточка соберёт его данные, сигналы, запросы скидки, историю и следующий контакт. Для печати: Файл › Печать, «По размеру страницы».',
      en: 'Pick a client of the Clients sheet: the card gathers its data, signals, discount requests, history and next contact. To print: File › Print, "Fit to page".',
    },
    options: (c) => c.range('clients', 'name', ID),
  },
  blocks: [{ row: 4, column: 1, formula: cardFormula, wrap: [1, 1], rows: HISTORY_ROW - 5 }, history],
  widths: [170, 250, 100, 100, 100],
  frozenRows: 2,
  print: { orientation: 'portrait', fit: 'page' },
  chart: {
    title: { ru: 'Отгрузки по периодам', en: 'Shipments by period' },
    block: 1,
    columns: [0, CHARTED],
    rows: PERIODS,
    row: HISTORY_ROW + PERIODS + 2,
    column: 1,
    height: 240,
  },
};
