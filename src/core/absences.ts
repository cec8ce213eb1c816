/**
 * The absence planner of the Full Backing System (docs/method.md): which functions the planned
 * absences leave short, period by period: those that stop apart from those left without reserve.
 */
import { readDay, readNonNegative } from './cells';
import { dayNumber } from './days';
import { type BackupTable, DEFAULT_BACKUPS, Level, type Shortfall, shortfall } from './backup';
import { mapRows, RowOf } from './columns';
import { CellProblem, type Conventions } from './vocabulary';
import {
  type NumberedFunction,
  type PlannedFunction,
  type Team,
  backupTableOr,
  readPlan,
  readTeam,
  resolveNames,
  splitNames,
} from './fbs';

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
