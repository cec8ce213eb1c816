import fc from 'fast-check';
import { enDays, quoteValue, ruDays } from '../../src/i18n/common';
import { texts } from '../../src/i18n';
import { CellProblem, ShapeError } from '../../src/core/vocabulary';

describe('day counts and dates', () => {
  it.each([
    [0, '0 дней'],
    [1, '1 день'],
    [2, '2 дня'],
    [4, '4 дня'],
    [5, '5 дней'],
    [11, '11 дней'],
    [12, '12 дней'],
    [14, '14 дней'],
    [21, '21 день'],
    [22, '22 дня'],
    [45, '45 дней'],
    [111, '111 дней'],
    [101, '101 день'],
  ])('says %p days in Russian as %j', (n, text) => {
    expect(ruDays(n)).toBe(text);
  });

  it('says days in English', () => {
    expect([enDays(1), enDays(0), enDays(12)]).toEqual(['1 day', '0 days', '12 days']);
  });

  it('always starts with the number itself', () => {
    fc.assert(
      fc.property(fc.nat(100000), (n) => {
        expect(ruDays(n)).toMatch(new RegExp(`^${n} (день|дня|дней)$`));
      }),
    );
  });
});

describe('problem and shape texts', () => {
  it('puts the row first when a problem is reported away from its row', () => {
    const p = new CellProblem('unknownName', 'absent', 'Ивн');
    expect(texts.ru.common.problem(p)).toBe('⚠ отсутствующие: «Ивн» — нет среди сотрудников');
    expect(texts.ru.common.problem(p.atRow(4))).toBe(
      '⚠ строка 4, отсутствующие: «Ивн» — нет среди сотрудников',
    );
    expect(texts.en.common.problem(p.atRow(4))).toBe('⚠ row 4, absent: "Ивн" is not among the employees');
  });

  it('says which list and which matrix differ in size', () => {
    const e = new ShapeError('names', 'employees', 4, 'roles', 5);
    expect(texts.en.common.shapeError('FBS_COVERAGE', e)).toBe(
      'FBS_COVERAGE: employees has 4 names, roles has 5 columns',
    );
  });
});

describe('quoteValue', () => {
  it('cuts a long value on code points, never inside a surrogate pair', () => {
    const text = `${'a'.repeat(38)}😀😀😀`;
    const quoted = quoteValue(text, 'ru');
    expect(Array.from(quoted)).toHaveLength(40);
    expect(quoted).toBe(`${'a'.repeat(38)}😀…`);
    expect(quoted).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('keeps a short value whole', () => {
    expect(quoteValue('12,5 %', 'en')).toBe('12,5 %');
    expect(quoteValue(true, 'ru')).toBe('TRUE');
  });

  it('writes a number with the decimal mark of the message’s language, and text as typed', () => {
    expect(quoteValue(0.6, 'ru')).toBe('0,6');
    expect(quoteValue(-1.25e-7, 'ru')).toBe('-1,25e-7');
    expect(quoteValue(0.6, 'en')).toBe('0.6');
    expect(quoteValue('0.6', 'ru')).toBe('0.6');
    expect(texts.ru.common.problem(new CellProblem('level', 'level', 2.5))).toBe(
      '⚠ уровень: «2,5» — не уровень; укажите 1, 2 или 3',
    );
  });
});
