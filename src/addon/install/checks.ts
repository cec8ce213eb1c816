/**
 * The formats and warning-only checks a column or setting gets, in the sheet's language, and
 * the header style. Each write covers many cells, and what every sheet shares (a check, the
 * header style) is built once per setup: service calls cost time in Apps Script.
 */
import type { ColumnType } from '../../../sheets-templates/types';
import type { PlacedColumn } from '../../../sheets-templates/layout';
import type { Lang } from '../../i18n';
import { areaA1 } from './ranges';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

const HEADER_BACKGROUND = '#e8eaed';

/** A header cell: a plain one, one of a table of its own beside the first, or the empty column between them. */
export type HeaderCell = 'plain' | 'apart' | 'gap';

// A table of its own (FBS Absences' weeks) is told apart at a glance; the gap has no colour.
const HEADER_COLOURS: Readonly<Record<HeaderCell, string | null>> = {
  plain: HEADER_BACKGROUND,
  apart: '#d2e3fc',
  gap: null,
};

/** Colours header cells already styled, cell by cell (one row). */
export function colourHeader(range: Range, cells: readonly HeaderCell[]): void {
  range.setBackgrounds([cells.map((c) => HEADER_COLOURS[c])]);
}

/** The empty column between two tables of one sheet: narrow, so it reads as a gap. */
export const SPACER_WIDTH = 24;

export const NUMBER_FORMATS: Partial<Record<ColumnType, Record<Lang, string>>> = {
  number: { ru: '#,##0.##', en: '#,##0.##' },
  integer: { ru: '0', en: '0' },
  money: { ru: '#,##0', en: '#,##0' },
  percent: { ru: '0.0%', en: '0.0%' },
  date: { ru: 'dd.mm.yyyy', en: 'yyyy-mm-dd' },
};

/** What a column's check requires; undefined for columns without one (text, computed). */
export type Criterion =
  | { readonly kind: 'list'; readonly values: readonly string[] }
  | { readonly kind: 'date' }
  | { readonly kind: 'atLeast'; readonly min: number }
  /** One of the values of a range (`'Настройки'!E2:E`), as the user keeps it. */
  | { readonly kind: 'range'; readonly a1: string };

export function criterionFor(
  type: ColumnType,
  choices?: readonly string[],
  min?: number,
): Criterion | undefined {
  if (type === 'choice' && choices) return { kind: 'list', values: choices };
  if (type === 'date') return { kind: 'date' };
  if (type === 'percent') return { kind: 'atLeast', min: min ?? -1 };
  if (min !== undefined && (type === 'number' || type === 'integer' || type === 'money')) {
    return { kind: 'atLeast', min };
  }
  return undefined;
}

export function columnCriterion(p: PlacedColumn, lang: Lang): Criterion | undefined {
  return criterionFor(p.column.type, p.column.choices?.[lang], p.column.min);
}

/**
 * What one setup builds once and reuses on every sheet. A check: a workbook needs a handful
 * of distinct ones, and every builder step is a call; it is warning-only (what the user typed
 * is kept and marked, never refused), and Sheets' own message, in the user's language, says
 * what it wants (the column's note is on its header). The header style: set on the first
 * header, then copied to the others by one call each.
 */
export class Reuse {
  private readonly rules = new Map<string, DataValidation>();
  private header: Range | undefined;

  constructor(private readonly ss: Spreadsheet) {}

  rule(c: Criterion): DataValidation {
    const key = JSON.stringify(c);
    const built = this.rules.get(key);
    if (built) return built;
    // A copy of a rule already built is warning-only already: one step fewer.
    const first = this.rules.values().next().value;
    const builder = first ? first.copy() : SpreadsheetApp.newDataValidation().setAllowInvalid(true);
    const rule = (
      c.kind === 'list'
        ? builder.requireValueInList([...c.values], true)
        : c.kind === 'range'
          ? builder.requireValueInRange(this.ss.getRange(c.a1), true)
          : c.kind === 'date'
            ? builder.requireDate()
            : builder.requireNumberGreaterThanOrEqualTo(c.min)
    ).build();
    this.rules.set(key, rule);
    return rule;
  }

  /**
   * Styles `range`, the header cells `first`…`last` of row 1 of `sheet`; `cells` tells, cell by
   * cell, a table of its own or the empty column before it from a plain header.
   */
  styleHeader(sheet: Sheet, range: Range, first: number, last: number, cells?: readonly HeaderCell[]): void {
    if (this.header) this.header.copyFormatToRange(sheet, first, last, 1, 1);
    else {
      range
        .setFontWeight('bold')
        .setBackground(HEADER_BACKGROUND)
        .setWrap(true)
        .setVerticalAlignment('middle');
      // A header of two colours would pass its second one on to every header copied from it.
      if (!cells) this.header = range;
    }
    if (cells) colourHeader(range, cells);
  }
}

/** Runs of adjacent defined entries (formats of adjacent columns, say), each as [its first index, its entries]. */
export function definedRuns<T>(items: ReadonlyArray<T | undefined>): Array<[number, T[]]> {
  const runs: Array<[number, T[]]> = [];
  items.forEach((item, i) => {
    if (item === undefined) return;
    const last = runs.at(-1);
    if (last && last[0] + last[1].length === i) last[1].push(item);
    else runs.push([i, [item]]);
  });
  return runs;
}

/** The data cells of columns first…last, rows 2 to `maxRows`. */
export const dataA1 = (first: number, last: number, maxRows: number) => areaA1(first, last, 2, maxRows);

/** Runs of adjacent columns of equal width, each set by one call. */
export function setWidths(sheet: Sheet, widths: ReadonlyArray<readonly [number, number | undefined]>): void {
  let i = 0;
  while (i < widths.length) {
    const [start, width] = widths[i];
    let n = 1;
    while (i + n < widths.length && widths[i + n][1] === width && widths[i + n][0] === start + n) n++;
    if (width) sheet.setColumnWidths(start, n, width);
    i += n;
  }
}
