/**
 * The server side of «Импорт данных» / "Import data": the sidebar's calls, and the contract
 * importTable(table, options). The rules (headers, periods, figures, the plan) live in
 * src/core/import; this finds Clients and Monitoring, builds every write, then writes in
 * blocks under the document lock. Everything crossing google.script.run is JSON (days as
 * yyyy-mm-dd text); a table or a call that can't be imported throws an Error whose message
 * says why in the spreadsheet's language, with nothing written.
 */
import { TEMPLATES } from '../../../sheets-templates';
import { clients } from '../../../sheets-templates/clients';
import { monitoring } from '../../../sheets-templates/monitoring';
import { dateOf, dayOf } from '../../core/days';
import { type ImportPlan, type PlannedRow, planImport } from '../../core/import/plan';
import { type ImportOptions, type ImportRead, readImportTable, tableFailure } from '../../core/import/read';
import { type Conventions, isDate } from '../../core/vocabulary';
import { type Lang, texts } from '../../i18n';
import { failureText, skipReason } from '../../i18n/import';
import { withDocumentLock } from '../lock';
import { locateSheet, recordedSheets, sheetEntries } from '../registry';
import { literal } from '../samples';
import { sheetContext, todayIn } from '../locale';
import { type SheetData, existingData, importSheets, nextFreeRow } from './sheets';
import { CLIENT_KEYS, MONITORING_KEYS } from './targets';
import {
  type RowCells,
  type Step,
  WriteFailure,
  applyAll,
  blocks,
  growStep,
  messageOf,
  writeStep,
} from './writes';

/** A cell as it crosses google.script.run: JSON, so a day is yyyy-mm-dd text. */
export type WireCell = string | number | boolean | null;

export interface ImportStart {
  readonly lang: Lang;
  /** How the spreadsheet writes numbers and days. */
  readonly conv: Conventions;
  /** yyyy-mm-dd in the spreadsheet's time zone. */
  readonly today: string;
  /** Sheets an export may have been brought into (File › Import): every sheet with data but the add-on's. */
  readonly sheets: readonly string[];
  /** Where an import writes, as the sheets are named in this spreadsheet. */
  readonly targets: { readonly clients: string; readonly monitoring: string };
}

export interface ImportResult {
  readonly added: number;
  readonly updated: number;
  readonly newClients: number;
  /** `row`: 1-based in the table, the header being row 1; `reason` in the spreadsheet's language. */
  readonly skipped: ReadonlyArray<{ readonly row: number; readonly reason: string }>;
}

export function showImport(): void {
  const { lang } = sheetContext(SpreadsheetApp.getActiveSpreadsheet());
  const html = HtmlService.createHtmlOutputFromFile('import').setTitle(texts[lang].import.title);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** What the sidebar needs first: the language, today, and the sheets to import from and into. */
export function importStart(): ImportStart {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { lang, conv } = sheetContext(ss);
  const entries = sheetEntries(ss);
  const recorded = recordedSheets();
  const ids = new Set(Object.values(recorded));
  const names = new Set(TEMPLATES.flatMap((t) => [t.name.ru, t.name.en]));
  const target = (t: typeof clients) => locateSheet(entries, t, recorded)?.name ?? t.name[lang];
  return {
    lang,
    conv,
    today: todayIn(conv).day,
    sheets: entries
      .filter((e) => !ids.has(e.id) && !names.has(e.name) && e.sheet.getLastRow() > 0)
      .map((e) => e.name),
    targets: { clients: target(clients), monitoring: target(monitoring) },
  };
}

/** A sheet's rows for the sidebar's preview and importTable: dates as yyyy-mm-dd, trailing blank rows dropped. */
export function importSheet(name: string): { readonly rows: WireCell[][] } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { lang, conv } = sheetContext(ss);
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(texts[lang].import.noSheet(name));
  const values = sheet.getDataRange().getValues() as unknown[][];
  const rows = values.map((row) =>
    row.map((c): WireCell => (isDate(c) ? dayOf(c, conv.timeZone) : ((c as WireCell) ?? ''))),
  );
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === '')) rows.pop();
  const unfit = tableFailure(rows);
  if (unfit && unfit.failure !== 'empty') throw new Error(failureText(lang, unfit));
  return { rows };
}

/** The figures a row gives Monitoring, by column key: the table's figure columns only. */
function figureCells(read: ImportRead, row: PlannedRow): RowCells {
  return Object.fromEntries(read.figures.map((f) => [MONITORING_KEYS.figures[f], row.figures[f] ?? '']));
}

function monitoringRows(read: ImportRead, plan: ImportPlan, sheet: SheetData, timeZone: string) {
  const rows = new Map<number, RowCells>();
  for (const { record, row } of plan.update) rows.set(record + 2, figureCells(read, row));
  // An export holds a month or a few: each period's date cell is worked out once.
  const dates = new Map<string, Date>();
  const dateCell = (period: string) =>
    dates.get(period) ?? dates.set(period, dateOf(period, timeZone)).get(period)!;
  let next = nextFreeRow(sheet);
  for (const row of plan.add) {
    rows.set(next++, {
      [MONITORING_KEYS.client]: literal(row.name),
      [MONITORING_KEYS.period]: dateCell(row.period),
      ...figureCells(read, row),
    });
  }
  return rows;
}

/** New clients' rows: the name, and the manager and region when the table has them. */
function clientRows(plan: ImportPlan, sheet: SheetData) {
  const rows = new Map<number, RowCells>();
  let next = nextFreeRow(sheet);
  for (const row of plan.newClients) {
    const cells: Record<string, unknown> = { [CLIENT_KEYS.name]: literal(row.client) };
    if (row.manager !== undefined) cells[CLIENT_KEYS.manager] = literal(row.manager);
    if (row.region !== undefined) cells[CLIENT_KEYS.region] = literal(row.region);
    rows.set(next++, cells as RowCells);
  }
  return rows;
}

/** A sheet's steps: rows added below when needed, then one block per span, each with its undo. */
function sheetSteps(data: SheetData, rows: ReadonlyMap<number, RowCells>, rewritesData: boolean): Step[] {
  if (rows.size === 0 || !data.sheet) return [];
  // Cells written back unchanged need their formulas, read only when a block covers existing rows.
  const current = { values: data.values, formulas: rewritesData ? data.range!.getFormulas() : undefined };
  const written = blocks(data.template, data.columns, rows, current);
  const before = blocks(data.template, data.columns, rows, current, true);
  const grow = growStep(data.sheet, data.values.length, Math.max(...rows.keys()));
  return [...(grow ? [grow] : []), ...written.map((b, i) => writeStep(data.sheet!, b, before[i]))];
}

/** Thrown with a text meant for the person: passed on as it is. */
class Refusal extends Error {}

function runImport(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
  conv: Conventions,
  read: ImportRead,
  dryRun: boolean,
): ImportResult {
  const found = importSheets(ss, lang, todayIn(conv), dryRun);
  if ('foreign' in found) throw new Refusal(texts[lang].import.foreign(found.foreign));
  const [clientSheet, monitoringSheet] = found;
  const plan = planImport(read, existingData(clientSheet, monitoringSheet, conv));
  const result: ImportResult = {
    added: plan.add.length,
    updated: plan.update.length,
    newClients: plan.newClients.length,
    skipped: plan.skipped.map((s) => ({ row: s.row, reason: skipReason(lang, s) })),
  };
  if (dryRun) return result;
  // Every write is built before the first is made.
  const steps = [
    ...sheetSteps(
      monitoringSheet,
      monitoringRows(read, plan, monitoringSheet, conv.timeZone),
      plan.update.length > 0,
    ),
    ...sheetSteps(clientSheet, clientRows(plan, clientSheet), false),
  ];
  applyAll(steps);
  return result;
}

/**
 * Imports a table of an export into Monitoring (one row per client and period) and Clients
 * (clients not there yet). `options.mapping` names a header text of the table per field;
 * `options.period` is the period of rows without one; `options.dryRun` writes nothing and
 * returns the same counts. Holds the document lock; a constant number of service calls
 * whatever the table's size.
 */
export function importTable(table: WireCell[][], options?: ImportOptions): ImportResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { lang, conv } = sheetContext(ss);
  const t = texts[lang].import;
  const read = readImportTable(table, options ?? {}, conv);
  if ('failure' in read) throw new Error(failureText(lang, read));
  const locked = withDocumentLock(() => {
    try {
      return runImport(ss, lang, conv, read, options?.dryRun === true);
    } catch (e) {
      if (e instanceof Refusal) throw e;
      const message =
        e instanceof WriteFailure && !e.undone ? t.partial(messageOf(e)) : t.failed(messageOf(e));
      throw new Error(message, { cause: e });
    }
  });
  if (!locked.held) throw new Error(t.busy);
  return locked.value;
}
