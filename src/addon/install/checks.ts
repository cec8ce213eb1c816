/**
 * The formats and warning-only checks a column or setting gets, in the sheet's language, and
 * the header style. Each write covers many cells: service calls cost time in Apps Script.
 */
import type { ColumnType } from '../../../sheets-templates/types';
import type { PlacedColumn } from '../../../sheets-templates/layout';
import { type Lang, texts } from '../../i18n';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

const HEADER_BACKGROUND = '#e8eaed';

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
  | { readonly kind: 'atLeast'; readonly min: number; readonly percent: boolean };

export function criterionFor(
  type: ColumnType,
  choices?: readonly string[],
  min?: number,
): Criterion | undefined {
  if (type === 'choice' && choices) return { kind: 'list', values: choices };
  if (type === 'date') return { kind: 'date' };
  if (type === 'percent') return { kind: 'atLeast', min: min ?? -1, percent: true };
  if (min !== undefined && (type === 'number' || type === 'integer' || type === 'money')) {
    return { kind: 'atLeast', min, percent: false };
  }
  return undefined;
}

export function columnCriterion(p: PlacedColumn, lang: Lang): Criterion | undefined {
  return criterionFor(p.column.type, p.column.choices?.[lang], p.column.min);
}

/**
 * Warning-only checks, each built once per setup: a workbook needs a handful of distinct ones,
 * and every builder step is a service call. The help text says what the check wants (the
 * column's own note is on its header); what the user typed is kept and marked, never refused.
 */
export class Checks {
  private readonly built = new Map<string, DataValidation>();
  constructor(private readonly lang: Lang) {}

  rule(c: Criterion): DataValidation {
    const key = JSON.stringify(c);
    let rule = this.built.get(key);
    if (!rule) {
      rule = this.build(c);
      this.built.set(key, rule);
    }
    return rule;
  }

  private build(c: Criterion): DataValidation {
    const t = texts[this.lang].addon.checks;
    const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(true);
    switch (c.kind) {
      case 'list':
        return builder
          .requireValueInList([...c.values], true)
          .setHelpText(t.list(c.values.join(', ')))
          .build();
      case 'date':
        return builder.requireDate().setHelpText(t.date).build();
      case 'atLeast': {
        const min = c.percent
          ? `${Math.round(c.min * 100)}${this.lang === 'ru' ? ' %' : '%'}`
          : String(c.min);
        return builder
          .requireNumberGreaterThanOrEqualTo(c.min)
          .setHelpText(t.atLeast(min.replace('-', '−')))
          .build();
      }
    }
  }
}

/** The data cells of columns, in A1 (`F2:F1000`). */
export function dataA1(letter: string, maxRows: number): string {
  return `${letter}2:${letter}${maxRows}`;
}

/** One call per distinct format: each format goes to all its ranges of the sheet at once. */
export function setNumberFormats(sheet: Sheet, formats: ReadonlyArray<readonly [string, string]>): void {
  const byFormat = new Map<string, string[]>();
  for (const [a1, format] of formats) byFormat.set(format, [...(byFormat.get(format) ?? []), a1]);
  for (const [format, ranges] of byFormat) sheet.getRangeList(ranges).setNumberFormat(format);
}

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

export function styleHeader(range: GoogleAppsScript.Spreadsheet.Range): void {
  range.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true).setVerticalAlignment('middle');
}
