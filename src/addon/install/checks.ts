/** The formats and warning-only checks a column or setting gets, in the sheet's language. */
import type { ColumnType } from '../../../sheets-templates/types';
import type { PlacedColumn } from '../../../sheets-templates/layout';
import type { Lang } from '../../i18n';

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
  | { readonly kind: 'atLeast'; readonly min: number };

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

/** A warning-only check: what the user typed is kept and marked, never refused. */
export function validation(c: Criterion, help: string): GoogleAppsScript.Spreadsheet.DataValidation {
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

export function columnCriterion(p: PlacedColumn, lang: Lang): Criterion | undefined {
  return criterionFor(p.column.type, p.column.choices?.[lang], p.column.min);
}

export function styleHeader(range: GoogleAppsScript.Spreadsheet.Range): void {
  range.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true).setVerticalAlignment('middle');
}
