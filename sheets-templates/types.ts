/**
 * The declarative shape of a template sheet. Each sheet of the workbook is one file in
 * this folder; the installer (src/addon/setup.ts) reads only these declarations.
 * Sheet texts (names, headers, notes, dropdowns, samples) live here in both languages,
 * next to the columns they describe.
 */
import type { Lang } from '../src/i18n';

export type L10n = Readonly<Record<Lang, string>>;

export type SheetId =
  | 'clients'
  | 'monitoring'
  | 'offers'
  | 'lost'
  | 'pricing'
  | 'costs'
  | 'fbsFunctions'
  | 'fbsLevels'
  | 'fbsMatrix'
  | 'fbsPlan'
  | 'fbsAbsences'
  | 'dashboard'
  | 'settings';

/** How a column is entered and shown. 'computed' columns hold one array formula in row 2. */
export type ColumnType = 'text' | 'number' | 'integer' | 'percent' | 'money' | 'date' | 'choice' | 'computed';

export interface FormulaContext {
  readonly lang: Lang;
  /** Column letter of a column of a sheet, as laid out in this workbook. */
  col(sheet: SheetId, key: string): string;
  /** 1-based column number of a column of a sheet. */
  position(sheet: SheetId, key: string): number;
  /** The open-ended data range of a column (`F2:F`), prefixed with its sheet when it is another one. */
  range(sheet: SheetId, key: string, from?: SheetId): string;
  /** The range of `count` columns starting at `key` (e.g. the employees of the FBS matrix). */
  span(sheet: SheetId, key: string, count: number, from?: SheetId): string;
  /** The header cells of `count` columns starting at `key` (the employee names of the FBS matrix). */
  headerSpan(sheet: SheetId, key: string, count: number, from?: SheetId): string;
  /** The quoted name of a sheet in this workbook (`'Клиенты'`). */
  sheet(sheet: SheetId): string;
  /** The named range of a setting's value cell. */
  setting(key: string): string;
}

export interface Column {
  readonly key: string;
  readonly header: L10n;
  /** What the column means, shown as the header cell's note. */
  readonly note: L10n;
  readonly type: ColumnType;
  readonly width?: number;
  /** Dropdown values for 'choice' columns, index-aligned between the languages. */
  readonly choices?: Readonly<Record<Lang, readonly string[]>>;
  /** Smallest accepted number for numeric columns (a warning, not a block). */
  readonly min?: number;
  /** The array formula of a 'computed' column, written into row 2. */
  readonly formula?: (ctx: FormulaContext) => string;
  /** A computed column without a formula of its own: the column before it spills into it. */
  readonly spilled?: boolean;
  /** How a computed column's results are formatted (a date, money, a percentage). */
  readonly shows?: Exclude<ColumnType, 'computed' | 'choice'>;
  /** Repeat this column `repeat` times (employee columns): keys get a 1-based suffix. */
  readonly repeat?: number;
}

/** A conditional colour on a column, by a formula about the first data row (relative, like Sheets). */
export interface ColourRule {
  readonly column: string;
  readonly formula: (ctx: FormulaContext, cell: (key: string) => string) => string;
  readonly background: string;
  readonly fontColor?: string;
}

/** A date relative to the day the rows are written, so sample deadlines stay meaningful. */
export interface DaysFromToday {
  readonly daysFromToday: number;
}

/** A sample value: the same in both languages, one per language, or a date (ISO text or relative). */
export type SampleValue = string | number | boolean | L10n | DaysFromToday;
export type SampleRow = Readonly<Record<string, SampleValue>>;

/**
 * A column an older version of the template had and this one no longer reads: setup leaves
 * it and its values where they are, once copies them to where they now live (a Monitoring
 * period), and says so in its header note.
 */
export interface RetiredColumn {
  readonly key: string;
  readonly header: L10n;
  /** The column of the history sheet that now holds this value. */
  readonly movedTo: string;
  /** The header note it gets once moved. */
  readonly note: L10n;
}

export interface TableTemplate {
  readonly kind: 'table';
  readonly id: SheetId;
  readonly name: L10n;
  readonly tabColor?: string;
  readonly columns: readonly Column[];
  readonly colours?: readonly ColourRule[];
  /** Header texts that "Add sample data" puts on repeated columns still at their default header. */
  readonly sampleHeaders?: Readonly<Record<string, L10n>>;
  /** Rows written by "Add sample data" into an empty sheet. */
  readonly samples?: readonly SampleRow[];
  /** Rows written when the sheet is created (reference data such as the FBS levels). */
  readonly initialRows?: readonly SampleRow[];
  /** Columns of older versions whose values now live on another sheet. */
  readonly retired?: readonly RetiredColumn[];
}

export interface Setting {
  readonly key: string;
  readonly label: L10n;
  readonly note: L10n;
  readonly value: number | string | L10n;
  readonly type: ColumnType;
  readonly choices?: Readonly<Record<Lang, readonly string[]>>;
}

/** Settings: one row per setting; formulas reach each value through a named range. */
export interface SettingsTemplate {
  readonly kind: 'settings';
  readonly id: 'settings';
  readonly name: L10n;
  readonly tabColor?: string;
  readonly headers: readonly [L10n, L10n, L10n];
  readonly settings: readonly Setting[];
}

export interface DashboardLine {
  readonly label: L10n;
  /** A formula, or undefined for a section title. */
  readonly formula?: (ctx: FormulaContext) => string;
  /** The warning sign next to the value (column C), e.g. the overdose of a lever. */
  readonly warning?: (ctx: FormulaContext) => string;
  readonly format?: string;
}

/** A titled block beside the lines, whose formula spills (a list such as the key people). */
export interface ReportBlock {
  /** The column of the block's title; the formula goes right below it. */
  readonly column: number;
  readonly row: number;
  readonly title: L10n;
  readonly formula: (ctx: FormulaContext) => string;
}

/** A fixed report: labels in column A, values in B, warnings in C; blocks further right. */
export interface ReportTemplate {
  readonly kind: 'report';
  readonly id: SheetId;
  readonly name: L10n;
  readonly tabColor?: string;
  readonly title: L10n;
  readonly lines: readonly DashboardLine[];
  readonly blocks?: readonly ReportBlock[];
  /** A bar chart of some lines (label and value), anchored at a cell beside them. */
  readonly chart?: {
    readonly title: L10n;
    /** Indexes into `lines`, first and last included. */
    readonly lines: readonly [number, number];
    readonly row: number;
    readonly column: number;
  };
}

export type SheetTemplate = TableTemplate | SettingsTemplate | ReportTemplate;
