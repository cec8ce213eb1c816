/**
 * Every formula the add-on writes is built here, so the argument separator lives in
 * one place. `;` is accepted by Sheets in every locale (a `,` is not in ru_RU).
 * Formulas use English function names, no decimal literals and no array literals.
 */
export const ARG_SEPARATOR = ';';

export type Arg = string | number;

/** A function call: fx('IF', 'A2=""', str(''), 'A2'). */
export function fx(name: string, ...args: readonly Arg[]): string {
  return `${name}(${args.map(String).join(ARG_SEPARATOR)})`;
}

/** A text literal, with quotes doubled as formulas require. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Nested IFs mapping `value` to a text per case (no CHOOSE over an array literal, which formulas must avoid). */
export function caseOf(
  value: string,
  cases: ReadonlyArray<readonly [Arg, string]>,
  otherwise: string,
): string {
  return cases.reduceRight<string>(
    (rest, [when, then]) => fx('IF', `${value}=${when}`, then, rest),
    otherwise,
  );
}

/** An array formula over whole columns that leaves rows blank where `blankWhen` is blank. */
export function perRow(blankWhen: string, expression: string): string {
  return fx('ARRAYFORMULA', fx('IF', `${blankWhen}=""`, str(''), expression));
}

/**
 * Whether two formulas are the same one as Sheets may hand it back: with `,` or `;` between
 * arguments, other spacing, other case, sheet names quoted or not. Text inside double
 * quotes must match exactly.
 */
export function sameFormula(a: string, b: string): boolean {
  const canonical = (f: string) =>
    f
      .split(/("(?:[^"]|"")*")/)
      .map((part, i) =>
        i % 2 === 1
          ? part
          : part
              .replace(/[\s']+/g, '')
              .replace(/;/g, ',')
              .toUpperCase(),
      )
      .join('');
  return canonical(a) === canonical(b);
}
