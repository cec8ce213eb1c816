import fc from 'fast-check';
import { dateOf } from '../../../src/core/days';
import {
  isTotalsRow,
  periodInTitle,
  readFigure,
  readPeriod,
  recordDay,
} from '../../../src/core/import/values';
import type { Conventions } from '../../../src/core/vocabulary';

const ru: Conventions = { decimal: ',', timeZone: 'Europe/Moscow' };
const en: Conventions = { decimal: '.', timeZone: 'America/Los_Angeles' };

describe('readPeriod', () => {
  it.each([
    ['30.11.2026', '2026-11-01'],
    ['2026-11-30', '2026-11-01'],
    ['1.11.2026', '2026-11-01'],
    ['11.2026', '2026-11-01'],
    ['1.2026', '2026-01-01'],
    ['2026-11', '2026-11-01'],
    ['ноябрь 2026', '2026-11-01'],
    ['Ноябрь 2026 г.', '2026-11-01'],
    ['НОЯБРЯ 2026', '2026-11-01'],
    ['май 2026 года', '2026-05-01'],
    ['Сент. 2026', '2026-09-01'],
    ['November 2026', '2026-11-01'],
    ['Nov 2026', '2026-11-01'],
    ['01.11.2026 0:00:00', '2026-11-01'],
    ['2026-11-05T00:00:00Z', '2026-11-01'],
    ['01.11.2026 - 30.11.2026', '2026-11-01'],
    ['с 01.11.2026 по 30.11.2026', '2026-11-01'],
  ])('reads %j as the month starting %s', (text, expected) => {
    expect(readPeriod(text, ru)).toBe(expected);
  });

  it('reads a date cell as its day in the spreadsheet’s zone', () => {
    // Midnight of 1 December in Vladivostok is still 30 November in UTC.
    const zone: Conventions = { decimal: ',', timeZone: 'Asia/Vladivostok' };
    expect(readPeriod(dateOf('2026-12-01', zone.timeZone), zone)).toBe('2026-12-01');
  });

  it('gives undefined for a blank and null for what is no period', () => {
    expect(readPeriod('', ru)).toBeUndefined();
    expect(readPeriod('  ', ru)).toBeUndefined();
    expect(readPeriod(null, ru)).toBeUndefined();
    for (const cell of [
      '13.2026',
      '31.02.2026',
      'скоро',
      'ноябрь',
      'брюмер 2026',
      46000,
      true,
      '01.10.2026 - 30.11.2026',
    ]) {
      expect({ cell, period: readPeriod(cell, ru) }).toEqual({ cell, period: null });
    }
  });

  it('reads every month of every year the same way, whatever the format (property)', () => {
    const ruNames = [
      'январь',
      'февраль',
      'март',
      'апрель',
      'май',
      'июнь',
      'июль',
      'август',
      'сентябрь',
      'октябрь',
      'ноябрь',
      'декабрь',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          const mm = String(m).padStart(2, '0');
          const dd = String(d).padStart(2, '0');
          const want = `${y}-${mm}-01`;
          return [
            `${dd}.${mm}.${y}`,
            `${y}-${mm}-${dd}`,
            `${m}.${y}`,
            `${y}-${mm}`,
            `${ruNames[m - 1]} ${y}`,
          ].every((text) => readPeriod(text, ru) === want);
        },
      ),
    );
  });
});

describe('recordDay', () => {
  it('reads the exact day of a Monitoring period cell', () => {
    expect(recordDay(dateOf('2026-11-09', ru.timeZone), ru.timeZone)).toBe('2026-11-09');
    expect(recordDay('09.11.2026', ru.timeZone)).toBe('2026-11-09');
    expect(recordDay('ноябрь 2026', ru.timeZone)).toBeUndefined();
    expect(recordDay('', ru.timeZone)).toBeUndefined();
  });
});

describe('readFigure', () => {
  it('reads numbers in the spreadsheet’s locale', () => {
    expect(readFigure('1 234 567,89', ru)).toBe(1234567.89);
    expect(readFigure('1\u00a0234\u00a0567,89', ru)).toBe(1234567.89);
    expect(readFigure('1,234,567.89', en)).toBe(1234567.89);
    expect(readFigure('1234,5', en)).toBe(1234.5);
    expect(readFigure('12,000', en)).toBe(12000);
    expect(readFigure('12,000', ru)).toBe(12);
    expect(readFigure(1500, ru)).toBe(1500);
  });

  it('takes a currency mark and accounting brackets', () => {
    expect(readFigure('1 234,50 руб.', ru)).toBe(1234.5);
    expect(readFigure('1 234 ₽', ru)).toBe(1234);
    expect(readFigure('$1,234.50', en)).toBe(1234.5);
    expect(readFigure('(1 000,00)', ru)).toBe(-1000);
  });

  it('gives undefined for a blank or a dash, null for what is no number', () => {
    expect(readFigure('', ru)).toBeUndefined();
    expect(readFigure('—', ru)).toBeUndefined();
    for (const cell of ['много', '12 шт', '1.234.5', true, 'x'.repeat(200)]) {
      expect({ cell, n: readFigure(cell, ru) }).toEqual({ cell, n: null });
    }
    expect(readFigure(new Date(), ru)).toBeNull();
  });

  it('reads back any amount written the locale’s way (property)', () => {
    const group = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const c = String(cents).padStart(2, '0');
        const value = Number(`${whole}.${c}`);
        return (
          readFigure(`${group(whole, ' ')},${c}`, ru) === value &&
          readFigure(`${group(whole, ',')}.${c}`, en) === value &&
          readFigure(`-${group(whole, '\u00a0')},${c} руб.`, ru) === -value
        );
      }),
    );
  });
});

describe('isTotalsRow', () => {
  it('knows a totals row by its first filled cell or its client cell', () => {
    expect(isTotalsRow(['Итого', '', '12 000'], 0)).toBe(true);
    expect(isTotalsRow(['', 'ИТОГО:', '12 000'], 1)).toBe(true);
    expect(isTotalsRow(['Total', '12,000'], 0)).toBe(true);
    expect(isTotalsRow(['Grand total', '12,000'], 0)).toBe(true);
    expect(isTotalsRow(['Всего', '12 000'], 0)).toBe(true);
    expect(isTotalsRow(['1', 'Итого по менеджеру'], 1)).toBe(true);
  });

  it('does not take a client whose name merely starts like one', () => {
    expect(isTotalsRow(['Всего понемногу', '12 000'], 0)).toBe(false);
    expect(isTotalsRow(['Итоговый дом', '12 000'], 0)).toBe(false);
    expect(isTotalsRow(['Totalmart', '12,000'], 0)).toBe(false);
  });
});

describe('periodInTitle', () => {
  it('finds the month a title block names', () => {
    expect(periodInTitle([['Продажи по контрагентам'], ['Период: Ноябрь 2026 г.']], ru)).toBe('2026-11-01');
    expect(periodInTitle([['Анализ задолженности'], ['На 30.11.2026']], ru)).toBe('2026-11-01');
    expect(periodInTitle([['Sales by customer', 'Period: Oct 2026']], ru)).toBe('2026-10-01');
    expect(periodInTitle([['Продажи'], []], ru)).toBeUndefined();
  });
});
