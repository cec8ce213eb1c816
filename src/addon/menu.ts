/**
 * The add-on menu and the actions behind it. onOpen may run in AuthMode.NONE, where
 * the spreadsheet can't be read, so it only builds the menu then.
 */
import { TEMPLATES } from '../../sheets-templates';
import type { TableTemplate } from '../../sheets-templates/types';
import { type BackupTable, DEFAULT_BACKUPS, checkCoverage, readBackupTable } from '../core/backup';
import { expandColumns, findLayout } from '../../sheets-templates/layout';
import { readBooleanLike } from '../core/cells';
import { type Today, dayOffset, inputRuns, literal, rowsForRun } from './samples';
import { dayOf } from '../core/days';
import { type Lang, langFromLocale, texts } from '../i18n';
import { sheetContext, spreadsheetLang, todayIn } from './locale';
import { installTemplates, summaryText } from './install';
import { logError, withDocumentLock } from './lock';
import { type Cell, CellProblem, type Conventions, isDate, problemOr } from '../core/vocabulary';
import { locateSheet, recordedSheets, settingRangeName, sheetEntries } from './registry';

type AuthEvent = { authMode?: GoogleAppsScript.Script.AuthMode };

const MAX_LISTED = 12;

/** In AuthMode.NONE the spreadsheet's locale is out of reach; the user's own locale is the best guess. */
function menuLang(e?: AuthEvent): Lang {
  if (e?.authMode === ScriptApp.AuthMode.NONE) {
    try {
      return langFromLocale(Session.getActiveUserLocale());
    } catch {
      return 'ru';
    }
  }
  return spreadsheetLang();
}

/**
 * Custom functions can't call TODAY() (Sheets would show "Loading…" and they are not
 * recalculated by the clock), so deadlines count from the Settings date, kept current here.
 */
export function refreshToday(today: Today): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const asOf = ss.getRangeByName(settingRangeName('asOf'));
  const auto = ss.getRangeByName(settingRangeName('autoToday'));
  if (!asOf || !auto || readBooleanLike(auto.getValue() as Cell) === false) return;
  const current = asOf.getValue() as Cell;
  if (isDate(current) && dayOf(current, today.timeZone) === today.day) return;
  asOf.setValue(dayOffset(today, 0));
}

export function onOpen(e?: AuthEvent): void {
  const t = texts[menuLang(e)].addon.menu;
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t.setup, 'setupWorkbook')
    .addItem(t.sample, 'addSampleData')
    .addSeparator()
    .addItem(t.review, 'showClientWizard')
    .addItem(t.importData, 'showImport')
    .addSeparator()
    .addItem(t.fbs, 'checkFbsCoverage')
    .addSeparator()
    .addItem(t.help, 'showHelp')
    .addToUi();
  if (e?.authMode !== ScriptApp.AuthMode.NONE) refreshToday(todayIn(sheetContext().conv));
}

export function onInstall(e?: AuthEvent): void {
  onOpen(e);
}

/**
 * A menu action that writes: under the lock, taken once for the whole action, and answered in
 * the spreadsheet's language whatever happens. An error of Sheets goes to the execution log for
 * the developer; the user is told in words, never shown its English text.
 */
function writingAction(lang: Lang, ui: GoogleAppsScript.Base.Ui, action: () => void): void {
  const t = texts[lang].addon;
  try {
    if (!withDocumentLock(action).held) ui.alert(t.title, t.busy, ui.ButtonSet.OK);
  } catch (e) {
    logError(e);
    ui.alert(t.title, t.failed, ui.ButtonSet.OK);
  }
}

export function setupWorkbook(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { lang, conv } = sheetContext(ss);
  const ui = SpreadsheetApp.getUi();
  writingAction(lang, ui, () => {
    const t = texts[lang].addon;
    ss.toast(t.setup.started, t.title, 10);
    const { report, names } = installTemplates(ss, lang, todayIn(conv));
    ui.alert(t.setup.done, summaryText(lang, report, names), ui.ButtonSet.OK);
  });
}

/** Finds template sheets as setup does: by the id it recorded (so a renamed sheet counts), then by name. */
function sheetFinder(ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  const entries = sheetEntries(ss);
  const recorded = recordedSheets();
  return (t: TableTemplate) => locateSheet(entries, t, recorded);
}

export function addSampleData(): void {
  const { lang, conv } = sheetContext();
  writingAction(lang, SpreadsheetApp.getUi(), () => fillSamples(lang, conv));
}

/** Fills empty template sheets with the playbook's examples; a sheet with any data of the user's is skipped. */
function fillSamples(lang: Lang, conv: Conventions): void {
  const t = texts[lang].addon;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  ss.toast(t.setup.started, t.title, 10);
  const today = todayIn(conv);
  installTemplates(ss, lang, today);
  const added: string[] = [];
  const skipped: string[] = [];
  const find = sheetFinder(ss);
  for (const template of TEMPLATES) {
    if (template.kind !== 'table' || !template.samples) continue;
    const found = find(template);
    if (!found) continue;
    if (!found.ours) {
      skipped.push(found.name);
      continue;
    }
    const sheet = found.sheet;
    const width = Math.max(sheet.getLastColumn(), 1);
    const lastRow = sheet.getLastRow();
    const block =
      lastRow >= 2
        ? sheet.getRange(1, 1, lastRow, width).getValues()
        : [sheet.getRange(1, 1, 1, width).getValues()[0]];
    const layout = findLayout(template, block[0]);
    const inputs = inputRuns(template, layout.columns, [...layout.columns.keys()]).flatMap((r) => r.keys);
    const hasData = block.slice(1).some((row) => inputs.some((k) => row[layout.columns.get(k)! - 1] !== ''));
    if (hasData) {
      skipped.push(sheet.getName());
      continue;
    }
    const placed = expandColumns(template);
    const columnOf = (k: string) => placed.find((p) => p.key === k)?.column;
    for (const run of inputRuns(template, layout.columns, [...layout.columns.keys()])) {
      const rows = rowsForRun(run, template.samples, columnOf, lang, today);
      sheet.getRange(2, run.start, rows.length, run.keys.length).setValues(rows);
    }
    writeSampleHeaders(sheet, template, layout.columns, block[0], lang);
    added.push(sheet.getName());
  }
  const lines = [
    added.length ? t.sample.added(added.join(', ')) : t.sample.nothing,
    skipped.length ? t.sample.skipped(skipped.join(', ')) : '',
  ].filter(Boolean);
  SpreadsheetApp.getUi().alert(t.sample.done, lines.join('\n\n'), SpreadsheetApp.getUi().ButtonSet.OK);
}

/** Names the employee columns after the deck's roles, where they still carry the template's default header. */
function writeSampleHeaders(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  template: TableTemplate,
  columns: ReadonlyMap<string, number>,
  header: readonly unknown[],
  lang: Lang,
): void {
  const headers = template.sampleHeaders;
  if (!headers) return;
  const defaults = new Map(expandColumns(template).map((p) => [p.key, p.header]));
  const keys = Object.keys(headers).filter((k) => {
    const current = String(header[columns.get(k)! - 1] ?? '');
    const d = defaults.get(k);
    return current === '' || current === d?.ru || current === d?.en;
  });
  for (const run of inputRuns(template, columns, keys)) {
    sheet
      .getRange(1, run.start, 1, run.keys.length)
      .setValues([run.keys.map((k) => literal(headers[k][lang]))]);
  }
}

/** A table sheet's values and where its template columns sit; undefined when setup has not made it. */
function readTable(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, id: string) {
  const template = TEMPLATES.find((x): x is TableTemplate => x.id === id)!;
  const found = sheetFinder(ss)(template);
  if (!found?.ours) return undefined;
  const sheet = found.sheet;
  const values = sheet
    .getRange(1, 1, Math.max(sheet.getLastRow(), 1), Math.max(sheet.getLastColumn(), 1))
    .getValues() as Cell[][];
  const layout = findLayout(template, values[0]);
  const at = (k: string) => (layout.columns.get(k) ?? 0) - 1;
  return { template, values, at };
}

export function checkFbsCoverage(): void {
  const { lang, conv } = sheetContext();
  const t = texts[lang].addon.fbs;
  const ui = SpreadsheetApp.getUi();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const matrix = readTable(ss, 'fbsMatrix');
  if (!matrix) {
    ui.alert(t.title, t.noMatrix, ui.ButtonSet.OK);
    return;
  }
  const employees = expandColumns(matrix.template)
    .filter((p) => p.repeated)
    .map((p) => matrix.at(p.key));
  const listed = readTable(ss, 'fbsFunctions');
  const levels = readTable(ss, 'fbsLevels');
  const column = (table: typeof listed, key: string): Cell[] =>
    table && table.at(key) >= 0 ? table.values.slice(1).map((row) => row[table.at(key)]) : [];
  const read = problemOr(() => readBackupTable([column(levels, 'backups')], 'required_backups', conv));
  const table: BackupTable = read instanceof CellProblem ? DEFAULT_BACKUPS : read;
  const report = checkCoverage(
    matrix.values.slice(1).map((row) => ({
      name: row[matrix.at('function')],
      level: row[matrix.at('level')],
      roles: employees.map((i) => row[i]),
    })),
    listed
      ? listed.values
          .slice(1)
          .map((row) => ({ name: row[listed.at('function')], level: row[listed.at('level')] }))
      : [],
    table,
  );
  const { total, attention, continuations, missing, levelsDiffer } = report;
  if (total === 0 && continuations.length === 0) {
    ui.alert(t.title, t.empty, ui.ButtonSet.OK);
    return;
  }
  const common = texts[lang].common;
  const lines: string[] = [];
  if (read instanceof CellProblem) lines.push(t.badLevels(common.problem(read)), '');
  if (attention.length === 0) lines.push(t.ok(total));
  else {
    lines.push(t.summary(attention.length, total));
    lines.push(
      ...attention
        .slice(0, MAX_LISTED)
        .map((a) => ('gap' in a ? t.short(a.name, a.gap) : t.problem(a.name, common.problem(a.problem)))),
    );
    if (attention.length > MAX_LISTED) lines.push(t.more(attention.length - MAX_LISTED));
  }
  const byParent = new Map<string, number[]>();
  for (const c of continuations) byParent.set(c.of, [...(byParent.get(c.of) ?? []), c.row]);
  if (byParent.size > 0) {
    lines.push('', t.continuationsTitle(continuations.length));
    for (const [of, rows] of byParent) lines.push(t.continuation(rows, of));
  }
  if (missing.length > 0) {
    lines.push('', t.missingTitle(missing.length));
    lines.push(...missing.slice(0, MAX_LISTED).map((name) => `• ${name}`));
    if (missing.length > MAX_LISTED) lines.push(t.more(missing.length - MAX_LISTED));
  }
  if (levelsDiffer.length > 0) {
    lines.push('', t.levelsTitle(levelsDiffer.length));
    lines.push(...levelsDiffer.slice(0, MAX_LISTED).map((d) => t.levelDiffers(d.name, d.listed, d.matrix)));
    if (levelsDiffer.length > MAX_LISTED) lines.push(t.more(levelsDiffer.length - MAX_LISTED));
  }
  ui.alert(t.title, lines.join('\n'), ui.ButtonSet.OK);
}

export function showHelp(): void {
  const t = texts[spreadsheetLang()].addon.help;
  const ui = SpreadsheetApp.getUi();
  ui.alert(t.title, t.body, ui.ButtonSet.OK);
}
