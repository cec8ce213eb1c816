/**
 * Custom functions: a client's history, one Monitoring record per client and period: each
 * client's latest record, and each record against the same client's previous one. Whole
 * ranges in, one row of results per key or record out; the JSDoc is what Sheets shows.
 */
import { clientLatest, periodChange, previousValue } from '../../core/history';
import { type Cell, CellProblem } from '../../core/vocabulary';
import { sheetContext, type SheetContext } from '../locale';
import { problemText, withShapeErrors } from './column';

type Result = Array<Array<string | number | boolean | Date>>;

/**
 * Rows of cells as Sheets takes them back: a problem is a ⚠ text in its place, a row's problem
 * in its first cell. The call's own array of rows is changed in place, and rows without a
 * problem are handed back as they are: a call may return 120,000, each copy memory to fill.
 */
function present(
  sheet: SheetContext,
  result: {
    readonly width: number;
    readonly rows: Array<readonly (Cell | CellProblem)[] | CellProblem>;
  },
): Result {
  const rows = result.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row instanceof CellProblem)
      rows[r] = [problemText(row, sheet), ...new Array<string>(result.width - 1).fill('')];
    else if (row.some((c) => c instanceof CellProblem))
      rows[r] = row.map((c) => (c instanceof CellProblem ? problemText(c, sheet) : (c ?? '')));
  }
  return rows as Result;
}

/**
 * For each client, the values of its latest record (Monitoring → Clients): N keys give N rows of K values.
 *
 * @param {string|Array<Array<string>>} keys The clients to look up, one column (or a single name). Names match ignoring case, extra spaces and ё/е.
 * @param {Array<Array<string>>} record_keys The client of each record, one column.
 * @param {Array<Array<Date>>} record_dates The period of each record: a date, or dd.mm.yyyy / yyyy-mm-dd text. Records without a date are skipped.
 * @param {Array<Array<string|number>>} record_values What to bring back from the latest record, 1 to K columns, as tall as record_keys.
 * @param {boolean} [skip_blank] TRUE: pass over records whose record_values are all blank, to bring back the latest value there is (a month imported with shipments alone has no segment yet). Blank or FALSE: the latest record, blank or not.
 * @return One row per key with the values of its record with the latest date (equal dates: the lower row wins); blanks for a blank key or one without records; a ⚠ text in the first cell when a date of its records can't be read.
 * @customfunction
 * @see Client monitoring (docs/method.md#client-monitoring)
 * @example =CLIENT_LATEST(A2:A; 'Мониторинг'!A2:A; 'Мониторинг'!B2:B; 'Мониторинг'!AF2:AF) → (each client's segment in its latest period)
 *   One call for the whole Clients sheet.
 * @example =CLIENT_LATEST("тд  «северный»"; {"ТД «Северный»"; "ТД «Северный»"}; {"01.09.2026"; "01.10.2026"}; {1000; 1200}) → 1200
 * @example =CLIENT_LATEST("Дон-Трейд"; {"Дон-Трейд"}; {"31.02.2026"}; {5}) → ⚠ строка 1, период записи: «31.02.2026» — не дата
 * @example =CLIENT_LATEST("Дон-Трейд"; {"Дон-Трейд"; "Дон-Трейд"}; {"01.10.2026"; "01.11.2026"}; {"2 — Падение зафиксировано"; ""}; ИСТИНА) → 2 — Падение зафиксировано
 *   November was imported with its shipments alone: its segment is blank, and October's is the latest there is.
 */
export function CLIENT_LATEST(
  keys: unknown,
  record_keys: unknown,
  record_dates: unknown,
  record_values: unknown,
  skip_blank?: unknown,
): Result {
  const sheet = sheetContext();
  return present(
    sheet,
    withShapeErrors(sheet.lang, 'CLIENT_LATEST', () =>
      clientLatest(keys, record_keys, record_dates, record_values, sheet.conv, skip_blank),
    ),
  );
}

/**
 * For each record, its change against the same client's previous period: value ÷ previous − 1, per column of values.
 *
 * @param {Array<Array<string>>} record_keys The client of each record, one column. Names match ignoring case, extra spaces and ё/е.
 * @param {Array<Array<Date>>} record_dates The period of each record: a date, or dd.mm.yyyy / yyyy-mm-dd text.
 * @param {Array<Array<number>>} values The figures to compare, 1 to K columns, as tall as record_keys (e.g. shipments in money).
 * @return One row per record: the change as a fraction (format as %); blank without a previous period (the same client's latest date before this one), when either value is blank or the previous is 0 or less, or when the client or the date is blank.
 * @customfunction
 * @see Client monitoring (docs/method.md#client-monitoring)
 * @example =PERIOD_CHANGE(A2:A; B2:B; C2:C) → (each record's change against the client's previous period)
 *   One call for the whole Monitoring sheet.
 * @example =PERIOD_CHANGE({"Уралснаб"; "Уралснаб"}; {"01.09.2026"; "01.10.2026"}; {400000; 300000}) → (blank) / -0,25
 * @example =PERIOD_CHANGE("Уралснаб"; "01.10.2026"; "много") → ⚠ значения: «много» — не число
 */
export function PERIOD_CHANGE(record_keys: unknown, record_dates: unknown, values: unknown): Result {
  const sheet = sheetContext();
  return present(
    sheet,
    withShapeErrors(sheet.lang, 'PERIOD_CHANGE', () =>
      periodChange(record_keys, record_dates, values, sheet.conv),
    ),
  );
}

/**
 * For each record, the values of the same client's previous period (its latest date before this one): what the figure was last time.
 *
 * @param {Array<Array<string>>} record_keys The client of each record, one column. Names match ignoring case, extra spaces and ё/е.
 * @param {Array<Array<Date>>} record_dates The period of each record: a date, or dd.mm.yyyy / yyyy-mm-dd text.
 * @param {Array<Array<string|number>>} values What to bring from the previous period, 1 to K columns, as tall as record_keys.
 * @return One row per record with the previous period's values; blanks without a previous period, or when the client or the date is blank.
 * @customfunction
 * @see Client monitoring (docs/method.md#client-monitoring)
 * @example =PREVIOUS_VALUE(A2:A; B2:B; R2:R) → (each record's days overdue the period before)
 *   Feeds the previous_overdue_days of =CLIENT_SIGNALS, and the segment change on Monitoring.
 * @example =PREVIOUS_VALUE({"Дон-Трейд"; "Дон-Трейд"}; {"01.09.2026"; "01.10.2026"}; {"1 — Ожидает падения"; "2 — Падение зафиксировано"}) → (blank) / 1 — Ожидает падения
 */
export function PREVIOUS_VALUE(record_keys: unknown, record_dates: unknown, values: unknown): Result {
  const sheet = sheetContext();
  return present(
    sheet,
    withShapeErrors(sheet.lang, 'PREVIOUS_VALUE', () =>
      previousValue(record_keys, record_dates, values, sheet.conv),
    ),
  );
}
