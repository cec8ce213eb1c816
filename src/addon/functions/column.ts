/**
 * The one way every custom function runs: the rule over each row (src/core/columns), each
 * row's problem as its "⚠" text, and ranges of the wrong shape failing the whole call, all
 * in the spreadsheet's language.
 */
import { type ArgSpec, type ArgsOf, type ColumnRule, type RowOf, mapColumn } from '../../core/columns';
import { CellProblem, ShapeError } from '../../core/vocabulary';
import { type Lang, texts } from '../../i18n';

/** Runs a whole call; ranges of the wrong shape fail it with a message in the sheet language. */
export function withShapeErrors<T>(lang: Lang, fn: string, call: () => T): T {
  try {
    return call();
  } catch (e) {
    if (e instanceof ShapeError) throw new Error(texts[lang].common.shapeError(fn, e), { cause: e });
    throw e;
  }
}

/** What a custom function returns: one cell per row, a blank row as ''. */
export function runColumn<S extends ArgSpec, R>(
  lang: Lang,
  fn: string,
  spec: S,
  args: ArgsOf<S>,
  rule: (row: RowOf<S>) => R | undefined,
  present: (result: R, lang: Lang) => string | number,
): Array<[string | number]> {
  return runWholeColumn(lang, fn, spec, args, { read: rule, combine: (values) => values }, present);
}

/** runColumn for a rule that needs the whole column at once. */
export function runWholeColumn<S extends ArgSpec, V, R>(
  lang: Lang,
  fn: string,
  spec: S,
  args: ArgsOf<S>,
  rule: ColumnRule<S, V, R | undefined>,
  present: (result: R, lang: Lang) => string | number,
): Array<[string | number]> {
  const results = withShapeErrors(lang, fn, () => mapColumn(spec, args, rule));
  return results.map((r) => {
    if (r instanceof CellProblem) return [texts[lang].common.problem(r)];
    return [r === undefined ? '' : present(r, lang)];
  });
}

/** The present of a rule whose result is already the number the cell shows. */
export const asNumber = (n: number): number => n;
