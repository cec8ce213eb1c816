import {
  dateToSerial,
  displayNumber,
  isDateFormat,
  serialToFields,
  serialToTime,
  typeIn,
} from '../../../tools/local-workbook/values';

describe('date serial numbers', () => {
  it('count days from 1899-12-30 on the clock of a time zone, both ways', () => {
    expect(dateToSerial(new Date(Date.UTC(1899, 11, 31)), 'UTC')).toBe(1);
    expect(dateToSerial(new Date(Date.UTC(2026, 0, 31, 12)), 'UTC')).toBe(46053.5);
    expect(dateToSerial(new Date(Date.UTC(2026, 0, 31, 9)), 'Europe/Moscow')).toBe(46053.5);
    expect(serialToFields(46053.5)).toEqual([2026, 0, 31, 12, 0, 0, 0]);
    expect(new Date(serialToTime(46053.5, 'Europe/Moscow')).toISOString()).toBe('2026-01-31T09:00:00.000Z');
  });

  it('agree with JavaScript’s local time in the process’s zone, offset changes included', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(dateToSerial(new Date(1899, 11, 31), zone)).toBe(1);
    expect(dateToSerial(new Date(2026, 0, 31, 12), zone)).toBe(46053.5);
    // Berlin: 2026-03-29 02:30 never happens (clocks go 02:00 → 03:00); 2026-10-25 02:30 happens twice.
    const berlin = (serial: number) => new Date(serialToTime(serial, 'Europe/Berlin')).toISOString();
    expect(berlin(46110 + 2.5 / 24)).toBe('2026-03-29T01:30:00.000Z');
    expect(berlin(46320 + 2.5 / 24)).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('typeIn', () => {
  it('reads formulas, apostrophes and plain-text cells first', () => {
    expect(typeIn('=A1', 'ru_RU', undefined)).toEqual({ kind: 'formula', text: '=A1' });
    expect(typeIn('=', 'ru_RU', undefined)).toEqual({ kind: 'text', text: '=' });
    expect(typeIn("'=A1", 'ru_RU', undefined)).toEqual({ kind: 'text', text: '=A1' });
    expect(typeIn('=A1', 'ru_RU', '@')).toEqual({ kind: 'text', text: '=A1' });
    expect(typeIn('', 'ru_RU', undefined)).toEqual({ kind: 'blank' });
  });

  it('parses numbers the locale’s way and sets a format for percentages', () => {
    expect(typeIn('-12,5 %', 'ru_RU', undefined)).toEqual({ kind: 'number', value: -0.125, format: '0.00%' });
    expect(typeIn('1,5', 'en_US', undefined)).toEqual({ kind: 'text', text: '1,5' });
    expect(typeIn('1e3', 'en_US', undefined)).toEqual({ kind: 'number', value: 1000, format: '0.00E+00' });
    expect(typeIn('- 5', 'ru_RU', undefined)).toEqual({ kind: 'formula', text: '=- 5' });
    expect(typeIn('-', 'ru_RU', undefined)).toEqual({ kind: 'text', text: '-' });
  });

  it('takes only full, valid dates', () => {
    expect(typeIn('31.02.2026', 'ru_RU', undefined)).toEqual({ kind: 'text', text: '31.02.2026' });
    expect(typeIn('12.5', 'ru_RU', undefined)).toEqual({ kind: 'text', text: '12.5' });
    expect(typeIn('2026-02-28', 'ru_RU', undefined)).toMatchObject({ kind: 'number', format: 'yyyy-MM-dd' });
  });
});

describe('formats', () => {
  it('tell date formats from number formats', () => {
    expect(['dd.mm.yyyy', 'M/d/yyyy H:mm', '[h]:mm', 'yyyy'].map(isDateFormat)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['0.00', '#,##0', '0%', '@', '0.###############', '0.00 "мм"', undefined].map(isDateFormat),
    ).toEqual([false, false, false, false, false, false, false]);
  });

  it('show numbers by a few common formats in the locale', () => {
    expect(displayNumber(1234.5, '#,##0.00', 'ru_RU')).toBe('1\u00a0234,50');
    expect(displayNumber(1234.5, '#,##0.00', 'en_US')).toBe('1,234.50');
    expect(displayNumber(-0.125, '0.0%', 'en_US')).toBe('-12.5%');
    expect(displayNumber(0.1 + 0.2, undefined, 'ru_RU')).toBe('0,3');
    expect(displayNumber(46053.5, 'dd.mm.yyyy hh:mm', 'ru_RU')).toBe('31.01.2026 12:00');
  });
});
