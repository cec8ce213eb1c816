/**
 * Custom functions: the segment of a client: why it buys less (the method's new segmentation),
 * and the reason in words. Whole ranges in, one result per row out; the JSDoc is what Sheets
 * shows in autocomplete.
 */
import { SEGMENT_ARGS, explainSegmentRow, segmentRow } from '../../core/segment';
import { segmentLabel, segmentReasonText } from '../../present/segment';
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
 * @param {number|Array<Array<number>>} [overdue_amount] The amount overdue, in money. Below the materiality, a long overdue doesn't make the client insolvent; blank: any amount does.
 * @param {number} [materiality] The smallest overdue amount that counts (Settings); blank: any amount counts.
 * @return A label "N — name" per row, e.g. "2 — Fall recorded"; take the digit with LEFT(…, 1).
 * @customfunction
 * @see New segmentation (docs/method.md#new-segmentation)
 * @example =SEGMENT(-12%; -10%; 0) → 2 — Падение зафиксировано
 *   The fall is recorded (en_US: 2 — Fall recorded).
 * @example =SEGMENT(-12%; ""; 120) → 3 — Неплатёжеспособен
 *   More than 90 days past due outranks the fall.
 * @example =SEGMENT(-12%; ""; 120; 5%; 90; 100; 10000) → 2 — Падение зафиксировано
 *   120 days past due on only 100, below the materiality of 10 000: not insolvent for that.
 * @example =SEGMENT(""; ""; 120; 5%; 90; 50000; 10000) → 3 — Неплатёжеспособен
 * @example =SEGMENT(-3%; -10%; "") → 1 — Ожидает падения
 *   Only expected: the most promising group.
 * @example =SEGMENT(-8%; ""; ""; 10%; 90) → 0 — Нет сигнала кризиса
 *   With a 10% threshold, -8% is not a drop.
 * @example =SEGMENT("abc"; ""; "") → ⚠ изменение розничных продаж: «abc» — не число
 * @example =SEGMENT(C2:C; D2:D; E2:E; AC_DROP_THRESHOLD; AC_OVERDUE_LIMIT; F2:F; AC_MATERIALITY) → (one label per row)
 *   One call for the whole column, with the thresholds of the Settings sheet.
 */
export function SEGMENT(
  retail_change: unknown,
  retail_forecast: unknown,
  overdue_days: unknown,
  drop_threshold?: unknown,
  overdue_limit?: unknown,
  overdue_amount?: unknown,
  materiality?: unknown,
): Array<[string | number]> {
  return runColumn(
    sheetContext(),
    'SEGMENT',
    SEGMENT_ARGS,
    {
      retail_change,
      retail_forecast,
      overdue_days,
      drop_threshold,
      overdue_limit,
      overdue_amount,
      materiality,
    },
    segmentRow,
    segmentLabel,
  );
}

/**
 * Why SEGMENT puts each client where it does, in words with the numbers that decided it: the same text as the review sidebar shows.
 *
 * @param {number|Array<Array<number>>} retail_change Recorded change of the client's retail sell-out, e.g. -12%. A column for many clients.
 * @param {number|Array<Array<number>>} retail_forecast The client's own forecast of retail demand, e.g. -10%.
 * @param {number|Array<Array<number>>} overdue_days Days past due of the oldest unpaid invoice, or TRUE if insolvent.
 * @param {number} [drop_threshold] The fall that counts as a drop; default 5%.
 * @param {number} [overdue_limit] Days past due above which the client is insolvent; default 90.
 * @param {number|Array<Array<number>>} [overdue_amount] The amount overdue, in money.
 * @param {number} [materiality] The smallest overdue amount that counts (Settings).
 * @return The reason per row; "" where SEGMENT gives "", a ⚠ text where it gives one.
 * @customfunction
 * @example =SEGMENT_REASON(""; ""; 120; 5%; 90) → Просрочка 120 дн. — больше предела в 90 дн.
 * @example =SEGMENT_REASON(-12%; ""; 0; 5%; 90) → Розничные продажи изменились на -12 %: падение не меньше порога 5 %.
 * @example =SEGMENT_REASON(C2:C; D2:D; E2:E; AC_DROP_THRESHOLD; AC_OVERDUE_LIMIT; F2:F; AC_MATERIALITY) → (one reason per row)
 *   Beside =SEGMENT with the same arguments.
 */
export function SEGMENT_REASON(
  retail_change: unknown,
  retail_forecast: unknown,
  overdue_days: unknown,
  drop_threshold?: unknown,
  overdue_limit?: unknown,
  overdue_amount?: unknown,
  materiality?: unknown,
): Array<[string | number]> {
  return runColumn(
    sheetContext(),
    'SEGMENT_REASON',
    SEGMENT_ARGS,
    {
      retail_change,
      retail_forecast,
      overdue_days,
      drop_threshold,
      overdue_limit,
      overdue_amount,
      materiality,
    },
    explainSegmentRow,
    segmentReasonText,
  );
}
