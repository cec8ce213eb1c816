import fc from 'fast-check';
import { AbsenceIndex, coverOn, coverReader, namesIn, readAbsences, readBackups } from '../../src/core/cover';
import { dayNumber, dayOf } from '../../src/core/days';
import { dayReader } from '../../src/core/tables';
import { RU } from '../support/sheets';

const day = (d: number) => dayNumber(dayOf(new Date(2026, 10, d), RU.timeZone));
const span = (key: string, from: number, to: number, reason = '') => ({ key, person: key, from, to, reason });

describe('AbsenceIndex', () => {
  it('finds the absence covering a day, both ends included', () => {
    const index = new AbsenceIndex([span('петров', 10, 14, 'Отпуск'), span('петров', 20, 20)]);
    expect(index.awayOn('петров', 9)).toBeUndefined();
    expect(index.awayOn('петров', 10)?.reason).toBe('Отпуск');
    expect(index.awayOn('петров', 14)?.reason).toBe('Отпуск');
    expect(index.awayOn('петров', 15)).toBeUndefined();
    expect(index.awayOn('петров', 20)).toBeDefined();
    expect(index.awayOn('иванова', 12)).toBeUndefined();
  });

  it('sees a long absence behind a short one that began later', () => {
    const index = new AbsenceIndex([span('a', 1, 30, 'long'), span('a', 5, 6, 'short')]);
    expect(index.awayOn('a', 20)?.reason).toBe('long');
  });

  it('agrees with checking every absence, whatever the absences (property)', () => {
    const spans = fc.array(
      fc.record({ key: fc.constantFrom('a', 'b'), from: fc.integer({ min: 0, max: 40 }), len: fc.nat(10) }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(spans, fc.constantFrom('a', 'b'), fc.integer({ min: -2, max: 55 }), (list, key, d) => {
        const all = list.map((s) => span(s.key, s.from, s.from + s.len));
        const away = new AbsenceIndex(all).awayOn(key, d);
        const naive = all.some((s) => s.key === key && s.from <= d && d <= s.to);
        expect(away !== undefined).toBe(naive);
        if (away) expect(away.from <= d && d <= away.to).toBe(true);
      }),
    );
  });
});

describe('readAbsences', () => {
  const read = (names: unknown[], from: unknown[], to: unknown[]) =>
    readAbsences({ names, from, to, reasons: names.map(() => 'Отпуск') } as never, dayReader(RU));

  it('reads lists of names, and days as dates or day text', () => {
    const { index, bad } = read(['Петров, Сидоров'], ['10.11.2026'], [new Date(2026, 10, 12)]);
    expect(bad).toEqual([]);
    expect(index.awayOn('сидоров', day(11))).toBeDefined();
    expect(index.awayOn('петров', day(12))).toBeDefined();
  });

  it('sets aside a row without a day, with text that is no date, or ending before it begins', () => {
    const { bad } = read(
      ['Петров', 'Иванова', 'Сидоров', ''],
      ['', 'завтра', new Date(2026, 10, 12), ''],
      [new Date(2026, 10, 12), new Date(2026, 10, 12), new Date(2026, 10, 10), ''],
    );
    expect(bad.map((b) => [b.person, b.fault])).toEqual([
      ['Петров', 'missing'],
      ['Иванова', 'notDate'],
      ['Сидоров', 'beforeStart'],
    ]);
    expect(bad[1].value).toBe('завтра');
  });
});

describe('coverOn', () => {
  const absences = new AbsenceIndex([
    span('петров', day(10), day(14), 'Отпуск'),
    span('сидоров', day(12), day(12)),
    span('кузнецова', day(10), day(11)),
  ]);
  const backups = readBackups(['  ПЕТРОВ ', 'Иванова', 'Кузнецова'], ['Сидоров; Иванова', 'Петров', '']);
  const staff = { absences, backups };

  it('is the manager when present, and nobody when no manager is named', () => {
    expect(coverOn('петров', day(9), staff)).toEqual({ kind: 'own' });
    expect(coverOn('', day(9), staff)).toEqual({ kind: 'noManager' });
  });

  it('is the first backup named who is not away too', () => {
    expect(coverOn('петров', day(11), staff)).toMatchObject({ kind: 'backup', backup: 'Сидоров' });
    expect(coverOn('петров', day(12), staff)).toMatchObject({ kind: 'backup', backup: 'Иванова' });
  });

  it('leaves the client uncovered when no backup is named, or every one is away', () => {
    expect(coverOn('кузнецова', day(10), staff)).toMatchObject({ kind: 'uncovered', backupsAway: [] });
    const alone = { absences, backups: readBackups(['Петров'], ['Сидоров']) };
    expect(coverOn('петров', day(12), alone)).toMatchObject({ kind: 'uncovered', backupsAway: ['Сидоров'] });
  });

  it('coverReader answers as coverOn, one object per manager and day however often asked', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('петров', 'сидоров', 'кузнецова', 'иванова', ''),
            fc.integer({ min: 8, max: 15 }),
          ),
        ),
        (asks) => {
          const cover = coverReader(staff);
          for (const [manager, n] of asks) {
            expect(cover(manager, day(n))).toEqual(coverOn(manager, day(n), staff));
            expect(cover(manager, day(n))).toBe(cover(manager, day(n)));
          }
        },
      ),
    );
  });
});

describe('namesIn', () => {
  it('splits on commas, semicolons and new lines', () => {
    expect(namesIn(' Петров,Сидоров;\nИванова ')).toEqual(['Петров', 'Сидоров', 'Иванова']);
    expect(namesIn('')).toEqual([]);
  });
});
