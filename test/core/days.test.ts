import fc from 'fast-check';
import {
  addDays,
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

  it('numbers any day, of any year from 0 to 9999, as the calendar does (Date.UTC)', () => {
    const byDate = (y: number, m: number, d: number) => {
      const utc = new Date(Date.UTC(2000, 0, 1));
      utc.setUTCFullYear(y, m - 1, d);
      return utc.getTime() / 86_400_000;
    };
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    expect(dayNumber('2000-02-29')).toBe(byDate(2000, 2, 29));
    expect(dayNumber('1900-03-01') - dayNumber('1900-02-28')).toBe(1); // no 29 February in 1900
    expect(dayNumber('0000-01-01')).toBe(byDate(0, 1, 1));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          // A day past the month's end rolls over as Date does (31.02 is 3 March, or 2 in a leap year).
          expect(dayNumber(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`)).toBe(byDate(y, m, d));
        },
      ),
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

const ZONES = ['Europe/Kaliningrad', 'Asia/Vladivostok', 'America/Los_Angeles', 'Europe/Moscow'];

describe.each(ZONES)('calendar days in a spreadsheet of %s', (zone) => {
  it('reads a date cell, that zone’s midnight, as its own day', () => {
    const midnight = dateOf('2026-12-01', zone);
    expect(dayOf(midnight, zone)).toBe('2026-12-01');
    // One millisecond before is still the day before, in that zone.
    expect(dayOf(new Date(midnight.getTime() - 1), zone)).toBe('2026-11-30');
  });

  it('round-trips any day through the midnight a date cell holds, across daylight saving', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2100-12-31') }), (n) => {
        const day = dayFromNumber(n);
        expect(dayOf(dateOf(day, zone), zone)).toBe(day);
      }),
    );
  });

  it('counts whole days between the days shown, whatever the time of day', () => {
    const late = new Date(dateOf('2026-11-30', zone).getTime() + 23 * 3_600_000 + 59 * 60_000);
    expect(dayNumber(dayOf(late, zone)) - dayNumber(dayOf(dateOf('2026-11-30', zone), zone))).toBe(0);
    expect(
      dayNumber(dayOf(dateOf('2027-01-01', zone), zone)) - dayNumber(dayOf(dateOf('2026-01-01', zone), zone)),
    ).toBe(365);
  });
});

describe('a day is the spreadsheet’s, not the script’s', () => {
  it('gives the same instant different days in Vladivostok and Los Angeles', () => {
    const instant = new Date(Date.UTC(2026, 10, 30, 20, 0)); // 06:00 on Dec 1 in Vladivostok
    expect(dayOf(instant, 'Asia/Vladivostok')).toBe('2026-12-01');
    expect(dayOf(instant, 'America/Los_Angeles')).toBe('2026-11-30');
  });

  it('gives each zone its own day of an instant read before in another zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 * 86_400_000 }), (ms) => {
        const instant = new Date(Date.UTC(2026, 0, 1) + ms);
        const [east, west] = ['Asia/Vladivostok', 'America/Los_Angeles'].map((zone) =>
          new Intl.DateTimeFormat('en-CA', {
            timeZone: zone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
          }).format(instant),
        );
        for (let i = 0; i < 2; i++) {
          expect(dayOf(instant, 'Asia/Vladivostok')).toBe(east);
          expect(dayOf(new Date(instant.getTime()), 'America/Los_Angeles')).toBe(west);
        }
      }),
    );
  });

  it('is an integer for any valid date', () => {
    fc.assert(
      fc.property(
        fc.date({ noInvalidDate: true, min: new Date(-8.64e14 / 2), max: new Date(8.64e14 / 2) }),
        (d) => {
          expect(Number.isInteger(dayNumber(dayOf(d, 'Asia/Vladivostok')))).toBe(true);
        },
      ),
    );
  });
});
