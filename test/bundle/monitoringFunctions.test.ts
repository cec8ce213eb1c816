/**
 * The monitoring, win-back and FBS custom functions as Apps Script runs them: globals of
 * dist/Code.js, called with ranges as 2-D arrays and dates made inside the script's realm.
 */
import vm from 'node:vm';
import { callGlobal, loadBundle, localeOnlyServices } from '../../tools/local-workbook';
import { expectCustomFunction } from '../support/expectCustomFunction';
import { DECK_EMPLOYEES, DECK_FUNCTIONS, deckLevels, deckRoles } from '../support/fixtures';

const ru = () => loadBundle(localeOnlyServices('ru_RU'));
const en = () => loadBundle(localeOnlyServices('en_US'));
/** A Date of the bundle's realm, as Sheets hands a date cell to Apps Script. */
const dateIn = (context: vm.Context, y: number, m: number, d: number) =>
  vm.runInContext(`new Date(${y}, ${m - 1}, ${d})`, context) as Date;

describe('the monitoring custom functions in the bundle', () => {
  it.each([
    [
      'CLIENT_SIGNALS',
      'total_sales_change, our_sales_change, competitor_sales_change, our_purchases_change, ' +
        'competitor_purchases_change, overdue_days, decision_maker_changed, stock_gap, drop_threshold, ' +
        'overdue_warning, overdue_limit, previous_overdue_days',
    ],
    ['WINBACK_STATUS', 'contract_expiry, poa_expiry, last_contact, as_of, warn_days'],
    ['FBS_COVERAGE', 'roles, employees, absent'],
    ['FBS_KEY_PEOPLE', 'levels, roles, employees, required_backups, no_reserve'],
    [
      'FBS_ABSENCE_GAPS',
      'functions, levels, roles, employees, absence_names, absence_from, absence_to, period_starts, period_days, required_backups',
    ],
  ])('has %s with its real parameters and @customfunction JSDoc directly above it', (name, params) => {
    expectCustomFunction(name, params);
  });

  it('computes CLIENT_SIGNALS for a column of clients in ru_RU and en_US', () => {
    const args = [
      [[-0.06], [''], ['']],
      [[0.1], [-0.02], ['']],
      [[0.1], [0.04], ['']],
      [[0], [''], ['']],
      [[''], [''], ['']],
      [[''], [45], ['']],
      [[''], ['да'], ['может быть']],
    ];
    expect(callGlobal(ru(), 'CLIENT_SIGNALS', ...args)).toEqual([
      [
        'Общий спрос падает: пересмотрите сегмент клиента; ' +
          'Распродаёт запасы: полка опустеет, предложите оптимальный размер заказа',
      ],
      [
        'Уходит к конкурентам: выясните причину, проверьте чувствительность к цене, обновите предложение; ' +
          'Платёжеспособность ухудшается: напомните об оплате, ужесточите условия отсрочки; ' +
          'Новое лицо, принимающее решение: встретьтесь и представьте наши предложения',
      ],
      [
        '⚠ смена лиц, принимающих решения о закупке: «может быть» — не «да» и не «нет»; укажите ИСТИНА, ЛОЖЬ или оставьте пустым',
      ],
    ]);
    expect(callGlobal(en(), 'CLIENT_SIGNALS', '', '', '', '', '', 91, '', '', '', '', '')).toEqual([
      ["Insolvent: cut deliveries to a safe minimum, don't burn bridges"],
    ]);
  });

  it('computes CLIENT_SIGNALS with the previous period’s overdue days appended, 12th', () => {
    const args = ['', '', '', '', '', [[45], [45], [45]], '', '', '', '', ''];
    expect(callGlobal(ru(), 'CLIENT_SIGNALS', ...args, [[80], [10], ['']])).toEqual([
      [''],
      ['Платёжеспособность ухудшается: напомните об оплате, ужесточите условия отсрочки'],
      ['Платёжеспособность ухудшается: напомните об оплате, ужесточите условия отсрочки'],
    ]);
  });

  it('computes CLIENT_SIGNALS with thresholds appended after the seven blocks', () => {
    expect(callGlobal(en(), 'CLIENT_SIGNALS', -0.06, '', '', '', '', 45, false, '', 0.1, 60, 120)).toEqual([
      [''],
    ]);
  });

  it('computes WINBACK_STATUS on dates made inside Apps Script, by calendar day', () => {
    const context = ru();
    const asOf = vm.runInContext('new Date(2026, 10, 26, 23, 59)', context);
    const out = callGlobal(
      context,
      'WINBACK_STATUS',
      [[dateIn(context, 2026, 10, 12)], [dateIn(context, 2027, 6, 1)], ['']],
      [[''], [dateIn(context, 2026, 12, 8)], ['']],
      [[dateIn(context, 2026, 10, 12)], [dateIn(context, 2026, 11, 26)], ['']],
      asOf,
    );
    expect(out).toEqual([
      ['срок договора истёк 12.10.2026; нет контакта 45 дней'],
      ['срок доверенности истекает через 12 дней'],
      [''],
    ]);
  });

  it('refuses to compute WINBACK_STATUS without as_of, in English', () => {
    const context = en();
    expect(callGlobal(context, 'WINBACK_STATUS', dateIn(context, 2026, 10, 12), '', '', '', 30)).toEqual([
      ['⚠ as_of: the value is missing'],
    ]);
    expect(callGlobal(context, 'WINBACK_STATUS', '2026-10-12', '', '', '2026-11-26', 7)).toEqual([
      ['contract expired 2026-10-12; no record of any contact'],
    ]);
  });

  it('computes FBS_COVERAGE over the deck matrix: its one holder away leaves row 8 uncovered', () => {
    const out = callGlobal(ru(), 'FBS_COVERAGE', deckRoles(), [DECK_EMPLOYEES], 'торговый представитель');
    expect(out).toEqual([[1], [4], [4], [4], [4], [4], [2], [0]]);
    expect(callGlobal(ru(), 'FBS_COVERAGE', deckRoles(), [DECK_EMPLOYEES], 'Торговый предствитель')).toEqual(
      Array(8).fill(['⚠ отсутствующие: «Торговый предствитель» — нет среди сотрудников']),
    );
  });

  it('computes FBS_KEY_PEOPLE over the deck matrix (row 8 has no level, so it is not planned)', () => {
    expect(callGlobal(en(), 'FBS_KEY_PEOPLE', deckLevels(), deckRoles(), [DECK_EMPLOYEES])).toEqual([
      ['Торговый представитель', 1],
      ['Менеджер отдела', 1],
    ]);
  });

  it('computes FBS_ABSENCE_GAPS week by week on dates made inside Apps Script', () => {
    const context = ru();
    const d = (day: number) => dateIn(context, 2026, 1, day);
    const out = callGlobal(
      context,
      'FBS_ABSENCE_GAPS',
      DECK_FUNCTIONS.slice(0, 7).map((f) => [f]),
      deckLevels().slice(0, 7),
      deckRoles().slice(0, 7),
      [DECK_EMPLOYEES],
      [['Торговый представитель'], ['Администратор; Офисный консультант по продажам']],
      [[d(5)], [d(12)]],
      [[d(9)], [d(16)]],
      [[d(5)], [d(12)], [d(19)]],
    );
    expect(out).toEqual([
      [1, 'Без резерва: Подготовка плана продаж.'],
      [1, 'Без резерва: Выездные переговоры.'],
      [0, ''],
    ]);
  });

  it('shows a names/columns mismatch as an error of the whole call, in the sheet language', () => {
    expect(() => callGlobal(ru(), 'FBS_KEY_PEOPLE', deckLevels(), deckRoles(), [['Анна']])).toThrow(
      'FBS_KEY_PEOPLE: имён (сотрудники) 1, а столбцов (роли) 5',
    );
  });
});
