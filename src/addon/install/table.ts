/**
 * A table sheet (Clients, Monitoring, …): headers, formats, checks, the computed columns'
 * formulas, their protection and colours. Every write covers a whole header row or column,
 * so the number of calls depends on the templates, never on how many rows the user has.
 */
import type { TableTemplate } from '../../../sheets-templates/types';
import {
  type PlacedColumn,
  type SheetLayout,
  type WorkbookLayout,
  columnLetter,
  expandColumns,
  formulaContext,
} from '../../../sheets-templates/layout';
import { sameFormula } from '../../core/formula';
import type { Cell } from '../../core/vocabulary';
import { type Lang, texts } from '../../i18n';
import { quoteValue } from '../../i18n/common';
import { inputRuns, rowsForRun, type Today } from '../samples';
import { NUMBER_FORMATS, columnCriterion, styleHeader, validation } from './checks';
import { type SetupReport, buildFormula } from './summary';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function applyTable(
  sheet: Sheet,
  template: TableTemplate,
  layout: SheetLayout,
  created: boolean,
  workbook: WorkbookLayout,
  ourFormulas: Record<string, string>,
  report: SetupReport,
  today: Today,
): boolean {
  const lang = workbook.lang;
  const maxRows = sheet.getMaxRows();
  let changed = false;
  if (created && template.tabColor) sheet.setTabColor(template.tabColor);

  const missing = layout.missing;
  if (missing.length > 0) {
    addMissingColumns(sheet, layout, maxRows, lang);
    changed = true;
  }
  changed = restoreValidations(sheet, layout, missing, maxRows, lang) || changed;
  if (sheet.getFrozenRows() < 1) {
    sheet.setFrozenRows(1);
    changed = true;
  }

  const computed = expandColumns(template).filter((c) => c.column.type === 'computed');
  if (computed.length > 0) {
    changed = writeFormulas(sheet, template, layout, computed, workbook, ourFormulas, report) || changed;
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

/** Template columns the sheet lacks, added after its last used column with header, format and check. */
function addMissingColumns(sheet: Sheet, layout: SheetLayout, maxRows: number, lang: Lang): void {
  const missing = layout.missing;
  const first = layout.columns.get(missing[0].key)!;
  const last = first + missing.length - 1;
  const maxCols = sheet.getMaxColumns();
  if (maxCols < last) sheet.insertColumnsAfter(maxCols, last - maxCols);
  const header = sheet.getRange(1, first, 1, missing.length);
  header.setValues([missing.map((m) => m.header[lang])]).setNotes([missing.map((m) => m.column.note[lang])]);
  styleHeader(header);
  for (const m of missing) {
    const at = layout.columns.get(m.key)!;
    const data = sheet.getRange(2, at, maxRows - 1, 1);
    if (m.column.width) sheet.setColumnWidth(at, m.column.width);
    const format = NUMBER_FORMATS[m.column.shows ?? m.column.type]?.[lang];
    if (format) data.setNumberFormat(format);
    const criterion = columnCriterion(m, lang);
    if (criterion) data.setDataValidation(validation(criterion, m.column.note[lang]));
  }
}

/**
 * The computed columns' formulas, in row 2: written where the cell is free or holds an older
 * formula of ours; a cell holding the user's data is reported, never overwritten.
 */
function writeFormulas(
  sheet: Sheet,
  template: TableTemplate,
  layout: SheetLayout,
  computed: readonly PlacedColumn[],
  workbook: WorkbookLayout,
  ourFormulas: Record<string, string>,
  report: SetupReport,
): boolean {
  let changed = false;
  const ctx = formulaContext(workbook, template.id);
  const withFormula = computed.filter((c) => c.column.formula);
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
  return changed;
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
