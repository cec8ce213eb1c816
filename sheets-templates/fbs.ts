import { fx, str } from '../src/core/formula';
import { texts } from '../src/i18n';
import type { FormulaContext, L10n, SampleRow, TableTemplate } from './types';

const LEVEL_CHOICES = { ru: ['1', '2', '3'], en: ['1', '2', '3'] } as const;
export const EMPLOYEE_SLOTS = 12;

const SALES = { ru: 'Группа продаж', en: 'Sales group' };
const SERVICE = { ru: 'Группа сервиса и обеспечения', en: 'Service and logistics group' };
const FINANCE = { ru: 'Группа финансового контроля', en: 'Financial control group' };

/** Full Backing System (docs/method.md): the functions of the commercial service by group; levels as the deck gives them. */
const FUNCTIONS: ReadonlyArray<readonly [L10n, number, L10n, number | '']> = [
  [SALES, 1, { ru: 'Подготовка плана продаж', en: 'Planning the sales result' }, 2],
  [SALES, 2, { ru: 'Формирование базы лидов', en: 'Building the lead base' }, 2],
  [
    SALES,
    3,
    { ru: 'Подготовка актуальных коммерческих предложений', en: 'Preparing current commercial offers' },
    2,
  ],
  [SALES, 4, { ru: 'Холодные звонки', en: 'Cold calls' }, 1],
  [
    SALES,
    5,
    {
      ru: 'Консультирование клиентов (входящие звонки и визиты в офис)',
      en: 'Consulting clients (incoming calls and office visits)',
    },
    1,
  ],
  [
    SALES,
    6,
    {
      ru: 'Регулярные звонки в рамках исполнения цикла развития клиента',
      en: 'Regular calls in carrying out the client development cycle',
    },
    2,
  ],
  [SALES, 7, { ru: 'Выездные переговоры', en: 'Field negotiations' }, 2],
  [
    SALES,
    8,
    {
      ru: 'Регулярный аудит отношений с клиентом (лояльность, адекватность цены, новые предложения)',
      en: 'Regular audit of the client relationship (loyalty, price adequacy, new offers)',
    },
    '',
  ],
  [SALES, 9, { ru: 'Координация проблем клиентов', en: 'Coordinating clients’ problems' }, ''],
  [SALES, 10, { ru: 'Отчёты о продажах', en: 'Sales reports' }, ''],
  [SALES, 11, { ru: 'Координация специальных акций', en: 'Coordinating special promotions' }, ''],
  [SERVICE, 1, { ru: 'Планирование снабжения и закупок', en: 'Planning supply and purchases' }, ''],
  [SERVICE, 2, { ru: 'Исполнение плана закупок', en: 'Executing the purchase plan' }, ''],
  [SERVICE, 3, { ru: 'Приём заказов клиентов', en: 'Taking client orders' }, ''],
  [SERVICE, 4, { ru: 'Исполнение заказов клиентов', en: 'Fulfilling client orders' }, ''],
  [SERVICE, 5, { ru: 'Сервис и решение проблем клиентов', en: 'Service and solving clients’ problems' }, ''],
  [SERVICE, 6, { ru: 'Отчёты по закупкам и логистике', en: 'Purchase and logistics reports' }, ''],
  [
    FINANCE,
    1,
    {
      ru: 'Подготовка и корректировка счетов, их доставка',
      en: 'Preparing and correcting invoices, and their delivery',
    },
    '',
  ],
  [
    FINANCE,
    2,
    {
      ru: 'Напоминания об оплате и меры против просроченной дебиторки',
      en: 'Payment reminders and steps against overdue receivables',
    },
    '',
  ],
];

const levelNote = {
  ru: '1 — высший (нужно 2 и более бэкапера), 2 — средний (1 бэкапер), 3 — обычный (без бэкапа).',
  en: '1 — highest (needs 2 or more backups), 2 — medium (1 backup), 3 — normal (no backup).',
};

export const fbsFunctions: TableTemplate = {
  kind: 'table',
  id: 'fbsFunctions',
  name: { ru: 'FBS Функции', en: 'FBS Functions' },
  tabColor: '#9334e6',
  columns: [
    {
      key: 'group',
      header: { ru: 'Группа', en: 'Group' },
      note: { ru: 'Группа коммерческой службы.', en: 'Group of the commercial service.' },
      type: 'text',
      width: 220,
    },
    {
      key: 'number',
      header: { ru: '№', en: 'No.' },
      note: { ru: 'Номер функции в группе.', en: 'Number of the function in its group.' },
      type: 'integer',
      width: 50,
    },
    {
      key: 'function',
      header: { ru: 'Функция', en: 'Function' },
      note: {
        ru: 'Что должно выполняться, даже когда людей не хватает.',
        en: 'What must keep running even when people are missing.',
      },
      type: 'text',
      width: 360,
    },
    {
      key: 'level',
      header: { ru: 'Уровень', en: 'Level' },
      note: levelNote,
      type: 'choice',
      choices: LEVEL_CHOICES,
      width: 70,
    },
  ],
  samples: FUNCTIONS.map(([group, number, fn, level]): SampleRow => ({ group, number, function: fn, level })),
};

export const fbsLevels: TableTemplate = {
  kind: 'table',
  id: 'fbsLevels',
  name: { ru: 'FBS Уровни', en: 'FBS Levels' },
  tabColor: '#9334e6',
  columns: [
    { key: 'level', header: { ru: 'Уровень', en: 'Level' }, note: levelNote, type: 'integer', width: 70 },
    {
      key: 'criterion',
      header: { ru: 'Критерий', en: 'Criterion' },
      note: { ru: 'Когда функция относится к уровню.', en: 'When a function belongs to the level.' },
      type: 'text',
      width: 420,
    },
    {
      key: 'support',
      header: { ru: 'Уровень поддержки', en: 'Support level' },
      note: { ru: 'Насколько её нужно страховать.', en: 'How strongly it must be backed up.' },
      type: 'text',
    },
    {
      key: 'backups',
      header: { ru: 'Бэкаперов нужно', en: 'Backups required' },
      note: {
        ru: 'Сколько бэкаперов нужно функции этого уровня: отсюда берут норму BACKUP_GAP, план отсутствий и ключевые люди. Пусто — по методу (2, 1, 0).',
        en: 'How many backups a function of this level needs: BACKUP_GAP, the absence planner and the key people take the norm from here. Blank: the method’s (2, 1, 0).',
      },
      type: 'integer',
    },
  ],
  initialRows: [
    {
      level: 1,
      criterion: {
        ru: 'Критично и срочно: выполнение обязательств перед клиентами и персоналом, прямо влияет на сумму и сроки поступления денег; невыполнение ведёт к доп. затратам',
        en: 'Critical and urgent: keeps obligations to clients and staff, directly affects the amount and timing of cash inflow; not doing it causes extra costs',
      },
      support: { ru: 'Высший', en: 'Highest' },
      backups: 2,
    },
    {
      level: 2,
      criterion: {
        ru: 'Высокая значимость: невыполнение может вызвать доп. износ активов или долгую перегрузку персонала',
        en: 'High significance: not doing it can cause extra wear of assets or long overload of staff',
      },
      support: { ru: 'Средний', en: 'Medium' },
      backups: 1,
    },
    {
      level: 3,
      criterion: { ru: 'Высокая важность, но можно отложить', en: 'High importance but can be postponed' },
      support: { ru: 'Обычный', en: 'Normal' },
      backups: 0,
    },
  ],
};

const ROLE_CHOICES = {
  ru: ['Владелец', '1 Бэкапер', '2 Бэкапер'],
  en: ['Owner', 'Backup 1', 'Backup 2'],
} as const;

/**
 * The deck's matrix (Full Backing System, docs/method.md) row for row: the index of the function
 * in FUNCTIONS, or null for a continuation row (the deck's extra rows under functions 3, 5 and 6,
 * with neither name nor level). Function 7 has no backup and function 8 no level.
 */
const DECK_ROWS: ReadonlyArray<readonly [number | null, readonly ('' | 'o' | 'b1' | 'b2')[]]> = [
  [0, ['', '', 'b1', '', 'o']],
  [1, ['b1', 'o', 'b1', 'o', 'b2']],
  [2, ['o', 'o', 'b1', 'o', 'b1']],
  [null, ['b1', 'o', 'b1', 'o', 'b1']],
  [3, ['b1', 'o', 'b2', 'o', 'o']],
  [4, ['o', 'o', 'b1', 'o', 'b2']],
  [null, ['b1', 'b2', 'o', 'o', 'b2']],
  [null, ['b1', 'o', 'o', 'o', 'o']],
  [5, ['b1', 'o', 'o', 'b1', 'b2']],
  [null, ['o', 'b1', 'b1', 'b2', 'b2']],
  [6, ['o', 'o', 'o', '', '']],
  [7, ['', '', 'o', '', '']],
];
const ROLE_TEXT = {
  o: { ru: 'Владелец', en: 'Owner' },
  b1: { ru: '1 Бэкапер', en: 'Backup 1' },
  b2: { ru: '2 Бэкапер', en: 'Backup 2' },
};
export const DECK_EMPLOYEES: readonly L10n[] = [
  { ru: 'Администратор', en: 'Administrator' },
  { ru: 'Офисный консультант по продажам', en: 'Office sales consultant' },
  { ru: 'Торговый представитель', en: 'Sales representative' },
  { ru: 'Логист', en: 'Logistician' },
  { ru: 'Менеджер отдела', en: 'Department manager' },
];

/** The managers of the sample clients (Clients), who plan absences and back each other up. */
const SAMPLE_MANAGERS: readonly L10n[] = ['Иванова', 'Петров', 'Сидоров', 'Кузнецова'].map((n) => ({
  ru: n,
  en: n,
}));

/** Red for a function that stops, amber for one left without reserve: the matrix, the planner and the dashboard alike. */
export const STOPPED_COLOUR = '#f4c7c3';
export const NO_RESERVE_COLOUR = '#fce8b2';

/** FBS Levels' column of backups required, levels 1, 2 and 3 in its rows: the FBS functions' required_backups. */
export const requiredBackups = (c: FormulaContext, from: 'fbsMatrix' | 'fbsAbsences' | 'dashboard') =>
  c.range('fbsLevels', 'backups', from);

/**
 * The matrix's words for today: «Встала» with nobody present, «Без резерва» with fewer present than an
 * owner plus the backups the level requires (FBS Levels; a blank there keeps the method's 2, 1, 0).
 */
function todayState(c: FormulaContext): string {
  const coverage = c.range('fbsMatrix', 'coverage');
  const level = c.range('fbsMatrix', 'level');
  const backups = requiredBackups(c, 'fbsMatrix');
  const required = (n: number, method: number) =>
    fx('IF', `${fx('INDEX', backups, n)}=""`, method, fx('INDEX', backups, n));
  // Level as text, so a 1 typed and a "1" picked from the dropdown compare alike.
  const needed = `1+${fx(
    'IF',
    `${level}&""="1"`,
    required(1, 2),
    fx('IF', `${level}&""="2"`, required(2, 1), fx('IF', `${level}&""="3"`, required(3, 0), 0)),
  )}`;
  const state = texts[c.lang].fbs.state;
  return fx(
    'ARRAYFORMULA',
    fx(
      'IF',
      fx('ISNUMBER', coverage),
      fx(
        'IF',
        `${coverage}=0`,
        str(state.stopped),
        fx('IF', `${coverage}<${needed}`, str(state.noReserve), str('')),
      ),
      str(''),
    ),
  );
}

export const fbsMatrix: TableTemplate = {
  kind: 'table',
  id: 'fbsMatrix',
  name: { ru: 'FBS Матрица', en: 'FBS Matrix' },
  tabColor: '#9334e6',
  columns: [
    {
      key: 'function',
      header: { ru: 'Функция', en: 'Function' },
      note: { ru: 'Функция из листа «FBS Функции».', en: 'A function from the FBS Functions sheet.' },
      type: 'text',
      width: 320,
    },
    {
      key: 'level',
      header: { ru: 'Уровень', en: 'Level' },
      note: levelNote,
      type: 'choice',
      choices: LEVEL_CHOICES,
      width: 70,
    },
    {
      key: 'gap',
      header: { ru: 'Не хватает бэкаперов', en: 'Missing backups' },
      note: {
        ru: 'BACKUP_GAP: сколько бэкаперов не хватает до нормы уровня; ⚠ — нет владельца, уровня или роль непонятна.',
        en: 'BACKUP_GAP: backups missing for the level; ⚠ = no owner, no level or an unknown role.',
      },
      type: 'computed',
      width: 130,
      formula: (c) =>
        fx(
          'BACKUP_GAP',
          c.range('fbsMatrix', 'level'),
          c.span('fbsMatrix', 'employee1', EMPLOYEE_SLOTS),
          requiredBackups(c, 'fbsMatrix'),
        ),
    },
    {
      key: 'coverage',
      header: { ru: 'На месте сегодня', en: 'Present today' },
      note: {
        ru: 'FBS_COVERAGE: сколько людей с ролью в функции не отсутствуют сегодня (по листу «FBS Отсутствия»). 0 — функция встала.',
        en: 'FBS_COVERAGE: how many people holding a role are not absent today (per the FBS Absences sheet). 0 means the function has stopped.',
      },
      type: 'computed',
      width: 110,
      formula: (c) => {
        const asOf = c.setting('asOf');
        const absentToday = fx(
          'FILTER',
          c.range('fbsAbsences', 'employee', 'fbsMatrix'),
          `${c.range('fbsAbsences', 'from', 'fbsMatrix')}<=${asOf}`,
          `${c.range('fbsAbsences', 'to', 'fbsMatrix')}>=${asOf}`,
        );
        return fx(
          'FBS_COVERAGE',
          c.span('fbsMatrix', 'employee1', EMPLOYEE_SLOTS),
          c.headerSpan('fbsMatrix', 'employee1', EMPLOYEE_SLOTS),
          fx('IFERROR', fx('TEXTJOIN', str(';'), 1, absentToday), str('')),
        );
      },
    },
    {
      key: 'today',
      header: { ru: 'Сегодня', en: 'Today' },
      note: {
        ru: '«Встала» — сегодня на месте нет никого с ролью в функции; «Без резерва» — кто-то есть, но меньше, чем владелец и бэкаперы, которых требует её уровень (лист «FBS Уровни»).',
        en: '“Stopped”: nobody holding a role in the function is present today; “No reserve”: someone is, but fewer than an owner plus the backups its level requires (the FBS Levels sheet).',
      },
      type: 'computed',
      width: 110,
      formula: todayState,
    },
    {
      key: 'employee',
      repeat: EMPLOYEE_SLOTS,
      header: { ru: 'Сотрудник', en: 'Employee' },
      note: {
        ru: 'Впишите в заголовок имя или должность сотрудника; в ячейках — Владелец, 1 Бэкапер или 2 Бэкапер.',
        en: 'Put the employee’s name or position in the header; in the cells: Owner, Backup 1 or Backup 2.',
      },
      type: 'choice',
      choices: ROLE_CHOICES,
      width: 120,
    },
  ],
  colours: [
    {
      column: 'coverage',
      formula: (_c, cell) => `AND(ISNUMBER(${cell('coverage')});${cell('coverage')}=0)`,
      background: '#f4c7c3',
    },
    {
      column: 'today',
      formula: (c, cell) => `${cell('today')}=${str(texts[c.lang].fbs.state.stopped)}`,
      background: STOPPED_COLOUR,
    },
    {
      column: 'today',
      formula: (c, cell) => `${cell('today')}=${str(texts[c.lang].fbs.state.noReserve)}`,
      background: NO_RESERVE_COLOUR,
    },
    {
      column: 'gap',
      formula: (_c, cell) => `AND(ISNUMBER(${cell('gap')});${cell('gap')}>0)`,
      background: '#f4c7c3',
    },
    { column: 'gap', formula: (_c, cell) => `LEFT(${cell('gap')};1)="⚠"`, background: '#fce8b2' },
  ],
  // The sales managers of the sample clients stand in the matrix too, so their absences name known people.
  sampleHeaders: Object.fromEntries(
    [...DECK_EMPLOYEES, ...SAMPLE_MANAGERS].map((name, i) => [`employee${i + 1}`, name]),
  ),
  samples: DECK_ROWS.map(([fn, roles]): SampleRow => ({
    function: fn === null ? '' : FUNCTIONS[fn][2],
    level: fn === null ? '' : FUNCTIONS[fn][3],
    ...Object.fromEntries(roles.map((r, j) => [`employee${j + 1}`, r === '' ? '' : ROLE_TEXT[r]])),
  })),
};

export const fbsPlan: TableTemplate = {
  kind: 'table',
  id: 'fbsPlan',
  name: { ru: 'FBS План', en: 'FBS Plan' },
  tabColor: '#9334e6',
  columns: [
    {
      key: 'employee',
      header: { ru: 'Сотрудник', en: 'Employee' },
      note: { ru: 'Кто.', en: 'Who.' },
      type: 'text',
      width: 180,
    },
    {
      key: 'functions',
      header: { ru: 'Функции', en: 'Functions' },
      note: { ru: 'Какие функции он ведёт.', en: 'Which functions they own.' },
      type: 'text',
      width: 260,
    },
    {
      key: 'backedUpBy',
      header: { ru: 'Кто подменяет', en: 'Who backs them up' },
      formerHeaders: ['Кто делает back up'],
      note: { ru: 'Кто его подменяет.', en: 'Who stands in for them.' },
      type: 'text',
      width: 180,
    },
    {
      key: 'priorities',
      header: { ru: 'Приоритетные задачи', en: 'Priority tasks' },
      note: { ru: 'Что важнее всего сейчас.', en: 'What matters most now.' },
      type: 'text',
      width: 260,
    },
    {
      key: 'when',
      header: { ru: 'День, неделя исполнения', en: 'Day / week of execution' },
      note: {
        ru: 'Когда выполняется, например «пн» или «нед. 48».',
        en: 'When it is done, e.g. "Mon" or "week 48".',
      },
      type: 'text',
    },
  ],
  samples: [
    {
      employee: { ru: 'Менеджер отдела', en: 'Department manager' },
      functions: { ru: '1. План продаж; 4. Холодные звонки', en: '1. Sales plan; 4. Cold calls' },
      backedUpBy: { ru: 'Торговый представитель', en: 'Sales representative' },
      priorities: { ru: 'План на декабрь', en: 'December plan' },
      when: { ru: 'пн', en: 'Mon' },
    },
    {
      employee: { ru: 'Логист', en: 'Logistician' },
      functions: { ru: '2. База лидов; 5. Консультирование', en: '2. Lead base; 5. Consulting' },
      backedUpBy: { ru: 'Администратор', en: 'Administrator' },
      priorities: { ru: 'Сроки поставок ключевым клиентам', en: 'Lead times for key clients' },
      when: { ru: 'ежедневно', en: 'daily' },
    },
    {
      employee: 'Петров',
      functions: { ru: '6. Регулярные звонки клиентам', en: '6. Regular calls to clients' },
      backedUpBy: 'Сидоров',
      priorities: { ru: 'Просрочка Дон-Трейда', en: 'Don-Trade’s overdue invoices' },
      when: { ru: 'пн–пт', en: 'Mon–Fri' },
    },
    {
      employee: 'Иванова',
      functions: { ru: '6. Регулярные звонки клиентам', en: '6. Regular calls to clients' },
      backedUpBy: 'Петров, Сидоров',
      priorities: { ru: 'Новая доверенность Уралснаба', en: 'Uralsnab’s new power of attorney' },
      when: { ru: 'пн–пт', en: 'Mon–Fri' },
    },
  ],
};

/** Full Backing System (docs/method.md), "a service that keeps working when staff are short": planned absences and what they leave uncovered. */
/** How FBS_ABSENCE_GAPS's names begin when some function stops («Встанут:»). */
const stoppedLead = (c: FormulaContext) =>
  texts[c.lang].fbs
    .stopped('')
    .replace(/\s*\.$/, '')
    .trimEnd();

export const fbsAbsences: TableTemplate = {
  kind: 'table',
  id: 'fbsAbsences',
  name: { ru: 'FBS Отсутствия', en: 'FBS Absences' },
  tabColor: '#9334e6',
  columns: [
    {
      key: 'employee',
      header: { ru: 'Кто отсутствует', en: 'Who is away' },
      note: {
        ru: 'Имя как в заголовке «FBS Матрицы» (регистр и пробелы не важны).',
        en: 'The name as in the FBS Matrix header (case and spaces don’t matter).',
      },
      type: 'text',
      width: 200,
    },
    {
      key: 'from',
      header: { ru: 'С', en: 'From' },
      note: { ru: 'Первый день отсутствия.', en: 'First day away.' },
      type: 'date',
    },
    {
      key: 'to',
      header: { ru: 'По', en: 'To' },
      note: { ru: 'Последний день отсутствия.', en: 'Last day away.' },
      type: 'date',
    },
    {
      key: 'reason',
      header: { ru: 'Причина', en: 'Reason' },
      note: { ru: 'Отпуск, больничный, командировка…', en: 'Holiday, sick leave, trip…' },
      type: 'text',
    },
    {
      key: 'periodStart',
      header: { ru: 'Неделя с', en: 'Week from' },
      note: {
        ru: 'Первые дни недель, которые нужно проверить (например, понедельники).',
        en: 'First days of the weeks to check (e.g. Mondays).',
      },
      type: 'date',
      // Weeks and absences share rows only by chance: a week's gap is no doing of the absence beside it.
      startsTable: true,
    },
    {
      key: 'uncovered',
      header: { ru: 'Функций без прикрытия', en: 'Functions uncovered' },
      note: {
        ru: 'FBS_ABSENCE_GAPS: функции уровней 1–2, у которых в эту неделю на месте меньше людей, чем владелец и нужные бэкаперы (лист «FBS Уровни»). Красным — какая-то функция встанет (на месте никого), жёлтым — останется без резерва.',
        en: 'FBS_ABSENCE_GAPS: level 1–2 functions with fewer people present that week than an owner plus the backups required (the FBS Levels sheet). Red: some function stops (nobody present); amber: left without reserve.',
      },
      type: 'computed',
      width: 110,
      formula: (c) =>
        fx(
          'FBS_ABSENCE_GAPS',
          c.range('fbsMatrix', 'function', 'fbsAbsences'),
          c.range('fbsMatrix', 'level', 'fbsAbsences'),
          c.span('fbsMatrix', 'employee1', EMPLOYEE_SLOTS, 'fbsAbsences'),
          c.headerSpan('fbsMatrix', 'employee1', EMPLOYEE_SLOTS, 'fbsAbsences'),
          c.range('fbsAbsences', 'employee'),
          c.range('fbsAbsences', 'from'),
          c.range('fbsAbsences', 'to'),
          c.range('fbsAbsences', 'periodStart'),
          7,
          requiredBackups(c, 'fbsAbsences'),
        ),
    },
    {
      key: 'uncoveredFunctions',
      header: { ru: 'Какие функции', en: 'Which functions' },
      note: {
        ru: 'Заполняется формулой соседнего столбца: сначала функции, которые встанут, затем оставшиеся без резерва.',
        en: 'Filled by the formula of the column to the left: first the functions that stop, then those left without reserve.',
      },
      type: 'computed',
      spilled: true,
      width: 420,
    },
  ],
  colours: [
    // The names start with the functions that stop, so their word leads the text exactly when one does.
    {
      column: 'uncovered',
      formula: (c, cell) =>
        `AND(ISNUMBER(${cell('uncovered')});LEFT(${cell('uncoveredFunctions')};${stoppedLead(c).length})=${str(stoppedLead(c))})`,
      background: STOPPED_COLOUR,
    },
    {
      column: 'uncovered',
      formula: (_c, cell) => `AND(ISNUMBER(${cell('uncovered')});${cell('uncovered')}>0)`,
      background: NO_RESERVE_COLOUR,
    },
  ],
  samples: [
    {
      employee: { ru: 'Торговый представитель', en: 'Sales representative' },
      from: { daysFromToday: 7 },
      to: { daysFromToday: 20 },
      reason: { ru: 'Отпуск', en: 'Holiday' },
      periodStart: { daysFromToday: 0 },
    },
    {
      employee: { ru: 'Менеджер отдела', en: 'Department manager' },
      from: { daysFromToday: 14 },
      to: { daysFromToday: 16 },
      reason: { ru: 'Командировка', en: 'Business trip' },
      periodStart: { daysFromToday: 7 },
    },
    {
      employee: { ru: 'Логист', en: 'Logistician' },
      from: { daysFromToday: -1 },
      to: { daysFromToday: 2 },
      reason: { ru: 'Больничный', en: 'Sick leave' },
      periodStart: { daysFromToday: 14 },
    },
    { periodStart: { daysFromToday: 21 } },
    // Sales managers away: the agenda names Петров's backup, and warns that nobody covers Кузнецова.
    {
      employee: 'Петров',
      from: { daysFromToday: -3 },
      to: { daysFromToday: 4 },
      reason: { ru: 'Отпуск', en: 'Holiday' },
    },
    {
      employee: 'Кузнецова',
      from: { daysFromToday: 1 },
      to: { daysFromToday: 3 },
      reason: { ru: 'Больничный', en: 'Sick leave' },
    },
  ],
};
