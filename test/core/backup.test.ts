import fc from 'fast-check';
import {
  BACKUP_GAP_ARGS,
  backupGap,
  backupGapRow,
  checkMatrix,
  readLevel,
  readRole,
  requiredBackups,
  roleReader,
} from '../../src/core/backup';
import { column, isWellFormedResult, matrix } from '../support/arbitraries';
import { DECK_MATRIX, deckLevels, deckRoles } from '../support/fixtures';
import { runColumn } from '../../src/addon/functions/column';
import { sheetIn } from '../support/sheets';

const run = (level: unknown, roles: unknown, lang: 'ru' | 'en' = 'en') =>
  runColumn(sheetIn(lang), 'BACKUP_GAP', BACKUP_GAP_ARGS, { level, roles }, backupGapRow, (gap) => gap);

describe('requiredBackups and backupGap', () => {
  it('asks 2 backups at level 1, 1 at level 2, none at level 3', () => {
    expect([1, 2, 3].map((l) => requiredBackups(l as 1 | 2 | 3))).toEqual([2, 1, 0]);
  });

  it('counts missing backups and never goes below zero; owners are not backups', () => {
    expect(backupGap(1, ['owner'])).toBe(2);
    expect(backupGap(1, ['owner', 'backup'])).toBe(1);
    expect(backupGap(1, ['owner', 'backup', 'backup', 'backup'])).toBe(0);
    expect(backupGap(2, ['owner', 'owner', 'owner'])).toBe(1);
    expect(backupGap(3, ['owner'])).toBe(0);
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

describe('backupGapRow', () => {
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

describe('checkMatrix', () => {
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
