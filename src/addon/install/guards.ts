/**
 * The computed columns' warning-only protection and the columns' colour rules. A sheet that
 * grew past its rows keeps one of each: setup extends the add-on's own protection or rule to
 * the column's new end instead of adding another beside it.
 */
import { columnLetter } from '../../../sheets-templates/layout';
import { sameFormula } from '../../core/formula';
import { type Lang, texts } from '../../i18n';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** A block of cells: columns [column, column + columns), rows [row, lastRow]. */
interface Box {
  readonly column: number;
  readonly columns: number;
  readonly row: number;
  lastRow: number;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** `P2:T1000` or `P2` as a box; undefined for whole columns or rows, which setup never writes. */
function boxOf(a1: string): Box | undefined {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1.replace(/\$/g, ''));
  if (!m) return undefined;
  const column = columnNumber(m[1]);
  const last = m[3] ? columnNumber(m[3]) : column;
  return { column, columns: last - column + 1, row: Number(m[2]), lastRow: Number(m[4] ?? m[2]) };
}

const holds = (b: Box, column: number) => column >= b.column && column < b.column + b.columns;

/** Runs of adjacent columns as [first, count]. */
export function columnRuns(columns: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const c of [...columns].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && last[0] + last[1] === c) last[1]++;
    else runs.push([c, 1]);
  }
  return runs;
}

/** Protects runs of computed columns from row 2 to the sheet's end: one protection per run. */
export function protectColumns(sheet: Sheet, columns: readonly number[], maxRows: number, lang: Lang): void {
  protectRanges(
    columnRuns(columns).map(([first, count]) => sheet.getRange(2, first, maxRows - 1, count)),
    lang,
  );
}

/** Warning-only: the user may still type there, after a warning that the add-on computes it. */
export function protectRanges(ranges: readonly GoogleAppsScript.Spreadsheet.Range[], lang: Lang): void {
  for (const range of ranges)
    range.protect().setWarningOnly(true).setDescription(texts[lang].addon.protection);
}

export type GuardChange = 'none' | 'extended' | 'added';

/**
 * An existing sheet's protections: one of the add-on's (known by its description, in either
 * language) that stops short of the sheet's end is extended; a computed column that no
 * protection covers to the end gets one.
 */
export function guardColumns(
  sheet: Sheet,
  columns: readonly number[],
  maxRows: number,
  lang: Lang,
): GuardChange {
  if (columns.length === 0) return 'none';
  const ours = new Set([texts.ru.addon.protection, texts.en.addon.protection]);
  const found = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).map((p) => ({
    p,
    box: boxOf(p.getRange().getA1Notation()),
    ours: ours.has(p.getDescription()),
  }));
  let change: GuardChange = 'none';
  for (const { p, box, ours: mine } of found) {
    if (!mine || !box || box.row !== 2 || box.lastRow >= maxRows) continue;
    if (!columns.some((c) => holds(box, c))) continue;
    p.setRange(sheet.getRange(2, box.column, maxRows - 1, box.columns));
    box.lastRow = maxRows;
    change = 'extended';
  }
  const open = columns.filter(
    (c) => !found.some(({ box }) => box && holds(box, c) && box.row <= 2 && box.lastRow >= maxRows),
  );
  if (open.length === 0) return change;
  protectColumns(sheet, open, maxRows, lang);
  return 'added';
}

/** A colour rule of a template, as this workbook lays the column out. */
export interface PlannedColour {
  readonly column: number;
  readonly formula: string;
  readonly background: string;
  readonly fontColor?: string;
}

function newRule(p: PlannedColour, range: GoogleAppsScript.Spreadsheet.Range): Rule {
  let builder = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(p.formula)
    .setBackground(p.background);
  if (p.fontColor) builder = builder.setFontColor(p.fontColor);
  return builder.setRanges([range]).build();
}

/** The data cells of a column, one Range per column whatever the number of its rules. */
function columnRanges(sheet: Sheet, maxRows: number) {
  const ranges = new Map<number, GoogleAppsScript.Spreadsheet.Range>();
  return (column: number) => {
    let range = ranges.get(column);
    if (!range) {
      const letter = columnLetter(column);
      range = sheet.getRange(`${letter}2:${letter}${maxRows}`);
      ranges.set(column, range);
    }
    return range;
  };
}

/**
 * A new sheet: every rule built, and all set by one call; `range` gives a column's data cells.
 * A rule on a column that has one already is a copy of it (its range and colours carried over,
 * one step fewer), unless that one sets a font colour this one does not.
 */
export function colourColumns(
  sheet: Sheet,
  plans: readonly PlannedColour[],
  range: (column: number) => GoogleAppsScript.Spreadsheet.Range,
): void {
  if (plans.length === 0) return;
  const built: Array<{ plan: PlannedColour; rule: Rule }> = [];
  for (const p of plans) {
    const like = [...built]
      .reverse()
      .find((b) => b.plan.column === p.column && (!b.plan.fontColor || p.fontColor));
    let rule: Rule;
    if (like) {
      let builder = like.rule.copy().whenFormulaSatisfied(p.formula).setBackground(p.background);
      if (p.fontColor && p.fontColor !== like.plan.fontColor) builder = builder.setFontColor(p.fontColor);
      rule = builder.build();
    } else rule = newRule(p, range(p.column));
    built.push({ plan: p, rule });
  }
  sheet.setConditionalFormatRules(built.map((b) => b.rule));
}

/**
 * An existing sheet: a rule of ours is known by its formula, compared as Sheets may give it
 * back (`,` for `;`…), on its column; one that stops short of the sheet's end is extended,
 * a missing one added. The user's own rules stay as they are, in their order.
 */
export function recolourColumns(sheet: Sheet, plans: readonly PlannedColour[], maxRows: number): GuardChange {
  if (plans.length === 0) return 'none';
  const rules = sheet.getConditionalFormatRules();
  const seen = rules.map((rule) => {
    const condition = rule.getBooleanCondition();
    const ranges = rule.getRanges();
    return {
      formula: condition ? String(condition.getCriteriaValues()[0] ?? '') : '',
      box: ranges.length === 1 ? boxOf(ranges[0].getA1Notation()) : undefined,
    };
  });
  const range = columnRanges(sheet, maxRows);
  const out = [...rules];
  let change: GuardChange = 'none';
  for (const p of plans) {
    const i = seen.findIndex(
      (s) => s.box && s.box.columns === 1 && s.box.column === p.column && sameFormula(s.formula, p.formula),
    );
    if (i < 0) {
      out.push(newRule(p, range(p.column)));
      change = 'added';
    } else if (seen[i].box!.row === 2 && seen[i].box!.lastRow < maxRows) {
      out[i] = rules[i]
        .copy()
        .setRanges([range(p.column)])
        .build();
      if (change === 'none') change = 'extended';
    }
  }
  if (change !== 'none') sheet.setConditionalFormatRules(out);
  return change;
}
