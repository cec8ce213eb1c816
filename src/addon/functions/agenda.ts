/**
 * Custom functions: the manager's week. One call lists every action of every client (the
 * sheet «План контактов» / "Agenda"), one lists the managers for its picker, one counts each
 * manager's load for the dashboard; none of them is one call per row.
 */
import {
  type Agenda,
  type AgendaArgs,
  buildAgenda,
  itemsFor,
  managerLoads,
  weekEnd,
} from '../../core/agenda';
import { dateOf, dayFromNumber } from '../../core/days';
import { keyReader, madeOnce, oneColumn } from '../../core/tables';
import { CellProblem } from '../../core/vocabulary';
import { texts } from '../../i18n';
import { type AgendaRowCells, agendaRows, loadRows } from '../../present/agenda';
import { type SheetContext, sheetContext } from '../locale';
import { problemText, withShapeErrors } from './column';

type Out = Array<Array<string | number | Date>>;

/**
 * The agenda of one manager, or of everyone, by the Settings date plus a horizon: one row per action, overdue first, then by date. When a manager is away on the day (per FBS Absences), the row names the backup from FBS Plan.
 *
 * @param {string} manager The manager to list, typed in any case and spacing; blank lists everyone. Their clients' actions and those they do as someone's backup.
 * @param {Date} as_of Today's date from a cell the add-on refreshes (not TODAY(): custom functions can't take it).
 * @param {number} horizon_days How many days ahead to list; default 7.
 * @param {number} warn_days How many days ahead to warn of a lost client's expiring contract or power of attorney; default 30.
 * @param {Array<Array<string>>} client_names Clients: the client's name. A column.
 * @param {Array<Array<string>>} client_managers Clients: the manager; case, spaces and ё don't matter.
 * @param {Array<Array<string>>} client_phones Clients: the phone.
 * @param {Array<Array<string>>} client_emails Clients: the e-mail.
 * @param {Array<Array<string>>} client_segments Clients: the segment, e.g. "2 — Fall recorded", for the method's action.
 * @param {Array<Array<Date>>} client_next_contacts Clients: the next contact date.
 * @param {Array<Array<Date>>} client_last_contacts Clients: the last contact date; signals of a later period call for a contact.
 * @param {Array<Array<Date>>} client_latest_periods Clients: the first day of the client's latest Monitoring period.
 * @param {Array<Array<string>>} client_signals Clients: the signals of that period (CLIENT_SIGNALS, through CLIENT_LATEST).
 * @param {Array<Array<string>>} lost_clients Lost clients: the client's name (its manager and phone come from Clients).
 * @param {Array<Array<Date>>} lost_contract_ends Lost clients: the contract's last valid day.
 * @param {Array<Array<Date>>} lost_poa_ends Lost clients: the power of attorney's last valid day.
 * @param {Array<Array<Date>>} lost_next_contacts Lost clients: the next contact date.
 * @param {Array<Array<string>>} absent_names FBS Absences: who is away.
 * @param {Array<Array<Date>>} absent_from FBS Absences: the first day away.
 * @param {Array<Array<Date>>} absent_to FBS Absences: the last day away.
 * @param {Array<Array<string>>} absent_reasons FBS Absences: why, e.g. holiday.
 * @param {Array<Array<string>>} plan_employees FBS Plan: the employee.
 * @param {Array<Array<string>>} plan_backups FBS Plan: who backs them up; the first one not away stands in.
 * @return Eight columns per action: due date, days overdue, who, client, why, what to do, phone, e-mail. Cells that are no date come first as rows to fix.
 * @customfunction
 * @see Client monitoring (docs/method.md#client-monitoring)
 * @see If the client has left (docs/method.md#if-the-client-has-left)
 * @see Full Backing System (docs/method.md#full-backing-system)
 * @example =AGENDA(""; "26.11.2026"; 7; 30; "ТД «Северный»"; "Иванова"; "+7 812 555-01-02"; ""; "2 — Падение зафиксировано"; "24.11.2026"; ""; ""; ""; ""; ""; ""; ""; "Иванова"; "25.11.2026"; "27.11.2026"; "Отпуск"; "Иванова"; "Петров") → 24.11.2026 | 2 | Петров — вместо: Иванова (отпуск) | ТД «Северный» | Плановый контакт (сегмент 2 — Падение зафиксировано) | Согласовать закупки не ниже фактических продаж | +7 812 555-01-02
 *   Two days overdue, so it is done today, while Иванова is on holiday: Петров, her backup, does it.
 * @example =AGENDA(""; AC_AS_OF; 7; 30; "Уралснаб"; "Иванова"; ""; ""; ""; "завтра"; ""; ""; ""; ""; ""; ""; ""; ""; ""; ""; ""; ""; "") → (a row to fix, without a date: Иванова | Уралснаб | В столбце «Следующий контакт» не дата: «завтра» | Впишите дату на листе «Клиенты»)
 *   Text that is no date is never dropped: it comes first, quoted.
 * @example =AGENDA(B2; AC_AS_OF; AC_AGENDA_HORIZON; AC_WARN_DAYS; Клиенты!A2:A; Клиенты!C2:C; …) → (the actions of the manager picked in B2)
 *   As the sheet «План контактов» calls it.
 */
export function AGENDA(
  manager: unknown,
  as_of: unknown,
  horizon_days: unknown,
  warn_days: unknown,
  client_names: unknown,
  client_managers: unknown,
  client_phones: unknown,
  client_emails: unknown,
  client_segments: unknown,
  client_next_contacts: unknown,
  client_last_contacts: unknown,
  client_latest_periods: unknown,
  client_signals: unknown,
  lost_clients: unknown,
  lost_contract_ends: unknown,
  lost_poa_ends: unknown,
  lost_next_contacts: unknown,
  absent_names: unknown,
  absent_from: unknown,
  absent_to: unknown,
  absent_reasons: unknown,
  plan_employees: unknown,
  plan_backups: unknown,
): Out {
  return agendaTable(sheetContext(), {
    manager,
    as_of,
    horizon_days,
    warn_days,
    client_names,
    client_managers,
    client_phones,
    client_emails,
    client_segments,
    client_next_contacts,
    client_last_contacts,
    client_latest_periods,
    client_signals,
    lost_clients,
    lost_contract_ends,
    lost_poa_ends,
    lost_next_contacts,
    absent_names,
    absent_from,
    absent_to,
    absent_reasons,
    plan_employees,
    plan_backups,
  });
}

/** Days as date cells of the spreadsheet's zone; an agenda repeats the same few days, so each is made once. */
export const dateCells = (sheet: SheetContext): ((day: number) => Date) =>
  madeOnce((day: number) => dateOf(dayFromNumber(day), sheet.conv.timeZone));

/** The whole agenda read, or the one row that says why it can't be (the Settings date missing…). */
function readAgenda(
  sheet: SheetContext,
  args: AgendaArgs,
  through?: (asOf: number) => number,
): Agenda | string {
  try {
    return buildAgenda(args, sheet.conv, through);
  } catch (e) {
    if (e instanceof CellProblem) return problemText(e, sheet);
    throw e;
  }
}

/** =AGENDA() in a spreadsheet. */
export function agendaTable(sheet: SheetContext, args: AgendaArgs): Out {
  return withShapeErrors(sheet.lang, 'AGENDA', () => {
    const agenda = readAgenda(sheet, args);
    if (typeof agenda === 'string') return [[agenda]];
    const manager = keyReader()(oneColumn('manager', args.manager)[0]);
    const rows: Array<AgendaRowCells<Date>> = itemsFor(agenda, manager).map(
      agendaRows(sheet.lang, dateCells(sheet)),
    );
    if (rows.length > 0) return rows;
    return [[texts[sheet.lang].agenda.nothing(dayFromNumber(agenda.asOf + agenda.horizon))]];
  });
}

/**
 * The managers on Clients, each once however it is typed (case, spaces, ё), in alphabetical order: the choices of the agenda's manager picker.
 *
 * @param {Array<Array<string>>} client_managers Clients: the manager of each client. A column.
 * @return One column of names, as first typed on Clients.
 * @customfunction
 * @example =AGENDA_MANAGERS({"Петров"; "иванова"; " Петров "; "Иванова"}) → иванова / Петров
 * @example =AGENDA_MANAGERS(Клиенты!C2:C) → (the managers for the picker)
 */
export function AGENDA_MANAGERS(client_managers: unknown): Array<[string]> {
  const sheet = sheetContext();
  return withShapeErrors(sheet.lang, 'AGENDA_MANAGERS', () => {
    const key = keyReader();
    const names = new Map<string, string>();
    for (const cell of oneColumn('client_managers', client_managers)) {
      const k = key(cell);
      if (k !== '' && !names.has(k)) names.set(k, String(cell).trim());
    }
    const collator = new Intl.Collator(sheet.lang);
    const sorted = [...names.values()].sort(collator.compare);
    return sorted.length > 0 ? sorted.map((n): [string] => [n]) : [['']];
  });
}

/**
 * Per manager on Clients: the actions due from the Settings date to the end of its week, and those overdue (the dashboard's view of the agenda).
 *
 * @param {Date} as_of Today's date from a cell the add-on refreshes.
 * @param {number} horizon_days How many days ahead the agenda lists; default 7.
 * @param {number} warn_days How many days ahead to warn of expiring agreements; default 30.
 * @param {Array<Array<string>>} client_names Clients: the client's name. A column.
 * @param {Array<Array<string>>} client_managers Clients: the manager.
 * @param {Array<Array<string>>} client_phones Clients: the phone.
 * @param {Array<Array<string>>} client_emails Clients: the e-mail.
 * @param {Array<Array<string>>} client_segments Clients: the segment.
 * @param {Array<Array<Date>>} client_next_contacts Clients: the next contact date.
 * @param {Array<Array<Date>>} client_last_contacts Clients: the last contact date.
 * @param {Array<Array<Date>>} client_latest_periods Clients: the first day of the client's latest period.
 * @param {Array<Array<string>>} client_signals Clients: the signals of that period.
 * @param {Array<Array<string>>} lost_clients Lost clients: the client's name.
 * @param {Array<Array<Date>>} lost_contract_ends Lost clients: the contract's last valid day.
 * @param {Array<Array<Date>>} lost_poa_ends Lost clients: the power of attorney's last valid day.
 * @param {Array<Array<Date>>} lost_next_contacts Lost clients: the next contact date.
 * @param {Array<Array<string>>} absent_names FBS Absences: who is away.
 * @param {Array<Array<Date>>} absent_from FBS Absences: the first day away.
 * @param {Array<Array<Date>>} absent_to FBS Absences: the last day away.
 * @param {Array<Array<string>>} absent_reasons FBS Absences: why.
 * @param {Array<Array<string>>} plan_employees FBS Plan: the employee.
 * @param {Array<Array<string>>} plan_backups FBS Plan: who backs them up.
 * @return A header row, then one row per manager: name, due this week, overdue.
 * @customfunction
 * @example =AGENDA_BY_MANAGER("26.11.2026"; 7; 30; {"ТД «Северный»"; "Уралснаб"}; {"Иванова"; "иванова"}; ""; ""; ""; {"24.11.2026"; "29.11.2026"}; ""; ""; ""; ""; ""; ""; ""; ""; ""; ""; ""; ""; "") → Менеджер | На этой неделе | Просрочено / Иванова | 1 | 1
 *   26.11.2026 is a Thursday: its week ends on Sunday the 29th.
 * @example =AGENDA_BY_MANAGER(AC_AS_OF; AC_AGENDA_HORIZON; AC_WARN_DAYS; Клиенты!A2:A; …) → (each manager's load)
 */
export function AGENDA_BY_MANAGER(
  as_of: unknown,
  horizon_days: unknown,
  warn_days: unknown,
  client_names: unknown,
  client_managers: unknown,
  client_phones: unknown,
  client_emails: unknown,
  client_segments: unknown,
  client_next_contacts: unknown,
  client_last_contacts: unknown,
  client_latest_periods: unknown,
  client_signals: unknown,
  lost_clients: unknown,
  lost_contract_ends: unknown,
  lost_poa_ends: unknown,
  lost_next_contacts: unknown,
  absent_names: unknown,
  absent_from: unknown,
  absent_to: unknown,
  absent_reasons: unknown,
  plan_employees: unknown,
  plan_backups: unknown,
): Out {
  const sheet = sheetContext();
  const args: AgendaArgs = {
    manager: '',
    as_of,
    horizon_days,
    warn_days,
    client_names,
    client_managers,
    client_phones,
    client_emails,
    client_segments,
    client_next_contacts,
    client_last_contacts,
    client_latest_periods,
    client_signals,
    lost_clients,
    lost_contract_ends,
    lost_poa_ends,
    lost_next_contacts,
    absent_names,
    absent_from,
    absent_to,
    absent_reasons,
    plan_employees,
    plan_backups,
  };
  return withShapeErrors(sheet.lang, 'AGENDA_BY_MANAGER', () => {
    // The week counts whatever the horizon: items up to its Sunday are read.
    const agenda = readAgenda(sheet, args, weekEnd);
    return typeof agenda === 'string' ? [[agenda, '', '']] : loadRows(managerLoads(agenda), sheet.lang);
  });
}
