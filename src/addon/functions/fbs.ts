/**
 * Custom functions: the Full Backing System: missing backups, cover under absences, key people, the absence planner.
 * Whole ranges in, one result per row out; the JSDoc is what Sheets shows in autocomplete.
 */
import { BACKUP_GAP_ARGS, backupGapRow } from '../../core/backup';
import {
  type AbsenceGapsArgs,
  FBS_COVERAGE_ARGS,
  absenceGaps,
  coverageRule,
  keyPeopleOfPlan,
} from '../../core/fbs';
import { CellProblem } from '../../core/vocabulary';
import { texts } from '../../i18n';
import { type SheetContext, sheetContext } from '../locale';
import { asNumber, problemText, runColumn, withShapeErrors } from './column';

/**
 * Counts the backups a function of the sales service is missing (Full Backing System): level 1 needs 2, level 2 needs 1, level 3 none.
 *
 * @param {number|string|Array<Array<string>>} level The function's criticality: 1, 2 or 3. A column for many functions.
 * @param {Array<Array<string>>} roles The function's row of the function × employee matrix: Owner, Backup 1, Backup 2 or blank.
 * @return The number of missing backups per row, or a ⚠ text when the row has no owner, no level or an unknown role.
 * @customfunction
 * @see Full Backing System (docs/method.md#full-backing-system)
 * @example =BACKUP_GAP(2; {"Владелец" \ "Владелец" \ "Владелец"}) → 1
 *   Three owners and no backup; level 2 needs one.
 * @example =BACKUP_GAP(1; {"Владелец" \ "1 Бэкапер" \ ""}) → 1
 * @example =BACKUP_GAP(1; {"" \ "1 Бэкапер" \ ""}) → ⚠ роли: у функции нет владельца
 * @example =BACKUP_GAP(B2:B20; C2:G20) → (one number per function)
 */
export function BACKUP_GAP(level: unknown, roles: unknown): Array<[string | number]> {
  return runColumn(sheetContext(), 'BACKUP_GAP', BACKUP_GAP_ARGS, { level, roles }, backupGapRow, asNumber);
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
 * Lists the employees whose absence alone leaves a level-1 or level-2 function short of cover, with how many such functions each.
 *
 * @param {number|string|Array<Array<number>>} levels The functions' criticality: 1, 2 or 3, one per row of roles.
 * @param {Array<Array<string>>} roles The function × employee matrix: Owner, Backup 1, Backup 2 or blank.
 * @param {Array<Array<string>>} employees The employees' names, one per column of roles (a header row or a column).
 * @return Two columns, name and number of functions, most first; rows that can't be read come first as ⚠ texts.
 * @customfunction
 * @see Full Backing System (docs/method.md#full-backing-system)
 * @example =FBS_KEY_PEOPLE({1; 2}; {"Владелец" \ "1 Бэкапер" \ "2 Бэкапер"; "Владелец" \ "" \ "1 Бэкапер"}; {"Анна" \ "Иван" \ "Олег"}) → Анна | 2 / Олег | 2 / Иван | 1
 *   Level 1 needs three holders and level 2 two, so any one absence leaves each function short.
 * @example =FBS_KEY_PEOPLE(B2:B9; C2:G9; C1:G1) → (name | number of functions, most first)
 */
export function FBS_KEY_PEOPLE(
  levels: unknown,
  roles: unknown,
  employees: unknown,
): Array<[string | number, string | number]> {
  return fbsKeyPeople(sheetContext(), { levels, roles, employees });
}

/**
 * Absence planner: for each period, the level-1 and level-2 functions left short of cover by the people absent in it.
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
 * @return Two columns per period: the number of functions left short, and their names joined by "; ".
 * @customfunction
 * @see Full Backing System (docs/method.md#full-backing-system)
 * @example =FBS_ABSENCE_GAPS({"Холодные звонки"; "Консультирование"}; {1; 2}; {"Владелец" \ "1 Бэкапер" \ "2 Бэкапер"; "Владелец" \ "" \ "1 Бэкапер"}; {"Анна" \ "Иван" \ "Олег"}; {"Иван"; "Олег"}; {"2026-12-01"; "2026-12-14"}; {"2026-12-02"; "2026-12-18"}; {"2026-11-30"; "2026-12-07"; "2026-12-14"}) → 1 | Холодные звонки / 0 / 2 | Холодные звонки; Консультирование
 *   Three weeks: Иван away in the first, nobody in the second, Олег in the third.
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

/** =FBS_KEY_PEOPLE() in a spreadsheet: "name | count" rows after the ⚠ rows. */
export function fbsKeyPeople(
  sheet: SheetContext,
  args: { readonly levels: unknown; readonly roles: unknown; readonly employees: unknown },
): Array<[string | number, string | number]> {
  return withShapeErrors(sheet.lang, 'FBS_KEY_PEOPLE', () => {
    const { problems, people } = keyPeopleOfPlan(args, sheet.conv);
    const out: Array<[string | number, string | number]> = [
      ...problems.map((p): [string, string] => [problemText(p, sheet), '']),
      ...people.map((p): [string, number] => [p.name, p.functions]),
    ];
    return out.length > 0 ? out : [['', '']];
  });
}

/** =FBS_ABSENCE_GAPS() in a spreadsheet: per period row, "count | names of the short functions". */
export function fbsAbsenceGaps(sheet: SheetContext, args: AbsenceGapsArgs): Array<[string | number, string]> {
  const t = texts[sheet.lang];
  return withShapeErrors(sheet.lang, 'FBS_ABSENCE_GAPS', () =>
    absenceGaps(args, sheet.conv).map((gaps): [string | number, string] => {
      if (gaps === undefined) return ['', ''];
      if (gaps instanceof CellProblem) return [problemText(gaps, sheet), ''];
      return [
        gaps.length,
        joinCapped(
          gaps.map((f) => f.name || t.fbs.row(f.row)),
          t.fbs.more,
        ),
      ];
    }),
  );
}

/** A cell holds 50,000 characters; a list longer than that would fail the whole call. */
export const MAX_CELL_TEXT = 50_000;

/** Names joined by "; ", cut before the cell's limit with "…and N more". */
export function joinCapped(names: readonly string[], more: (n: number) => string): string {
  let text = '';
  for (let i = 0; i < names.length; i++) {
    const next = text === '' ? names[i] : `${text}; ${names[i]}`;
    // Room for the tail: "; …and 123456 more" is well under 40 characters.
    if (next.length > MAX_CELL_TEXT - 40)
      return text === '' ? more(names.length) : `${text}; ${more(names.length - i)}`;
    text = next;
  }
  return text;
}
