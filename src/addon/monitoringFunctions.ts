/**
 * Custom functions for keeping a hand on the pulse: client signals (§4), lost clients
 * (§5) and the Full Backing System under absences (§9). Same contract as
 * customFunctions.ts: whole ranges in, one result per row, ⚠ texts per row.
 */
import { runColumn } from '../core/columns';
import { fbsAbsenceGaps, fbsCoverage, fbsKeyPeople } from '../core/fbs';
import { CLIENT_SIGNALS_ARGS, clientSignalsRow, signalsText } from '../core/monitoring';
import { WINBACK_STATUS_ARGS, blockersText, winbackRow } from '../core/winback';
import { spreadsheetLang } from './locale';

/**
 * Early-warning signals of a client from its monitoring blocks (anti-crisis playbook), each with the suggested action.
 *
 * @param {number|Array<Array<number>>} total_sales_change Change of the client's total sales, e.g. -8%. A column for many clients.
 * @param {number|Array<Array<number>>} our_sales_change Change of the client's sales of our assortment.
 * @param {number|Array<Array<number>>} competitor_sales_change Change of the client's sales of competitors' assortment.
 * @param {number|Array<Array<number>>} our_purchases_change Change of the client's purchases of our assortment.
 * @param {number|Array<Array<number>>} competitor_purchases_change Change of the client's purchases of competitors' assortment.
 * @param {number|Array<Array<number>>} overdue_days Days past due of its oldest unpaid invoice (blank or 0 = pays on time), or TRUE if insolvent.
 * @param {boolean|Array<Array<boolean>>} decision_maker_changed TRUE if the people who decide on purchases changed; blank or FALSE if not.
 * @param {number} [stock_gap] Gap between purchases and sales of our assortment that counts as clear; default 10%.
 * @param {number} [drop_threshold] Fall of total sales that counts as a drop; default 5%.
 * @param {number} [overdue_warning] Days past due from which solvency is worsening; default 30.
 * @param {number} [overdue_limit] Days past due above which the client is insolvent; default 90.
 * @return The signals per row as "Name: action", joined by "; "; empty when there is none.
 * @customfunction
 */
export function CLIENT_SIGNALS(
  total_sales_change: unknown,
  our_sales_change: unknown,
  competitor_sales_change: unknown,
  our_purchases_change: unknown,
  competitor_purchases_change: unknown,
  overdue_days: unknown,
  decision_maker_changed: unknown,
  stock_gap?: unknown,
  drop_threshold?: unknown,
  overdue_warning?: unknown,
  overdue_limit?: unknown,
): Array<[string | number]> {
  return runColumn(
    spreadsheetLang(),
    'CLIENT_SIGNALS',
    CLIENT_SIGNALS_ARGS,
    {
      total_sales_change,
      our_sales_change,
      competitor_sales_change,
      our_purchases_change,
      competitor_purchases_change,
      overdue_days,
      decision_maker_changed,
      stock_gap,
      drop_threshold,
      overdue_warning,
      overdue_limit,
    },
    clientSignalsRow,
    signalsText,
  );
}

/**
 * What would block a fast return of a lost client: expired or expiring agreements, or too long without contact.
 *
 * @param {Date|Array<Array<Date>>} contract_expiry The day the contract expires; blank if none. A column for many clients.
 * @param {Date|Array<Array<Date>>} poa_expiry The day the power of attorney expires; blank if none.
 * @param {Date|Array<Array<Date>>} last_contact The day of the last contact with the client.
 * @param {Date} as_of Today's date from a cell the add-on refreshes (not TODAY(): custom functions can't take it).
 * @param {number} [warn_days] Days ahead to warn of expiry, and days without contact allowed; default 30.
 * @return The blocking reasons per row joined by "; ", e.g. "contract expired 2026-10-12"; empty when nothing blocks.
 * @customfunction
 */
export function WINBACK_STATUS(
  contract_expiry: unknown,
  poa_expiry: unknown,
  last_contact: unknown,
  as_of: unknown,
  warn_days?: unknown,
): Array<[string | number]> {
  return runColumn(
    spreadsheetLang(),
    'WINBACK_STATUS',
    WINBACK_STATUS_ARGS,
    { contract_expiry, poa_expiry, last_contact, as_of, warn_days },
    winbackRow,
    blockersText,
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
 */
export function FBS_COVERAGE(roles: unknown, employees: unknown, absent?: unknown): Array<[string | number]> {
  return fbsCoverage(spreadsheetLang(), { roles, employees, absent });
}

/**
 * Lists the employees whose absence alone leaves a level-1 or level-2 function short of cover, with how many such functions each.
 *
 * @param {number|string|Array<Array<number>>} levels The functions' criticality: 1, 2 or 3, one per row of roles.
 * @param {Array<Array<string>>} roles The function × employee matrix: Owner, Backup 1, Backup 2 or blank.
 * @param {Array<Array<string>>} employees The employees' names, one per column of roles (a header row or a column).
 * @return Two columns, name and number of functions, most first; rows that can't be read come first as ⚠ texts.
 * @customfunction
 */
export function FBS_KEY_PEOPLE(
  levels: unknown,
  roles: unknown,
  employees: unknown,
): Array<[string | number, string | number]> {
  return fbsKeyPeople(spreadsheetLang(), { levels, roles, employees });
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
  return fbsAbsenceGaps(spreadsheetLang(), {
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
