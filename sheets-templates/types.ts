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
  | 'agenda'
  | 'clientCard'
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
  /** The open-ended data range of the market segments' table on Settings: a column of it (`'Настройки'!E2:E`) or both (`E2:F`). */
  marketSegments(key: 'name' | 'target' | 'table', from?: SheetId): string;
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
  /** Headers an older version gave this column: setup finds it by them and writes today's header. */
  readonly formerHeaders?: readonly string[];
  /** The range a text column's dropdown offers (the market segments on Settings); a warning, not a block. */
  readonly options?: (ctx: FormulaContext) => string;
  /**
   * This column and those after it are a table of their own beside the first (FBS Absences'
   * weeks beside its absences): an empty column comes before it, and their headers have a
   * colour of their own, so no row of one table reads as part of the other's.
   */
  readonly startsTable?: boolean;
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
  /** Labels of earlier versions, still recognised when a setting is found again by its label. */
  readonly formerLabels?: readonly string[];
  readonly note: L10n;
  readonly value: number | string | L10n;
  readonly type: ColumnType;
  readonly choices?: Readonly<Record<Lang, readonly string[]>>;
}

/**
 * A small table of the Settings sheet beside the settings, from its first row down: names in
 * one column, a yes/no mark in the next. Users add and remove its rows; formulas read whole columns.
 */
export interface SettingsTable {
  /** The column of its names (1-based); the marks are in the next one. */
  readonly column: number;
  readonly headers: readonly [L10n, L10n];
  readonly notes: readonly [L10n, L10n];
  /** The mark's dropdown, yes first. */
  readonly marks: Readonly<Record<Lang, readonly [string, string]>>;
  /** Written when the table is laid out: a name and whether it is marked. */
  readonly rows: ReadonlyArray<{ readonly name: L10n; readonly marked: boolean }>;
}

/** Settings: one row per setting; formulas reach each value through a named range. */
export interface SettingsTemplate {
  readonly kind: 'settings';
  readonly id: 'settings';
  readonly name: L10n;
  readonly tabColor?: string;
  readonly headers: readonly [L10n, L10n, L10n];
  readonly settings: readonly Setting[];
  /** Labels of settings an older version had: their rows are never taken for another setting's. */
  readonly retiredLabels?: readonly string[];
  /** The market segments, the target ones marked (the focus dose). */
  readonly marketSegments: SettingsTable;
}

export interface DashboardLine {
  readonly label: L10n;
  /** Labels an older version gave this line: setup writes today's over them, never over the user's own. */
  readonly formerLabels?: readonly string[];
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

/** A conditional colour over columns of a view, by a formula about the first row it covers (relative, like Sheets). */
export interface ViewColour {
  /** First and last column (1-based) and the first row of the colour; it runs to the sheet's end. */
  readonly columns: readonly [number, number];
  readonly row: number;
  readonly formula: (ctx: FormulaContext) => string;
  readonly background?: string;
  readonly fontColor?: string;
}

/** A table a formula fills: its header row (if any), then the formula right below, spilling. */
export interface ViewBlock {
  readonly row: number;
  readonly column: number;
  readonly headers?: readonly L10n[];
  readonly formula: (ctx: FormulaContext) => string;
  /** Number formats of the result's columns, from the block's first column on ('' for none). */
  readonly formats?: readonly ('' | 'date' | 'integer' | 'money' | 'percent')[];
  /** Columns (first and last offset from the block's first) whose long texts wrap. */
  readonly wrap?: readonly [number, number];
  /**
   * How many rows the result takes at most, when that is known (the card): its formats and
   * wrapping stop there, so a page fitted to it isn't shrunk by empty formatted rows.
   */
  readonly rows?: number;
}

/** A single cell of a view: a label, or a formula showing one value (the Settings date). */
export interface ViewCell {
  readonly row: number;
  readonly column: number;
  readonly text?: L10n;
  readonly formula?: (ctx: FormulaContext) => string;
  readonly format?: 'date' | 'integer';
}

/**
 * A read-only sheet (the agenda, the client card): a title in A1, a picker in B2 (its label in
 * A2) and tables that formulas fill. Nothing on it is typed but the picker, and its formulas
 * only read the other sheets.
 */
export interface ViewTemplate {
  readonly kind: 'view';
  readonly id: SheetId;
  readonly name: L10n;
  readonly tabColor?: string;
  readonly title: L10n;
  readonly picker: {
    readonly label: L10n;
    readonly note: L10n;
    /** The range whose values the picker's dropdown offers. */
    readonly options: (ctx: FormulaContext) => string;
  };
  readonly cells?: readonly ViewCell[];
  readonly blocks: readonly ViewBlock[];
  /** Column widths in pixels, from column A. */
  readonly widths: readonly number[];
  readonly frozenRows: number;
  /**
   * How it prints on A4 (Sheets' File › Print asks each time and Apps Script can't set it; a
   * file written from the workbook, such as the demo's xlsx, carries it).
   */
  readonly print: { readonly orientation: 'portrait' | 'landscape'; readonly fit: 'page' | 'width' };
  readonly colours?: readonly ViewColour[];
  /** A line chart of two columns of a block (offsets from its first column), below or beside it. */
  readonly chart?: {
    readonly title: L10n;
    readonly block: number;
    readonly columns: readonly [number, number];
    /** Rows of the block's result the chart covers. */
    readonly rows: number;
    readonly row: number;
    readonly column: number;
    readonly height: number;
  };
}

export type SheetTemplate = TableTemplate | SettingsTemplate | ReportTemplate | ViewTemplate;
