/**
 * Custom functions: client monitoring: the early-warning signals of the seven blocks.
 * Whole ranges in, one result per row out; the JSDoc is what Sheets shows in autocomplete.
 */
import { CLIENT_SIGNALS_ARGS, clientSignalsRow } from '../../core/monitoring';
import { signalsText } from '../../present/monitoring';
import { sheetContext } from '../locale';
import { runColumn } from './column';

/**
 * Early-warning signals of a client from its monitoring blocks (anti-crisis playbook), each with the suggested action. An insolvent client gets that one recommendation, the other signals named after it.
 *
 * @param {number|Array<Array<number>>} total_sales_change Change of the client's total sales, e.g. -8%. A column for many clients.
 * @param {number|Array<Array<number>>} our_sales_change Change of the client's sales of our assortment.
 * @param {number|Array<Array<number>>} competitor_sales_change Change of the client's sales of competitors' assortment.
 * @param {number|Array<Array<number>>} our_purchases_change Change of the client's purchases of our assortment (our shipments to it). A fall of the drop threshold raises a signal on its own.
 * @param {number|Array<Array<number>>} competitor_purchases_change Change of the client's purchases of competitors' assortment.
 * @param {number|Array<Array<number>>} overdue_days Days past due of its oldest unpaid invoice (blank or 0 = pays on time), or TRUE if insolvent.
 * @param {boolean|Array<Array<boolean>>} decision_maker_changed TRUE if the people who decide on purchases changed; blank or FALSE if not.
 * @param {number} [stock_gap] Gap between purchases and sales of our assortment that counts as clear; default 10%.
 * @param {number} [drop_threshold] Fall that counts as a drop: of total sales, of our purchases, and of our change against the competitors' (switching); default 5%.
 * @param {number} [overdue_warning] Days past due from which solvency is worsening; default 30.
 * @param {number} [overdue_limit] Days past due above which the client is insolvent; default 90.
 * @param {number|Array<Array<number>>} [previous_overdue_days] Days past due the period before; when given, solvency is worsening only if the days grew.
 * @return The signals per row as "Name: action", joined by "; "; empty when there is none.
 * @customfunction
 * @see Client monitoring (docs/method.md#client-monitoring)
 * @example =CLIENT_SIGNALS(-6%; 10%; 10%; 0%; ""; ""; "") → Общий спрос падает: пересмотрите сегмент клиента; Распродаёт запасы: полка опустеет, предложите оптимальный размер заказа
 * @example =CLIENT_SIGNALS(""; -20%; -5%; ""; ""; ""; "") → Уходит к конкурентам: выясните причину, проверьте чувствительность к цене, обновите предложение
 *   Our sell-out trails the competitors' by 15 points; a 0.5 % wobble would stay quiet.
 * @example =CLIENT_SIGNALS(""; ""; ""; -12%; ""; ""; "") → Закупает у нас меньше: выясните причину (спрос, конкуренты, склад или деньги), прежде чем что-то предлагать
 * @example =CLIENT_SIGNALS(""; ""; ""; ""; ""; 45; ""; ""; ""; ""; ""; 80) → (an empty cell)
 *   45 days past due, down from 80: improving, so no warning.
 * @example =CLIENT_SIGNALS(-25%; ""; ""; ""; ""; 120; "") → Неплатёжеспособен: сократите поставки до безопасного минимума, не сжигайте мосты (видно также: общий спрос падает)
 *   One recommendation for an insolvent client.
 * @example =CLIENT_SIGNALS(""; ""; ""; ""; ""; ""; "может") → ⚠ смена лиц, принимающих решения о закупке: «может» — не «да» и не «нет»; укажите ИСТИНА, ЛОЖЬ или оставьте пустым
 * @example =CLIENT_SIGNALS(B2:B200; C2:C200; D2:D200; E2:E200; F2:F200; G2:G200; H2:H200) → (the signals of each client)
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
  previous_overdue_days?: unknown,
): Array<[string | number]> {
  return runColumn(
    sheetContext(),
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
      previous_overdue_days,
    },
    clientSignalsRow,
    signalsText,
  );
}
