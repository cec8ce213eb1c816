/**
 * Custom functions: lost clients: what blocks a fast return.
 * Whole ranges in, one result per row out; the JSDoc is what Sheets shows in autocomplete.
 */
import { WINBACK_STATUS_ARGS, winbackRow } from '../../core/winback';
import { blockersTexts } from '../../present/winback';
import { sheetContext } from '../locale';
import { runColumn } from './column';

/**
 * What would block a fast return of a lost client: expired or expiring agreements, too long without contact,
 * neither a contract nor a power of attorney on file, or no contact on record.
 *
 * @param {Date|Array<Array<Date>>} contract_expiry The day the contract expires; blank if none. A column for many clients.
 * @param {Date|Array<Array<Date>>} poa_expiry The day the power of attorney expires; blank if none.
 * @param {Date|Array<Array<Date>>} last_contact The day of the last contact with the client.
 * @param {Date} as_of Today's date from a cell the add-on refreshes (not TODAY(): custom functions can't take it).
 * @param {number} [warn_days] Days ahead to warn of expiry, and days without contact allowed; default 30.
 * @return The blocking reasons per row joined by "; ", e.g. "contract expired 2026-10-12"; empty when nothing blocks.
 * @customfunction
 * @see If the client has left (docs/method.md#if-the-client-has-left)
 * @example =WINBACK_STATUS("2026-10-12"; ""; "2026-10-12"; "2026-11-26") → срок договора истёк 12.10.2026; нет контакта 45 дней
 * @example =WINBACK_STATUS("2027-03-31"; "2026-12-08"; "2026-11-20"; "2026-11-26") → срок доверенности истекает через 12 дней
 * @example =WINBACK_STATUS("2027-03-31"; ""; "2026-11-20"; "2026-11-26") → (an empty cell)
 *   Nothing blocks a return.
 * @example =WINBACK_STATUS(""; ""; "2026-11-20"; "2026-11-26") → нет ни договора, ни доверенности
 * @example =WINBACK_STATUS("2027-03-31"; ""; ""; "2026-11-26") → нет ни одного записанного контакта
 * @example =WINBACK_STATUS(""; ""; ""; "2026-11-26") → (an empty cell)
 *   A row with none of the three dates is blank.
 * @example =WINBACK_STATUS(C2:C100; D2:D100; E2:E100; AC_AS_OF; AC_WARN_DAYS) → (the reasons of each lost client)
 *   AC_AS_OF is the Settings date the add-on refreshes when the workbook opens.
 */
export function WINBACK_STATUS(
  contract_expiry: unknown,
  poa_expiry: unknown,
  last_contact: unknown,
  as_of: unknown,
  warn_days?: unknown,
): Array<[string | number]> {
  const sheet = sheetContext();
  return runColumn(
    sheet,
    'WINBACK_STATUS',
    WINBACK_STATUS_ARGS,
    { contract_expiry, poa_expiry, last_contact, as_of, warn_days },
    winbackRow,
    blockersTexts(sheet.lang),
  );
}
