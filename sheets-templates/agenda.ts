import { fx, str } from '../src/core/formula';
import type { FormulaContext, SheetId, ViewTemplate } from './types';

/**
 * The ranges the agenda reads, in the order AGENDA and AGENDA_BY_MANAGER take them after their
 * settings: Clients (with each client's latest Monitoring period and its signals, which
 * Clients shows), Lost clients, FBS Absences, FBS Plan.
 */
export function agendaSources(c: FormulaContext, from: SheetId): string[] {
  const r = (sheet: SheetId, key: string) => c.range(sheet, key, from);
  return [
    r('clients', 'name'),
    r('clients', 'manager'),
    r('clients', 'phone'),
    r('clients', 'email'),
    r('clients', 'segment'),
    r('clients', 'nextContact'),
    r('clients', 'lastContact'),
    r('clients', 'latestPeriod'),
    r('clients', 'signals'),
    r('lost', 'client'),
    r('lost', 'contractExpiry'),
    r('lost', 'poaExpiry'),
    r('lost', 'nextContact'),
    r('fbsAbsences', 'employee'),
    r('fbsAbsences', 'from'),
    r('fbsAbsences', 'to'),
    r('fbsAbsences', 'reason'),
    r('fbsPlan', 'employee'),
    r('fbsPlan', 'backedUpBy'),
  ];
}

/** The settings every agenda call starts from: the Settings date, the horizon, the warning days. */
export const agendaSettings = (c: FormulaContext): string[] => [
  c.setting('asOf'),
  c.setting('agendaHorizon'),
  c.setting('warnDays'),
];

/** Rows above the agenda: title, picker, a blank, the header. */
const HEADER_ROW = 4;
/** Where the managers for the picker are listed, right of the agenda. */
const MANAGERS_COLUMN = 9;

/**
 * The manager's week (docs/method.md: keep a hand on the pulse; if the client has left; Full
 * Backing System): every action due by the Settings date plus the horizon, one call for the
 * whole list. It only reads: the picker in B2 is the one cell to type in.
 */
export const agenda: ViewTemplate = {
  kind: 'view',
  id: 'agenda',
  name: { ru: 'План контактов', en: 'Agenda' },
  tabColor: '#0b8043',
  title: { ru: 'План контактов', en: 'Agenda' },
  picker: {
    label: { ru: 'Менеджер', en: 'Manager' },
    note: {
      ru: 'Чей план показать: выберите менеджера из списка (регистр и пробелы не важны); пусто — все менеджеры. Менеджер видит и дела коллег, которых подменяет по «FBS План», пока те отсутствуют.',
      en: 'Whose agenda to show: pick a manager (case and spaces don’t matter); blank shows everyone. A manager also sees the work of colleagues they back up on FBS Plan while those are away.',
    },
    options: () => `I${HEADER_ROW + 1}:I`,
  },
  cells: [
    {
      row: 2,
      column: 4,
      // The Settings date and the horizon the list counts from, so a stale date shows at once.
      formula: (c) =>
        c.lang === 'ru'
          ? `${str('на ')}&${fx('TEXT', c.setting('asOf'), str('dd.mm.yyyy'))}&${str(' + ')}&${c.setting('agendaHorizon')}&${str(' дн. (лист «Настройки»)')}`
          : `${str('as of ')}&${fx('TEXT', c.setting('asOf'), str('yyyy-mm-dd'))}&${str(' + ')}&${c.setting('agendaHorizon')}&${str(' days (Settings)')}`,
    },
  ],
  blocks: [
    {
      row: HEADER_ROW,
      column: 1,
      headers: [
        { ru: 'Срок', en: 'Due' },
        { ru: 'Просрочено, дней', en: 'Days overdue' },
        { ru: 'Кто', en: 'Who' },
        { ru: 'Клиент', en: 'Client' },
        { ru: 'Почему', en: 'Why' },
        { ru: 'Что сделать', en: 'What to do' },
        { ru: 'Телефон', en: 'Phone' },
        { ru: 'Эл. почта', en: 'E-mail' },
      ],
      formats: ['date', 'integer'],
      wrap: [2, 5],
      formula: (c) => fx('AGENDA', 'B2', ...agendaSettings(c), ...agendaSources(c, 'agenda')),
    },
    {
      row: HEADER_ROW,
      column: MANAGERS_COLUMN,
      headers: [{ ru: 'Менеджеры (для выбора)', en: 'Managers (to pick from)' }],
      wrap: [0, 0],
      formula: (c) => fx('AGENDA_MANAGERS', c.range('clients', 'manager', 'agenda')),
    },
  ],
  widths: [100, 100, 180, 180, 300, 300, 150, 150, 150],
  frozenRows: HEADER_ROW,
  print: { orientation: 'landscape', fit: 'width' },
};
