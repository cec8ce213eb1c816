import { clients } from '../../sheets-templates/clients';
import { fbsMatrix } from '../../sheets-templates/fbs';
import { expandColumns, findLayout } from '../../sheets-templates/layout';
import { dayOffset, inputRuns, literal, sampleCell } from '../../src/addon/samples';
import { todayOf } from '../support/sheets';

const today = todayOf(new Date(2026, 10, 26, 15, 30));

describe('literal', () => {
  it('keeps every text as typed by a leading apostrophe, and leaves other values alone', () => {
    expect(literal('=IMPORTXML("x")')).toBe('\'=IMPORTXML("x")');
    expect(literal('+7 999')).toBe("'+7 999");
    expect(literal('Север')).toBe("'Север");
    expect(literal('')).toBe('');
    expect(literal(12)).toBe(12);
    expect(literal(true)).toBe(true);
  });
});

describe('sampleCell', () => {
  it('picks the language, makes relative and ISO dates, and keeps text literal', () => {
    expect(sampleCell(undefined, { ru: 'Да', en: 'Yes' }, 'en', today)).toBe("'Yes");
    expect(sampleCell(undefined, { daysFromToday: -3 }, 'ru', today)).toEqual(new Date(2026, 10, 23));
    expect(sampleCell({ type: 'date' } as never, '2026-10-01', 'ru', today)).toEqual(new Date(2026, 9, 1));
    expect(sampleCell(undefined, 0.05, 'ru', today)).toBe(0.05);
    expect(sampleCell(undefined, undefined, 'ru', today)).toBe('');
  });

  it('counts days across month ends', () => {
    expect(dayOffset(todayOf(new Date(2026, 0, 31)), 1)).toEqual(new Date(2026, 1, 1));
  });
});

describe('inputRuns', () => {
  it('skips computed columns so their array formulas are never written over', () => {
    const layout = findLayout(fbsMatrix, []);
    const runs = inputRuns(fbsMatrix, layout.columns, [...layout.columns.keys()]);
    expect(runs.map((r) => [r.start, r.keys.length])).toEqual([
      [1, 2],
      [6, 12],
    ]);
  });

  it('follows the sheet’s real positions', () => {
    const keys = expandColumns(clients).map((p) => p.key);
    const runs = inputRuns(
      clients,
      new Map([
        ['name', 5],
        ['region', 6],
        ['manager', 1],
      ]),
      keys,
    );
    expect(runs).toEqual([
      { start: 1, keys: ['manager'] },
      { start: 5, keys: ['name', 'region'] },
    ]);
  });
});
