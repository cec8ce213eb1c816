import { caseOf, perRow, str } from '../src/core/formula';
import type { TableTemplate } from './types';

/** Cost cutting (docs/method.md): each type of cut and the damage it does to the ability to make profit. */
const CUT_TYPES = {
  ru: [
    ['Операционные расходы', 'Качество сервиса и лояльность клиентов'],
    [
      'Перенос инвестиций во внеоборотные активы',
      'Падение производительности активов, рост операционных затрат',
    ],
    ['Персонал: бонусная часть', 'Пассивность'],
    ['Дебиторская задолженность', 'Сужение коммерческой базы (и следите за денежным потоком)'],
    ['Оптимизация численности', 'Качество процессов; проверьте покрытие FBS'],
  ],
  en: [
    ['Operating expenses', 'Service quality and client loyalty'],
    ['Postponed investment in non-current assets', 'Falling asset productivity, growing operating costs'],
    ['Staff: bonus part', 'Passivity'],
    ['Receivables', 'A shrinking commercial base (and mind the cash flow)'],
    ['Headcount optimisation', 'Process quality; check FBS coverage'],
  ],
} as const;

export const costs: TableTemplate = {
  kind: 'table',
  id: 'costs',
  name: { ru: 'Затраты', en: 'Cost cuts' },
  tabColor: '#fbbc04',
  columns: [
    {
      key: 'measure',
      header: { ru: 'Мера', en: 'Measure' },
      note: { ru: 'Что именно сокращаем.', en: 'What exactly we cut.' },
      type: 'text',
      width: 220,
    },
    {
      key: 'cutType',
      header: { ru: 'Тип сокращения', en: 'Type of cut' },
      note: { ru: 'Тип затрат, как в разделе «Сокращение затрат».', en: 'Type of cost, as in Cost cutting.' },
      type: 'choice',
      width: 240,
      choices: { ru: CUT_TYPES.ru.map(([t]) => t), en: CUT_TYPES.en.map(([t]) => t) },
    },
    {
      key: 'savingPerMonth',
      header: { ru: 'Экономия в месяц', en: 'Saving per month' },
      note: { ru: 'Сколько сэкономим в месяц.', en: 'How much we save per month.' },
      type: 'money',
      min: 0,
    },
    {
      key: 'owner',
      header: { ru: 'Ответственный', en: 'Owner' },
      note: { ru: 'Кто отвечает за меру.', en: 'Who is responsible.' },
      type: 'text',
    },
    {
      key: 'startsOn',
      header: { ru: 'С какого числа', en: 'Starts on' },
      note: { ru: 'Когда мера начинает действовать.', en: 'When the measure takes effect.' },
      type: 'date',
    },
    {
      key: 'damage',
      header: { ru: 'Чем грозит', en: 'What it damages' },
      note: {
        ru: 'Влияние на способность компании зарабатывать, по разделу «Сокращение затрат».',
        en: 'The effect on the company’s ability to make profit, as in Cost cutting.',
      },
      type: 'computed',
      width: 320,
      formula: (c) => {
        const type = c.range('costs', 'cutType');
        // Rows typed before a change of locale keep their words: a type in either language names its damage.
        const cases = (['ru', 'en'] as const).flatMap((lang) =>
          CUT_TYPES[lang].map(([t], i) => [str(t), str(CUT_TYPES[c.lang][i][1])] as const),
        );
        return perRow(type, caseOf(type, cases, str('')));
      },
    },
  ],
  samples: [
    {
      measure: { ru: 'Отказ от аренды второго склада', en: 'Give up the second warehouse' },
      cutType: { ru: 'Операционные расходы', en: 'Operating expenses' },
      savingPerMonth: 180000,
      owner: 'Петров',
      startsOn: { daysFromToday: 30 },
    },
    {
      measure: { ru: 'Заморозка премий на квартал', en: 'Freeze bonuses for a quarter' },
      cutType: { ru: 'Персонал: бонусная часть', en: 'Staff: bonus part' },
      savingPerMonth: 250000,
      owner: 'Иванова',
      startsOn: { daysFromToday: 0 },
    },
    {
      measure: { ru: 'Сократить отсрочку до 14 дней', en: 'Cut payment terms to 14 days' },
      cutType: { ru: 'Дебиторская задолженность', en: 'Receivables' },
      savingPerMonth: 90000,
      owner: 'Сидоров',
      startsOn: { daysFromToday: 14 },
    },
  ],
};
