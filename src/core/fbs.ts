/**
 * Full Backing System (docs/method.md), a service that keeps working when staff are short: who covers each
 * function while people are away, whose absence alone leaves a critical function short,
 * and which functions planned absences leave short, period by period.
 */
import { isBlank, readDay, readFlagArgument, readNonNegative } from './cells';
import { dayNumber } from './days';
import {
  type BackupTable,
  DEFAULT_BACKUPS,
  Level,
  RoleReader,
  type Shortfall,
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

/** The columns of the people who hold a role (owner or backup) in one function row. */
export function readHolders(roles: readonly Cell[], team: Team, role: RoleReader): number[] {
  if (roles.length !== team.names.length)
    throw new ShapeError('names', 'employees', team.names.length, 'roles', roles.length);
  const holders: number[] = [];
  for (let j = 0; j < roles.length; j++) {
    const cell = roles[j];
    if (cell === '' || role(cell) === undefined) continue;
    // Nobody could be marked absent there, and a key person needs a name.
    if (team.names[j] === '') throw new CellProblem('unnamedHolder', 'employees');
    holders.push(j);
  }
  return holders;
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

/** A stretch of calendar days, both ends included. */
export interface DayRange {
  readonly from: number;
  readonly to: number;
}

export interface Absence extends DayRange {
  readonly columns: ReadonlySet<number>;
}

const ABSENCE_ARGS = { absence_names: 'cell', absence_from: 'cell', absence_to: 'cell' } as const;

/** One planned absence: who (one name or a list) and from which day to which, both included. */
function absenceRow(row: RowOf<typeof ABSENCE_ARGS>, team: Team, conv: Conventions): Absence | undefined {
  const names = splitNames(row.absence_names);
  const from = readDay(row.absence_from, 'absence_from', conv);
  const to = readDay(row.absence_to, 'absence_to', conv);
  if (names.length === 0 && !from && !to) return undefined;
  if (names.length === 0) throw new CellProblem('missing', 'absence_names');
  if (!from) throw new CellProblem('missing', 'absence_from');
  if (!to) throw new CellProblem('missing', 'absence_to');
  if (to < from) throw new CellProblem('beforeStart', 'absence_to', row.absence_to);
  return {
    columns: resolveNames(names, team, 'absence_names'),
    from: dayNumber(from),
    to: dayNumber(to),
  };
}

/** The functions a period leaves short, in matrix order: those stopped, and those left without reserve. */
export interface PeriodShort<F> {
  readonly stopped: readonly F[];
  readonly noReserve: readonly F[];
}

/** The people absent at some point of the period: for a plan, all of them count as out the whole period. */
export function awayIn(absences: readonly Absence[], period: DayRange): Set<number> {
  const away = new Set<number>();
  for (const a of absences) {
    if (a.from <= period.to && a.to >= period.from) a.columns.forEach((j) => away.add(j));
  }
  return away;
}

/**
 * The plan's functions, indexed for many periods: each function's shortfall with everybody
 * present, and per person the functions they hold, so a period only looks again at the
 * functions of the people away in it. Levels, holder counts and those lists sit in flat
 * arrays: a plan of ten thousand functions is looked at again for every distinct week.
 */
export class ShortfallIndex<F extends PlannedFunction> {
  /** Per function, its shortfall with everybody present: 0 none, 1 stopped, 2 no reserve. */
  private readonly base: Uint8Array;
  private readonly levels: readonly Level[];
  private readonly holders: Uint16Array;
  private readonly byPerson = new Map<number, number[]>();
  /** Per function, its holders away in the period being looked at, valid where `seen` holds its number. */
  private readonly awayHolders: Uint16Array;
  private readonly seen: Uint32Array;
  /** Per function, its shortfall in the period being looked at. */
  private readonly state: Uint8Array;
  private period = 0;

  constructor(
    private readonly functions: readonly F[],
    private readonly table: BackupTable = DEFAULT_BACKUPS,
  ) {
    this.base = new Uint8Array(functions.length);
    this.levels = functions.map((f) => f.level);
    this.holders = new Uint16Array(functions.length);
    this.awayHolders = new Uint16Array(functions.length);
    this.seen = new Uint32Array(functions.length);
    this.state = new Uint8Array(functions.length);
    functions.forEach((f, i) => {
      this.base[i] = code(shortfall(f.level, f.holders.length, table));
      this.holders[i] = f.holders.length;
      for (const j of f.holders) {
        const list = this.byPerson.get(j);
        if (list) list.push(i);
        else this.byPerson.set(j, [i]);
      }
    });
  }

  /** The functions left short while the people in `away` are out. */
  short(away: ReadonlySet<number>): PeriodShort<F> {
    const period = ++this.period;
    // A function's holders are distinct people, so counting it once per person away counts its holders away.
    for (const j of away) {
      for (const i of this.byPerson.get(j) ?? []) {
        if (this.seen[i] !== period) {
          this.seen[i] = period;
          this.awayHolders[i] = 0;
        }
        this.awayHolders[i]++;
      }
    }
    // Counted first, so each list is made once at its size (then filled from its end): a period may leave thousands short.
    const n = this.functions.length;
    const counts = [0, 0, 0];
    for (let i = 0; i < n; i++) {
      const s =
        this.seen[i] === period
          ? code(shortfall(this.levels[i], this.holders[i] - this.awayHolders[i], this.table))
          : this.base[i];
      this.state[i] = s;
      counts[s]++;
    }
    const stopped = new Array<F>(counts[1]);
    const noReserve = new Array<F>(counts[2]);
    for (let i = n - 1; i >= 0; i--) {
      if (this.state[i] === 1) stopped[--counts[1]] = this.functions[i];
      else if (this.state[i] === 2) noReserve[--counts[2]] = this.functions[i];
    }
    return { stopped, noReserve };
  }
}

const code = (s: Shortfall | undefined): number => (s === 'stopped' ? 1 : s === 'noReserve' ? 2 : 0);

export const DEFAULT_PERIOD_DAYS = 7;

const PERIOD_ARGS = { period_starts: 'cell', period_days: 'cell' } as const;

function periodRow(row: RowOf<typeof PERIOD_ARGS>, conv: Conventions): DayRange | undefined {
  const start = readDay(row.period_starts, 'period_starts', conv);
  const days = readNonNegative(row.period_days, 'period_days', conv) ?? DEFAULT_PERIOD_DAYS;
  if (days === 0) throw new CellProblem('notPositive', 'period_days', row.period_days);
  if (!Number.isInteger(days)) throw new CellProblem('notWhole', 'period_days', row.period_days);
  if (!start) return undefined;
  return { from: dayNumber(start), to: dayNumber(start) + days - 1 };
}

export interface AbsenceGapsArgs {
  readonly functions: unknown;
  readonly levels: unknown;
  readonly roles: unknown;
  readonly employees: unknown;
  readonly absence_names: unknown;
  readonly absence_from: unknown;
  readonly absence_to: unknown;
  readonly period_starts: unknown;
  readonly period_days: unknown;
  readonly required_backups?: unknown;
}

/** One period of =FBS_ABSENCE_GAPS(): blank, a problem, or the functions left short. */
export type PeriodGaps = undefined | CellProblem | PeriodShort<NumberedFunction>;

/**
 * Per period row, the functions left short. Any unreadable row of the matrix or of the
 * absences stands for every period, since the counts would otherwise look better than they are.
 */
export function absenceGaps(args: AbsenceGapsArgs, conv: Conventions): PeriodGaps[] {
  const team = readTeam(args.employees);
  const table = backupTableOr(args.required_backups, conv);
  const { functions, problems } = readPlan(args, team, conv);
  if (table instanceof CellProblem) problems.unshift(table);
  const index = new ShortfallIndex(functions, table instanceof CellProblem ? DEFAULT_BACKUPS : table);
  const seen = new Map<string, PeriodShort<NumberedFunction>>();
  const absences: Absence[] = [];
  mapRows(ABSENCE_ARGS, args, (row) => absenceRow(row, team, conv), conv).forEach((r, i) => {
    if (r instanceof CellProblem) problems.push(r.atRow(i + 1));
    else if (r) absences.push(r);
  });
  return mapRows(PERIOD_ARGS, args, periodRow, conv).map((period) => {
    if (period === undefined || period instanceof CellProblem) return period;
    if (problems.length > 0) return problems[0];
    // Weeks with the same people away share one answer (and, in the sheet, one text).
    const away = awayIn(absences, period);
    const key = [...away].sort((x, y) => x - y).join(',');
    let short = seen.get(key);
    if (!short) seen.set(key, (short = index.short(away)));
    return short;
  });
}
