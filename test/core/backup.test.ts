import fc from 'fast-check';
import {
  BACKUP_GAP_ARGS,
  backupGap,
  backupGapRule,
  DEFAULT_BACKUPS,
  checkCoverage,
  functionKey,
  readBackupTable,
  readLevel,
  shortfall,
  readRole,
  requiredBackups,
  roleReader,
} from '../../src/core/backup';
import { column, isWellFormedResult, matrix } from '../support/arbitraries';
import { DECK_MATRIX, DECK_ROWS, deckLevels, deckRoles, rolesOf, ru } from '../support/fixtures';
import { fbsFunctions } from '../../sheets-templates/fbs';
import { runColumn } from '../../src/addon/functions/column';
import { backupGapColumn } from '../../src/addon/functions/fbs';
import { RU, sheetIn } from '../support/sheets';
import { cellValue } from '../support/arbitraries';
import { CellProblem, problemOr } from '../../src/core/vocabulary';

const run = (level: unknown, roles: unknown, lang: 'ru' | 'en' = 'en') =>
  runColumn(
    sheetIn(lang),
    'BACKUP_GAP',
    BACKUP_GAP_ARGS,
    { level, roles },
    backupGapRule('', RU),
    (gap) => gap,
  );

describe('requiredBackups and backupGap', () => {
  it('asks 2 backups at level 1, 1 at level 2, none at level 3, unless a table says otherwise', () => {
    expect([1, 2, 3].map((l) => requiredBackups(l as 1 | 2 | 3))).toEqual([2, 1, 0]);
    expect(DEFAULT_BACKUPS).toEqual([2, 1, 0]);
    expect([1, 2, 3].map((l) => requiredBackups(l as 1 | 2 | 3, [3, 2, 1]))).toEqual([3, 2, 1]);
    expect(backupGap(3, ['owner'], [3, 2, 1])).toBe(1);
  });

  it('counts missing backups and never goes below zero; owners are not backups', () => {
    expect(backupGap(1, ['owner'])).toBe(2);
    expect(backupGap(1, ['owner', 'backup'])).toBe(1);
    expect(backupGap(1, ['owner', 'backup', 'backup', 'backup'])).toBe(0);
    expect(backupGap(2, ['owner', 'owner', 'owner'])).toBe(1);
    expect(backupGap(3, ['owner'])).toBe(0);
  });
});

describe('readBackupTable', () => {
  const read = (value: unknown) => readBackupTable(value, 'required_backups', RU);

  it('keeps the method’s 2, 1, 0 for a blank, and for each blank cell of the table', () => {
    expect(read(undefined)).toEqual([2, 1, 0]);
    expect(read('')).toEqual([2, 1, 0]);
    expect(read([[''], [''], ['']])).toEqual([2, 1, 0]);
    expect(read([[3], [''], ['']])).toEqual([3, 1, 0]);
  });

  it('reads three numbers from a column or a row, ignoring the blanks after them (a whole column)', () => {
    expect(read([[3], [2], [1]])).toEqual([3, 2, 1]);
    expect(read([[3, 2, 1]])).toEqual([3, 2, 1]);
    expect(read([['2'], ['1'], ['1'], [''], ['']])).toEqual([2, 1, 1]);
  });

  it('names the bad value: not a number, negative, a fraction, or a fourth number', () => {
    expect(() => read([[2], ['много'], [0]])).toThrow(
      expect.objectContaining({ code: 'notNumber', value: 'много' }),
    );
    expect(() => read([[-1]])).toThrow(expect.objectContaining({ code: 'negative', value: -1 }));
    expect(() => read([[1.5]])).toThrow(expect.objectContaining({ code: 'notWhole', value: 1.5 }));
    expect(() => read([[2], [1], [0], [7]])).toThrow(
      expect.objectContaining({ code: 'threeLevels', value: 7 }),
    );
  });

  it('gives three whole numbers or a CellProblem for anything typed', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellValue, { minLength: 1, maxLength: 3 }), { maxLength: 5 }), (grid) => {
        try {
          const table = read(grid);
          expect(table).toHaveLength(3);
          expect(table.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
        } catch (e) {
          expect(e).toHaveProperty('name', 'CellProblem');
        }
      }),
    );
  });
});

describe('shortfall', () => {
  it('says stopped with nobody present and no reserve with fewer than an owner plus the backups', () => {
    expect(shortfall(1, 0)).toBe('stopped');
    expect(shortfall(1, 2)).toBe('noReserve');
    expect(shortfall(1, 3)).toBeUndefined();
    expect(shortfall(2, 1)).toBe('noReserve');
    expect(shortfall(2, 2)).toBeUndefined();
  });

  it('lets level 3 wait unless the table asks backups of it', () => {
    expect(shortfall(3, 0)).toBeUndefined();
    expect(shortfall(3, 0, [2, 1, 1])).toBe('stopped');
    expect(shortfall(3, 1, [2, 1, 1])).toBe('noReserve');
    expect(shortfall(2, 1, [2, 0, 0])).toBeUndefined();
  });
});

describe('readLevel', () => {
  it.each([
    [1, 1],
    ['2', 2],
    ['Высший (1)', 1],
    ['Level 3', 3],
    ['', undefined],
  ])('reads %j as %p', (cell, level) => {
    expect(readLevel(cell, 'level')).toBe(level);
  });

  it.each([0, 4, 2.5, '12', 'high', true])('rejects %j', (cell) => {
    expect(() => readLevel(cell, 'level')).toThrow(expect.objectContaining({ code: 'level', value: cell }));
  });

  it('reads any text of one or a few characters as the one digit it holds, or rejects it', () => {
    const reference = (text: string) => {
      if (text.trim() === '') return undefined;
      const digits = text.match(/\d/g);
      const n = digits && digits.length === 1 ? Number(digits[0]) : undefined;
      return n === 1 || n === 2 || n === 3 ? n : 'rejected';
    };
    const read = (text: string) => problemOr(() => readLevel(text, 'level'));
    const short = fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('1', '2', '3', '0', '٣', '１', ' 2'));
    fc.assert(
      fc.property(short, (text) => {
        const got = read(text);
        expect(got instanceof CellProblem ? 'rejected' : got).toBe(reference(text));
      }),
    );
  });
});

describe('readRole', () => {
  it.each([
    ['Владелец', 'owner'],
    [' OWNER ', 'owner'],
    ['1 Бэкапер', 'backup'],
    ['2 бэкапер', 'backup'],
    ['Бэкапер', 'backup'],
    ['Backup 1', 'backup'],
    ['backup', 'backup'],
    ['', undefined],
  ])('reads %j as %p in any locale', (cell, role) => {
    expect(readRole(cell, 'roles')).toBe(role);
  });

  it('quotes an unknown role', () => {
    expect(() => readRole('Boss', 'roles')).toThrow(
      expect.objectContaining({ code: 'unknownRole', value: 'Boss' }),
    );
  });
});

describe('roleReader', () => {
  it('reads like readRole, and throws on an unknown role every time it meets it', () => {
    const role = roleReader('roles');
    for (const cell of ['Владелец', '2 бэкапер', '', 'Владелец', 'Backup']) {
      expect(role(cell)).toBe(readRole(cell, 'roles'));
    }
    for (let i = 0; i < 2; i++) {
      expect(() => role('Boss')).toThrow(
        expect.objectContaining({ code: 'unknownRole', arg: 'roles', value: 'Boss' }),
      );
    }
  });
});

describe('the rule of a BACKUP_GAP row', () => {
  const backupGapRow = backupGapRule(undefined, RU);
  it('flags a row with roles but no owner, or roles but no level', () => {
    expect(() => backupGapRow({ level: 2, roles: ['1 Бэкапер'] })).toThrow(
      expect.objectContaining({ code: 'noOwner' }),
    );
    expect(() => backupGapRow({ level: '', roles: ['Владелец'] })).toThrow(
      expect.objectContaining({ code: 'noLevel' }),
    );
  });

  it('gives nothing for a row with neither level nor roles', () => {
    expect(backupGapRow({ level: '', roles: ['', ''] })).toBeUndefined();
  });
});

describe('BACKUP_GAP over the deck matrix (Full Backing System)', () => {
  it('shows row 7 (level 2, three owners, no backup) as 1 missing backup and row 8 as missing its level', () => {
    const out = run(deckLevels(), deckRoles(), 'ru');
    expect(out).toEqual([[0], [0], [0], [0], [0], [0], [1], ['⚠ уровень: пусто — укажите 1, 2 или 3']]);
  });

  it('takes one table of required backups for every row, from FBS Levels’ column', () => {
    const gap = (required: unknown, lang: 'ru' | 'en' = 'en') =>
      backupGapColumn(sheetIn(lang), { level: deckLevels(), roles: deckRoles(), required_backups: required });
    expect(gap('')).toEqual(run(deckLevels(), deckRoles()));
    // Three backups at level 1, two at level 2: the deck's functions 1 and 7 fall further short.
    expect(gap([[3], [2], [0], [''], ['']]).slice(0, 7)).toEqual([[1], [0], [0], [1], [1], [0], [2]]);
    expect(gap([[3, 2, 0]]).slice(0, 7)).toEqual([[1], [0], [0], [1], [1], [0], [2]]);
  });

  it('puts a table it can’t read on every row that has a function, and leaves blank rows blank', () => {
    const out = backupGapColumn(sheetIn('ru'), {
      level: [[1], ['']],
      roles: [['Владелец'], ['']],
      required_backups: [[2], ['два'], [0]],
    });
    expect(out).toEqual([['⚠ норма бэкаперов: «два» — не число'], ['']]);
  });

  it('throws on a level column and a roles matrix of unequal heights', () => {
    expect(() => run([[1], [2]], [['Owner'], ['Owner'], ['Owner']])).toThrow(
      /BACKUP_GAP: ranges differ in height/,
    );
  });

  it('names the unknown role in the sheet language', () => {
    expect(run(1, [['Owner', 'Boss']])).toEqual([
      ['⚠ roles: unknown role "Boss"; use Owner, Backup 1 or Backup 2'],
    ]);
  });

  it('gives a count, "" or a ⚠ text per row for any mix of cells', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((h) => fc.tuple(column(h), matrix(h, 4))),
        ([levels, roles]) => {
          const out = run(levels, roles);
          expect(out).toHaveLength(levels.length);
          for (const [cell] of out) {
            expect(isWellFormedResult(cell)).toBe(true);
            expect(
              cell === '' ||
                (typeof cell === 'number' && cell >= 0 && cell <= 2) ||
                String(cell).startsWith('⚠ '),
            ).toBe(true);
          }
        },
      ),
    );
  });
});

describe('checkCoverage of the first row of each deck function', () => {
  const checkMatrix = (rows: Parameters<typeof checkCoverage>[0]) => checkCoverage(rows);
  it('lists the deck’s row 7 as short of a backup and row 8 as missing its level', () => {
    const rows = DECK_MATRIX.map(([level, roles], i) => ({ name: `F${i + 1}`, level, roles }));
    const { total, attention } = checkMatrix([...rows, { name: '', level: '', roles: ['', ''] }]);
    expect(total).toBe(8);
    expect(attention).toEqual([
      { name: 'F7', gap: 1 },
      { name: 'F8', problem: expect.objectContaining({ code: 'noLevel' }) },
    ]);
  });

  it('counts a named function with nothing else as needing a level', () => {
    expect(checkMatrix([{ name: 'Отчёты', level: '', roles: [''] }]).attention).toEqual([
      { name: 'Отчёты', problem: expect.objectContaining({ code: 'noLevel' }) },
    ]);
  });
});

describe('checkCoverage', () => {
  const deck = DECK_ROWS.map((r) => ({ name: ru(r.function), level: ru(r.level), roles: rolesOf(r) }));
  const listed = (fbsFunctions.samples ?? []).map((r) => ({ name: ru(r.function), level: ru(r.level) }));

  it('reports the deck’s four continuation rows by sheet row, under the function they continue', () => {
    const { total, attention, continuations } = checkCoverage(deck);
    expect(total).toBe(8);
    expect(attention.map((a) => a.name)).toEqual([deck[10].name, deck[11].name]);
    expect(continuations).toEqual([
      { row: 5, of: deck[2].name },
      { row: 8, of: deck[5].name },
      { row: 9, of: deck[5].name },
      { row: 11, of: deck[8].name },
    ]);
  });

  it('lists the 11 functions of FBS Functions the deck’s matrix lacks, and no level differs in the samples', () => {
    const { missing, levelsDiffer } = checkCoverage(deck, listed);
    expect(missing).toHaveLength(11);
    expect(missing[0]).toBe(listed[8].name);
    expect(levelsDiffer).toEqual([]);
  });

  it('matches names as typed either way, and reports a level that differs', () => {
    const rows = [
      { name: '4. Холодные  ЗВОНКИ.', level: 2, roles: ['Владелец', '1 Бэкапер'] },
      { name: 'Отчёты', level: '', roles: ['Владелец', ''] },
    ];
    const report = checkCoverage(rows, [
      { name: 'Холодные звонки', level: '1' },
      { name: 'отчеты', level: 3 },
      { name: 'Холодные звонки', level: 3 },
      { name: '', level: 1 },
    ]);
    expect(report.missing).toEqual([]);
    expect(report.levelsDiffer).toEqual([{ name: 'Холодные звонки', listed: 1, matrix: 2 }]);
  });

  it('checks the gaps by the table given', () => {
    const rows = [{ name: 'Звонки', level: 3, roles: ['Владелец', ''] }];
    expect(checkCoverage(rows).attention).toEqual([]);
    expect(checkCoverage(rows, [], [2, 1, 1]).attention).toEqual([{ name: 'Звонки', gap: 1 }]);
  });

  it('keys a function by its words, without the deck’s number or final dot', () => {
    expect(functionKey('5. Консультирование клиентов (входящие звонки и визиты в офис).')).toBe(
      functionKey('консультирование клиентов (входящие звонки и визиты в офис)'),
    );
    expect(functionKey('8. Регулярный аудит отношений с клиентом. (лояльность)')).toBe(
      functionKey('Регулярный аудит отношений с клиентом (лояльность)'),
    );
  });

  it('never throws on anything typed, and counts each named row at most once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }).chain((h) => fc.tuple(column(h), column(h), matrix(h, 3))),
        ([names, levels, roles]) => {
          const rows = names.map(([name], i) => ({ name, level: levels[i][0], roles: roles[i] }));
          const report = checkCoverage(rows, rows);
          expect(report.total + report.continuations.length).toBeLessThanOrEqual(rows.length);
          expect(report.missing).toEqual([]);
        },
      ),
    );
  });
});
