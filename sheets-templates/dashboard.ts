import { fx, str } from '../src/core/formula';
import { agendaSettings, agendaSources } from './agenda';
import { CONTACT_DUE } from './clients';
import { EMPLOYEE_SLOTS, requiredBackups } from './fbs';
import { texts } from '../src/i18n';
import { FOCUS_WORDS } from './focus';
import type { FormulaContext, L10n, ReportTemplate } from './types';

const D = 'dashboard';

const countSegment = (digit: string) => (c: FormulaContext) =>
  fx('COUNTIF', c.range('clients', 'segment', D), str(`${digit}*`));

/** A warning text when `condition` holds, else nothing. */
const warnWhen = (condition: string, text: L10n) => (c: FormulaContext) =>
  fx('IFERROR', fx('IF', condition, str(`⚠ ${text[c.lang]}`), str('')), str(''));

/** One expression per employee column of the FBS matrix, combined by MAX. */
const perEmployee = (c: FormulaContext, expression: (column: string) => string) => {
  const columns = Array.from({ length: EMPLOYEE_SLOTS }, (_, i) =>
    c.range('fbsMatrix', `employee${i + 1}`, D),
  );
  return fx('MAX', ...columns.map(expression));
};

/** Pricing's "give the discount" in either language: rows typed before a change of locale count too. */
const GIVE = ['Дать', 'Give'] as const;
/** Granted rows of Pricing meeting more criteria: one COUNTIFS per language of the decision. */
const grantedRows = (c: FormulaContext, ...criteria: string[]) =>
  GIVE.map((give) => fx('COUNTIFS', c.range('pricing', 'decision', D), str(give), ...criteria)).join('+');
/** 1 on a granted row of Pricing (either language's «Дать»), else 0: an array over its rows. */
const granted = (c: FormulaContext) => {
  const decision = c.range('pricing', 'decision', D);
  return `(${GIVE.map((give) => `(${decision}=${str(give)})`).join('+')})`;
};
/** A sum of `key` over the granted rows of Pricing where `other` is typed too. */
const grantedSum = (c: FormulaContext, key: string, other: string) =>
  GIVE.map((give) =>
    fx(
      'SUMIFS',
      c.range('pricing', key, D),
      c.range('pricing', 'decision', D),
      str(give),
      c.range('pricing', other, D),
      str('<>'),
    ),
  ).join('+');
/**
 * Clients of the Clients sheet granted at least one discount on Pricing: a name found among the
 * granted rows' clients. MATCH, since COUNTIFS with a column of criteria fails in some engines.
 */
const grantedClients = (c: FormulaContext) => {
  const name = c.range('clients', 'name', D);
  const clients = fx('IF', granted(c), c.range('pricing', 'client', D), str(''));
  return fx(
    'ARRAYFORMULA',
    fx('SUM', `(${fx('LEN', name)}>0)*${fx('ISNUMBER', fx('MATCH', name, clients, 0))}`),
  );
};
/**
 * The focus doses of one kind (a word of Pricing's and Offers' focus column): granted
 * discounts, counted as the price dose counts them, and offers made to a client.
 */
const focusDoses = (c: FormulaContext, kind: keyof typeof FOCUS_WORDS) => {
  const word = str(FOCUS_WORDS[kind][c.lang]);
  return `(${grantedRows(c, c.range('pricing', 'focus', D), word)}+${fx('COUNTIF', c.range('offers', 'focus', D), word)})`;
};
const outsideShare = (c: FormulaContext) =>
  `${focusDoses(c, 'outside')}/(${focusDoses(c, 'outside')}+${focusDoses(c, 'target')})`;
const grantedShare = (c: FormulaContext) =>
  `${grantedClients(c)}/${fx('COUNTA', c.range('clients', 'name', D))}`;
/** The discount granted against the margin it eats, over granted rows with both typed. */
const grantedAgainstMargin = (c: FormulaContext) =>
  `(${grantedSum(c, 'discount', 'margin')})/(${grantedSum(c, 'margin', 'discount')})`;
/** Granted discounts whose verdict is not ✓: they don't pay back, buy nothing or were never checked. */
const grantedUnchecked = (c: FormulaContext) =>
  `${grantedRows(c, c.range('pricing', 'discount', D), str('<>'))}-(${grantedRows(c, c.range('pricing', 'verdict', D), str('✓*'))})`;
/**
 * The staff dose (mobilising the whole sales staff → demotivation): the heaviest load on one
 * person, owning a function counting 1 and backing one up ½, as a backup only stands in. Any
 * role text counts in COUNTA and an owner's once more, so (COUNTA + owners) ÷ 2. A continuation
 * row (function cell blank, as the deck writes a function over several rows) is the same
 * function again and is not counted twice.
 */
const staffLoad = (c: FormulaContext) =>
  perEmployee(c, (col) => {
    const fn = c.range('fbsMatrix', 'function', D);
    const owners = ['Владелец', 'Owner'].map((owner) => fx('COUNTIFS', fn, str('<>'), col, str(owner)));
    return `(${fx('COUNTIFS', fn, str('<>'), col, str('<>'))}+${owners.join('+')})/2`;
  });
/** The sales group on FBS Functions, in either language. */
const SALES_GROUP = ['Группа продаж', 'Sales group'];
/**
 * Functions of the sales group owned by the people Settings lists as outside sales (the deck's
 * own matrix has the logistician owning cold calls). A matrix row is a sales function when
 * FBS Functions lists its function in the sales group. Names compare as the list is typed,
 * ignoring case and the spaces after a separator.
 */
const nonSalesOwned = (c: FormulaContext) => {
  const fn = c.range('fbsMatrix', 'function', D);
  // `&""`: a blank function cell as a criterion is an error in HyperFormula; as text it matches no function of the group.
  const isSales = SALES_GROUP.map((group) =>
    fx(
      'COUNTIFS',
      c.range('fbsFunctions', 'function', D),
      `${fn}&""`,
      c.range('fbsFunctions', 'group', D),
      str(group),
    ),
  ).join('+');
  const list = `";"&${fx('LOWER', fx('SUBSTITUTE', fx('SUBSTITUTE', c.setting('nonSalesPositions'), str(','), str(';')), str('; '), str(';')))}&";"`;
  const terms = Array.from({ length: EMPLOYEE_SLOTS }, (_, i) => {
    const col = c.range('fbsMatrix', `employee${i + 1}`, D);
    const header = c.headerSpan('fbsMatrix', `employee${i + 1}`, 1, D);
    const listed = `AND(LEN(${fx('TRIM', header)})>0;ISNUMBER(${fx('SEARCH', `";"&${fx('LOWER', fx('TRIM', header))}&";"`, list)}))`;
    const owned = fx('ARRAYFORMULA', fx('SUM', `((${col}="Владелец")+(${col}="Owner"))*((${isSales})>0)`));
    return fx('IF', listed, owned, 0);
  });
  return terms.join('+');
};
const maxLevel1Owned = (c: FormulaContext) =>
  perEmployee(c, (col) => {
    const level = c.range('fbsMatrix', 'level', D);
    // Either language's role text may stand in the matrix; COUNTIFS matches 1 and "1" alike.
    return `${fx('COUNTIFS', level, 1, col, str('Владелец'))}+${fx('COUNTIFS', level, 1, col, str('Owner'))}`;
  });
const gapsAtLevel = (level: number) => (c: FormulaContext) =>
  fx('COUNTIFS', c.range('fbsMatrix', 'level', D), level, c.range('fbsMatrix', 'gap', D), str('>0'));
/** Cells holding any text: formulas that return "" don't count. */
const nonEmpty = (range: string) => fx('ARRAYFORMULA', fx('SUM', `(${fx('LEN', range)}>0)*1`));

/**
 * Lost clients ready to restart (If the client has left, docs/method.md): the situation has
 * stabilised, nothing blocks a fast return (agreements on file and current, no long silence)
 * and a contact is on record. Either language's "yes" counts, as a change of locale leaves them.
 */
const readyToRestart = (c: FormulaContext) => {
  const status = c.range('lost', 'status', D);
  const contact = c.range('lost', 'lastContact', D);
  const stabilised = c.range('lost', 'stabilised', D);
  return fx(
    'ARRAYFORMULA',
    fx(
      'SUM',
      `(${fx('LEN', status)}=0)*(${fx('LEN', contact)}>0)*((${stabilised}="Да")+(${stabilised}="Yes"))`,
    ),
  );
};

/** Decision coordinates and overdose (docs/method.md): the decision coordinates, and the dose of each anti-crisis lever next to its overdose sign. */
export const dashboard: ReportTemplate = {
  kind: 'report',
  id: 'dashboard',
  name: { ru: 'Координаты', en: 'Dashboard' },
  tabColor: '#202124',
  title: { ru: 'Координаты принятия решений', en: 'Decision coordinates' },
  lines: [
    { label: { ru: 'Клиенты по сегментам', en: 'Clients per segment' } },
    {
      label: { ru: '3 — Неплатёжеспособен', en: '3 — Insolvent' },
      formerLabels: ['3 — Неплатежеспособен'],
      formula: countSegment('3'),
    },
    { label: { ru: '2 — Падение зафиксировано', en: '2 — Fall recorded' }, formula: countSegment('2') },
    { label: { ru: '1 — Ожидает падения', en: '1 — Expects a fall' }, formula: countSegment('1') },
    { label: { ru: '0 — Нет сигнала кризиса', en: '0 — No crisis signal' }, formula: countSegment('0') },
    {
      label: { ru: '⚠ Строки с ошибками ввода', en: '⚠ Rows with input problems' },
      formula: countSegment('⚠'),
    },
    {
      label: { ru: 'Передозировка мер (доза → признак)', en: 'Overdose of the levers (dose → warning sign)' },
    },
    {
      label: {
        ru: 'Фокус: доля скидок и предложений вне целевых сегментов рынка',
        en: 'Focus: share of discounts and offers outside the target market segments',
      },
      formerLabels: [
        'Фокус: доля запросов скидки от сегментов 1–2',
        'Focus: share of discount requests from segments 1–2',
      ],
      formula: (c) => fx('IFERROR', outsideShare(c), str('')),
      // The overdose sign, then how many doses went to clients without a market segment.
      warning: (c) => {
        const overdose = warnWhen(`${outsideShare(c)}>${c.setting('focusOutsideMax')}`, {
          ru: 'Круговая атака на сегменты рынка: теряем целевой сегмент',
          en: 'Circular attack on the market segments: losing the target segment',
        })(c);
        const missing = str(
          {
            ru: 'Не в доле — клиентам без сегмента рынка: ',
            en: 'Left out, to clients without a market segment: ',
          }[c.lang],
        );
        const n = focusDoses(c, 'none');
        const left = fx('IFERROR', fx('IF', `${n}>0`, `${missing}&${n}`, str('')), str(''));
        return fx('TEXTJOIN', str(' · '), fx('TRUE'), overdose, left);
      },
      format: '0%',
    },
    {
      label: {
        ru: 'Цена: доля клиентов, получивших скидку',
        en: 'Price: share of clients granted a discount',
      },
      formerLabels: ['Цена: доля клиентов, просивших скидку', 'Price: share of clients asking for discounts'],
      formula: (c) => fx('IFERROR', grantedShare(c), str('')),
      warning: (c) =>
        warnWhen(`${grantedShare(c)}>${c.setting('discountedMax')}`, {
          ru: 'Тотальное снижение цены: резкое падение рентабельности',
          en: 'Total price cut: a sharp fall in profitability',
        })(c),
      format: '0%',
    },
    {
      label: { ru: 'Цена: данная скидка к марже', en: 'Price: granted discount against margin' },
      formerLabels: [
        'Цена: средняя скидка к средней марже',
        'Price: average discount against average margin',
      ],
      formula: (c) => fx('IFERROR', grantedAgainstMargin(c), str('')),
      warning: (c) =>
        warnWhen(`${grantedAgainstMargin(c)}>${c.setting('grantedMarginMax')}`, {
          ru: 'Скидки съедают маржу: резкое падение рентабельности',
          en: 'Discounts eat the margin: a sharp fall in profitability',
        })(c),
      format: '0%',
    },
    {
      label: {
        ru: 'Цена: скидки даны без «✓» по методу',
        en: 'Price: discounts granted without the method’s ✓',
      },
      formerLabels: [
        'Цена: скидки, данные ниже точки безубыточности',
        'Price: discounts granted below break-even',
      ],
      formula: grantedUnchecked,
      warning: (c) =>
        warnWhen(`${grantedUnchecked(c)}>0`, {
          ru: 'Скидки не окупаются или ничего не покупают: падение рентабельности',
          en: 'Discounts don’t pay back or buy nothing: falling profitability',
        })(c),
    },
    {
      label: {
        ru: 'Персонал: наибольшая нагрузка на одного (владелец — 1, бэкапер — ½)',
        en: 'Staff: heaviest load on one person (owner 1, backup ½)',
      },
      formerLabels: [
        'Персонал: больше всего функций у одного человека',
        'Staff: most functions held by one person',
      ],
      formula: staffLoad,
      warning: (c) =>
        warnWhen(`${staffLoad(c)}>${c.setting('functionsMax')}`, {
          ru: 'Перегрузка: демотивация',
          en: 'Overload: demotivation',
        })(c),
    },
    {
      label: {
        ru: 'Персонал: функции продаж во владении у должностей вне продаж',
        en: 'Staff: sales functions owned by positions outside sales',
      },
      formula: nonSalesOwned,
      warning: (c) =>
        warnWhen(`${nonSalesOwned(c)}>0`, {
          ru: 'Продажи держатся на людях вне продаж: перегрузка и демотивация',
          en: 'Sales rest on people outside sales: overload and demotivation',
        })(c),
    },
    {
      label: {
        ru: 'Персонал: больше всего функций уровня 1 у одного владельца',
        en: 'Staff: most level-1 functions owned by one person',
      },
      formerLabels: ['Персонал: больше всего функций уровня 1 во владении'],
      formula: maxLevel1Owned,
      warning: (c) =>
        warnWhen(`${maxLevel1Owned(c)}>${c.setting('level1OwnedMax')}`, {
          ru: 'Всё критичное на одном человеке: демотивация',
          en: 'Everything critical on one person: demotivation',
        })(c),
    },
    { label: { ru: 'FBS', en: 'FBS' } },
    {
      label: { ru: 'Уровень 1: функций без нужных бэкаперов', en: 'Level 1: functions short of backups' },
      formula: gapsAtLevel(1),
    },
    {
      label: { ru: 'Уровень 2: функций без нужных бэкаперов', en: 'Level 2: functions short of backups' },
      formula: gapsAtLevel(2),
    },
    {
      label: { ru: 'Функции без владельца или уровня (⚠)', en: 'Functions without owner or level (⚠)' },
      formula: (c) => fx('COUNTIF', c.range('fbsMatrix', 'gap', D), str('⚠*')),
    },
    {
      label: {
        ru: 'Функции, которые встали сегодня (никого нет)',
        en: 'Functions stopped today (nobody present)',
      },
      formula: (c) => fx('COUNTIF', c.range('fbsMatrix', 'coverage', D), 0),
    },
    {
      label: {
        ru: 'Функции без резерва сегодня (кто-то есть, но меньше нормы)',
        en: 'Functions without reserve today (someone present, fewer than required)',
      },
      formula: (c) => fx('COUNTIF', c.range('fbsMatrix', 'today', D), str(texts[c.lang].fbs.state.noReserve)),
    },
    {
      label: { ru: 'Худшая неделя: функций без прикрытия', en: 'Worst week: functions uncovered' },
      formula: (c) => fx('MAX', c.range('fbsAbsences', 'uncovered', D)),
    },
    {
      label: {
        ru: 'Недель, когда какая-то функция встанет (никого нет)',
        en: 'Weeks when some function stops (nobody present)',
      },
      formula: (c) =>
        fx(
          'COUNTIF',
          c.range('fbsAbsences', 'uncoveredFunctions', D),
          str(`${texts[c.lang].fbs.stopped('*').slice(0, -1)}`),
        ),
    },
    { label: { ru: 'План контактов', en: 'Agenda' } },
    {
      label: {
        ru: 'Клиенты без следующего контакта (пробел в работе)',
        en: 'Clients without a next contact (a gap in the work)',
      },
      formula: (c) => fx('COUNTIF', c.range('clients', 'contactDue', D), str(CONTACT_DUE[c.lang].unset)),
    },
    { label: { ru: 'Ушедшие клиенты', en: 'Lost clients' } },
    {
      label: {
        ru: 'Пора связаться (следующий контакт наступил)',
        en: 'Due for contact (next contact reached)',
      },
      formula: (c) => fx('COUNTIF', c.range('lost', 'nextContact', D), `"<="&${c.setting('asOf')}`),
    },
    {
      label: { ru: 'Есть препятствия для быстрого возврата', en: 'With something blocking a fast return' },
      formula: (c) => nonEmpty(c.range('lost', 'status', D)),
    },
    {
      label: { ru: 'Договор истекает в ближайшие дни', en: 'Contract expires within the warning days' },
      formula: (c) =>
        fx(
          'COUNTIFS',
          c.range('lost', 'contractExpiry', D),
          `">="&${c.setting('asOf')}`,
          c.range('lost', 'contractExpiry', D),
          `"<="&(${c.setting('asOf')}+${c.setting('warnDays')})`,
        ),
    },
    {
      label: {
        ru: 'Готовы к возврату (ситуация стабилизировалась, препятствий нет)',
        en: 'Ready to restart (situation stabilised, nothing blocking)',
      },
      formula: readyToRestart,
    },
  ],
  chart: {
    title: { ru: 'Клиенты по сегментам', en: 'Clients per segment' },
    lines: [1, 4],
    row: 3,
    column: 8,
  },
  blocks: [
    {
      column: 5,
      row: 3,
      title: {
        ru: 'Ключевые люди FBS: сколько функций без них встанет | останется без резерва',
        en: 'FBS key people: functions that stop without them | left without reserve',
      },
      formula: (c) =>
        fx(
          'FBS_KEY_PEOPLE',
          c.range('fbsMatrix', 'level', D),
          c.span('fbsMatrix', 'employee1', EMPLOYEE_SLOTS, D),
          c.headerSpan('fbsMatrix', 'employee1', EMPLOYEE_SLOTS, D),
          requiredBackups(c, D),
          fx('TRUE'),
        ),
    },
    {
      // Below the chart of segments, clear of the key people's list however long it grows.
      column: 8,
      row: 24,
      title: {
        ru: 'План контактов по менеджерам: на этой неделе и просрочено',
        en: 'Agenda per manager: due this week and overdue',
      },
      formula: (c) => fx('AGENDA_BY_MANAGER', ...agendaSettings(c), ...agendaSources(c, D)),
    },
  ],
};
