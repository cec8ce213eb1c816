/**
 * The client-history custom functions as Apps Script runs them: globals of dist/Code.js,
 * ranges as 2-D arrays, dates made inside the script's realm as Sheets hands date cells over.
 */
import vm from 'node:vm';
import { callGlobal, loadBundle, localeOnlyServices } from '../../tools/local-workbook';
import { expectCustomFunction } from '../support/expectCustomFunction';

const ru = () => loadBundle(localeOnlyServices('ru_RU'));
const en = () => loadBundle(localeOnlyServices('en_US'));
const dateIn = (context: vm.Context, y: number, m: number, d: number) =>
  vm.runInContext(`new Date(${y}, ${m - 1}, ${d})`, context) as Date;

describe('the client-history custom functions in the bundle', () => {
  it.each([
    ['CLIENT_LATEST', 'keys, record_keys, record_dates, record_values, skip_blank'],
    ['PERIOD_CHANGE', 'record_keys, record_dates, values'],
    ['PREVIOUS_VALUE', 'record_keys, record_dates, values'],
  ])('has %s with its real parameters and @customfunction JSDoc directly above it', (name, params) => {
    // The stubs keep what Sheets reads (@param, @return, @customfunction); examples are in docs/functions.md.
    const jsdoc = expectCustomFunction(name, params);
    expect(jsdoc).toMatch(/@return /);
  });

  it('gives CLIENT_LATEST N×K: each client’s latest record, dates as dates, blanks and ⚠ in place', () => {
    const context = ru();
    const sep = dateIn(context, 2026, 9, 1);
    const oct = dateIn(context, 2026, 10, 1);
    const out = callGlobal(
      context,
      'CLIENT_LATEST',
      [['Уралснаб'], ['тд «северный»'], [''], ['Дон-Трейд']],
      [['Уралснаб'], ['ТД «Северный»'], ['Уралснаб'], ['Дон-Трейд']],
      [[sep], [oct], [oct], ['31.02.2026']],
      [
        [sep, 400000],
        [oct, ''],
        [oct, 300000],
        ['x', 1],
      ],
    ) as unknown[][];
    expect(out).toHaveLength(4);
    expect(out.map((r) => r.length)).toEqual([2, 2, 2, 2]);
    // A Date of the record comes back as that Date (here through JSON, as an instant).
    expect(out[0][0]).toBe(oct.toISOString());
    expect(out[0][1]).toBe(300000);
    expect(out[1][1]).toBe('');
    expect(out[2]).toEqual(['', '']);
    expect(out[3]).toEqual(['⚠ строка 4, период записи: «31.02.2026» — не дата', '']);
  });

  it('gives CLIENT_LATEST with skip_blank the latest record that has a value, as Sheets passes TRUE', () => {
    const context = ru();
    const args = [
      [['Дон-Трейд']],
      [['Дон-Трейд'], ['Дон-Трейд']],
      [[dateIn(context, 2026, 10, 1)], [dateIn(context, 2026, 11, 1)]],
      [['2 — Падение зафиксировано'], ['']],
    ];
    expect(callGlobal(context, 'CLIENT_LATEST', ...args, true)).toEqual([['2 — Падение зафиксировано']]);
    expect(callGlobal(context, 'CLIENT_LATEST', ...args)).toEqual([['']]);
    expect(callGlobal(context, 'CLIENT_LATEST', ...args, 'может быть')).toEqual([
      ['⚠ пропускать пустые: «может быть» — не «да» и не «нет»; укажите ИСТИНА, ЛОЖЬ или оставьте пустым'],
    ]);
  });

  it('fails CLIENT_LATEST with a clear message for records of different heights', () => {
    expect(() =>
      callGlobal(en(), 'CLIENT_LATEST', 'A', [['A'], ['B']], [['2026-10-01']], [[1], [2]]),
    ).toThrow('CLIENT_LATEST: ranges differ in height: record_dates has 1 rows, record_keys has 2');
  });

  it('gives PERIOD_CHANGE and PREVIOUS_VALUE one row per record, against the client’s previous period', () => {
    const context = en();
    const keys = [['Ural'], ['Ural'], ['Don'], ['Ural']];
    const dates = [
      [dateIn(context, 2026, 8, 1)],
      [dateIn(context, 2026, 9, 1)],
      [dateIn(context, 2026, 9, 1)],
      [dateIn(context, 2026, 10, 1)],
    ];
    expect(callGlobal(context, 'PERIOD_CHANGE', keys, dates, [[400], [300], [10], ['lots']])).toEqual([
      [''],
      [-0.25],
      [''],
      ['⚠ values: "lots" is not a number'],
    ]);
    expect(callGlobal(context, 'PREVIOUS_VALUE', keys, dates, [[45], [''], [10], [80]])).toEqual([
      [''],
      [45],
      [''],
      [''],
    ]);
  });

  it('gives SEGMENT_REASON the reason SEGMENT decided by, in the sheet’s language', () => {
    expect(callGlobal(en(), 'SEGMENT_REASON', '', '', 120, 0.05, 90, 450000, 10000)).toEqual([
      ['120 days overdue on 450,000: more than the 90-day limit.'],
    ]);
    expect(callGlobal(ru(), 'SEGMENT', '', '', 120, 0.05, 90, 100, 10000)).toEqual([
      ['0 — Нет сигнала кризиса'],
    ]);
  });
});
