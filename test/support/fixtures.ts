/** Sample data shared by tests. */

/** Playbook §9: the deck's own function × employee matrix (first row of each function). */
export const DECK_MATRIX: Array<[number | string, string[]]> = [
  [2, ['', '', '1 Бэкапер', '', 'Владелец']],
  [2, ['1 Бэкапер', 'Владелец', '1 Бэкапер', 'Владелец', '2 Бэкапер']],
  [2, ['Владелец', 'Владелец', '1 Бэкапер', 'Владелец', '1 Бэкапер']],
  [1, ['1 Бэкапер', 'Владелец', '2 Бэкапер', 'Владелец', 'Владелец']],
  [1, ['Владелец', 'Владелец', '1 Бэкапер', 'Владелец', '2 Бэкапер']],
  [2, ['1 Бэкапер', 'Владелец', 'Владелец', '1 Бэкапер', '2 Бэкапер']],
  [2, ['Владелец', 'Владелец', 'Владелец', '', '']],
  ['', ['', '', 'Владелец', '', '']],
];

/** The deck's employees, one per column of DECK_MATRIX. */
export const DECK_EMPLOYEES = [
  'Администратор',
  'Офисный консультант по продажам',
  'Торговый представитель',
  'Логист',
  'Менеджер отдела',
];

/** The deck's functions, one per row of DECK_MATRIX. */
export const DECK_FUNCTIONS = [
  'Подготовка плана продаж',
  'Формирование базы лидов',
  'Подготовка актуальных коммерческих предложений',
  'Холодные звонки',
  'Консультирование клиентов',
  'Регулярные звонки в рамках цикла развития клиента',
  'Выездные переговоры',
  'Регулярный аудит отношений с клиентом',
];

/** DECK_MATRIX as Sheets passes its ranges: a level column and a roles block. */
export const deckLevels = (): Array<[number | string]> => DECK_MATRIX.map(([level]) => [level]);
export const deckRoles = (): string[][] => DECK_MATRIX.map(([, roles]) => [...roles]);
