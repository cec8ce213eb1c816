/**
 * Custom functions: the Full Backing System: missing backups, cover under absences, key people, the absence planner.
 * Whole ranges in, one result per row out; the JSDoc is what Sheets shows in autocomplete.
 */
import { BACKUP_GAP_ARGS, backupGapRule } from '../../core/backup';
import { type AbsenceGapsArgs, type PeriodShort, absenceGaps } from '../../core/absences';
import { FBS_COVERAGE_ARGS, type NumberedFunction, coverageRule, keyPeopleOfPlan } from '../../core/fbs';
import { CellProblem } from '../../core/vocabulary';
import { type Lang, texts } from '../../i18n';

type FbsTexts = (typeof texts)[Lang]['fbs'];
import { type SheetContext, sheetContext } from '../locale';
import { asNumber, problemText, runColumn, withShapeErrors } from './column';

/**
 * Counts the backups a function of the sales service is missing (Full Backing System): by the method level 1 needs 2, level 2 needs 1, level 3 none; the FBS Levels sheet may ask otherwise.
 *
 * @param {number|string|Array<Array<string>>} level The function's criticality: 1, 2 or 3. A column for many functions.
 * @param {Array<Array<string>>} roles The function's row of the function × employee matrix: Owner, Backup 1, Backup 2 or blank.
 * @param {Array<Array<number>>} [required_backups] The backups required at levels 1, 2 and 3: three numbers in a column or a row, one table for every row (the FBS Levels sheet's column). Blank keeps 2, 1, 0.
 * @return The number of missing backups per row, or a ⚠ text when the row has no owner, no level or an unknown role.
 * @customfunction
 * @see Full Backing System (docs/method.md#full-backing-system)
 * @example =BACKUP_GAP(2; {"Владелец" \ "Владелец" \ "Владелец"}) → 1
 *   Three owners and no backup; level 2 needs one.
 * @example =BACKUP_GAP(1; {"Владелец" \ "1 Бэкапер" \ ""}) → 1
 * @example =BACKUP_GAP(1; {"" \ "1 Бэкапер" \ ""}) → ⚠ роли: у функции нет владельца
 * @example =BACKUP_GAP(3; {"Владелец" \ "" \ ""}; {2; 1; 1}) → 1
 *   A table that asks one backup at level 3 too.
 * @example =BACKUP_GAP(B2:B20; C2:G20; 'FBS Уровни'!D2:D4) → (one number per function)
 */
export function BACKUP_GAP(
  level: unknown,
  roles: unknown,
  required_backups?: unknown,
): Array<[string | number]> {
  return backupGapColumn(sheetContext(), { level, roles, required_backups });
}

/** =BACKUP_GAP() in a spreadsheet: per function row, the backups missing by the table given. */
export function backupGapColumn(
  sheet: SheetContext,
  args: { readonly level: unknown; readonly roles: unknown; readonly required_backups?: unknown },
): Array<[string | number]> {
  return runColumn(
    sheet,
    'BACKUP_GAP',
    BACKUP_GAP_ARGS,
    { level: args.level, roles: args.roles },
    backupGapRule(args.required_backups, sheet.conv),
    asNumber,
  );
}

/**
 * Counts, per function, the people not absent who hold a role in it (Full Backing System).
 *
 * @param {Array<Array<string>>} roles The function × employee matrix: Owner, Backup 1, Backup 2 or blank.
 * @param {Array<Array<string>>} employees The employees' names, one per column of roles (a header row or a column).
 * @param {string|Array<Array<string>>} [absent] Names of absent people: a range, or a text list separated by commas, semicolons or new lines.
 * @return The number of holders present per function row; empty for a row without roles.
 * @customfunction
 * @see Full Backing System (docs/method.md#full-backing-system)
 * @example =FBS_COVERAGE({"Владелец" \ "" \ "1 Бэкапер"; "" \ "Владелец" \ ""}; {"Анна" \ "Иван" \ "Олег"}; "Иван") → 2 / 0
 *   With Иван away, nobody is left for the second function.
 * @example =FBS_COVERAGE({"Владелец" \ "" \ "1 Бэкапер"}; {"Анна" \ "Иван" \ "Олег"}; "Ивнов") → ⚠ отсутствующие: «Ивнов» — нет среди сотрудников
 *   A misspelt name can't pass for full coverage.
 * @example =FBS_COVERAGE(C2:G9; C1:G1; J2:J6) → (holders present, per function)
 *   The names of the absent in J2:J6.
 */
export function FBS_COVERAGE(roles: unknown, employees: unknown, absent?: unknown): Array<[string | number]> {
  return fbsCoverage(sheetContext(), { roles, employees, absent });
}

/**
 * Lists the employees whose absence alone leaves a function short of cover: how many functions stop without them (they are the only holder) and how many are left without reserve (holders remain, fewer than an owner plus the backups required).
 *
 * @param {number|string|Array<Array<number>>} levels The functions' criticality: 1, 2 or 3, one per row of roles.
 * @param {Array<Array<string>>} roles The function × employee matrix: Owner, Backup 1, Backup 2 or blank.
 * @param {Array<Array<string>>} employees The employees' names, one per column of roles (a header row or a column).
 * @param {Array<Array<number>>} [required_backups] The backups required at levels 1, 2 and 3 (the FBS Levels sheet's column); blank keeps 2, 1, 0.
 * @param {boolean} [no_reserve] TRUE: three columns, the functions that stop apart from those left without reserve. Blank or FALSE: two columns, name and the functions left short either way.
 * @return Per key person, name and the functions left short (with no_reserve: those that stop, then those left without reserve); those who stop most come first; rows that can't be read come first as ⚠ texts.
 * @customfunction
 * @see Full Backing System (docs/method.md#full-backing-system)
 * @example =FBS_KEY_PEOPLE({1; 2}; {"Владелец" \ "1 Бэкапер" \ "2 Бэкапер"; "Владелец" \ "" \ ""}; {"Анна" \ "Иван" \ "Олег"}) → Анна | 2 / Иван | 1 / Олег | 1
 *   Without Анна the second function stops and the first loses its reserve.
 * @example =FBS_KEY_PEOPLE({1; 2}; {"Владелец" \ "1 Бэкапер" \ "2 Бэкапер"; "Владелец" \ "" \ ""}; {"Анна" \ "Иван" \ "Олег"}; {2; 1; 0}; TRUE) → Анна | 1 | 1 / Иван | 0 | 1 / Олег | 0 | 1
 *   Any one absence leaves the first function without reserve.
 * @example =FBS_KEY_PEOPLE(B2:B9; C2:G9; C1:G1; 'FBS Уровни'!D2:D4; TRUE) → (name | stop | without reserve)
 */
export function FBS_KEY_PEOPLE(
  levels: unknown,
  roles: unknown,
  employees: unknown,
  required_backups?: unknown,
  no_reserve?: unknown,
): Array<Array<string | number>> {
  return fbsKeyPeople(sheetContext(), { levels, roles, employees, required_backups, no_reserve });
}

/**
 * Absence planner: for each period, the level-1 and level-2 functions left short of cover by the people absent in it: those that stop (no holder present) named apart from those left without reserve.
 *
 * @param {Array<Array<string>>} functions The functions' names, one per row of roles.
 * @param {number|string|Array<Array<number>>} levels The functions' criticality: 1, 2 or 3, one per row of roles.
 * @param {Array<Array<string>>} roles The function × employee matrix: Owner, Backup 1, Backup 2 or blank.
 * @param {Array<Array<string>>} employees The employees' names, one per column of roles (a header row or a column).
 * @param {Array<Array<string>>} absence_names Who is absent, one absence per row (a name or a list of names).
 * @param {Array<Array<Date>>} absence_from First day of each absence.
 * @param {Array<Array<Date>>} absence_to Last day of each absence.
 * @param {Array<Array<Date>>} period_starts First day of each period, e.g. each Monday. A column.
 * @param {number} [period_days] Length of each period in days; default 7.
 * @param {Array<Array<number>>} [required_backups] The backups required at levels 1, 2 and 3 (the FBS Levels sheet's column); blank keeps 2, 1, 0.
 * @return Two columns per period: the number of functions left short, and their names joined by "; ", first those that stop, then those without reserve.
 * @customfunction
 * @see Full Backing System (docs/method.md#full-backing-system)
 * @example =FBS_ABSENCE_GAPS({"Холодные звонки"; "Консультирование"}; {1; 2}; {"Владелец" \ "1 Бэкапер" \ "2 Бэкапер"; "Владелец" \ "" \ "1 Бэкапер"}; {"Анна" \ "Иван" \ "Олег"}; {"Иван"; "Анна, Олег"}; {"2026-12-01"; "2026-12-14"}; {"2026-12-02"; "2026-12-18"}; {"2026-11-30"; "2026-12-07"; "2026-12-14"}) → 1 | Без резерва: Холодные звонки. / 0 / 2 | Встанут: Консультирование. Без резерва: Холодные звонки.
 *   Three weeks: Иван away in the first, nobody in the second, Анна and Олег in the third, so nobody is left for consulting.
 * @example =FBS_ABSENCE_GAPS(A2:A9; B2:B9; C2:G9; C1:G1; J2:J40; K2:K40; L2:L40; N2:N366; 1) → (count | names, per day)
 *   The absences (who, from, to) in J:L, one day per period in N.
 */
export function FBS_ABSENCE_GAPS(
  functions: unknown,
  levels: unknown,
  roles: unknown,
  employees: unknown,
  absence_names: unknown,
  absence_from: unknown,
  absence_to: unknown,
  period_starts: unknown,
  period_days?: unknown,
  required_backups?: unknown,
): Array<[string | number, string]> {
  return fbsAbsenceGaps(sheetContext(), {
    functions,
    levels,
    roles,
    employees,
    absence_names,
    absence_from,
    absence_to,
    period_starts,
    period_days,
    required_backups,
  });
}

/** =FBS_COVERAGE() in a spreadsheet: per function row, the holders not absent. */
export function fbsCoverage(
  sheet: SheetContext,
  args: { readonly roles: unknown; readonly employees: unknown; readonly absent: unknown },
): Array<[string | number]> {
  return runColumn(
    sheet,
    'FBS_COVERAGE',
    FBS_COVERAGE_ARGS,
    { roles: args.roles },
    coverageRule(args.employees, args.absent),
    asNumber,
  );
}

/**
 * =FBS_KEY_PEOPLE() in a spreadsheet: the ⚠ rows, then "name | functions left short", or when
 * asked "name | functions that stop | functions left without reserve".
 */
export function fbsKeyPeople(
  sheet: SheetContext,
  args: Parameters<typeof keyPeopleOfPlan>[0],
): Array<Array<string | number>> {
  return withShapeErrors(sheet.lang, 'FBS_KEY_PEOPLE', () => {
    const { problems, noReserveShown, people } = keyPeopleOfPlan(args, sheet.conv);
    const width = noReserveShown ? 3 : 2;
    const out: Array<Array<string | number>> = [
      ...problems.map((p) => [problemText(p, sheet), ...new Array<string>(width - 1).fill('')]),
      ...people.map((p) =>
        noReserveShown ? [p.name, p.stops, p.noReserve] : [p.name, p.stops + p.noReserve],
      ),
    ];
    return out.length > 0 ? out : [new Array<string>(width).fill('')];
  });
}

/** =FBS_ABSENCE_GAPS() in a spreadsheet: per period row, "count | names of the short functions". */
export function fbsAbsenceGaps(sheet: SheetContext, args: AbsenceGapsArgs): Array<[string | number, string]> {
  const t = texts[sheet.lang];
  return withShapeErrors(sheet.lang, 'FBS_ABSENCE_GAPS', () => {
    const shown = new Map<object, string>();
    return absenceGaps(args, sheet.conv).map((gaps): [string | number, string] => {
      if (gaps === undefined) return ['', ''];
      if (gaps instanceof CellProblem) return [problemText(gaps, sheet), ''];
      let text = shown.get(gaps);
      if (text === undefined) shown.set(gaps, (text = shortText(gaps, t.fbs)));
      return [gaps.stopped.length + gaps.noReserve.length, text];
    });
  });
}

/** "Stop: A; B. No reserve: C", each part cut to stay inside one cell. */
function shortText(gaps: PeriodShort<NumberedFunction>, t: FbsTexts): string {
  const name = (f: NumberedFunction) => f.name || t.row(f.row);
  const stopped =
    gaps.stopped.length > 0 ? t.stopped(joinCapped(gaps.stopped.map(name), t.more, MAX_CELL_TEXT / 2)) : '';
  const noReserve =
    gaps.noReserve.length > 0
      ? t.noReserve(joinCapped(gaps.noReserve.map(name), t.more, MAX_CELL_TEXT / 2))
      : '';
  // Two lists of up to 25,000 characters each: put side by side, not copied once more by a join.
  return stopped && noReserve ? `${stopped} ${noReserve}` : stopped || noReserve;
}

/** A cell holds 50,000 characters; a list longer than that would fail the whole call. */
export const MAX_CELL_TEXT = 50_000;

/** Names joined by "; ", cut before the cell's limit with "…and N more". */
export function joinCapped(
  names: readonly string[],
  more: (n: number) => string,
  limit: number = MAX_CELL_TEXT,
): string {
  const kept: string[] = [];
  let length = 0;
  for (let i = 0; i < names.length; i++) {
    const next = length + (i === 0 ? 0 : 2) + names[i].length;
    // Room for the tail and the words around the list: "; …and 123456 more" is well under 40 characters.
    if (next > limit - 40)
      return kept.length === 0 ? more(names.length) : `${kept.join('; ')}; ${more(names.length - i)}`;
    kept.push(names[i]);
    length = next;
  }
  return kept.join('; ');
}
