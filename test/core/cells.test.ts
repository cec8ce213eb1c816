import fc from 'fast-check';
import vm from 'node:vm';
import {
  MAX_QUANTITY,
  isBlank,
  parseNumberText,
  readBooleanLike,
  readChange,
  readDate,
  readFlag,
  readMagnitude,
  readNonNegative,
  readNumber,
  readPercent,
  readQuantity,
  required,
} from '../../src/core/cells';
import { CellProblem, problemOr } from '../../src/core/vocabulary';

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
    expect(parseNumberText(text)).toBeCloseTo(expected, 12);
  });

  it.each(['abc', '12abc', '--1', '%', '1-2', '', ' ', 'Infinity', 'NaN', '0x10'])(
    'finds no number in %j',
    (text) => {
      expect(parseNumberText(text)).toBeUndefined();
    },
  );

  it('reads back any finite number written in the Russian way', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), (n) => {
        const text = String(n).replace('.', ',');
        if (/e/i.test(text)) return;
        expect((parseNumberText(text) ?? Number.NaN) + 0).toBe(n + 0); // String(-0) is "0"
      }),
    );
  });
});

describe('readNumber', () => {
  it('gives undefined for blanks', () => {
    for (const blank of ['', '   ', null, undefined]) expect(readNumber(blank, 'x')).toBeUndefined();
  });

  it('passes numbers through', () => {
    expect(readNumber(-0.12, 'x')).toBe(-0.12);
    expect(readNumber(0, 'x')).toBe(0);
  });

  it.each([
    ['abc', 'notNumber'],
    [true, 'notNumber'],
    [Number.NaN, 'notNumber'],
    [new Date(2026, 0, 1), 'date'],
  ])('rejects %p as %s, naming the argument and keeping the value', (value, code) => {
    const run = () => readNumber(value, 'retail_change');
    expect(run).toThrow(CellProblem);
    try {
      run();
    } catch (e) {
      expect((e as CellProblem).code).toBe(code);
      expect((e as CellProblem).arg).toBe('retail_change');
      expect((e as CellProblem).value).toBe(value);
    }
  });
});

describe('readNonNegative and readChange', () => {
  it('rejects negative days', () => {
    expect(() => readNonNegative(-1, 'overdue_days')).toThrow(expect.objectContaining({ code: 'negative' }));
    expect(readNonNegative(0, 'overdue_days')).toBe(0);
  });

  it('accepts a fall of exactly 100 % and rejects percent points typed as a fraction', () => {
    expect(readChange(-1, 'c')).toBe(-1);
    expect(readChange('-100%', 'c')).toBe(-1);
    expect(() => readChange(-12, 'c')).toThrow(expect.objectContaining({ code: 'belowMinus100' }));
    expect(readChange(1.5, 'c')).toBe(1.5);
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

  it('treats only empty or whitespace cells as blank', () => {
    expect(isBlank('')).toBe(true);
    expect(isBlank(' \t')).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
  });
});

describe('readQuantity, readPercent and required', () => {
  it('takes quantities from 0 up to MAX_QUANTITY and refuses negative or absurd ones', () => {
    expect(readQuantity('1 234,5', 'on_hand')).toBe(1234.5);
    expect(readQuantity(0, 'on_hand')).toBe(0);
    expect(readQuantity(MAX_QUANTITY, 'on_hand')).toBe(MAX_QUANTITY);
    expect(readQuantity('', 'on_hand')).toBeUndefined();
    expect(() => readQuantity(-1, 'on_hand')).toThrow(expect.objectContaining({ code: 'negative' }));
    expect(() => readQuantity(1e300, 'on_hand')).toThrow(
      expect.objectContaining({ code: 'tooLarge', arg: 'on_hand', value: 1e300 }),
    );
  });

  it('takes a share from 0 to 100 % and refuses 10 typed without %', () => {
    expect(readPercent('10%', 'x_limit')).toBeCloseTo(0.1, 15);
    expect(readPercent(0, 'x_limit')).toBe(0);
    expect(readPercent(1, 'x_limit')).toBe(1);
    expect(readPercent(' ', 'x_limit')).toBeUndefined();
    for (const bad of [10, -0.01, 1.01])
      expect(() => readPercent(bad, 'x_limit')).toThrow(expect.objectContaining({ code: 'notPercent' }));
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
    expect(readMagnitude('', 'x', 0.05)).toBe(0.05);
    expect(readMagnitude(-0.1, 'x', 0.05)).toBe(0.1);
    expect(readMagnitude('10%', 'x', 0.05)).toBeCloseTo(0.1, 12);
    expect(readMagnitude(1, 'x', 0.05)).toBe(1);
    expect(readMagnitude(0, 'x', 0.05)).toBe(0);
  });

  it('flags more than 100 % as percent points typed without %', () => {
    expect(() => readMagnitude(10, 'x', 0.05)).toThrow(
      expect.objectContaining({ code: 'notPercent', value: 10 }),
    );
    expect(() => readMagnitude(-1.01, 'x', 0.05)).toThrow(expect.objectContaining({ code: 'notPercent' }));
  });
});

describe('readDate', () => {
  const day = (d: Date | undefined) => d && [d.getFullYear(), d.getMonth() + 1, d.getDate()];

  it.each([
    ['2026-11-30', [2026, 11, 30]],
    [' 30.11.2026 ', [2026, 11, 30]],
  ])('reads the day text %j as that day', (text, expected) => {
    expect(day(readDate(text, 'x'))).toEqual(expected);
  });

  it('passes dates through (also from another realm) and gives undefined for blanks', () => {
    const d = new Date(2026, 10, 30, 15, 45);
    expect(readDate(d, 'x')).toBe(d);
    const foreign = vm.runInNewContext('new Date(2026, 10, 30)') as Date;
    expect(readDate(foreign, 'x')).toBe(foreign);
    expect(readDate('', 'x')).toBeUndefined();
    expect(readDate('  ', 'x')).toBeUndefined();
  });

  it.each([45000, true, 'soon', new Date(Number.NaN)])('refuses %p as not a date, quoting it', (cell) => {
    expect(() => readDate(cell, 'as_of')).toThrow(
      expect.objectContaining({ code: 'notDate', arg: 'as_of', value: cell }),
    );
  });
});

describe('problemOr and CellProblem.atRow', () => {
  it('returns the value, or the problem raised while reading it', () => {
    expect(problemOr(() => 5)).toBe(5);
    const p = problemOr(() => readNumber('abc', 'x'));
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
