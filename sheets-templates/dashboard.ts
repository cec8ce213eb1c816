import { fx, str } from '../src/core/formula';
import type { FormulaContext, ReportTemplate } from './types';

const countSegment = (digit: string) => (c: FormulaContext) =>
  fx('COUNTIF', c.range('clients', 'segment', 'dashboard'), str(`${digit}*`));

/** Playbook §0: the decision coordinates, in one place. */
export const dashboard: ReportTemplate = {
  kind: 'report',
  id: 'dashboard',
  name: { ru: 'Координаты', en: 'Dashboard' },
  tabColor: '#202124',
  title: { ru: 'Координаты принятия решений', en: 'Decision coordinates' },
  lines: [
    { label: { ru: 'Клиенты по сегментам', en: 'Clients per segment' } },
    { label: { ru: '3 — Неплатежеспособен', en: '3 — Insolvent' }, formula: countSegment('3') },
    { label: { ru: '2 — Падение зафиксировано', en: '2 — Fall recorded' }, formula: countSegment('2') },
    { label: { ru: '1 — Ожидает падения', en: '1 — Expects a fall' }, formula: countSegment('1') },
    { label: { ru: '0 — Нет сигнала кризиса', en: '0 — No crisis signal' }, formula: countSegment('0') },
    {
      label: { ru: '⚠ Строки с ошибками ввода', en: '⚠ Rows with input problems' },
      formula: countSegment('⚠'),
    },
    { label: { ru: 'FBS', en: 'FBS' } },
    {
      label: { ru: 'Функции без нужного числа бэкаперов', en: 'Functions short of backups' },
      formula: (c) => fx('COUNTIF', c.range('fbsMatrix', 'gap', 'dashboard'), str('>0')),
    },
    {
      label: { ru: 'Функции без владельца или уровня (⚠)', en: 'Functions without owner or level (⚠)' },
      formula: (c) => fx('COUNTIF', c.range('fbsMatrix', 'gap', 'dashboard'), str('⚠*')),
    },
    { label: { ru: 'Ушедшие клиенты', en: 'Lost clients' } },
    {
      label: {
        ru: 'Пора связаться (следующий контакт наступил)',
        en: 'Due for contact (next contact reached)',
      },
      formula: (c) => fx('COUNTIF', c.range('lost', 'nextContact', 'dashboard'), `"<="&${c.setting('asOf')}`),
    },
    {
      label: { ru: 'Договор истекает в ближайшие дни', en: 'Contract expires within the warning days' },
      formula: (c) =>
        fx(
          'COUNTIFS',
          c.range('lost', 'contractExpiry', 'dashboard'),
          `">="&${c.setting('asOf')}`,
          c.range('lost', 'contractExpiry', 'dashboard'),
          `"<="&(${c.setting('asOf')}+${c.setting('warnDays')})`,
        ),
    },
  ],
};
