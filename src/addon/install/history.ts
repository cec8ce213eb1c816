/**
 * A workbook of an older version kept each client's purchases now, retail change, forecast and
 * days overdue on Clients; they now live on Monitoring, one row per client and period, and
 * Clients shows each client's latest period. Setup moves them once: every client becomes a
 * Monitoring row dated this month (or its latest period if later), appended below the rest, so
 * it is the latest and the segment stays what it was. Nothing is deleted or written over: the
 * old columns keep their values, with a note saying where they went.
 */
import type { SheetLayout } from '../../../sheets-templates/layout';
import type { TableTemplate } from '../../../sheets-templates/types';
import { isBlank } from '../../core/cells';
import { type IsoDay, dateOf, monthStart } from '../../core/days';
import { recordDay } from '../../core/import/values';
import { clientKey } from '../../core/review';
import type { Cell } from '../../core/vocabulary';
import { normalizeWords } from '../../core/words';
import type { Lang } from '../../i18n';
import { inputRuns, literal, type Today } from '../samples';
import type { SetupReport } from './summary';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Set once the values have moved, so a later setup never moves them twice. */
const PROP_MOVED = 'ac.history';

export interface PlacedTable {
  readonly template: TableTemplate;
  readonly sheet: Sheet;
  readonly created: boolean;
  readonly layout: SheetLayout;
  /** The header row as setup found it. */
  readonly header: readonly Cell[];
}

/** The retired columns the sheet still has, by 0-based position. */
function retiredColumns(t: TableTemplate, header: readonly Cell[]) {
  const names = header.map((h) => normalizeWords(String(h ?? '')));
  return (t.retired ?? []).flatMap((r) => {
    const at = names.findIndex(
      (n) => n !== '' && (n === normalizeWords(r.header.ru) || n === normalizeWords(r.header.en)),
    );
    return at < 0 ? [] : [{ retired: r, at }];
  });
}

/** Rows of a sheet below its header, `width` columns wide; none for an empty sheet. */
function dataRows(sheet: Sheet, width: number): Cell[][] {
  const last = sheet.getLastRow();
  return last < 2 ? [] : (sheet.getRange(2, 1, last - 1, width).getValues() as Cell[][]);
}

/** Moves the retired columns' values of `from` (Clients) into periods of `to` (Monitoring), once. */
export function moveRetiredValues(
  from: PlacedTable | undefined,
  to: PlacedTable | undefined,
  lang: Lang,
  today: Today,
  report: SetupReport,
): void {
  if (!from || !to || from.created) return;
  const retired = retiredColumns(from.template, from.header);
  if (retired.length === 0) return;
  const props = PropertiesService.getDocumentProperties();
  if (props.getProperty(PROP_MOVED)) return;

  const nameAt = from.layout.columns.get('name')! - 1;
  const clients = dataRows(from.sheet, Math.max(nameAt, ...retired.map((r) => r.at)) + 1);
  const col = (key: string) => to.layout.columns.get(key)! - 1;
  const inputs = inputRuns(to.template, to.layout.columns, [...to.layout.columns.keys()]).flatMap((r) =>
    r.keys.map(col),
  );
  const history = to.created ? [] : dataRows(to.sheet, Math.max(...inputs) + 1);
  const latest = new Map<string, IsoDay>();
  let used = 0;
  history.forEach((row, i) => {
    if (inputs.some((c) => !isBlank(row[c]))) used = i + 1;
    const day = recordDay(row[col('period')], today.timeZone);
    const key = clientKey(row[col('client')]);
    if (day && key && day > (latest.get(key) ?? '')) latest.set(key, day);
  });

  const thisMonth = monthStart(today.day);
  const rows: Array<Record<string, Cell>> = [];
  for (const row of clients) {
    const name = row[nameAt];
    if (isBlank(name)) continue;
    const values = retired.map((r) => row[r.at]);
    const before = latest.get(clientKey(name));
    if (values.every(isBlank) && before === undefined) continue;
    const period = before && before > thisMonth ? before : thisMonth;
    const cells: Record<string, Cell> = { client: literal(name), period: dateOf(period, today.timeZone) };
    retired.forEach((r, i) => (cells[r.retired.movedTo] = literal(values[i] ?? '')));
    rows.push(cells);
  }

  if (rows.length > 0) {
    const start = used + 2;
    const needed = start + rows.length - 1;
    const maxRows = to.sheet.getMaxRows();
    if (needed > maxRows) to.sheet.insertRowsAfter(maxRows, needed - maxRows);
    for (const run of inputRuns(to.template, to.layout.columns, Object.keys(rows[0]))) {
      to.sheet
        .getRange(start, run.start, rows.length, run.keys.length)
        .setValues(rows.map((cells) => run.keys.map((k) => cells[k])));
    }
  }
  for (const r of retired) from.sheet.getRange(1, r.at + 1).setNote(r.retired.note[lang]);
  props.setProperty(PROP_MOVED, '1');
  report.moved.push({ clients: rows.length, from: from.sheet.getName(), to: to.sheet.getName() });
}
