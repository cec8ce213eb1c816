/**
 * Set up workbook: creates the playbook's sheets from sheets-templates/ and brings
 * older or partial ones up to date, without touching a cell the user typed.
 * Every write covers a whole header row or column, so the number of Spreadsheet
 * calls depends on the templates, never on how many rows the user has.
 */
import { TEMPLATES, TEMPLATE_VERSION } from '../../sheets-templates';
import type {
  ColumnType,
  ReportTemplate,
  SettingsTemplate,
  SheetId,
  SheetTemplate,
  TableTemplate,
} from '../../sheets-templates/types';
import { quoteValue } from '../i18n/common';
import {
  type PlacedColumn,
  type SheetLayout,
  type WorkbookLayout,
  columnLetter,
  expandColumns,
  findLayout,
  formulaContext,
  looksLikeTemplate,
} from '../../sheets-templates/layout';
import { sameFormula } from '../core/formula';
import { dayOffset, literal, rowsForRun, inputRuns, sampleCell } from './samples';
import { type Lang, texts } from '../i18n';
import { type Cell } from '../core/vocabulary';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const PROP_SHEETS = 'ac.sheets';
const PROP_VERSION = 'ac.templateVersion';
const PROP_FORMULAS = 'ac.formulas';
const HEADER_BACKGROUND = '#e8eaed';

/** The named range of a setting: language-neutral, so formulas survive a change of locale. */
export function settingRangeName(key: string): string {
  return `AC_${key.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}`;
}

const NUMBER_FORMATS: Partial<Record<ColumnType, Record<Lang, string>>> = {
  number: { ru: '#,##0.##', en: '#,##0.##' },
  integer: { ru: '0', en: '0' },
  money: { ru: '#,##0', en: '#,##0' },
  percent: { ru: '0.0%', en: '0.0%' },
  date: { ru: 'dd.mm.yyyy', en: 'yyyy-mm-dd' },
};

export interface SetupReport {
  readonly created: string[];
  readonly updated: string[];
  readonly foreign: string[];
  readonly occupied: string[];
  /** Formulas that need a sheet left alone as foreign, so they could not be built. */
  readonly unresolved: string[];
}

interface Placement {
  readonly template: SheetTemplate;
  readonly sheet: Sheet;
  readonly created: boolean;
  readonly layout?: SheetLayout;
}

function readJson<T>(props: GoogleAppsScript.Properties.Properties, key: string, fallback: T): T {
  const raw = props.getProperty(key);
  return raw ? (JSON.parse(raw) as T) : fallback;
}

function headerRowOf(sheet: Sheet): Cell[] {
  const width = Math.max(sheet.getLastColumn(), 1);
  return sheet.getRange(1, 1, 1, width).getValues()[0] as Cell[];
}

function isOurs(template: SheetTemplate, header: readonly Cell[]): boolean {
  const first = String(header[0] ?? '').trim();
  switch (template.kind) {
    case 'table':
      return looksLikeTemplate(template, header);
    case 'settings':
      return first === template.headers[0].ru || first === template.headers[0].en;
    case 'report':
      return first === template.title.ru || first === template.title.en;
  }
}

/** What a column's check requires; undefined for columns without one (text, computed). */
type Criterion =
  | { readonly kind: 'list'; readonly values: readonly string[] }
  | { readonly kind: 'date' }
  | { readonly kind: 'atLeast'; readonly min: number };

function criterionFor(type: ColumnType, choices?: readonly string[], min?: number): Criterion | undefined {
  if (type === 'choice' && choices) return { kind: 'list', values: choices };
  if (type === 'date') return { kind: 'date' };
  if (type === 'percent') return { kind: 'atLeast', min: min ?? -1 };
  if (min !== undefined && (type === 'number' || type === 'integer' || type === 'money')) {
    return { kind: 'atLeast', min };
  }
  return undefined;
}

/** A warning-only check: what the user typed is kept and marked, never refused. */
function validation(c: Criterion, help: string): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(true).setHelpText(help);
  switch (c.kind) {
    case 'list':
      return builder.requireValueInList([...c.values], true).build();
    case 'date':
      return builder.requireDate().build();
    case 'atLeast':
      return builder.requireNumberGreaterThanOrEqualTo(c.min).build();
  }
}

export interface SheetEntry {
  readonly sheet: Sheet;
  readonly id: number;
  readonly name: string;
}

export function sheetEntries(ss: Spreadsheet): SheetEntry[] {
  return ss.getSheets().map((sheet) => ({ sheet, id: sheet.getSheetId(), name: sheet.getName() }));
}

/** The sheet ids setup placed each template on: a renamed sheet is still found by its id. */
export function recordedSheets(
  props = PropertiesService.getDocumentProperties(),
): Partial<Record<SheetId, number>> {
  return readJson<Partial<Record<SheetId, number>>>(props, PROP_SHEETS, {});
}

/**
 * The sheet of a template: the one setup recorded, else one named like it in either language.
 * It is `ours` when recorded, or when its header looks like the template's; a sheet of the user's
 * that only shares the name is not.
 */
export function locateSheet(
  entries: readonly SheetEntry[],
  template: SheetTemplate,
  recorded: Partial<Record<SheetId, number>>,
): (SheetEntry & { readonly header: Cell[]; readonly ours: boolean }) | undefined {
  const found =
    entries.find((e) => e.id === recorded[template.id]) ??
    entries.find((e) => e.name === template.name.ru || e.name === template.name.en);
  if (!found) return undefined;
  const header = headerRowOf(found.sheet);
  return { ...found, header, ours: recorded[template.id] === found.id || isOurs(template, header) };
}

/** Finds or creates every template sheet, then fills in what each one lacks. */
export function installTemplates(ss: Spreadsheet, lang: Lang, today: Date): SetupReport {
  const props = PropertiesService.getDocumentProperties();
  const recorded = recordedSheets(props);
  const ourFormulas = readJson<Record<string, string>>(props, PROP_FORMULAS, {});
  const report: SetupReport = { created: [], updated: [], foreign: [], occupied: [], unresolved: [] };
  const existing = sheetEntries(ss);
  let sheetCount = existing.length;

  const placements: Placement[] = [];
  for (const template of TEMPLATES) {
    const found = locateSheet(existing, template, recorded);
    if (!found) {
      const sheet = ss.insertSheet(template.name[lang], sheetCount++);
      placements.push({ template, sheet, created: true, layout: initialLayout(template) });
      continue;
    }
    if (!found.ours) {
      report.foreign.push(found.name);
      continue;
    }
    placements.push({
      template,
      sheet: found.sheet,
      created: false,
      layout: template.kind === 'table' ? findLayout(template, found.header) : undefined,
    });
  }

  const names = Object.fromEntries(TEMPLATES.map((t) => [t.id, t.name[lang]])) as Record<SheetId, string>;
  for (const p of placements) names[p.template.id] = p.sheet.getName();
  const workbook: WorkbookLayout = {
    lang,
    names,
    tables: Object.fromEntries(
      placements.filter((p) => p.layout).map((p) => [p.template.id, p.layout!.columns]),
    ),
    settingName: settingRangeName,
  };

  for (const p of placements) {
    const changed = applyTemplate(ss, p, workbook, ourFormulas, report, today);
    if (p.created) report.created.push(names[p.template.id]);
    else if (changed) report.updated.push(names[p.template.id]);
  }

  props.setProperties({
    [PROP_SHEETS]: JSON.stringify(
      Object.fromEntries(placements.map((p) => [p.template.id, p.sheet.getSheetId()])),
    ),
    [PROP_VERSION]: String(TEMPLATE_VERSION),
    [PROP_FORMULAS]: JSON.stringify(ourFormulas),
  });
  return report;
}

function initialLayout(template: SheetTemplate): SheetLayout | undefined {
  return template.kind === 'table' ? findLayout(template, []) : undefined;
}

function applyTemplate(
  ss: Spreadsheet,
  p: Placement,
  workbook: WorkbookLayout,
  ourFormulas: Record<string, string>,
  report: SetupReport,
  today: Date,
): boolean {
  const { template } = p;
  switch (template.kind) {
    case 'table':
      return applyTable(p.sheet, template, p.layout!, p.created, workbook, ourFormulas, report, today);
    case 'settings':
      return applySettings(ss, p.sheet, template, p.created, workbook.lang, today);
    case 'report':
      return applyReport(p.sheet, template, p.created, workbook, report);
  }
}

function styleHeader(range: GoogleAppsScript.Spreadsheet.Range): void {
  range.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true).setVerticalAlignment('middle');
}

function applyTable(
  sheet: Sheet,
  template: TableTemplate,
  layout: SheetLayout,
  created: boolean,
  workbook: WorkbookLayout,
  ourFormulas: Record<string, string>,
  report: SetupReport,
  today: Date,
): boolean {
  const lang = workbook.lang;
  const maxRows = sheet.getMaxRows();
  let changed = false;
  if (created && template.tabColor) sheet.setTabColor(template.tabColor);

  const missing = layout.missing;
  if (missing.length > 0) {
    changed = true;
    const first = layout.columns.get(missing[0].key)!;
    const last = first + missing.length - 1;
    const maxCols = sheet.getMaxColumns();
    if (maxCols < last) sheet.insertColumnsAfter(maxCols, last - maxCols);
    const header = sheet.getRange(1, first, 1, missing.length);
    header
      .setValues([missing.map((m) => m.header[lang])])
      .setNotes([missing.map((m) => m.column.note[lang])]);
    styleHeader(header);
    for (const m of missing) {
      const at = layout.columns.get(m.key)!;
      const data = sheet.getRange(2, at, maxRows - 1, 1);
      if (m.column.width) sheet.setColumnWidth(at, m.column.width);
      const format = NUMBER_FORMATS[m.column.type]?.[lang];
      if (format) data.setNumberFormat(format);
      const criterion = columnCriterion(m, lang);
      if (criterion) data.setDataValidation(validation(criterion, m.column.note[lang]));
    }
  }
  changed = restoreValidations(sheet, layout, missing, maxRows, lang) || changed;
  if (sheet.getFrozenRows() < 1) {
    sheet.setFrozenRows(1);
    changed = true;
  }

  const ctx = formulaContext(workbook, template.id);
  const computed = expandColumns(template).filter((c) => c.column.type === 'computed');
  const withFormula = computed.filter((c) => c.column.formula);
  if (computed.length > 0) {
    const width = Math.max(...computed.map((c) => layout.columns.get(c.key)!));
    const row2 = sheet.getRange(2, 1, 1, width);
    const formulas = row2.getFormulas()[0];
    const values = row2.getValues()[0];
    for (const c of withFormula) {
      const at = layout.columns.get(c.key)!;
      const built = buildFormula(
        () => c.column.formula!(ctx),
        `${workbook.names[template.id]}!${columnLetter(at)}2`,
        report,
      );
      if (built === undefined) continue;
      const expected = `=${built}`;
      const current = formulas[at - 1];
      const id = `${template.id}.${c.key}`;
      if (sameFormula(current, expected)) continue;
      const free = current === '' && (values[at - 1] === '' || values[at - 1] === null);
      const olderOfOurs =
        current !== '' && ourFormulas[id] !== undefined && sameFormula(current, ourFormulas[id]);
      if (!free && !olderOfOurs) {
        report.occupied.push(
          `${workbook.names[template.id]}!${columnLetter(at)}2 (${quoteValue(current || (values[at - 1] as Cell))})`,
        );
        continue;
      }
      sheet.getRange(2, at).setFormula(expected);
      ourFormulas[id] = expected;
      changed = true;
    }
    changed =
      protectComputed(
        sheet,
        computed.map((c) => layout.columns.get(c.key)!),
        maxRows,
        lang,
      ) || changed;
  }
  changed = addColours(sheet, template, layout, workbook, report) || changed;

  if (created && template.initialRows) {
    const columnOf = (k: string) => expandColumns(template).find((c) => c.key === k)?.column;
    for (const run of inputRuns(template, layout.columns, [...layout.columns.keys()])) {
      const rows = rowsForRun(run, template.initialRows, columnOf, lang, today);
      sheet.getRange(2, run.start, rows.length, run.keys.length).setValues(rows);
    }
  }
  return changed;
}

/** A formula, or undefined (noted in the report) when it needs a sheet that isn't the add-on's. */
function buildFormula(build: () => string, where: string, report: SetupReport): string | undefined {
  try {
    return build();
  } catch {
    report.unresolved.push(where);
    return undefined;
  }
}

function columnCriterion(p: PlacedColumn, lang: Lang): Criterion | undefined {
  return criterionFor(p.column.type, p.column.choices?.[lang], p.column.min);
}

/** An older or hand-edited sheet may lack a column's dropdown or check: put it back (values stay). */
function restoreValidations(
  sheet: Sheet,
  layout: SheetLayout,
  added: readonly PlacedColumn[],
  maxRows: number,
  lang: Lang,
): boolean {
  const addedKeys = new Set(added.map((m) => m.key));
  const existing = [...layout.placed].filter((p) => !addedKeys.has(p.key) && columnCriterion(p, lang));
  if (existing.length === 0) return false;
  const width = Math.max(...existing.map((p) => layout.columns.get(p.key)!));
  const present = sheet.getRange(2, 1, 1, width).getDataValidations()[0];
  let changed = false;
  for (const p of existing) {
    const at = layout.columns.get(p.key)!;
    if (present[at - 1]) continue;
    sheet
      .getRange(2, at, maxRows - 1, 1)
      .setDataValidation(validation(columnCriterion(p, lang)!, p.column.note[lang]));
    changed = true;
  }
  return changed;
}

function protectComputed(sheet: Sheet, columns: readonly number[], maxRows: number, lang: Lang): boolean {
  const protectedA1 = new Set(
    sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).map((p) => p.getRange().getA1Notation()),
  );
  let changed = false;
  for (const at of columns) {
    const range = sheet.getRange(2, at, maxRows - 1, 1);
    const a1 = `${columnLetter(at)}2:${columnLetter(at)}${maxRows}`;
    if (protectedA1.has(a1)) continue;
    range.protect().setWarningOnly(true).setDescription(texts[lang].addon.protection);
    changed = true;
  }
  return changed;
}

function addColours(
  sheet: Sheet,
  template: TableTemplate,
  layout: SheetLayout,
  workbook: WorkbookLayout,
  report: SetupReport,
): boolean {
  if (!template.colours?.length) return false;
  const ctx = formulaContext(workbook, template.id);
  const cell = (key: string) => `$${columnLetter(layout.columns.get(key)!)}2`;
  const rules = sheet.getConditionalFormatRules();
  const present = new Set(
    rules.map(
      (r) =>
        `${r.getBooleanCondition()?.getCriteriaValues()[0]}@${r.getRanges().map((g) => g.getA1Notation())}`,
    ),
  );
  const added = template.colours.flatMap((c) => {
    const at = columnLetter(layout.columns.get(c.column)!);
    const built = buildFormula(() => c.formula(ctx, cell), `${workbook.names[template.id]}!${at}`, report);
    if (built === undefined) return [];
    const formula = `=${built}`;
    const range = sheet.getRange(`${at}2:${at}`);
    if (present.has(`${formula}@${range.getA1Notation()}`)) return [];
    let builder = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(formula)
      .setBackground(c.background);
    if (c.fontColor) builder = builder.setFontColor(c.fontColor);
    return [builder.setRanges([range]).build()];
  });
  if (added.length === 0) return false;
  sheet.setConditionalFormatRules([...rules, ...added]);
  return true;
}

function applySettings(
  ss: Spreadsheet,
  sheet: Sheet,
  template: SettingsTemplate,
  created: boolean,
  lang: Lang,
  today: Date,
): boolean {
  if (created) {
    if (template.tabColor) sheet.setTabColor(template.tabColor);
    const header = sheet.getRange(1, 1, 1, 3);
    header.setValues([template.headers.map((h) => h[lang])]);
    styleHeader(header);
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 280).setColumnWidth(2, 120).setColumnWidth(3, 520);
  }
  const named = new Set(ss.getNamedRanges().map((r) => r.getName()));
  const missing = template.settings.filter((s) => !named.has(settingRangeName(s.key)));
  if (missing.length === 0) return false;
  const start = Math.max(sheet.getLastRow(), 1) + 1;
  sheet
    .getRange(start, 1, missing.length, 3)
    .setValues(
      missing.map((s) => [
        literal(s.label[lang]),
        s.type === 'date' && s.value === ''
          ? dayOffset(today, 0)
          : sampleCell(undefined, s.value, lang, today),
        literal(s.note[lang]),
      ]),
    );
  missing.forEach((s, i) => {
    const cell = sheet.getRange(start + i, 2);
    const format = NUMBER_FORMATS[s.type]?.[lang];
    if (format) cell.setNumberFormat(format);
    const criterion = criterionFor(s.type, s.choices?.[lang]);
    if (criterion) cell.setDataValidation(validation(criterion, s.note[lang]));
    ss.setNamedRange(settingRangeName(s.key), cell);
  });
  return true;
}

function applyReport(
  sheet: Sheet,
  template: ReportTemplate,
  created: boolean,
  workbook: WorkbookLayout,
  report: SetupReport,
): boolean {
  const lang = workbook.lang;
  const ctx = formulaContext(workbook, template.id);
  const where = (row: number, column: number) =>
    `${workbook.names[template.id]}!${columnLetter(column)}${row}`;
  const formulaOf = (row: number, column: number, build: (c: typeof ctx) => string) => {
    const f = buildFormula(() => build(ctx), where(row, column), report);
    return f === undefined ? '' : `=${f}`;
  };
  // The lines: labels in A, values in B, warnings in C (row 1 the title, row 2 blank).
  const height = template.lines.length + 2;
  const labels: string[] = [template.title[lang], '', ...template.lines.map((l) => l.label[lang])];
  const lineFormulas = template.lines.map((l, i) => [
    l.formula ? formulaOf(i + 3, 2, l.formula) : '',
    l.warning ? formulaOf(i + 3, 3, l.warning) : '',
  ]);
  const bold = [1, ...template.lines.flatMap((l, i) => (l.formula ? [] : [i + 3]))];
  const blocks = (template.blocks ?? []).map((b) => ({
    ...b,
    built: formulaOf(b.row + 1, b.column, b.formula),
  }));
  let changed = false;

  if (created) {
    // A new report is written whole: one call per block of cells, not one per cell.
    sheet.getRange(1, 1, height, 1).setValues(labels.map((l) => [literal(l)]));
    sheet.getRange(3, 2, lineFormulas.length, 2).setFormulas(lineFormulas);
    for (const row of bold) sheet.getRange(row, 1).setFontWeight('bold');
    sheet.getRange(1, 1).setFontSize(14);
    template.lines.forEach((l, i) => {
      if (l.format) sheet.getRange(i + 3, 2).setNumberFormat(l.format);
    });
    if (template.tabColor) sheet.setTabColor(template.tabColor);
    sheet.setColumnWidth(1, 420).setColumnWidth(3, 320);
    sheet.getRange(1, 3, height, 1).setFontColor('#c5221f');
    changed = true;
  } else {
    // An existing report keeps the user's edits: only empty cells are filled.
    const range = sheet.getRange(
      1,
      1,
      Math.max(height, ...blocks.map((b) => b.row + 1)),
      Math.max(3, ...blocks.map((b) => b.column)),
    );
    const values = range.getValues();
    const formulas = range.getFormulas();
    const empty = (row: number, column: number) =>
      values[row - 1][column - 1] === '' && formulas[row - 1][column - 1] === '';
    labels.forEach((label, i) => {
      if (label === '' || !empty(i + 1, 1)) return;
      sheet.getRange(i + 1, 1).setValue(literal(label));
      changed = true;
    });
    lineFormulas.forEach((pair, i) =>
      pair.forEach((f, j) => {
        if (f === '' || !empty(i + 3, j + 2)) return;
        sheet.getRange(i + 3, j + 2).setFormula(f);
        changed = true;
      }),
    );
    changed = addChart(sheet, template, lang) || changed;
    blocks.forEach((b) => {
      if (empty(b.row, b.column)) {
        sheet.getRange(b.row, b.column).setValue(literal(b.title[lang]));
        changed = true;
      }
      if (b.built !== '' && empty(b.row + 1, b.column)) {
        sheet.getRange(b.row + 1, b.column).setFormula(b.built);
        changed = true;
      }
    });
    return changed;
  }
  for (const b of blocks) {
    sheet.getRange(b.row, b.column).setValue(literal(b.title[lang])).setFontWeight('bold');
    if (b.built !== '') sheet.getRange(b.row + 1, b.column).setFormula(b.built);
  }
  addChart(sheet, template, lang);
  return changed;
}

/** The report's chart, unless the sheet already has one (the user's or ours, maybe moved). */
function addChart(sheet: Sheet, template: ReportTemplate, lang: Lang): boolean {
  const chart = template.chart;
  if (!chart || sheet.getCharts().length > 0) return false;
  const [first, last] = chart.lines;
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(Charts.ChartType.BAR)
      .addRange(sheet.getRange(first + 3, 1, last - first + 1, 2))
      .setPosition(chart.row, chart.column, 0, 0)
      .setOption('title', chart.title[lang])
      .setOption('legend', { position: 'none' })
      .build(),
  );
  return true;
}
