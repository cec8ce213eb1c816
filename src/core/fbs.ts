/**
 * Full Backing System (docs/method.md), a service that keeps working when staff are short: who covers each
 * function while people are away, whose absence alone leaves a critical function short,
 * and which functions planned absences leave short, period by period.
 */
import { isBlank, readFlagArgument } from './cells';
import {
  type BackupTable,
  DEFAULT_BACKUPS,
  Level,
  RoleReader,
  readBackupTable,
  readLevel,
  roleReader,
  shortfall,
} from './backup';
import { mapRows, RowOf, toGrid } from './columns';
import { Cell, CellProblem, problemOr, ShapeError, type Conventions } from './vocabulary';
import { normalizeWords } from './words';

/** The employees header: names as shown, and the columns where each name (normalized) stands. */
export interface Team {
  readonly names: readonly string[];
  readonly columns: ReadonlyMap<string, readonly number[]>;
}

/** One header row or one column of names; any range is read across its rows. */
export function readTeam(employees: unknown): Team {
  const names = toGrid(employees)
    .flat()
    .map((c) => (isBlank(c) ? '' : String(c).trim()));
  const columns = new Map<string, number[]>();
  names.forEach((name, j) => {
    if (name === '') return;
    const key = normalizeWords(name);
    columns.set(key, [...(columns.get(key) ?? []), j]);
  });
  return { names, columns };
}

/** One row's holders as they are found, then copied out at their size. */
const gathered: number[] = [];

/** The columns of the people who hold a role (owner or backup) in one function row. */
export function readHolders(roles: readonly Cell[], team: Team, role: RoleReader): number[] {
  if (roles.length !== team.names.length)
    throw new ShapeError('names', 'employees', team.names.length, 'roles', roles.length);
  const holders = gathered;
  holders.length = 0;
  for (let j = 0; j < roles.length; j++) {
    const cell = roles[j];
    if (cell === '' || role(cell) === undefined) continue;
    // Nobody could be marked absent there, and a key person needs a name.
    if (team.names[j] === '') throw new CellProblem('unnamedHolder', 'employees');
    holders.push(j);
  }
  // An array pushed to keeps room for sixteen: ten thousand functions of two or three holders each.
  return holders.slice();
}

const NAME_SEPARATORS = /[,;\n]/;

/** Names typed in a range, or as a text list separated by commas, semicolons or new lines. */
export function splitNames(value: unknown): string[] {
  return toGrid(value)
    .flat()
    .filter((c) => !isBlank(c))
    .flatMap((c) => String(c).split(NAME_SEPARATORS))
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** The columns of the named people; names missing from the team fail together, so no typo goes unseen. */
export function resolveNames(names: readonly string[], team: Team, arg: string): Set<number> {
  const found = new Set<number>();
  const unknown: string[] = [];
  for (const name of names) {
    const columns = team.columns.get(normalizeWords(name));
    if (columns) columns.forEach((j) => found.add(j));
    else unknown.push(name);
  }
  if (unknown.length > 0) throw new CellProblem('unknownName', arg, unknown.join(', '));
  return found;
}

/** Holders present: those not in `away`. */
function presentCount(holders: readonly number[], away: ReadonlySet<number>): number {
  let n = 0;
  for (const j of holders) if (!away.has(j)) n++;
  return n;
}

export const FBS_COVERAGE_ARGS = { roles: 'row' } as const;

/** The rule of one =FBS_COVERAGE() row: the holders not absent; undefined for a row without roles. */
export function coverageRule(
  employees: unknown,
  absent: unknown,
): (row: RowOf<typeof FBS_COVERAGE_ARGS>) => number | undefined {
  const team = readTeam(employees);
  const away = problemOr(() => resolveNames(splitNames(absent), team, 'absent'));
  const role = roleReader('roles');
  return (row) => {
    const holders = readHolders(row.roles, team, role);
    if (holders.length === 0) return undefined;
    if (away instanceof CellProblem) throw away;
    return presentCount(holders, away);
  };
}

/** A function of the matrix with its level and the columns of its holders. */
export interface PlannedFunction {
  readonly name: string;
  readonly level: Level;
  readonly holders: readonly number[];
}

/** The required_backups argument of the FBS functions, read once per call; a problem stands for every row. */
export function backupTableOr(required: unknown, conv: Conventions): BackupTable | CellProblem {
  return problemOr(() => readBackupTable(required, 'required_backups', conv));
}

/** A planned function with the number of its row in the matrix (from 1), to name an unnamed one. */
export type NumberedFunction = PlannedFunction & { readonly row: number };

const PLAN_ARGS = { functions: 'cell', levels: 'cell', roles: 'row' } as const;

/**
 * One row of the matrix; undefined for a row without a level (a group heading, a blank, or a
 * function whose criticality is not set yet: BACKUP_GAP flags that one, and one unset level
 * must not hide the plan of every other function). A level that can't be read is a problem.
 */
function planRow(
  row: RowOf<typeof PLAN_ARGS>,
  number: number,
  team: Team,
  role: RoleReader,
): NumberedFunction | undefined {
  const level = readLevel(row.levels, 'levels');
  const holders = readHolders(row.roles, team, role);
  if (level === undefined) return undefined;
  return { name: isBlank(row.functions) ? '' : String(row.functions).trim(), level, holders, row: number };
}

/** The readable functions of the matrix, and the rows that could not be read (numbered from 1). */
export function readPlan(
  args: { readonly functions?: unknown; readonly levels: unknown; readonly roles: unknown },
  team: Team,
  conv: Conventions,
): { functions: NumberedFunction[]; problems: CellProblem[] } {
  const role = roleReader('roles');
  // mapRows reads the rows in order, so counting them numbers each function once, without a copy per row.
  let number = 0;
  const rows = mapRows(
    PLAN_ARGS,
    { ...args, functions: args.functions ?? '' },
    (row) => planRow(row, ++number, team, role),
    conv,
  );
  const functions: NumberedFunction[] = [];
  const problems: CellProblem[] = [];
  rows.forEach((r, i) => {
    if (r instanceof CellProblem) problems.push(r.atRow(i + 1));
    else if (r) functions.push(r);
  });
  return { functions, problems };
}

export interface KeyPerson {
  readonly column: number;
  /** Functions that stop when this person alone is away: they are its only holder. */
  readonly stops: number;
  /** Functions left without reserve when this person alone is away: holders remain, too few. */
  readonly noReserve: number;
}

/**
 * People whose absence alone leaves some function short (see Shortfall): those who stop
 * functions first, most first, then those who only take away a reserve.
 */
export function keyPeople(
  functions: readonly PlannedFunction[],
  teamSize: number,
  table: BackupTable = DEFAULT_BACKUPS,
): KeyPerson[] {
  const stops = new Array<number>(teamSize).fill(0);
  const noReserve = new Array<number>(teamSize).fill(0);
  for (const f of functions) {
    const left = shortfall(f.level, f.holders.length - 1, table);
    if (left === undefined) continue;
    const counts = left === 'stopped' ? stops : noReserve;
    for (const j of f.holders) counts[j]++;
  }
  const people: KeyPerson[] = [];
  for (let column = 0; column < teamSize; column++) {
    if (stops[column] + noReserve[column] > 0)
      people.push({ column, stops: stops[column], noReserve: noReserve[column] });
  }
  return people.sort((a, b) => b.stops - a.stops || b.noReserve - a.noReserve || a.column - b.column);
}

/**
 * What =FBS_KEY_PEOPLE() lists: the rows of the matrix that can't be read (so a typo can't
 * quietly drop someone from the list), then the key people by name, most stopped functions first.
 * Without `no_reserve` the people come as version 0.1 listed them, one count of the functions
 * their absence leaves short, stopped or without reserve: formulas written for it keep working.
 */
export function keyPeopleOfPlan(
  args: {
    readonly levels: unknown;
    readonly roles: unknown;
    readonly employees: unknown;
    readonly required_backups?: unknown;
    readonly no_reserve?: unknown;
  },
  conv: Conventions,
): {
  problems: CellProblem[];
  noReserveShown: boolean;
  people: Array<{ name: string; stops: number; noReserve: number }>;
} {
  const team = readTeam(args.employees);
  let noReserveShown: boolean;
  try {
    noReserveShown = readFlagArgument(args.no_reserve, 'no_reserve');
  } catch (e) {
    if (!(e instanceof CellProblem)) throw e;
    return { problems: [e], noReserveShown: false, people: [] };
  }
  const table = backupTableOr(args.required_backups, conv);
  const { functions, problems } = readPlan(args, team, conv);
  if (table instanceof CellProblem) return { problems: [table, ...problems], noReserveShown, people: [] };
  const people = keyPeople(functions, team.names.length, table).map((p) => ({
    name: team.names[p.column],
    stops: p.stops,
    noReserve: p.noReserve,
  }));
  return { problems, noReserveShown, people };
}
