/**
 * Custom functions: the segment of a client: why it buys less (the method's new segmentation).
 * Whole ranges in, one result per row out; the JSDoc is what Sheets shows in autocomplete.
 */
import { SEGMENT_ARGS, segmentRow } from '../../core/segment';
import { segmentLabel } from '../../present/segment';
import { sheetContext } from '../locale';
import { runColumn } from './column';

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
 * @see New segmentation (docs/method.md#new-segmentation)
 * @example =SEGMENT(-12%; -10%; 0) → 2 — Падение зафиксировано
 *   The fall is recorded (en_US: 2 — Fall recorded).
 * @example =SEGMENT(-3%; -10%; "") → 1 — Ожидает падения
 *   Only expected: the most promising group.
 * @example =SEGMENT(-12%; ""; 120) → 3 — Неплатежеспособен
 *   More than 90 days past due outranks the fall.
 * @example =SEGMENT(-8%; ""; ""; 10%; 90) → 0 — Нет сигнала кризиса
 *   With a 10% threshold, -8% is not a drop.
 * @example =SEGMENT("abc"; ""; "") → ⚠ retail_change: «abc» — не число
 * @example =SEGMENT(F2:F200; G2:G200; H2:H200; AC_DROP_THRESHOLD; AC_OVERDUE_LIMIT) → (one label per client)
 *   One call for the whole column, with the thresholds of the Settings sheet.
 */
export function SEGMENT(
  retail_change: unknown,
  retail_forecast: unknown,
  overdue_days: unknown,
  drop_threshold?: unknown,
  overdue_limit?: unknown,
): Array<[string | number]> {
  return runColumn(
    sheetContext(),
    'SEGMENT',
    SEGMENT_ARGS,
    { retail_change, retail_forecast, overdue_days, drop_threshold, overdue_limit },
    segmentRow,
    segmentLabel,
  );
}
