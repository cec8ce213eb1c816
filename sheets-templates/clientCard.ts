import { fx } from '../src/core/formula';
import type { FormulaContext, L10n, SheetId, ViewBlock, ViewTemplate } from './types';

const ID: SheetId = 'clientCard';

/**
 * The Monitoring columns the card's history shows beside each period, with their headers; the
 * chart draws the first. Until Monitoring records each period's shipments, their change and the
 * period's segment (the client history work), it shows what Monitoring holds per period: the
 * change of our purchases (block 4) and the days overdue (block 6).
 */
const HISTORY: ReadonlyArray<{
  readonly key: string;
  readonly header: L10n;
  readonly format: '' | 'integer' | 'money' | 'percent';
}> = [
  {
    key: 'ourPurchasesDynamics',
    header: { ru: 'Закупки у нас, динамика', en: 'Purchases from us, change' },
    format: 'percent',
  },
  { key: 'solvencyDynamics', header: { ru: 'Просрочка, дней', en: 'Days overdue' }, format: 'integer' },
];

/** Periods in the history, and where it starts: below the card's longest possible block. */
const PERIODS = 12;
const HISTORY_ROW = 24;

function cardFormula(c: FormulaContext): string {
  const r = (sheet: SheetId, key: string) => c.range(sheet, key, ID);
  return fx(
    'CLIENT_CARD',
    'B2',
    c.setting('asOf'),
    ...['name', 'region', 'manager', 'contact', 'phone', 'email', 'segment', 'nextContact'].map((k) =>
      r('clients', k),
    ),
    ...['client', 'requestedOn', 'discount', 'verdict', 'decision'].map((k) => r('pricing', k)),
    ...['client', 'leftOn', 'reason', 'status', 'nextContact'].map((k) => r('lost', k)),
    ...['employee', 'from', 'to', 'reason'].map((k) => r('fbsAbsences', k)),
    r('fbsPlan', 'employee'),
    r('fbsPlan', 'backedUpBy'),
    ...['client', 'period', 'signals'].map((k) => r('monitoring', k)),
  );
}

const history: ViewBlock = {
  row: HISTORY_ROW,
  column: 1,
  headers: [{ ru: 'Период', en: 'Period' }, ...HISTORY.map((h) => h.header)],
  formats: ['date', ...HISTORY.map((h) => h.format)],
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
  widths: [170, 270, 100, 90, 70],
  frozenRows: 2,
  print: { orientation: 'portrait', fit: 'page' },
  chart: {
    title: { ru: HISTORY[0].header.ru, en: HISTORY[0].header.en },
    block: 1,
    columns: [0, 1],
    rows: PERIODS,
    row: HISTORY_ROW + PERIODS + 2,
    column: 1,
    width: 700,
    height: 240,
  },
};
