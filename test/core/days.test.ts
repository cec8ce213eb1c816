import fc from 'fast-check';
import {
  addDays,
  calendarDay,
  dateOf,
  dayFromNumber,
  dayNumber,
  dayOf,
  isIsoDay,
  monthStart,
  parseDay,
  ruDay,
} from '../../src/core/days';

describe('parseDay', () => {
  it.each([
    ['2026-11-30', '2026-11-30'],
    [' 30.11.2026 ', '2026-11-30'],
    ['1.2.2026', '2026-02-01'],
    ['2024-02-29', '2024-02-29'],
    ['0050-01-01', '0050-01-01'],
  ])('reads %j as a calendar day', (text, expected) => {
    expect(parseDay(text)).toBe(expected);
  });

  it.each([
    '2026-02-30',
    '31.04.2026',
    '2025-02-29',
    '2026-13-01',
    '30/11/2026',
    '11.30.2026',
    'soon',
    '2026',
  ])('finds no day in %j', (text) => {
    expect(parseDay(text)).toBeUndefined();
  });
});

describe('isIsoDay', () => {
  it('takes only real calendar days written yyyy-mm-dd', () => {
    expect(isIsoDay('2026-12-31')).toBe(true);
    expect(isIsoDay('2026-13-01')).toBe(false);
    expect(isIsoDay('2027-02-29')).toBe(false);
    expect(isIsoDay('26-12-31')).toBe(false);
    expect(isIsoDay('2026-1-31')).toBe(false);
  });
});

describe('addDays, dayNumber, monthStart', () => {
  it('counts calendar days across months and leap days', () => {
    expect(addDays('2026-11-26', 7)).toBe('2026-12-03');
    expect(addDays('2028-02-22', 7)).toBe('2028-02-29');
    expect(addDays('2026-12-25', 30)).toBe('2027-01-24');
    expect(() => addDays('26.11.2026', 1)).toThrow(RangeError);
  });

  it('numbers days from 1970-01-01 and back', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2027-01-01') - dayNumber('2026-01-01')).toBe(365);
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (n) => {
        expect(dayNumber(dayFromNumber(n))).toBe(n);
      }),
    );
  });

  it('gives the first of the month as the period', () => {
    expect(monthStart('2026-11-30')).toBe('2026-11-01');
  });
});

describe('ruDay', () => {
  it('writes a Russian date as dd.mm.yyyy', () => {
    expect(ruDay('2026-10-02')).toBe('02.10.2026');
  });
});

describe('dayOf, dateOf, calendarDay', () => {
  it('round-trips a day through the midnight a date cell holds', () => {
    expect(dayOf(dateOf('2026-11-30'))).toBe('2026-11-30');
    expect(dayOf(dateOf('0050-01-01'))).toBe('0050-01-01');
  });

  it('counts whole days between the days shown, whatever the time of day', () => {
    expect(calendarDay(new Date(2026, 10, 30, 23, 59)) - calendarDay(new Date(2026, 10, 30, 0, 0))).toBe(0);
    expect(calendarDay(new Date(2026, 11, 1, 0, 1)) - calendarDay(new Date(2026, 10, 30, 23, 59))).toBe(1);
    expect(calendarDay(new Date(2027, 0, 1)) - calendarDay(new Date(2026, 0, 1))).toBe(365);
  });

  it('is an integer for any valid date', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (d) => {
        expect(Number.isInteger(calendarDay(d))).toBe(true);
      }),
    );
  });
});
