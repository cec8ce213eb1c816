/**
 * Custom functions: the client card (the sheet «Карточка клиента» / "Client card"): one
 * call for the card, one for the history of the client's last periods.
 */
import { type CardArgs, DEFAULT_HISTORY_PERIODS, clientCard, clientHistory } from '../../core/clientCard';
import { readWholeDays } from '../../core/tables';
import { type Cell, CellProblem } from '../../core/vocabulary';
import { cardRows } from '../../present/clientCard';
import { type SheetContext, sheetContext } from '../locale';
import { dateCells } from './agenda';
import { problemText, withShapeErrors } from './column';

/**
 * One client on one page: master data and contacts, segment with its reason and the method's actions, the latest period's signals, open discount requests and their verdicts, whether it has left, its next contact and who does it (FBS backups included).
 *
 * @param {string} client The client to show, as on Clients (case and spaces don't matter); blank asks to pick one.
 * @param {Date} as_of Today's date from a cell the add-on refreshes.
 * @param {Array<Array<string>>} client_names Clients: the client's name. A column.
 * @param {Array<Array<string>>} client_regions Clients: the region.
 * @param {Array<Array<string>>} client_managers Clients: the manager.
 * @param {Array<Array<string>>} client_contacts Clients: the contact person.
 * @param {Array<Array<string>>} client_phones Clients: the phone.
 * @param {Array<Array<string>>} client_emails Clients: the e-mail.
 * @param {Array<Array<string>>} client_segments Clients: the segment, e.g. "2 — Fall recorded".
 * @param {Array<Array<string>>} client_segment_reasons Clients: why, in words (SEGMENT_REASON); blank gives the method's reason for the group.
 * @param {Array<Array<Date>>} client_next_contacts Clients: the next contact date.
 * @param {Array<Array<Date>>} client_latest_periods Clients: the first day of the client's latest Monitoring period.
 * @param {Array<Array<string>>} client_signals Clients: the signals of that period.
 * @param {Array<Array<string>>} pricing_clients Pricing: the client of each discount request.
 * @param {Array<Array<Date>>} pricing_dates Pricing: when it was asked.
 * @param {Array<Array<number>>} pricing_discounts Pricing: the discount asked for.
 * @param {Array<Array<string>>} pricing_verdicts Pricing: the verdict (pays back or not).
 * @param {Array<Array<string>>} pricing_decisions Pricing: the decision; Give or Refuse closes a request.
 * @param {Array<Array<string>>} lost_clients Lost clients: the client's name.
 * @param {Array<Array<Date>>} lost_left_on Lost clients: when it left.
 * @param {Array<Array<string>>} lost_reasons Lost clients: why it left.
 * @param {Array<Array<string>>} lost_statuses Lost clients: what blocks a fast return (WINBACK_STATUS).
 * @param {Array<Array<Date>>} lost_next_contacts Lost clients: the next contact date.
 * @param {Array<Array<string>>} absent_names FBS Absences: who is away.
 * @param {Array<Array<Date>>} absent_from FBS Absences: the first day away.
 * @param {Array<Array<Date>>} absent_to FBS Absences: the last day away.
 * @param {Array<Array<string>>} absent_reasons FBS Absences: why.
 * @param {Array<Array<string>>} plan_employees FBS Plan: the employee.
 * @param {Array<Array<string>>} plan_backups FBS Plan: who backs them up.
 * @return Two columns, label and value, one row per line of the card.
 * @customfunction
 * @see Client monitoring (docs/method.md#client-monitoring)
 * @example =CLIENT_CARD(""; "26.11.2026") → Выберите клиента в ячейке выше
 * @example =CLIENT_CARD("Уралснаб"; "26.11.2026"; "Уралснаб"; "Екатеринбург"; "Иванова") → Регион | Екатеринбург / Менеджер | Иванова / Контактное лицо / Телефон / Эл. почта / Сегмент / Причина / Что делать / Последние сигналы | в «Мониторинге» пока нет периодов / Открытые запросы скидки | нет / Ушедший клиент | нет / Следующий контакт | не назначен / Кто связывается | Иванова
 *   Only the columns given; a blank value leaves its label alone.
 * @example =CLIENT_CARD("Восток"; "26.11.2026"; "Уралснаб") → ⚠ «Восток» нет на листе «Клиенты»
 * @example =CLIENT_CARD(B2; AC_AS_OF; Клиенты!A2:A; Клиенты!B2:B; …) → (the card of the client picked in B2)
 *   As the sheet «Карточка клиента» calls it.
 */
export function CLIENT_CARD(
  client: unknown,
  as_of: unknown,
  client_names: unknown,
  client_regions: unknown,
  client_managers: unknown,
  client_contacts: unknown,
  client_phones: unknown,
  client_emails: unknown,
  client_segments: unknown,
  client_segment_reasons: unknown,
  client_next_contacts: unknown,
  client_latest_periods: unknown,
  client_signals: unknown,
  pricing_clients: unknown,
  pricing_dates: unknown,
  pricing_discounts: unknown,
  pricing_verdicts: unknown,
  pricing_decisions: unknown,
  lost_clients: unknown,
  lost_left_on: unknown,
  lost_reasons: unknown,
  lost_statuses: unknown,
  lost_next_contacts: unknown,
  absent_names: unknown,
  absent_from: unknown,
  absent_to: unknown,
  absent_reasons: unknown,
  plan_employees: unknown,
  plan_backups: unknown,
): Array<[string, string]> {
  return cardTable(sheetContext(), {
    client,
    as_of,
    client_names,
    client_regions,
    client_managers,
    client_contacts,
    client_phones,
    client_emails,
    client_segments,
    client_segment_reasons,
    client_next_contacts,
    client_latest_periods,
    client_signals,
    pricing_clients,
    pricing_dates,
    pricing_discounts,
    pricing_verdicts,
    pricing_decisions,
    lost_clients,
    lost_left_on,
    lost_reasons,
    lost_statuses,
    lost_next_contacts,
    absent_names,
    absent_from,
    absent_to,
    absent_reasons,
    plan_employees,
    plan_backups,
  });
}

/** =CLIENT_CARD() in a spreadsheet. */
export function cardTable(sheet: SheetContext, args: CardArgs): Array<[string, string]> {
  return withShapeErrors(sheet.lang, 'CLIENT_CARD', () => {
    try {
      return cardRows(clientCard(args, sheet.conv), sheet.lang);
    } catch (e) {
      if (e instanceof CellProblem) return [[problemText(e, sheet), '']];
      throw e;
    }
  });
}

/**
 * The client's last periods from Monitoring, oldest first, one row per period with the values asked for: always `periods` rows (blank below a short history), so a chart over them keeps its range.
 *
 * @param {string} client The client, as on Clients (case and spaces don't matter).
 * @param {Array<Array<string>>} record_clients Monitoring: the client of each row. A column.
 * @param {Array<Array<Date>>} record_periods Monitoring: the first day of each row's period.
 * @param {number} periods How many periods to show; default 12.
 * @param {Array<Array<number>>} values1 Monitoring: a column to show for each period (e.g. our shipments).
 * @param {Array<Array<number>>} [values2] Another column to show.
 * @param {Array<Array<number>>} [values3] Another column to show.
 * @param {Array<Array<number>>} [values4] Another column to show.
 * @return Per period: its first day, then the values; a period recorded twice shows its lower row.
 * @customfunction
 * @example =CLIENT_HISTORY("Уралснаб"; {"Уралснаб"; "Дон-Трейд"; "уралснаб "}; {"01.10.2026"; "01.10.2026"; "01.11.2026"}; 2; {-30%; -10%; -20%}) → 01.10.2026 | -0,3 / 01.11.2026 | -0,2
 * @example =CLIENT_HISTORY(B2; Мониторинг!A2:A; Мониторинг!B2:B; 12; Мониторинг!AH2:AH; Мониторинг!C2:C) → (twelve periods, oldest first: the segment and the shipments of each)
 */
export function CLIENT_HISTORY(
  client: unknown,
  record_clients: unknown,
  record_periods: unknown,
  periods: unknown,
  values1: unknown,
  values2?: unknown,
  values3?: unknown,
  values4?: unknown,
): Array<Array<string | number | boolean | Date>> {
  const sheet = sheetContext();
  return withShapeErrors(sheet.lang, 'CLIENT_HISTORY', () => {
    const values = [values1, values2 ?? '', values3 ?? '', values4 ?? ''];
    let count: number;
    try {
      count =
        readWholeDays(periods as Cell, 'periods', DEFAULT_HISTORY_PERIODS, sheet.conv) ||
        DEFAULT_HISTORY_PERIODS;
    } catch (e) {
      if (e instanceof CellProblem) return [[problemText(e, sheet)]];
      throw e;
    }
    const rows = clientHistory(
      { client, record_clients, record_periods, periods: count, values },
      sheet.conv,
    );
    const given = values.filter((v) => !(v === '' || v === undefined)).length;
    const width = rows[0] ? 1 + rows[0].values.length : 1 + given;
    const day = dateCells(sheet);
    const out: Array<Array<string | number | boolean | Date>> = rows.map((r) => [
      day(r.period),
      ...r.values.map((v) => (v === null || v === undefined ? '' : v)),
    ]);
    while (out.length < count) out.push(new Array<string>(width).fill(''));
    return out;
  });
}
