import fc from 'fast-check';
import vm from 'node:vm';
import {
  MAX_NUMBER_TEXT,
  MAX_QUANTITY,
  isBlank,
  decimalMarkOf,
  parseNumberText,
  readBooleanLike,
  readChange,
  readDay,
  readFlag,
  readMagnitude,
  readNonNegative,
  readNumber,
  readPercent,
  readQuantity,
  required,
} from '../../src/core/cells';
import { CellProblem, problemOr } from '../../src/core/vocabulary';
import { RU } from '../support/sheets';

describe('parseNumberText', () => {
  it.each([
    ['0.1', 0.1],
    ['0,1', 0.1],
    ['-12%', -0.12],
    ['-12,5 %', -0.125],
    ['−5 %', -0.05],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['+3', 3],
    ['.5', 0.5],
    ['1e3', 1000],
  ])('reads %j as %p', (text, expected) => {
    expect(parseNumberText(text, ',')).toBeCloseTo(expected, 12);
  });

  it.each(['abc', '12abc', '--1', '%', '1-2', '', ' ', 'Infinity', 'NaN', '0x10'])(
    'finds no number in %j',
    (text) => {
      expect(parseNumberText(text, ',')).toBeUndefined();
    },
  );

  it('reads back any finite number written in the Russian way', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), (n) => {
        const text = String(n).replace('.', ',');
        if (/e/i.test(text)) return;
        expect((parseNumberText(text, ',') ?? Number.NaN) + 0).toBe(n + 0); // String(-0) is "0"
      }),
    );
  });
});

describe('parseNumberText follows the spreadsheet’s locale', () => {
  it.each([
    ['12,000', 12000, 12],
    ['1,000', 1000, 1],
    ['1,000,000', 1_000_000, 1_000_000],
    ['1,234,567.89', 1_234_567.89, 1_234_567.89],
    ['1 234 567,89', 1_234_567.89, 1_234_567.89],
    ['1.234.567,89', 1_234_567.89, 1_234_567.89],
    ['0,1', 0.1, 0.1],
    ['12,5', 12.5, 12.5],
    ['1,5 %', 0.015, 0.015],
    ['-12,000', -12000, -12],
    ['1.5', 1.5, 1.5],
  ])('reads %j as %p in an en spreadsheet and %p in a ru one', (text, en, ru) => {
    expect(parseNumberText(text, '.')).toBeCloseTo(en, 9);
    expect(parseNumberText(text, ',')).toBeCloseTo(ru, 9);
  });

  it.each(['1,2,3', '12,00,000', '1.2.3', '1,23.4,5', ',', '1,,000'])(
    'finds no number in %j in either',
    (text) => {
      expect(parseNumberText(text, '.')).toBeUndefined();
      expect(parseNumberText(text, ',')).toBeUndefined();
    },
  );

  it('reads back any number written with en grouping in an en spreadsheet', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const text = `${whole.toLocaleString('en-US')}.${String(cents).padStart(2, '0')}`;
        const expected = Math.sign(whole || 1) * (Math.abs(whole) + cents / 100);
        expect(parseNumberText(text, '.')).toBeCloseTo(expected, 6);
      }),
    );
  });

  it('takes linear time on long digit runs that are no number', () => {
    // A backtracking pattern took 11–15 s on this (quadratic); a linear one answers at once.
    expect(parseNumberText(`${'1'.repeat(50_000)}e`, ',')).toBeUndefined();
    expect(parseNumberText(`${'1'.repeat(50_000)}.${'1'.repeat(50_000)}x`, '.')).toBeUndefined();
  });
});

describe('decimalMarkOf', () => {
  it.each([
    ['ru_RU', ','],
    ['en_US', '.'],
    ['en_GB', '.'],
    ['de_DE', ','],
    ['uk_UA', ','],
    ['ja_JP', '.'],
    ['xx', '.'],
    ['', '.'],
  ])('gives %j the mark %j', (locale, mark) => {
    expect(decimalMarkOf(locale)).toBe(mark);
  });
});

describe('readNumber', () => {
  it('gives undefined for blanks', () => {
    for (const blank of ['', '   ', null, undefined]) expect(readNumber(blank, 'x', RU)).toBeUndefined();
  });

  it('passes numbers through', () => {
    expect(readNumber(-0.12, 'x', RU)).toBe(-0.12);
    expect(readNumber(0, 'x', RU)).toBe(0);
  });

  it.each([
    ['abc', 'notNumber'],
    [true, 'notNumber'],
    [Number.NaN, 'notNumber'],
    [new Date(2026, 0, 1), 'date'],
  ])('rejects %p as %s, naming the argument and keeping the value', (value, code) => {
    const run = () => readNumber(value, 'retail_change', RU);
    expect(run).toThrow(CellProblem);
    try {
      run();
    } catch (e) {
      expect((e as CellProblem).code).toBe(code);
      expect((e as CellProblem).arg).toBe('retail_change');
      // A date is quoted as the day the cell shows, in the spreadsheet's zone.
      expect((e as CellProblem).value).toBe(value instanceof Date ? '2026-01-01' : value);
    }
  });

  it('does not parse text longer than any number people type', () => {
    expect(() => readNumber(`1${'0'.repeat(MAX_NUMBER_TEXT)}`, 'x', RU)).toThrow(
      expect.objectContaining({ code: 'notNumber' }),
    );
    expect(readNumber('1'.repeat(MAX_NUMBER_TEXT - 90), 'x', RU)).toBe(1111111111);
  });

  it('refuses an invalid date as a date without failing to quote it', () => {
    expect(() => readNumber(new Date(Number.NaN), 'x', RU)).toThrow(
      expect.objectContaining({ code: 'date' }),
    );
  });
});

describe('readNonNegative and readChange', () => {
  it('rejects negative days', () => {
    expect(() => readNonNegative(-1, 'overdue_days', RU)).toThrow(
      expect.objectContaining({ code: 'negative' }),
    );
    expect(readNonNegative(0, 'overdue_days', RU)).toBe(0);
  });

  it('accepts a fall of exactly 100 % and rejects percent points typed as a fraction', () => {
    expect(readChange(-1, 'c', RU)).toBe(-1);
    expect(readChange('-100%', 'c', RU)).toBe(-1);
    expect(() => readChange(-12, 'c', RU)).toThrow(expect.objectContaining({ code: 'belowMinus100' }));
    expect(readChange(1.5, 'c', RU)).toBe(1.5);
  });
});

describe('readBooleanLike and isBlank', () => {
  it('reads booleans and their words in both languages', () => {
    expect(readBooleanLike(true)).toBe(true);
    expect(readBooleanLike(' ИСТИНА ')).toBe(true);
    expect(readBooleanLike('false')).toBe(false);
    expect(readBooleanLike('Ложь')).toBe(false);
    expect(readBooleanLike('maybe')).toBeUndefined();
    expect(readBooleanLike(1)).toBeUndefined();
  });

  it('reads any text as its trimmed, lower-case words would be read', () => {
    const words = ['true', 'истина', 'да', 'yes', 'false', 'ложь', 'нет', 'no', 'maybe'];
    const cased = fc
      .tuple(
        fc.constantFrom(...words),
        fc.array(fc.boolean(), { maxLength: 8 }),
        fc.constantFrom('', ' ', '\t'),
      )
      .map(([w, upper, pad]) => pad + [...w].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('') + pad);
    const reference = (s: string) => {
      const w = s.trim().toLowerCase();
      return ['true', 'истина', 'да', 'yes'].includes(w)
        ? true
        : ['false', 'ложь', 'нет', 'no'].includes(w)
          ? false
          : undefined;
    };
    fc.assert(
      fc.property(fc.oneof(cased, fc.string()), (s) => expect(readBooleanLike(s)).toBe(reference(s))),
    );
  });

  it('treats only empty or whitespace cells as blank', () => {
    expect(isBlank('')).toBe(true);
    expect(isBlank(' \t')).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
  });
});

describe('readQuantity, readPercent and required', () => {
  it('takes quantities from 0 up to MAX_QUANTITY and refuses negative or absurd ones', () => {
    expect(readQuantity('1 234,5', 'on_hand', RU)).toBe(1234.5);
    expect(readQuantity(0, 'on_hand', RU)).toBe(0);
    expect(readQuantity(MAX_QUANTITY, 'on_hand', RU)).toBe(MAX_QUANTITY);
    expect(readQuantity('', 'on_hand', RU)).toBeUndefined();
    expect(() => readQuantity(-1, 'on_hand', RU)).toThrow(expect.objectContaining({ code: 'negative' }));
    expect(() => readQuantity(1e300, 'on_hand', RU)).toThrow(
      expect.objectContaining({ code: 'tooLarge', arg: 'on_hand', value: 1e300 }),
    );
  });

  it('takes a share from 0 to 100 % and refuses 10 typed without %', () => {
    expect(readPercent('10%', 'x_limit', RU)).toBeCloseTo(0.1, 15);
    expect(readPercent(0, 'x_limit', RU)).toBe(0);
    expect(readPercent(1, 'x_limit', RU)).toBe(1);
    expect(readPercent(' ', 'x_limit', RU)).toBeUndefined();
    for (const bad of [10, -0.01, 1.01])
      expect(() => readPercent(bad, 'x_limit', RU)).toThrow(expect.objectContaining({ code: 'notPercent' }));
  });

  it('lets a value through and reports a missing one under the code given', () => {
    expect(required(0, 'on_hand')).toBe(0);
    expect(() => required(undefined, 'on_hand')).toThrow(
      expect.objectContaining({ code: 'missing', arg: 'on_hand' }),
    );
    expect(() => required(undefined, 'avg_demand', 'needsAvgDemand')).toThrow(
      expect.objectContaining({ code: 'needsAvgDemand', arg: 'avg_demand' }),
    );
  });
});
describe('readFlag', () => {
  it('reads blank as no, and yes/no words and booleans as themselves', () => {
    expect(readFlag('', 'f')).toBe(false);
    expect(readFlag(undefined, 'f')).toBe(false);
    expect(readFlag(true, 'f')).toBe(true);
    expect(readFlag('да', 'f')).toBe(true);
    expect(readFlag('No', 'f')).toBe(false);
  });

  it.each(['maybe', 1, 0, new Date(2026, 0, 1)])('refuses %p, quoting it', (cell) => {
    expect(() => readFlag(cell, 'f')).toThrow(
      expect.objectContaining({ code: 'notBoolean', arg: 'f', value: cell }),
    );
  });
});

describe('readMagnitude', () => {
  it('takes the size of the step whatever its sign, with a fallback for blank', () => {
    expect(readMagnitude('', 'x', 0.05, RU)).toBe(0.05);
    expect(readMagnitude(-0.1, 'x', 0.05, RU)).toBe(0.1);
    expect(readMagnitude('10%', 'x', 0.05, RU)).toBeCloseTo(0.1, 12);
    expect(readMagnitude(1, 'x', 0.05, RU)).toBe(1);
    expect(readMagnitude(0, 'x', 0.05, RU)).toBe(0);
  });

  it('flags more than 100 % as percent points typed without %', () => {
    expect(() => readMagnitude(10, 'x', 0.05, RU)).toThrow(
      expect.objectContaining({ code: 'notPercent', value: 10 }),
    );
    expect(() => readMagnitude(-1.01, 'x', 0.05, RU)).toThrow(
      expect.objectContaining({ code: 'notPercent' }),
    );
  });
});

describe('readDay', () => {
  it.each([
    ['2026-11-30', '2026-11-30'],
    [' 30.11.2026 ', '2026-11-30'],
  ])('reads the day text %j as that day', (text, expected) => {
    expect(readDay(text, 'x', RU)).toBe(expected);
  });

  it('reads a date cell as the day it shows in the spreadsheet’s zone (also from another realm)', () => {
    expect(readDay(new Date(2026, 10, 30, 15, 45), 'x', RU)).toBe('2026-11-30');
    const foreign = vm.runInNewContext('new Date(2026, 10, 30)') as Date;
    expect(readDay(foreign, 'x', RU)).toBe('2026-11-30');
    // Sheets hands a Vladivostok date cell over as that zone's midnight, the day before in UTC.
    const vladivostok = new Date(Date.UTC(2026, 10, 30, 14, 0));
    expect(readDay(vladivostok, 'x', { decimal: ',', timeZone: 'Asia/Vladivostok' })).toBe('2026-12-01');
    expect(readDay('', 'x', RU)).toBeUndefined();
    expect(readDay('  ', 'x', RU)).toBeUndefined();
  });

  it.each([45000, true, 'soon', new Date(Number.NaN)])('refuses %p as not a date, quoting it', (cell) => {
    expect(() => readDay(cell, 'as_of', RU)).toThrow(
      expect.objectContaining({ code: 'notDate', arg: 'as_of', value: cell }),
    );
  });
});

describe('problemOr and CellProblem.atRow', () => {
  it('returns the value, or the problem raised while reading it', () => {
    expect(problemOr(() => 5)).toBe(5);
    const p = problemOr(() => readNumber('abc', 'x', RU));
    expect(p).toBeInstanceOf(CellProblem);
  });

  it('lets a real bug escape', () => {
    expect(() =>
      problemOr(() => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });

  it('copies a problem with the row it belongs to', () => {
    const p = new CellProblem('notNumber', 'x', 'abc').atRow(3);
    expect(p).toEqual(expect.objectContaining({ code: 'notNumber', arg: 'x', value: 'abc', row: 3 }));
  });
});
