/**
 * Full Backing System (docs/method.md): every function of the commercial service has an
 * owner and, by its criticality, enough backups to keep working when people are missing.
 */
import { isBlank, readNonNegative } from './cells';
import { type RowOf, toGrid } from './columns';
import { Cell, CellProblem, type Conventions } from './vocabulary';
import { normalizeWords } from './words';

export type Level = 1 | 2 | 3;
export type Role = 'owner' | 'backup';

/** The backups required at levels 1, 2 and 3, in that order (the FBS Levels sheet's column). */
export type BackupTable = readonly [number, number, number];

/** The method's table: level 1 (highest) needs 2 or more backups, level 2 one, level 3 none. */
export const DEFAULT_BACKUPS: BackupTable = [2, 1, 0];

/** Backups required at a level, by the table given (the method's by default). */
export function requiredBackups(level: Level, table: BackupTable = DEFAULT_BACKUPS): number {
  return table[level - 1];
}

/**
 * The table of required backups as typed: three whole numbers for levels 1, 2 and 3, in a column
 * or a row, blanks after them ignored (a whole sheet column may be passed). A blank keeps the
 * method's number for its level; nothing at all keeps the method's table.
 */
export function readBackupTable(value: unknown, arg: string, conv: Conventions): BackupTable {
  const cells = value === undefined ? [] : toGrid(value).flat();
  let last = cells.length;
  while (last > 0 && isBlank(cells[last - 1])) last--;
  if (last > 3) throw new CellProblem('threeLevels', arg, cells[3]);
  const table = [...DEFAULT_BACKUPS] as [number, number, number];
  for (let i = 0; i < last; i++) {
    const n = readNonNegative(cells[i], arg, conv);
    if (n === undefined) continue;
    if (!Number.isInteger(n)) throw new CellProblem('notWhole', arg, cells[i]);
    table[i] = n;
  }
  return table;
}

/** A level as a number or as a text holding exactly one such digit ("2", "Высший (1)"). */
export function readLevel(cell: Cell, arg: string): Level | undefined {
  if (isBlank(cell)) return undefined;
  let n: number | undefined;
  if (typeof cell === 'number') n = cell;
  // A lone character needs no search for digits: ten thousand levels typed "1", "2" or "3".
  else if (typeof cell === 'string' && cell.length === 1) n = Number(cell);
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
export function backupGap(
  level: Level,
  roles: readonly Role[],
  table: BackupTable = DEFAULT_BACKUPS,
): number {
  const backups = roles.filter((r) => r === 'backup').length;
  return Math.max(0, requiredBackups(level, table) - backups);
}

export const BACKUP_GAP_ARGS = { level: 'cell', roles: 'row' } as const;

function gapOfRow(row: RowOf<typeof BACKUP_GAP_ARGS>, table: BackupTable | CellProblem): number | undefined {
  const level = readLevel(row.level, 'level');
  const roles = row.roles.map((c) => readRole(c, 'roles')).filter((r): r is Role => r !== undefined);
  if (level === undefined && roles.length === 0) return undefined;
  // A table that can't be read stands on every row: no count can be trusted without it.
  if (table instanceof CellProblem) throw table;
  if (level === undefined) throw new CellProblem('noLevel', 'level');
  if (!roles.includes('owner')) throw new CellProblem('noOwner', 'roles');
  return backupGap(level, roles, table);
}

/** The rule of =BACKUP_GAP() rows with its table of required backups (blank: the method's). */
export function backupGapRule(
  required: unknown,
  conv: Conventions,
): (row: RowOf<typeof BACKUP_GAP_ARGS>) => number | undefined {
  let table: BackupTable | CellProblem;
  try {
    table = readBackupTable(required, 'required_backups', conv);
  } catch (e) {
    if (!(e instanceof CellProblem)) throw e;
    table = e;
  }
  return (row) => gapOfRow(row, table);
}

/**
 * What an absence does to a function: **stopped** when no holder is present, **no reserve** when
 * holders are present but fewer than an owner plus the backups its level requires. Level 3 can
 * wait, unless the table asks backups of it.
 */
export type Shortfall = 'stopped' | 'noReserve';

/** Whether absences of a level's functions count at all: levels 1 and 2 always, level 3 when it requires backups. */
export function levelCounts(level: Level, table: BackupTable = DEFAULT_BACKUPS): boolean {
  return level !== 3 || table[2] > 0;
}

/** The shortfall of a function of `level` with `present` holders not away; undefined when it is fine. */
export function shortfall(
  level: Level,
  present: number,
  table: BackupTable = DEFAULT_BACKUPS,
): Shortfall | undefined {
  if (!levelCounts(level, table)) return undefined;
  if (present <= 0) return 'stopped';
  return present < 1 + requiredBackups(level, table) ? 'noReserve' : undefined;
}

export interface MatrixRow {
  readonly name: Cell;
  readonly level: Cell;
  readonly roles: readonly Cell[];
}

/** A function of the matrix that needs attention: backups missing, or a ⚠ problem. */
export type FunctionCheck =
  { readonly name: string; readonly gap: number } | { readonly name: string; readonly problem: CellProblem };

/** A row of the matrix with roles but neither name nor level: the deck's way of continuing the function above. */
export interface Continuation {
  /** The sheet's row (the header is row 1). */
  readonly row: number;
  /** The function above it, as named there ('' when none is). */
  readonly of: string;
}

/** A function of FBS Functions: its name and level as typed. */
export interface ListedFunction {
  readonly name: Cell;
  readonly level: Cell;
}

/** A function whose level on FBS Functions is not its level in the matrix. */
export interface LevelMismatch {
  readonly name: string;
  readonly listed: Level;
  readonly matrix: Level;
}

export interface CoverageReport {
  /** Functions of the matrix counted: named rows, and unnamed ones with a level. */
  readonly total: number;
  readonly attention: FunctionCheck[];
  readonly continuations: Continuation[];
  /** Functions of FBS Functions that no row of the matrix names. */
  readonly missing: string[];
  readonly levelsDiffer: LevelMismatch[];
}

/** A function's name for matching the two sheets: words normalized, the deck's "3." before it and a final dot dropped. */
export function functionKey(name: Cell): string {
  return normalizeWords(String(name ?? ''))
    .replace(/^\d+\s*[.)]\s*/, '')
    .replace(/\s*\.\s*(?=\()/g, ' ')
    .replace(/\.$/, '')
    .trim();
}

function levelOrUndefined(cell: Cell): Level | undefined {
  try {
    return readLevel(cell, 'level');
  } catch (e) {
    if (e instanceof CellProblem) return undefined;
    throw e;
  }
}

/**
 * The whole of "Check FBS coverage": per function of the matrix, backups missing or a problem; the
 * continuation rows (roles under a function, with neither name nor level); the functions of FBS
 * Functions the matrix lacks; and the functions whose level differs between the two sheets.
 */
export function checkCoverage(
  rows: readonly MatrixRow[],
  listed: readonly ListedFunction[] = [],
  table: BackupTable = DEFAULT_BACKUPS,
): CoverageReport {
  let total = 0;
  const attention: FunctionCheck[] = [];
  const continuations: Continuation[] = [];
  const inMatrix = new Map<string, Level | undefined>();
  let above = '';
  rows.forEach((row, i) => {
    const name = isBlank(row.name) ? '' : String(row.name).trim();
    const hasRole = row.roles.some((c) => !isBlank(c));
    if (name === '' && isBlank(row.level) && hasRole) {
      continuations.push({ row: i + 2, of: above });
      return;
    }
    if (name !== '') {
      above = name;
      const key = functionKey(name);
      if (!inMatrix.has(key)) inMatrix.set(key, levelOrUndefined(row.level));
    }
    try {
      const gap = gapOfRow({ level: row.level, roles: row.roles }, table);
      if (gap === undefined && name === '') return;
      total++;
      if (gap === undefined) attention.push({ name, problem: new CellProblem('noLevel', 'level') });
      else if (gap > 0) attention.push({ name, gap });
    } catch (e) {
      if (!(e instanceof CellProblem)) throw e;
      total++;
      attention.push({ name, problem: e });
    }
  });
  const missing: string[] = [];
  const levelsDiffer: LevelMismatch[] = [];
  const seen = new Set<string>();
  for (const f of listed) {
    const name = isBlank(f.name) ? '' : String(f.name).trim();
    const key = functionKey(name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    if (!inMatrix.has(key)) {
      missing.push(name);
      continue;
    }
    const listedLevel = levelOrUndefined(f.level);
    const matrixLevel = inMatrix.get(key);
    if (listedLevel !== undefined && matrixLevel !== undefined && listedLevel !== matrixLevel)
      levelsDiffer.push({ name, listed: listedLevel, matrix: matrixLevel });
  }
  return { total, attention, continuations, missing, levelsDiffer };
}
