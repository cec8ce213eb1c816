/**
 * dist/Code.js as Apps Script sees it: one classic script whose top-level functions
 * are the entry points, each with the JSDoc Sheets reads for autocomplete.
 */
import vm from 'node:vm';
import { callGlobal, loadBundle, localeOnlyServices } from '../../tools/local-workbook';
import { expectCustomFunction } from '../support/expectCustomFunction';

const ENTRY_POINTS = [
  'ABC_CLASS',
  'BACKUP_GAP',
  'DISCOUNT_BREAKEVEN',
  'ORDER_SIZE',
  'DAILY_DEMAND',
  'DEMAND_SD',
  'DEMAND_TREND',
  'SAFETY_STOCK',
  'SEGMENT',
  'XYZ_CLASS',
  'CLIENT_SIGNALS',
  'CLIENT_LATEST',
  'PERIOD_CHANGE',
  'PREVIOUS_VALUE',
  'SEGMENT_REASON',
  'FBS_ABSENCE_GAPS',
  'FBS_COVERAGE',
  'FBS_KEY_PEOPLE',
  'WINBACK_STATUS',
  'AGENDA',
  'AGENDA_MANAGERS',
  'AGENDA_BY_MANAGER',
  'CLIENT_CARD',
  'CLIENT_HISTORY',
  'addSampleData',
  'checkFbsCoverage',
  'importSheet',
  'importStart',
  'importTable',
  'onInstall',
  'onOpen',
  'saveClientReview',
  'setupWorkbook',
  'showClientWizard',
  'showHelp',
  'showImport',
  'wizardStart',
].sort();

describe('the built bundle', () => {
  it('declares exactly the entry points as global functions, and nothing else but its namespace', () => {
    const context = loadBundle({});
    const names = Object.keys(context).sort();
    expect(names.filter((n) => typeof context[n] === 'function')).toEqual(ENTRY_POINTS);
    expect(names.filter((n) => typeof context[n] !== 'function')).toEqual(['__addon']);
  });

  it.each([
    [
      'SEGMENT',
      'retail_change, retail_forecast, overdue_days, drop_threshold, overdue_limit, overdue_amount, materiality',
    ],
    [
      'SEGMENT_REASON',
      'retail_change, retail_forecast, overdue_days, drop_threshold, overdue_limit, overdue_amount, materiality',
    ],
    ['BACKUP_GAP', 'level, roles, required_backups'],
  ])('has %s with its real parameters and @customfunction JSDoc directly above it', (name, params) => {
    expectCustomFunction(name, params);
  });

  it('computes SEGMENT in ru_RU and en_US', () => {
    const column = [[-0.12], [''], ['abc'], ['']];
    const forecast = [[''], [-0.1], [''], ['']];
    const overdue = [[0], [''], [''], [true]];
    expect(callGlobal(loadBundle(localeOnlyServices('ru_RU')), 'SEGMENT', column, forecast, overdue)).toEqual(
      [
        ['2 — Падение зафиксировано'],
        ['1 — Ожидает падения'],
        ['⚠ изменение розничных продаж: «abc» — не число'],
        ['3 — Неплатёжеспособен'],
      ],
    );
    expect(callGlobal(loadBundle(localeOnlyServices('en_US')), 'SEGMENT', column, forecast, overdue)).toEqual(
      [
        ['2 — Fall recorded'],
        ['1 — Expects a fall'],
        ['⚠ retail_change: "abc" is not a number'],
        ['3 — Insolvent'],
      ],
    );
  });

  it('computes SEGMENT on a single cell with thresholds, and on a date made inside Apps Script', () => {
    const context = loadBundle(localeOnlyServices('en_US'));
    expect(callGlobal(context, 'SEGMENT', -0.08, '', '', 0.1, 90)).toEqual([['0 — No crisis signal']]);
    const date = vm.runInContext('new Date(2026, 10, 26)', context);
    expect(callGlobal(context, 'SEGMENT', date, '', '')).toEqual([
      ['⚠ retail_change: "2026-11-26" is a date, a number is expected'],
    ]);
  });

  it('computes BACKUP_GAP for the deck row 7 in both languages of roles', () => {
    const context = loadBundle(localeOnlyServices('en_US'));
    expect(
      callGlobal(
        context,
        'BACKUP_GAP',
        [[2], [1]],
        [
          ['Владелец', 'Owner', 'OWNER '],
          ['Owner', 'Backup 1', ''],
        ],
      ),
    ).toEqual([[1], [1]]);
  });

  it('shows unequal ranges as an error of the whole call, in the sheet language', () => {
    const context = loadBundle(localeOnlyServices('ru_RU'));
    expect(() =>
      callGlobal(context, 'BACKUP_GAP', [[1], [2]], [['Владелец']].concat([['Владелец'], ['Владелец']])),
    ).toThrow('BACKUP_GAP: диапазоны разной высоты: уровень — строк: 2, роли — строк: 3');
  });
});
