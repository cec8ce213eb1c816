/**
 * The custom functions people type into cells. Each takes whole columns and
 * returns one result per row, so a sheet makes one call per column, not per cell.
 * The JSDoc is what Sheets shows in autocomplete; the build copies it onto the globals.
 */
import { BACKUP_GAP_ARGS, backupGapRow } from '../core/backup';
import { runColumn } from '../core/columns';
import { SEGMENT_ARGS, segmentLabel, segmentRow } from '../core/segment';
import { spreadsheetLang } from './locale';

/**
 * Segments distributors by why they cut purchases (anti-crisis playbook): 3 insolvent, 2 fall recorded, 1 expects a fall, 0 no crisis signal.
 *
 * @param {number|Array<Array<number>>} retail_change Recorded change of the client's retail sell-out against its pre-crisis level, e.g. -12%. A column for many clients.
 * @param {number|Array<Array<number>>} retail_forecast The client's own forecast of retail demand, e.g. -10%.
 * @param {number|Array<Array<number>>} overdue_days Days past due of the oldest unpaid invoice (blank or 0 = pays on time), or TRUE if insolvent.
 * @param {number} [drop_threshold] The fall that counts as a drop; default 5%.
 * @param {number} [overdue_limit] Days past due above which the client is insolvent; default 90.
 * @return A label "N — name" per row, e.g. "2 — Fall recorded"; take the digit with LEFT(…, 1).
 * @customfunction
 */
export function SEGMENT(
  retail_change: unknown,
  retail_forecast: unknown,
  overdue_days: unknown,
  drop_threshold?: unknown,
  overdue_limit?: unknown,
): Array<[string | number]> {
  return runColumn(
    spreadsheetLang(),
    'SEGMENT',
    SEGMENT_ARGS,
    { retail_change, retail_forecast, overdue_days, drop_threshold, overdue_limit },
    segmentRow,
    segmentLabel,
  );
}

/**
 * Counts the backups a function of the sales service is missing (Full Backing System): level 1 needs 2, level 2 needs 1, level 3 none.
 *
 * @param {number|string|Array<Array<string>>} level The function's criticality: 1, 2 or 3. A column for many functions.
 * @param {Array<Array<string>>} roles The function's row of the function × employee matrix: Owner, Backup 1, Backup 2 or blank.
 * @return The number of missing backups per row, or a ⚠ text when the row has no owner, no level or an unknown role.
 * @customfunction
 */
export function BACKUP_GAP(level: unknown, roles: unknown): Array<[string | number]> {
  return runColumn(
    spreadsheetLang(),
    'BACKUP_GAP',
    BACKUP_GAP_ARGS,
    { level, roles },
    backupGapRow,
    (gap) => gap,
  );
}
