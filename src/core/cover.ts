/**
 * Full Backing System (docs/method.md), a service that keeps working when staff are short,
 * seen from a client's side: when its manager is away on the day something is to be done,
 * the colleague the FBS plan names as that manager's backup does it; with nobody named, or
 * everybody named away too, the client is uncovered and must be said so.
 */
import { isBlank } from './cells';
import { type DayCell, keyReader, madeOnce, shownText } from './tables';
import type { Cell } from './vocabulary';

/** One planned absence of one person, both days included. */
export interface AbsenceSpan {
  readonly person: string;
  readonly from: number;
  readonly to: number;
  readonly reason: string;
}

/** Why an absence row can't be used: a day missing, a day that is no date, or the last before the first. */
export type AbsenceFault = 'missing' | 'notDate' | 'beforeStart';

/** An absence row that can't be used: its person, what is wrong, and the cell at fault. */
export interface BadAbsence {
  readonly person: string;
  readonly personKey: string;
  readonly fault: AbsenceFault;
  readonly value: Cell;
}

/** Absences of one person, by first day, with the furthest-reaching one so far at each position. */
interface Timeline {
  readonly spans: AbsenceSpan[];
  readonly reach: number[];
}

const NAME_SEPARATORS = /[,;\n]/;

/** Names typed in one cell: one name, or several separated by commas, semicolons or new lines. */
export function namesIn(cell: Cell): string[] {
  if (isBlank(cell)) return [];
  return String(cell)
    .split(NAME_SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Who is away when: per person, absences sorted once, so each question costs a binary search. */
export class AbsenceIndex {
  private readonly people = new Map<string, Timeline>();

  constructor(spans: ReadonlyArray<AbsenceSpan & { readonly key: string }>) {
    const byPerson = new Map<string, AbsenceSpan[]>();
    for (const s of spans) {
      const list = byPerson.get(s.key);
      if (list) list.push(s);
      else byPerson.set(s.key, [s]);
    }
    for (const [key, list] of byPerson) {
      list.sort((a, b) => a.from - b.from);
      const reach: number[] = [];
      list.forEach((s, i) => reach.push(i > 0 && list[reach[i - 1]].to >= s.to ? reach[i - 1] : i));
      this.people.set(key, { spans: list, reach });
    }
  }

  /** The absence that keeps the person away on `day`, if any. */
  awayOn(key: string, day: number): AbsenceSpan | undefined {
    const t = this.people.get(key);
    if (!t) return undefined;
    let lo = 0;
    let hi = t.spans.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (t.spans[mid].from <= day) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (last < 0) return undefined;
    // Of the absences begun by then, the one reaching furthest is the only one that can still cover the day.
    const furthest = t.spans[t.reach[last]];
    return furthest.to >= day ? furthest : undefined;
  }
}

export interface AbsenceColumns {
  readonly names: readonly Cell[];
  readonly from: readonly Cell[];
  readonly to: readonly Cell[];
  readonly reasons: readonly Cell[];
}

/** The first and last day of an absence row, or what is wrong with them. */
function spanOf(
  fromCell: Cell,
  toCell: Cell,
  day: (cell: Cell) => DayCell,
): { from: number; to: number } | { fault: AbsenceFault; value: Cell } {
  const from = day(fromCell);
  const to = day(toCell);
  if (!from || !to) return { fault: 'missing', value: '' };
  if ('bad' in from) return { fault: 'notDate', value: from.bad };
  if ('bad' in to) return { fault: 'notDate', value: to.bad };
  if (to.day < from.day) return { fault: 'beforeStart', value: toCell };
  return { from: from.day, to: to.day };
}

/**
 * The absences of the FBS Absences sheet; a row whose first or last day is missing or not a
 * day, or whose last day comes before its first, is set aside as bad rather than guessed at.
 */
export function readAbsences(
  c: AbsenceColumns,
  day: (cell: Cell) => DayCell,
): { index: AbsenceIndex; bad: BadAbsence[] } {
  const key = keyReader();
  const spans: Array<AbsenceSpan & { key: string }> = [];
  const bad: BadAbsence[] = [];
  c.names.forEach((cell, i) => {
    const people = namesIn(cell);
    if (people.length === 0) return;
    const span = spanOf(c.from[i], c.to[i], day);
    const reason = shownText(c.reasons[i]);
    for (const person of people) {
      if ('fault' in span) bad.push({ person, personKey: key(person), ...span });
      else spans.push({ key: key(person), person, ...span, reason });
    }
  });
  return { index: new AbsenceIndex(spans), bad };
}

/** A colleague named as a backup: as typed, and the key to find their absences by. */
export interface Backup {
  readonly name: string;
  readonly key: string;
}

/** Per employee of the FBS plan, the colleagues named to back them up (the first row that names any). */
export function readBackups(employees: readonly Cell[], backups: readonly Cell[]): Map<string, Backup[]> {
  const key = keyReader();
  const plan = new Map<string, Backup[]>();
  employees.forEach((cell, i) => {
    const k = key(cell);
    if (k === '' || plan.has(k)) return;
    const names = namesIn(backups[i]).map((name) => ({ name, key: key(name) }));
    if (names.length > 0) plan.set(k, names);
  });
  return plan;
}

/** Who does a manager's action on a day. */
export type Cover =
  | { readonly kind: 'own' }
  | { readonly kind: 'noManager' }
  | {
      readonly kind: 'backup';
      readonly backup: string;
      readonly backupKey: string;
      readonly away: AbsenceSpan;
    }
  | {
      readonly kind: 'uncovered';
      readonly away: AbsenceSpan;
      /** Backups named in the plan who are away that day too. */
      readonly backupsAway: readonly string[];
    };

export interface Staffing {
  readonly absences: AbsenceIndex;
  readonly backups: ReadonlyMap<string, readonly Backup[]>;
}

const NO_MANAGER: Cover = { kind: 'noManager' };
const OWN: Cover = { kind: 'own' };

/** Who covers a manager (by key) on `day`: the manager, else the first backup named who is not away. */
export function coverOn(managerKey: string, day: number, s: Staffing): Cover {
  if (managerKey === '') return NO_MANAGER;
  const away = s.absences.awayOn(managerKey, day);
  if (!away) return OWN;
  const backupsAway: string[] = [];
  for (const backup of s.backups.get(managerKey) ?? []) {
    if (backup.key === managerKey) continue;
    if (s.absences.awayOn(backup.key, day)) backupsAway.push(backup.name);
    else return { kind: 'backup', backup: backup.name, backupKey: backup.key, away };
  }
  return { kind: 'uncovered', away, backupsAway };
}

/**
 * coverOn for a whole agenda: a manager away covers all their clients' items of a day, so
 * each manager's cover on each day is worked out once, and is the same object every time.
 */
export function coverReader(s: Staffing): (managerKey: string, day: number) => Cover {
  const byManager = madeOnce((managerKey: string) => madeOnce((day: number) => coverOn(managerKey, day, s)));
  return (managerKey, day) => byManager(managerKey)(day);
}
