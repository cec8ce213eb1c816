import type { SettingsTemplate } from './types';

/** The playbook's thresholds are defaults to adapt ("cook before use"), so formulas read them from here. */
export const settings: SettingsTemplate = {
  kind: 'settings',
  id: 'settings',
  name: { ru: 'Настройки', en: 'Settings' },
  tabColor: '#9e9e9e',
  headers: [
    { ru: 'Параметр', en: 'Setting' },
    { ru: 'Значение', en: 'Value' },
    { ru: 'Пояснение', en: 'Explanation' },
  ],
  settings: [
    {
      key: 'dropThreshold',
      label: { ru: 'Порог падения', en: 'Drop threshold' },
      note: {
        ru: 'Падение продаж или прогноза, которое считается падением (сегменты 1 и 2). По умолчанию 5 %.',
        en: 'A fall of sales or of the forecast that counts as a drop (segments 1 and 2). Default 5 %.',
      },
      value: 0.05,
      type: 'percent',
    },
    {
      key: 'overdueLimit',
      label: { ru: 'Просрочка неплатежеспособности, дней', en: 'Insolvency overdue limit, days' },
      note: {
        ru: 'Просрочка больше этого числа дней = клиент неплатежеспособен (сегмент 3). Базель: более 90 дней.',
        en: 'More days past due than this = insolvent (segment 3). Basel: more than 90 days.',
      },
      value: 90,
      type: 'integer',
    },
    {
      key: 'insolventShare',
      label: { ru: 'Безопасная доля поставок (сегмент 3)', en: 'Safe delivery share (segment 3)' },
      note: {
        ru: 'Какую долю текущих закупок ещё отгружать неплатежеспособному клиенту, лучше по предоплате.',
        en: 'Share of current purchases still shipped to an insolvent client, preferably prepaid.',
      },
      value: 0.25,
      type: 'percent',
    },
    {
      key: 'warnDays',
      label: { ru: 'Предупреждать за, дней', en: 'Warn ahead, days' },
      note: {
        ru: 'За сколько дней предупреждать об истечении договора и доверенности; сколько дней без контакта допустимо.',
        en: 'How many days ahead to warn of expiring contracts and powers of attorney; how long without contact is fine.',
      },
      value: 30,
      type: 'integer',
    },
    {
      key: 'asOf',
      label: { ru: 'Сегодня', en: 'Today' },
      note: {
        ru: 'Дата, от которой считаются сроки. Надстройка обновляет её при открытии книги, если ниже стоит «Да».',
        en: 'The date deadlines are counted from. The add-on refreshes it when the workbook opens if the line below says "Yes".',
      },
      value: '',
      type: 'date',
    },
    {
      key: 'autoToday',
      label: { ru: 'Обновлять дату при открытии', en: 'Refresh the date on open' },
      note: {
        ru: '«Нет» — чтобы посмотреть книгу на другую дату: впишите её в строку «Сегодня».',
        en: '"No" to look at the workbook as of another date: type it into the "Today" line.',
      },
      value: { ru: 'Да', en: 'Yes' },
      type: 'choice',
      choices: { ru: ['Да', 'Нет'], en: ['Yes', 'No'] },
    },
  ],
};
