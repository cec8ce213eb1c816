/**
 * The words an import of a 1C or CRM export and its texts share: the fields a table is read
 * into, why a row is skipped, and why a whole table is refused. It imports nothing, so the
 * texts may name them without depending on the import's rules.
 */

/** What a column of an export can hold, in the order the sidebar lists them. */
export const IMPORT_FIELDS = [
  'client',
  'period',
  'purchases',
  'overdueDays',
  'overdueAmount',
  'manager',
  'region',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The figures a Monitoring row takes from an export: a row needs at least one of them. */
export const FIGURE_FIELDS = [
  'purchases',
  'overdueDays',
  'overdueAmount',
] as const satisfies readonly ImportField[];

export type FigureField = (typeof FIGURE_FIELDS)[number];

/** Why one data row is left out; the texts say it in the spreadsheet's language. */
export type SkipCode =
  /** Figures, but no client name. */
  | 'noClient'
  /** No period in the row and none chosen for the file. */
  | 'noPeriod'
  /** The period cell holds no day or month that can be read. */
  | 'badPeriod'
  /** A figure cell holds no number that can be read. */
  | 'badNumber'
  /** Days overdue or an overdue amount below zero. */
  | 'negative'
  /** A client but no figure, nor any other cell: a group heading of the report, or an empty line of it. */
  | 'noFigures'
  /** The same client and period as an earlier row of the table. */
  | 'repeated';

export interface SkippedRow {
  /** 1-based row of the table, the header being row 1. */
  readonly row: number;
  readonly code: SkipCode;
  readonly field?: ImportField;
  /** The cell as it was, for the text to quote. */
  readonly value?: string;
  /** For 'repeated': the row that came first. */
  readonly firstRow?: number;
}

/** Why a whole table is refused; nothing is written then. */
export type ImportFailureCode =
  /** Nothing but blank cells. */
  | 'empty'
  /** A header row, and no data below it. */
  | 'onlyHeader'
  /** No row among the first ones has a client column and a shipments column. */
  | 'noHeader'
  /** A header text of the mapping is not in any of the first rows. */
  | 'unknownMapping'
  /** Nothing to import besides the client: no figure column. */
  | 'noFigureColumn'
  /** Neither a period column nor a period chosen for the file. */
  | 'noPeriod'
  /** The period given for the file is not a day. */
  | 'badPeriodOption'
  /** Not a table of cells (a program's bytes, control characters). */
  | 'binary'
  /** More than the import takes in one go. */
  | 'tooLarge'
  /** Not rows of cells at all (a call with the wrong arguments). */
  | 'notTable';

export interface ImportFailure {
  readonly failure: ImportFailureCode;
  /** What the text names: the header of an unknown mapping, the period given. */
  readonly detail?: string;
}
