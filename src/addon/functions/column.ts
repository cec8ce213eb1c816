/**
 * The one way every custom function runs: the rule over each row (src/core/columns), each
 * row's problem as its "⚠" text, and ranges of the wrong shape failing the whole call, all
 * in the spreadsheet's language and conventions.
 */
import {
  type ArgSpec,
  type ArgsOf,
  type ColumnRule,
  type RowOf,
  mapColumn,
  mapRows,
} from '../../core/columns';
import { dayOf } from '../../core/days';
import { CellProblem, type Conventions, ShapeError, isDate } from '../../core/vocabulary';
import { type Lang, texts } from '../../i18n';
import type { SheetContext } from '../locale';

/** Runs a whole call; ranges of the wrong shape fail it with a message in the sheet language. */
export function withShapeErrors<T>(lang: Lang, fn: string, call: () => T): T {
  try {
    return call();
  } catch (e) {
    if (e instanceof ShapeError) throw new Error(texts[lang].common.shapeError(fn, e), { cause: e });
    throw e;
  }
}

/** A row's "⚠" text; a date it quotes is the day the cell shows in the spreadsheet's zone. */
export function problemText(p: CellProblem, sheet: SheetContext): string {
  const shown =
    isDate(p.value) && !Number.isNaN(p.value.getTime())
      ? new CellProblem(p.code, p.arg, dayOf(p.value, sheet.conv.timeZone), p.row)
      : p;
  return texts[sheet.lang].common.problem(shown);
}

/** What a custom function returns: one cell per row, a blank row as ''. */
export function runColumn<S extends ArgSpec, R>(
  sheet: SheetContext,
  fn: string,
  spec: S,
  args: ArgsOf<S>,
  rule: (row: RowOf<S>, conv: Conventions) => R | undefined,
  present: (result: R, lang: Lang) => string | number,
): Array<[string | number]> {
  // Each row's result is shown as soon as it is read: ten thousand rows keep only their texts.
  const shown = withShapeErrors(sheet.lang, fn, () =>
    mapRows(
      spec,
      args,
      (row, conv) => {
        const r = rule(row, conv);
        return r === undefined ? '' : present(r, sheet.lang);
      },
      sheet.conv,
    ),
  );
  return shown.map((r) => [r instanceof CellProblem ? problemText(r, sheet) : r]);
}

/** runColumn for a rule that needs the whole column at once. */
export function runWholeColumn<S extends ArgSpec, V, R>(
  sheet: SheetContext,
  fn: string,
  spec: S,
  args: ArgsOf<S>,
  rule: ColumnRule<S, V, R | undefined>,
  present: (result: R, lang: Lang) => string | number,
): Array<[string | number]> {
  const results = withShapeErrors(sheet.lang, fn, () => mapColumn(spec, args, rule, sheet.conv));
  return results.map((r) => {
    if (r instanceof CellProblem) return [problemText(r, sheet)];
    return [r === undefined ? '' : present(r, sheet.lang)];
  });
}

/** The present of a rule whose result is already the number the cell shows. */
export const asNumber = (n: number): number => n;
