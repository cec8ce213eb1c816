/**
 * Full Backing System (docs/method.md): every function of the commercial service has an
 * owner and, by its criticality, enough backups to keep working when people are missing.
 */
import { isBlank } from './cells';
import type { RowOf } from './columns';
import { Cell, CellProblem } from './vocabulary';
import { normalizeWords } from './words';

export type Level = 1 | 2 | 3;
export type Role = 'owner' | 'backup';

/** Level 1 (highest) needs 2 or more backups, level 2 one, level 3 none. */
export function requiredBackups(level: Level): number {
  return level === 1 ? 2 : level === 2 ? 1 : 0;
}

/** A level as a number or as a text holding exactly one such digit ("2", "Высший (1)"). */
export function readLevel(cell: Cell, arg: string): Level | undefined {
  if (isBlank(cell)) return undefined;
  let n: number | undefined;
  if (typeof cell === 'number') n = cell;
  else if (typeof cell === 'string') {
    const digits = cell.match(/\d/g);
    if (digits && digits.length === 1) n = Number(digits[0]);
  }
  if (n === 1 || n === 2 || n === 3) return n;
  throw new CellProblem('level', arg, cell);
}

const OWNER = /^(владелец|owner)$/;
const BACKUP = /^(?:[12]\s*)?(?:бэкапер|бекапер|бэкап|бекап|backup|back-up|back up)(?:\s*[12])?$/;

/** A matrix cell in either language, any case; undefined for a blank. */
export function readRole(cell: Cell, arg: string): Role | undefined {
  if (isBlank(cell)) return undefined;
  const s = normalizeWords(String(cell));
  if (OWNER.test(s)) return 'owner';
  if (BACKUP.test(s)) return 'backup';
  throw new CellProblem('unknownRole', arg, cell);
}

export type RoleReader = (cell: Cell) => Role | undefined;

/**
 * readRole for a whole matrix: it repeats a handful of texts, so each is read once
 * (a 100 × 300 matrix is 30 000 cells). Unknown roles are not kept: they throw every time.
 */
export function roleReader(arg: string): RoleReader {
  const known = new Map<Cell, Role | undefined>();
  return (cell) => {
    if (known.has(cell)) return known.get(cell);
    const role = readRole(cell, arg);
    known.set(cell, role);
    return role;
  };
}

/** Missing backups of one function; extra owners don't stand in for backups. */
export function backupGap(level: Level, roles: readonly Role[]): number {
  const backups = roles.filter((r) => r === 'backup').length;
  return Math.max(0, requiredBackups(level) - backups);
}

export const BACKUP_GAP_ARGS = { level: 'cell', roles: 'row' } as const;

/** One row of =BACKUP_GAP(); undefined when the row has neither level nor roles. */
export function backupGapRow(row: RowOf<typeof BACKUP_GAP_ARGS>): number | undefined {
  const level = readLevel(row.level, 'level');
  const roles = row.roles.map((c) => readRole(c, 'roles')).filter((r): r is Role => r !== undefined);
  if (level === undefined && roles.length === 0) return undefined;
  if (level === undefined) throw new CellProblem('noLevel', 'level');
  if (!roles.includes('owner')) throw new CellProblem('noOwner', 'roles');
  return backupGap(level, roles);
}

export interface MatrixRow {
  readonly name: Cell;
  readonly level: Cell;
  readonly roles: readonly Cell[];
}

/** A function of the matrix that needs attention: backups missing, or a ⚠ problem. */
export type FunctionCheck =
  { readonly name: string; readonly gap: number } | { readonly name: string; readonly problem: CellProblem };

/** The whole matrix at once for "Check FBS coverage": functions counted, and those needing attention. */
export function checkMatrix(rows: readonly MatrixRow[]): { total: number; attention: FunctionCheck[] } {
  let total = 0;
  const attention: FunctionCheck[] = [];
  for (const row of rows) {
    const name = String(row.name ?? '').trim();
    try {
      const gap = backupGapRow({ level: row.level, roles: row.roles });
      if (gap === undefined && name === '') continue;
      total++;
      if (gap === undefined) attention.push({ name, problem: new CellProblem('noLevel', 'level') });
      else if (gap > 0) attention.push({ name, gap });
    } catch (e) {
      if (!(e instanceof CellProblem)) throw e;
      total++;
      attention.push({ name, problem: e });
    }
  }
  return { total, attention };
}
