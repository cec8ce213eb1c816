import fc from 'fast-check';
import {
  PlannedFunction,
  keyPeople,
  readHolders,
  readPlan,
  readTeam,
  resolveNames,
  splitNames,
} from '../../src/core/fbs';
// The absence planner's rules are tested here with the rest of the FBS they build on.
import {
  AbsenceGapsArgs,
  ShortfallIndex,
  awayIn,
  type Absence,
  type DayRange,
} from '../../src/core/absences';
import { type BackupTable, roleReader, shortfall } from '../../src/core/backup';

/** The functions a period leaves short, as the planner finds them. */
const shortFunctions = (
  functions: PlannedFunction[],
  absences: Absence[],
  period: DayRange,
  table?: BackupTable,
) => new ShortfallIndex(functions, table).short(awayIn(absences, period));
import { cellValue, column, isWellFormedResult, matrix } from '../support/arbitraries';
import { DECK_EMPLOYEES, DECK_FUNCTIONS, deckLevels, deckRoles } from '../support/fixtures';
import { Cell } from '../../src/core/vocabulary';
import { dayNumber, dayOf } from '../../src/core/days';
import { fbsAbsenceGaps, fbsCoverage, fbsKeyPeople } from '../../src/addon/functions/fbs';
import { RU, sheetIn } from '../support/sheets';

const [ADMIN, OFFICE, REP, , MANAGER] = DECK_EMPLOYEES;
const header = [DECK_EMPLOYEES];

describe('readTeam and resolveNames', () => {
  it('reads names from a header row or a column, keeping them as shown', () => {
    expect(readTeam([[' Анна ', 'Иван']]).names).toEqual(['Анна', 'Иван']);
    expect(readTeam([['Анна'], ['Иван']]).names).toEqual(['Анна', 'Иван']);
    expect(readTeam('Анна').names).toEqual(['Анна']);
  });

  it('matches names ignoring case, ё/е and spaces', () => {
    const team = readTeam([['Анна Семёнова', 'Иван', '', 'ИВАН']]);
    expect([...resolveNames(['  анна   семенова '], team, 'absent')]).toEqual([0]);
    expect([...resolveNames(['иван'], team, 'absent')].sort()).toEqual([1, 3]);
  });

  it('names every unknown name at once', () => {
    const team = readTeam([['Анна', 'Иван']]);
    expect(() => resolveNames(['Ивн', 'Анна', 'Петр'], team, 'absent')).toThrow(
      expect.objectContaining({ code: 'unknownName', arg: 'absent', value: 'Ивн, Петр' }),
    );
  });
});

describe('splitNames', () => {
  it('splits text lists on commas, semicolons and new lines, and reads ranges cell by cell', () => {
    expect(splitNames('Анна, Иван;Петр\nОльга')).toEqual(['Анна', 'Иван', 'Петр', 'Ольга']);
    expect(splitNames([['Анна'], [''], ['Иван, Петр']])).toEqual(['Анна', 'Иван', 'Петр']);
    expect(splitNames([['Анна', 'Иван']])).toEqual(['Анна', 'Иван']);
    expect(splitNames(undefined)).toEqual([]);
    expect(splitNames(' ; , ')).toEqual([]);
  });
});

describe('readHolders', () => {
  const team = readTeam([['Анна', 'Иван', '']]);

  it('gives the columns of owners and backups alike', () => {
    expect(readHolders(['Владелец', '', ''], team, roleReader('roles'))).toEqual([0]);
    expect(readHolders(['Backup 2', 'owner', ''], team, roleReader('roles'))).toEqual([0, 1]);
    expect(readHolders(['', '', ''], team, roleReader('roles'))).toEqual([]);
  });

  it('refuses an unknown role and a role in a column without a name', () => {
    expect(() => readHolders(['Boss', '', ''], team, roleReader('roles'))).toThrow(
      expect.objectContaining({ code: 'unknownRole' }),
    );
    expect(() => readHolders(['', '', '1 Бэкапер'], team, roleReader('roles'))).toThrow(
      expect.objectContaining({ code: 'unnamedHolder', arg: 'employees' }),
    );
  });

  it('refuses a row whose width differs from the number of names', () => {
    expect(() => readHolders(['Владелец', ''], team, roleReader('roles'))).toThrow(
      expect.objectContaining({
        kind: 'names',
        arg: 'employees',
        count: 3,
        otherArg: 'roles',
        otherCount: 2,
      }),
    );
  });
});

describe('shortfall of holders present', () => {
  it('is short below an owner plus the required backups (3 at level 1, 2 at level 2), never at level 3', () => {
    expect(shortfall(1, 2)).toBe('noReserve');
    expect(shortfall(1, 3)).toBeUndefined();
    expect(shortfall(2, 1)).toBe('noReserve');
    expect(shortfall(2, 2)).toBeUndefined();
    expect(shortfall(2, 0)).toBe('stopped');
    expect(shortfall(3, 0)).toBeUndefined();
  });
});

describe('FBS_COVERAGE (Full Backing System)', () => {
  const run = (roles: unknown, employees: unknown, absent?: unknown, lang: 'ru' | 'en' = 'en') =>
    fbsCoverage(sheetIn(lang), { roles, employees, absent });

  it('counts every holder of each function of the deck when nobody is absent', () => {
    expect(run(deckRoles(), header)).toEqual([[2], [5], [5], [5], [5], [5], [3], [1]]);
  });

  it('shows a function uncovered when the one person who holds it is absent (deck row 8)', () => {
    const out = run(deckRoles(), header, REP);
    expect(out[7]).toEqual([0]);
    expect(out).toEqual([[1], [4], [4], [4], [4], [4], [2], [0]]);
  });

  it('leaves deck row 1 uncovered when both its holders are away, named any way people type them', () => {
    const out = run(deckRoles(), header, `  торговый   ПРЕДСТАВИТЕЛЬ ;менеджер отдела`);
    expect(out[0]).toEqual([0]);
  });

  it('takes the employees as a column and the absent as a range', () => {
    const out = run(
      deckRoles(),
      DECK_EMPLOYEES.map((n) => [n]),
      [[ADMIN], [''], [OFFICE]],
    );
    expect(out).toEqual([[2], [3], [3], [3], [3], [3], [1], [1]]);
  });

  it('gives "" for a row without roles and ⚠ for an unknown role on its row only', () => {
    expect(
      run(
        [
          ['Owner', ''],
          ['', ''],
          ['Owner', 'Boss'],
        ],
        [['Анна', 'Иван']],
      ),
    ).toEqual([[1], [''], ['⚠ roles: unknown role "Boss"; use Owner, Backup 1 or Backup 2']]);
  });

  it('puts an absent name missing from employees on every function row, so a typo can’t look like cover', () => {
    expect(run(deckRoles().slice(0, 2), header, 'Логистт', 'ru')).toEqual([
      ['⚠ отсутствующие: «Логистт» — нет среди сотрудников'],
      ['⚠ отсутствующие: «Логистт» — нет среди сотрудников'],
    ]);
  });

  it('throws when the names and the matrix columns differ in number', () => {
    expect(() => run(deckRoles(), [DECK_EMPLOYEES.slice(0, 4)])).toThrow(
      'FBS_COVERAGE: employees has 4 names, roles has 5 columns',
    );
    expect(() => run(deckRoles(), [DECK_EMPLOYEES.slice(0, 4)], '', 'ru')).toThrow(
      'FBS_COVERAGE: имён (сотрудники) 4, а столбцов (роли) 5',
    );
  });

  it('never counts more holders than the row has, nor fewer with fewer people absent', () => {
    const names = ['A', 'B', 'C', 'D'];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((h) => matrix(h, 4)),
        fc.subarray(names),
        fc.subarray(names),
        (roles, absentA, absentB) => {
          const all = run(roles, [names]);
          const fewer = run(roles, [names], absentA.filter((n) => absentB.includes(n)).join(','));
          const more = run(roles, [names], absentA.join(','));
          all.forEach(([cell], i) => {
            expect(isWellFormedResult(cell)).toBe(true);
            if (typeof cell !== 'number') return;
            expect(cell).toBeLessThanOrEqual(4);
            expect(fewer[i][0]).toBeGreaterThanOrEqual(more[i][0] as number);
            expect(more[i][0]).toBeGreaterThanOrEqual(cell - absentA.length);
          });
        },
      ),
    );
  });

  it('gives a count, "" or a ⚠ text per row for any mix of cells', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((h) => fc.tuple(matrix(h, 3), matrix(1, 3), column(2))),
        ([roles, employees, absent]) => {
          const out = run(roles, employees, absent);
          expect(out).toHaveLength(roles.length);
          for (const [cell] of out) {
            expect(isWellFormedResult(cell)).toBe(true);
            expect(cell === '' || typeof cell === 'number' || String(cell).startsWith('⚠ ')).toBe(true);
          }
        },
      ),
    );
  });
});

describe('readPlan', () => {
  it('skips rows without a level (BACKUP_GAP flags those), and numbers unreadable levels from 1', () => {
    const team = readTeam(header);
    const { functions, problems } = readPlan(
      { functions: DECK_FUNCTIONS.map((f) => [f]), levels: deckLevels(), roles: deckRoles() },
      team,
      RU,
    );
    expect(functions.map((f) => f.row)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(functions[0]).toEqual({ name: DECK_FUNCTIONS[0], level: 2, holders: [2, 4], row: 1 });
    expect(problems).toEqual([]);
    expect(
      readPlan({ levels: [[2], ['high']], roles: [['Owner'], ['Owner']] }, readTeam([['A']]), RU).problems,
    ).toEqual([expect.objectContaining({ code: 'level', arg: 'levels', row: 2 })]);
    expect(
      readPlan(
        {
          levels: [[''], [3]],
          roles: [
            ['', ''],
            ['', ''],
          ],
        },
        readTeam([['A', 'B']]),
        RU,
      ),
    ).toEqual({
      functions: [{ name: '', level: 3, holders: [], row: 2 }],
      problems: [],
    });
  });
});

describe('keyPeople', () => {
  const f = (level: 1 | 2 | 3, holders: number[]): PlannedFunction => ({ name: '', level, holders });

  it('counts, per person, the level-1/2 functions their absence alone leaves without reserve', () => {
    // level 1 with 3 holders: any one away leaves 2 < 3; level 2 with 3 holders: 2 left is enough
    expect(keyPeople([f(1, [0, 1, 2]), f(2, [0, 1, 2])], 4)).toEqual([
      { column: 0, stops: 0, noReserve: 1 },
      { column: 1, stops: 0, noReserve: 1 },
      { column: 2, stops: 0, noReserve: 1 },
    ]);
    expect(keyPeople([f(1, [0, 1, 2, 3])], 4)).toEqual([]);
  });

  it('tells a function that stops (its only holder away) from one left without reserve; ignores level 3', () => {
    expect(keyPeople([f(2, [3]), f(1, [1, 3]), f(3, [0])], 4)).toEqual([
      { column: 3, stops: 1, noReserve: 1 },
      { column: 1, stops: 0, noReserve: 1 },
    ]);
  });

  it('puts those who stop functions first, then the most functions without reserve', () => {
    const out = keyPeople([f(2, [0, 1]), f(2, [0, 2]), f(2, [1, 3]), f(1, [2])], 4);
    expect(out.map((p) => p.column)).toEqual([2, 0, 1, 3]);
    expect(out[0]).toEqual({ column: 2, stops: 1, noReserve: 1 });
  });

  it('takes the backups required from the table: level 3 counts when it asks backups', () => {
    expect(keyPeople([f(3, [0, 1])], 2)).toEqual([]);
    expect(keyPeople([f(3, [0, 1])], 2, [2, 1, 1])).toEqual([
      { column: 0, stops: 0, noReserve: 1 },
      { column: 1, stops: 0, noReserve: 1 },
    ]);
    expect(keyPeople([f(3, [0])], 2, [2, 1, 1])).toEqual([{ column: 0, stops: 1, noReserve: 0 }]);
    expect(keyPeople([f(2, [0, 1])], 2, [2, 0, 0])).toEqual([]);
  });
});

describe('FBS_KEY_PEOPLE', () => {
  const run = (levels: unknown, roles: unknown, employees: unknown, lang: 'ru' | 'en' = 'en') =>
    fbsKeyPeople(sheetIn(lang), { levels, roles, employees, no_reserve: true });
  const twoColumns = (levels: unknown, roles: unknown, employees: unknown, no_reserve?: unknown) =>
    fbsKeyPeople(sheetIn('en'), { levels, roles, employees, no_reserve });

  it('keeps the two columns of version 0.1 unless asked: name and the functions left short, either way', () => {
    const roles = [
      ['Owner', 'Backup', ''],
      ['', 'Owner', 'Backup'],
      ['', 'Owner', ''],
    ];
    const levels = [[2], [1], [2]];
    const people = [['Анна', 'Иван', 'Петр']];
    expect(twoColumns(levels, roles, people)).toEqual([
      ['Иван', 3],
      ['Анна', 1],
      ['Петр', 1],
    ]);
    expect(twoColumns(levels, roles, people, false)).toEqual(twoColumns(levels, roles, people));
    expect(twoColumns(levels, roles, people, [['']])).toEqual(twoColumns(levels, roles, people));
    expect(twoColumns([[1]], [['Owner', 'Backup', 'Backup', 'Backup']], [['A', 'B', 'C', 'D']])).toEqual([
      ['', ''],
    ]);
    expect(twoColumns(levels, roles, people, 'maybe')).toEqual([
      ['⚠ no_reserve: "maybe" is not a yes or no; use TRUE, FALSE or leave blank', ''],
    ]);
  });

  it('says that without either holder of deck function 1 it has no reserve, but does not stop (8 has no level)', () => {
    expect(run(deckLevels(), deckRoles(), header, 'ru')).toEqual([
      [REP, 0, 1],
      [MANAGER, 0, 1],
    ]);
  });

  it('reads the table of required backups, and names a bad one before anyone', () => {
    const out = (required: unknown) =>
      fbsKeyPeople(sheetIn('en'), {
        levels: deckLevels(),
        roles: deckRoles(),
        employees: header,
        required_backups: required,
      });
    expect(out([[0], [0], [0]])).toEqual([['', '']]);
    expect(out([[2], ['many'], [0]])).toEqual([['⚠ required_backups: "many" is not a number', '']]);
  });

  it('gives one blank row when nobody is key', () => {
    expect(run([[1]], [['Owner', 'Backup', 'Backup', 'Backup']], [['A', 'B', 'C', 'D']])).toEqual([
      ['', '', ''],
    ]);
  });

  it('lists people by the number of functions that depend on them, most first', () => {
    const out = run(
      [[2], [1], [2]],
      [
        ['Owner', 'Backup', ''],
        ['', 'Owner', 'Backup'],
        ['', 'Owner', ''],
      ],
      [['Анна', 'Иван', 'Петр']],
    );
    expect(out).toEqual([
      ['Иван', 1, 2],
      ['Анна', 0, 1],
      ['Петр', 0, 1],
    ]);
  });

  it('throws on heights or widths that differ', () => {
    expect(() => run([[1], [2]], deckRoles(), header)).toThrow('FBS_KEY_PEOPLE: ranges differ in height');
    expect(() => run(deckLevels(), deckRoles(), [['A']])).toThrow('FBS_KEY_PEOPLE: employees has 1 names');
  });

  it('gives three cells per row: ⚠ texts first, then names, most stopped functions first', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((h) => fc.tuple(column(h), matrix(h, 3), matrix(1, 3))),
        ([levels, roles, employees]) => {
          const out = run(levels, roles, employees);
          expect(out.length).toBeGreaterThan(0);
          let last = Infinity;
          let seenPerson = false;
          for (const [name, stops, noReserve] of out) {
            expect([name, stops, noReserve].every(isWellFormedResult)).toBe(true);
            if (String(name).startsWith('⚠ ')) {
              expect(seenPerson).toBe(false);
              expect([stops, noReserve]).toEqual(['', '']);
            } else if (stops !== '') {
              seenPerson = true;
              expect(typeof stops === 'number' && typeof noReserve === 'number').toBe(true);
              expect((stops as number) + (noReserve as number)).toBeGreaterThan(0);
              expect(stops as number).toBeLessThanOrEqual(last);
              last = stops as number;
            }
          }
        },
      ),
    );
  });
});

describe('shortFunctions', () => {
  const f = (level: 1 | 2 | 3, holders: number[]): PlannedFunction => ({ name: '', level, holders });
  const D = (d: number) => dayNumber(dayOf(new Date(2026, 0, d), RU.timeZone));

  it('takes out everyone absent at any point of the period, ends included', () => {
    const fn = f(2, [0, 1]);
    const absence = { columns: new Set([0]), from: D(10), to: D(12) };
    const none = { stopped: [], noReserve: [] };
    expect(shortFunctions([fn], [absence], { from: D(5), to: D(9) })).toEqual(none);
    expect(shortFunctions([fn], [absence], { from: D(5), to: D(10) })).toEqual({
      stopped: [],
      noReserve: [fn],
    });
    expect(shortFunctions([fn], [absence], { from: D(12), to: D(18) })).toEqual({
      stopped: [],
      noReserve: [fn],
    });
    expect(shortFunctions([fn], [absence], { from: D(13), to: D(18) })).toEqual(none);
  });

  it('says a function stops when every holder is away, and only lacks reserve while one is left', () => {
    const fn = f(2, [0, 1]);
    const both = { columns: new Set([0, 1]), from: D(10), to: D(12) };
    expect(shortFunctions([fn], [both], { from: D(10), to: D(16) })).toEqual({
      stopped: [fn],
      noReserve: [],
    });
  });

  it('keeps a function already short with everybody in, and looks again only at those of the people away', () => {
    const fns = [f(1, [0]), f(2, [1, 2]), f(2, [2, 3]), f(3, [3])];
    const away = { columns: new Set([2]), from: D(10), to: D(12) };
    expect(shortFunctions(fns, [away], { from: D(10), to: D(16) })).toEqual({
      stopped: [],
      noReserve: [fns[0], fns[1], fns[2]],
    });
    expect(shortFunctions(fns, [away], { from: D(10), to: D(16) }, [0, 1, 1]).noReserve).toEqual([
      fns[1],
      fns[2],
      fns[3],
    ]);
  });

  it('agrees with counting the holders present, function by function, whoever is away', () => {
    const fnArb = fc.record({
      name: fc.constant(''),
      level: fc.constantFrom(1 as const, 2 as const, 3 as const),
      holders: fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(
        fc.array(fnArb, { maxLength: 12 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 5 })),
        fc.tuple(fc.nat(3), fc.nat(3), fc.nat(3)),
        (fns, awayColumns, table) => {
          const absence = { columns: new Set(awayColumns), from: D(10), to: D(10) };
          const out = shortFunctions(fns, [absence], { from: D(10), to: D(10) }, table);
          const present = (fn: PlannedFunction) => fn.holders.filter((j) => !awayColumns.includes(j)).length;
          const counts = (fn: PlannedFunction) => fn.level !== 3 || table[2] > 0;
          expect(out.stopped).toEqual(fns.filter((fn) => counts(fn) && present(fn) === 0));
          expect(out.noReserve).toEqual(
            fns.filter((fn) => counts(fn) && present(fn) > 0 && present(fn) < 1 + table[fn.level - 1]),
          );
        },
      ),
    );
  });

  it('answers one period after another like a fresh count of the holders present in each', () => {
    const fnArb = fc.record({
      name: fc.constant(''),
      level: fc.constantFrom(1 as const, 2 as const, 3 as const),
      holders: fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(
        fc.array(fnArb, { maxLength: 12 }),
        fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 5 })), { maxLength: 6 }),
        fc.tuple(fc.nat(3), fc.nat(3), fc.nat(3)),
        (fns, periods, table) => {
          const index = new ShortfallIndex(fns, table);
          for (const awayColumns of periods) {
            const out = index.short(new Set(awayColumns));
            const present = (fn: PlannedFunction) =>
              fn.holders.filter((j) => !awayColumns.includes(j)).length;
            const left = (fn: PlannedFunction) => shortfall(fn.level, present(fn), table);
            expect(out.stopped).toEqual(fns.filter((fn) => left(fn) === 'stopped'));
            expect(out.noReserve).toEqual(fns.filter((fn) => left(fn) === 'noReserve'));
          }
        },
      ),
    );
  });

  it('counts people away in the same period even when their absences don’t overlap', () => {
    const fn = f(1, [0, 1, 2, 3]);
    const absences = [
      { columns: new Set([0]), from: D(5), to: D(6) },
      { columns: new Set([1]), from: D(8), to: D(9) },
    ];
    expect(shortFunctions([fn], absences, { from: D(5), to: D(11) }).noReserve).toEqual([fn]);
  });
});

describe('FBS_ABSENCE_GAPS', () => {
  const week = (d: number) => new Date(2026, 0, d);
  const base: AbsenceGapsArgs = {
    functions: DECK_FUNCTIONS.slice(0, 7).map((f) => [f]),
    levels: deckLevels().slice(0, 7),
    roles: deckRoles().slice(0, 7),
    employees: header,
    absence_names: [[REP], [`${ADMIN}, ${OFFICE}`], [MANAGER]],
    absence_from: [[new Date(2026, 0, 5)], [new Date(2026, 0, 12)], [new Date(2026, 0, 23)]],
    absence_to: [[new Date(2026, 0, 9)], [new Date(2026, 0, 16)], ['27.01.2026']],
    period_starts: [[week(5)], [week(12)], [''], [week(19)], [week(26)]],
    period_days: '',
  };
  const run = (args: Partial<AbsenceGapsArgs>, lang: 'ru' | 'en' = 'en') =>
    fbsAbsenceGaps(sheetIn(lang), { ...base, ...args });

  it('counts and names, week by week, the level-1/2 functions left short by the people away', () => {
    const noReserve = (name: string) => `No reserve: ${name}.`;
    expect(run({})).toEqual([
      [1, noReserve(DECK_FUNCTIONS[0])], // the sales rep away: the sales plan keeps only its owner
      [1, noReserve(DECK_FUNCTIONS[6])], // admin and office consultant away: field talks keep one of three
      ['', ''],
      [1, noReserve(DECK_FUNCTIONS[0])], // the manager's absence starts on Friday 23rd, inside the week of the 19th
      [1, noReserve(DECK_FUNCTIONS[0])],
    ]);
  });

  it('names the functions that stop apart from those left without reserve, in words of the language', () => {
    const both = {
      absence_names: `${REP}, ${MANAGER}`,
      absence_from: week(5),
      absence_to: week(9),
      period_starts: week(5),
    };
    expect(run(both)).toEqual([[1, `Stop: ${DECK_FUNCTIONS[0]}.`]]);
    const three = { ...both, absence_names: `${REP}, ${MANAGER}, ${ADMIN}` };
    expect(run(three, 'ru')).toEqual([
      [
        4,
        `Встанут: ${DECK_FUNCTIONS[0]}. Без резерва: ${DECK_FUNCTIONS[3]}; ${DECK_FUNCTIONS[4]}; ${DECK_FUNCTIONS[6]}.`,
      ],
    ]);
  });

  it('takes the backups required from the table, and puts a bad table on every period', () => {
    const sole = { absence_names: REP, absence_from: week(5), absence_to: week(9), period_starts: week(5) };
    expect(run({ ...sole, required_backups: [[2, 0, 0]] })).toEqual([[0, '']]);
    expect(run({ ...sole, required_backups: [[2], [1], [0], [4]] }, 'ru')).toEqual([
      ['⚠ норма бэкаперов: «4» — лишнее число; нужно три: бэкаперов для уровней 1, 2 и 3', ''],
    ]);
  });

  it('takes periods of period_days, so a one-day period sees only who is away that day', () => {
    expect(run({ period_starts: [[week(19)], [week(23)]], period_days: 1 })).toEqual([
      [0, ''],
      [1, `No reserve: ${DECK_FUNCTIONS[0]}.`],
    ]);
  });

  it('names a function without a name by its row', () => {
    expect(
      run(
        {
          functions: '',
          absence_names: REP,
          absence_from: week(5),
          absence_to: week(5),
          period_starts: week(5),
        },
        'ru',
      ),
    ).toEqual([[1, 'Без резерва: строка 1.']]);
  });

  it('puts an unreadable absence or matrix row on every period, numbered', () => {
    const typo = run({ absence_names: [[REP], ['Логистт'], [MANAGER]] }, 'ru');
    expect(typo).toEqual([
      ['⚠ строка 2, кто отсутствует: «Логистт» — нет среди сотрудников', ''],
      ['⚠ строка 2, кто отсутствует: «Логистт» — нет среди сотрудников', ''],
      ['', ''],
      ['⚠ строка 2, кто отсутствует: «Логистт» — нет среди сотрудников', ''],
      ['⚠ строка 2, кто отсутствует: «Логистт» — нет среди сотрудников', ''],
    ]);
    const levels = deckLevels();
    levels[3] = ['urgent'];
    const deck = run({ functions: DECK_FUNCTIONS.map((f) => [f]), levels, roles: deckRoles() });
    expect(deck[0]).toEqual(['⚠ row 4, levels: "urgent" is not a level; use 1, 2 or 3', '']);
  });

  it.each([
    [
      { absence_to: [[week(9)], [week(11)], [week(27)]] },
      '⚠ row 2, absence_to: "2026-01-11" is before the start date',
    ],
    [{ absence_from: [[week(5)], [''], [week(23)]] }, '⚠ row 2, absence_from: the value is missing'],
    [{ absence_names: [[REP], [''], [MANAGER]] }, '⚠ row 2, absence_names: the value is missing'],
  ])('reports a broken absence %j', (args, text) => {
    expect(run(args)[0]).toEqual([text, '']);
  });

  it('puts a bad period start or length on its own row', () => {
    expect(run({ period_starts: [[week(5)], ['next week']] })).toEqual([
      [1, `No reserve: ${DECK_FUNCTIONS[0]}.`],
      ['⚠ period_starts: "next week" is not a date', ''],
    ]);
    expect(run({ period_starts: week(5), period_days: 0 })).toEqual([
      ['⚠ period_days: "0" must be greater than 0', ''],
    ]);
    // Half a day would make a period that ends before it starts.
    expect(run({ period_starts: week(5), period_days: 0.5 })).toEqual([
      ['⚠ period_days: "0.5" must be a whole number', ''],
    ]);
  });

  it('ignores blank absence rows', () => {
    expect(
      run({ absence_names: [[''], ['']], absence_from: [[''], ['']], absence_to: [[''], ['']] }),
    ).toEqual([
      [0, ''],
      [0, ''],
      ['', ''],
      [0, ''],
      [0, ''],
    ]);
  });

  it('throws on absence columns of different heights', () => {
    expect(() => run({ absence_from: [[week(5)]].concat([[week(6)]]) })).toThrow(
      'FBS_ABSENCE_GAPS: ranges differ in height',
    );
  });

  it('gives a count and a list, or a ⚠ text, or blanks, for any mix of cells', () => {
    const dates = fc.oneof(cellValue, fc.date({ min: new Date(2026, 0, 1), max: new Date(2026, 2, 1) }));
    const names = fc.oneof(cellValue, fc.constantFrom<Cell>(...DECK_EMPLOYEES));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(names, dates, dates), { minLength: 1, maxLength: 4 }),
        fc.array(dates, { minLength: 1, maxLength: 4 }),
        fc.oneof(cellValue, fc.integer({ min: 1, max: 30 })),
        (absences, starts, days) => {
          const out = run({
            absence_names: absences.map(([n]) => [n]),
            absence_from: absences.map(([, f]) => [f]),
            absence_to: absences.map(([, , t]) => [t]),
            period_starts: starts.map((s) => [s]),
            period_days: days,
          });
          expect(out).toHaveLength(starts.length);
          for (const [count, list] of out) {
            expect(isWellFormedResult(count) && isWellFormedResult(list)).toBe(true);
            if (typeof count === 'number') {
              expect(count).toBeLessThanOrEqual(7);
              expect(count === 0 ? list === '' : list.split('; ').length === count).toBe(true);
            } else expect(count === '' || count.startsWith('⚠ ')).toBe(true);
          }
        },
      ),
    );
  });
});
