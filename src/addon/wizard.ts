/**
 * The server side of the client review sidebar. The sidebar calls these through
 * google.script.run, so every argument and result is plain JSON (days as yyyy-mm-dd).
 * The rules (validation, segment, the rows written) live in src/core; this only finds
 * the sheets and writes, under the document lock so two managers saving at once both land.
 */
import { clients } from '../../sheets-templates/clients';
import { monitoring } from '../../sheets-templates/monitoring';
import type { TableTemplate } from '../../sheets-templates/types';
import { isBlank } from '../core/cells';
import { findLayout } from '../../sheets-templates/layout';
import { type FieldError, type Review, type ReviewForm, clientKey, validateReview } from '../core/review';
import { type KeyedRow, latestOf, prefillForm } from './reviewPrefill';
import { recordDay } from '../core/import/values';
import { inputRuns } from './samples';
import { type Lang, texts } from '../i18n';
import { dayOf, monthStart } from '../core/days';
import { sheetContext, spreadsheetLang, todayIn } from './locale';
import type { Today } from './samples';
import { installTemplates } from './install';
import { logError, withDocumentLock } from './lock';
import { type Cell, isDate, type Conventions } from '../core/vocabulary';
import { reviewRows } from './reviewRows';
import { locateSheet, recordedSheets, settingRangeName, sheetEntries } from './registry';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A setting's value as the sheet holds it, for the sidebar to read exactly as =SEGMENT() does. */
export type SettingValue = string | number | boolean;

export interface WizardStart {
  readonly lang: Lang;
  /** How the spreadsheet writes numbers and days, so the form reads them as its cells would. */
  readonly conv: Conventions;
  /** yyyy-mm-dd in the spreadsheet's time zone. */
  readonly today: string;
  readonly settings: {
    readonly dropThreshold: SettingValue;
    readonly overdueLimit: SettingValue;
    readonly materiality: SettingValue;
  };
  readonly sheets: { readonly clients: string; readonly monitoring: string };
  /** The clients on Clients, to pick one to review; empty before setup. */
  readonly clients: readonly string[];
  /** The form for the client asked for, from its master data and latest period; null for none. */
  readonly prefill: Prefill | null;
}

export interface Prefill {
  readonly form: ReviewForm;
  /** yyyy-mm-dd of the period it was filled from; '' when the client has none on Monitoring yet. */
  readonly latestPeriod: string;
}

/**
 * 'new' asks before touching an existing client; 'update' is the manager's answer "update that
 * client" (its master data), and asks before writing over its Monitoring row of the same period;
 * 'replace' is the answer "replace that period's row".
 */
export type SaveMode = 'new' | 'update' | 'replace';

export type SaveResult =
  | {
      readonly status: 'saved';
      readonly updated: boolean;
      readonly sheet: string;
      readonly row: number;
      readonly monitoringSheet: string;
      readonly monitoringRow: number;
      /** The client's row of this period was there (an update): it was written over, no other. */
      readonly monitoringUpdated: boolean;
    }
  | { readonly status: 'duplicate'; readonly sheet: string; readonly row: number; readonly name: string }
  | { readonly status: 'period'; readonly sheet: string; readonly row: number; readonly period: string }
  | { readonly status: 'invalid'; readonly errors: FieldError[] }
  | { readonly status: 'failed'; readonly message: string };

export function showClientWizard(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(
    texts[spreadsheetLang()].wizard.title,
  );
  SpreadsheetApp.getUi().showSidebar(html);
}

function settingValue(ss: Spreadsheet, key: string, conv: Conventions): SettingValue {
  const value = ss.getRangeByName(settingRangeName(key))?.getValue() as Cell;
  if (isDate(value)) return dayOf(value, conv.timeZone);
  return value === null || value === undefined ? '' : value;
}

/**
 * What the sidebar needs before its first step: the language, today, the workbook's thresholds
 * and its clients; given a client's name, also the form filled in from its master data and
 * latest period, to review an existing client.
 */
export function wizardStart(client?: string): WizardStart {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { lang, conv } = sheetContext();
  const entries = sheetEntries(ss);
  const recorded = recordedSheets();
  const name = (t: TableTemplate) => locateSheet(entries, t, recorded)?.name ?? t.name[lang];
  const [clientTable, monitoringTable] = findTables(ss);
  const rows = isTable(clientTable) ? readRows(clientTable) : [];
  const names = isTable(clientTable)
    ? rows
        .map((r) => r[clientTable.columns.get('name')! - 1])
        .filter((n) => !isBlank(n))
        .map(String)
    : [];
  const prefill =
    typeof client === 'string' && isTable(clientTable) && isTable(monitoringTable)
      ? prefillFor(clientTable, rows, monitoringTable, client, conv)
      : null;
  return {
    lang,
    conv,
    today: todayIn(conv).day,
    settings: {
      dropThreshold: settingValue(ss, 'dropThreshold', conv),
      overdueLimit: settingValue(ss, 'overdueLimit', conv),
      materiality: settingValue(ss, 'materiality', conv),
    },
    sheets: { clients: name(clients), monitoring: name(monitoring) },
    clients: names,
    prefill,
  };
}

interface Table {
  readonly sheet: Sheet;
  readonly template: TableTemplate;
  readonly columns: ReadonlyMap<string, number>;
}

type Found = Table | 'missing' | { readonly foreign: string };

const isTable = (f: Found): f is Table => f !== 'missing' && !('foreign' in f);

/** A row of a table by template key. */
const keyed =
  (table: Table, row: readonly Cell[]): KeyedRow =>
  (key) =>
    row[table.columns.get(key)! - 1] ?? '';

/** The form of a client of the Clients sheet, from its row and its latest Monitoring period. */
function prefillFor(
  clientTable: Table,
  rows: readonly Cell[][],
  monitoringTable: Table,
  client: string,
  conv: Conventions,
): Prefill | null {
  const key = clientKey(client);
  const nameAt = clientTable.columns.get('name')! - 1;
  const row = rows.find((r) => clientKey(r[nameAt]) === key);
  if (!row) return null;
  const clientAt = monitoringTable.columns.get('client')! - 1;
  const history = readRows(monitoringTable)
    .filter((r) => clientKey(r[clientAt]) === key)
    .map((r) => keyed(monitoringTable, r));
  const latest = latestOf(history, conv);
  return {
    form: prefillForm(keyed(clientTable, row), latest?.row, conv),
    latestPeriod: latest?.day ?? '',
  };
}

function findTables(ss: Spreadsheet): [Found, Found] {
  const entries = sheetEntries(ss);
  const recorded = recordedSheets();
  const find = (template: TableTemplate): Found => {
    const found = locateSheet(entries, template, recorded);
    if (!found) return 'missing';
    if (!found.ours) return { foreign: found.name };
    const layout = findLayout(template, found.header);
    return layout.missing.length > 0 ? 'missing' : { sheet: found.sheet, template, columns: layout.columns };
  };
  return [find(clients), find(monitoring)];
}

/** Clients and Monitoring as they are laid out now; setup runs first when either is missing or lacks columns. */
function reviewTables(ss: Spreadsheet, lang: Lang, today: Today): [Table, Table] | { foreign: string } {
  let found = findTables(ss);
  if (found.includes('missing')) {
    installTemplates(ss, lang, today);
    found = findTables(ss);
  }
  for (const f of found) {
    if (f === 'missing') throw new Error('setup did not create the review sheets');
    if ('foreign' in f) return f;
  }
  return found as [Table, Table];
}

/** The data rows of a table, read in one call: enough columns to hold every input column. */
function readRows(table: Table): Cell[][] {
  const last = table.sheet.getLastRow();
  if (last < 2) return [];
  const width = Math.max(...table.columns.values());
  return table.sheet.getRange(2, 1, last - 1, width).getValues() as Cell[][];
}

/**
 * The row after the last one holding anything in an input column. Array formulas fill their
 * columns with blanks to the bottom, so getLastRow() alone would point past the end of the data.
 */
function nextFreeRow(table: Table, rows: readonly Cell[][]): number {
  const inputs = inputRuns(table.template, table.columns, [...table.columns.keys()]).flatMap((r) =>
    r.keys.map((k) => table.columns.get(k)! - 1),
  );
  for (let i = rows.length - 1; i >= 0; i--) {
    if (inputs.some((c) => !isBlank(rows[i][c]))) return i + 3;
  }
  return 2;
}

/**
 * One setValues per run of adjacent input columns: computed columns in between are never
 * written. A new row gets every input column (blank where not given: one run), except a run it
 * has nothing for, whose cells are blank already; an existing row only the columns given, so
 * what the review doesn't ask stays as it is.
 */
function writeRow(table: Table, row: number, cells: Readonly<Record<string, Cell>>, fresh: boolean): void {
  const maxRows = table.sheet.getMaxRows();
  if (row > maxRows) table.sheet.insertRowsAfter(maxRows, row - maxRows);
  const keys = fresh ? [...table.columns.keys()] : Object.keys(cells);
  for (const run of inputRuns(table.template, table.columns, keys)) {
    const values = run.keys.map((k) => cells[k] ?? '');
    if (fresh && values.every((v) => v === '')) continue;
    table.sheet.getRange(row, run.start, 1, run.keys.length).setValues([values]);
  }
}

/** The row of a client's Monitoring period (the lowest, entered last), or undefined. */
function periodRow(table: Table, rows: readonly Cell[][], key: string, day: string, conv: Conventions) {
  const client = table.columns.get('client')! - 1;
  const period = table.columns.get('period')! - 1;
  for (let i = rows.length - 1; i >= 0; i--) {
    if (clientKey(rows[i][client]) === key && recordDay(rows[i][period], conv.timeZone) === day) return i + 2;
  }
  return undefined;
}

/**
 * Saves a review: the client's master data in Clients and its period's row in Monitoring (this
 * month's unless the form says another). With a client of the same name already there, nothing
 * is written unless `mode` is 'update' or 'replace'; with a row of the same client and period
 * already on Monitoring, nothing is written unless `mode` is 'replace', which writes over that
 * row. A row of another period is never written over. Whatever the browser sent is checked
 * again here.
 */
export function saveClientReview(form: ReviewForm, mode: SaveMode): SaveResult {
  const { lang, conv } = sheetContext();
  const t = texts[lang].wizard;
  const checked = validateReview(form, conv);
  if (!checked.ok) return { status: 'invalid', errors: checked.errors };
  try {
    const saved = withDocumentLock(() => save(checked.review, mode, lang, conv));
    return saved.held ? saved.value : { status: 'failed', message: t.busy };
  } catch (e) {
    // Sheets' own errors are in English: they go to the execution log, the manager gets words.
    logError(e);
    return { status: 'failed', message: t.failed(t.unexpected) };
  }
}

/** The save itself, under the lock: setup first if needed, then one row in each sheet. */
function save(review: Review, mode: SaveMode, lang: Lang, conv: Conventions): SaveResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const today = todayIn(conv);
  const tables = reviewTables(ss, lang, today);
  if (!Array.isArray(tables))
    return { status: 'failed', message: texts[lang].wizard.foreign(tables.foreign) };
  const [clientTable, monitoringTable] = tables;
  const rows = readRows(clientTable);
  const nameAt = clientTable.columns.get('name')! - 1;
  const key = clientKey(review.text.name);
  const same = rows.findIndex((r) => clientKey(r[nameAt]) === key);
  const existing = same < 0 ? undefined : same + 2;
  if (existing !== undefined && mode === 'new') {
    return {
      status: 'duplicate',
      sheet: clientTable.sheet.getName(),
      row: existing,
      name: String(rows[same][nameAt]),
    };
  }
  const period = review.period || monthStart(today.day);
  const history = readRows(monitoringTable);
  const samePeriod = periodRow(monitoringTable, history, key, period, conv);
  if (samePeriod !== undefined && mode !== 'replace') {
    return { status: 'period', sheet: monitoringTable.sheet.getName(), row: samePeriod, period };
  }
  const cells = reviewRows(review, lang, today);
  const row = existing ?? nextFreeRow(clientTable, rows);
  writeRow(clientTable, row, cells.clients, existing === undefined);
  const monitoringRow = samePeriod ?? nextFreeRow(monitoringTable, history);
  writeRow(monitoringTable, monitoringRow, cells.monitoring, samePeriod === undefined);
  clientTable.sheet.activate();
  clientTable.sheet.setActiveSelection(
    clientTable.sheet.getRange(row, 1, 1, Math.max(...clientTable.columns.values())),
  );
  SpreadsheetApp.flush();
  return {
    monitoringUpdated: samePeriod !== undefined,
    status: 'saved',
    updated: existing !== undefined,
    sheet: clientTable.sheet.getName(),
    row,
    monitoringSheet: monitoringTable.sheet.getName(),
    monitoringRow,
  };
}
