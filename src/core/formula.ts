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
  return canonical(a) === canonical(b);
}

function canonical(f: string): string {
  return f
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
}

/** An A1 reference, maybe on another sheet, or #REF!, in canonical text (no spaces or quotes, upper case). */
const REFERENCE =
  /(?<![A-Z0-9_.$])(?:[^,()=<>&+\-*/^"!:;{}]+!)?(?:#REF!|\$?[A-Z]{1,3}\$?\d*(?::\$?[A-Z]{1,3}\$?\d*)?)(?![A-Z0-9_(!])/g;

/** The canonical text with every reference the same: a formula whose references Sheets moved keeps its shape. */
function shape(f: string): string {
  return canonical(f)
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(REFERENCE, '¤')))
    .join('');
}

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * What setup remembers of a formula it wrote: a fingerprint of the formula as sameFormula sees
 * it, and one of its shape. Document properties hold 9 kB a value, less than a workbook's
 * formulas, so they are not stored whole (32-bit FNV-1a: a clash needs the same cell too).
 */
export function formulaFingerprint(f: string): string {
  return `#${fnv1a(canonical(f))}~${fnv1a(shape(f))}`;
}

/** Whether `formula` is the one recorded: by its fingerprint, or whole as older versions recorded it. */
export function isRecorded(formula: string, recorded: string | undefined): boolean {
  if (recorded === undefined || formula === '') return false;
  return recorded.startsWith('=')
    ? sameFormula(formula, recorded)
    : formulaFingerprint(formula).split('~')[0] === recorded.split('~')[0];
}

/**
 * Whether `formula` is the recorded one with its references changed: what Sheets does to a
 * formula when a column it reads is deleted (a range shrinks, or becomes #REF!). Such a formula
 * is still the add-on's, to be written again, never the user's data.
 */
export function isRecordedShape(formula: string, recorded: string | undefined): boolean {
  if (recorded === undefined || formula === '') return false;
  const wanted = recorded.startsWith('=') ? fnv1a(shape(recorded)) : recorded.split('~')[1];
  return fnv1a(shape(formula)) === wanted;
}

/**
 * What a cell where a formula of ours belongs holds, as setup judges it: `same` formula; one of
 * ours `broken` by a deleted column (#REF! or its ranges shrunk); an `older` one of ours; `free`
 * (no formula, no value); or `taken` by the user's data, which is never written over. With
 * `unrecordedIsOlder`, any formula where nothing was recorded counts as an older one of ours
 * (sheets an older add-on laid out without recording their formulas).
 */
export type FormulaCellState = 'same' | 'broken' | 'older' | 'free' | 'taken';

export function formulaCellState(
  current: string,
  valueIsBlank: boolean,
  planned: string,
  recorded: string | undefined,
  unrecordedIsOlder = false,
): FormulaCellState {
  if (sameFormula(current, planned)) return 'same';
  const older =
    current !== '' && ((unrecordedIsOlder && recorded === undefined) || isRecorded(current, recorded));
  if (current.includes('#REF!') || (!older && isRecordedShape(current, recorded))) return 'broken';
  if (older) return 'older';
  return current === '' && valueIsBlank ? 'free' : 'taken';
}
