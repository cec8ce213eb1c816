/**
 * The words the rules and the texts share: what a cell can hold, what can be wrong with it,
 * and the shapes a range can have wrong. It imports nothing, so src/i18n may use it without
 * depending on any rule.
 */

export type Cell = string | number | boolean | Date | null | undefined;

/** What went wrong with one argument of one row; the texts turn it into a "⚠" text. */
export type ProblemCode =
  | 'notNumber'
  | 'date'
  | 'negative'
  | 'belowMinus100'
  | 'notPercent'
  | 'level'
  | 'noLevel'
  | 'unknownRole'
  | 'noOwner'
  | 'missing'
  | 'tooLarge'
  | 'notServiceLevel'
  | 'needsAvgDemand'
  | 'over100'
  | 'noPayback'
  | 'notDate'
  | 'notBoolean'
  | 'afterAsOf'
  | 'beforeStart'
  | 'notPositive'
  | 'notWhole'
  | 'unknownName'
  | 'unnamedHolder'
  | 'threeLevels';

export class CellProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly arg: string,
    readonly value: Cell = '',
    /** 1-based row of the range, when the problem is reported away from its row (a list, every row). */
    readonly row?: number,
  ) {
    super(`${code}: ${arg}`);
    this.name = 'CellProblem';
  }

  atRow(row: number): CellProblem {
    return new CellProblem(this.code, this.arg, this.value, row);
  }
}

/** The value read, or the CellProblem that reading it raised; any other error is a bug and escapes. */
export function problemOr<T>(read: () => T): T | CellProblem {
  try {
    return read();
  } catch (e) {
    if (e instanceof CellProblem) return e;
    throw e;
  }
}

/** Dates may come from another realm (a vm in tests), where `instanceof Date` is false. */
export function isDate(cell: unknown): cell is Date {
  return Object.prototype.toString.call(cell) === '[object Date]';
}

/**
 * 'height': two ranges differ in rows; 'width': a one-column argument got several columns;
 * 'names': a list of names (count) doesn't match the columns of a matrix (otherCount).
 */
export class ShapeError extends Error {
  constructor(
    readonly kind: 'height' | 'width' | 'names',
    readonly arg: string,
    readonly count: number,
    readonly otherArg = '',
    readonly otherCount = 0,
  ) {
    super(`${kind}: ${arg}`);
    this.name = 'ShapeError';
  }
}

/** The two kinds of agreement a lost client's return depends on. */
export type Agreement = 'contract' | 'poa';

/** The mark a spreadsheet's locale writes between the whole and the fraction: "." in en, "," in ru. */
export type DecimalMark = '.' | ',';

/**
 * How the spreadsheet writes what people type into it: numbers typed as text follow its
 * locale, and a date cell means a calendar day in its time zone (not the script's).
 */
export interface Conventions {
  readonly decimal: DecimalMark;
  /** An IANA zone, e.g. "Europe/Moscow". */
  readonly timeZone: string;
}
