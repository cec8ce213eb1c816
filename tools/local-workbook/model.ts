/**
 * What a spreadsheet holds besides values and formulas (which live in HyperFormula):
 * per-cell formats, notes and validations, and per-sheet settings, conditional format
 * rules and protections. Rows and columns are 1-based, as in the Apps Script API.
 */
import { GridBox, boxA1, quoteSheetName } from './a1';
import type { OpenRange } from './formulas';

export type StyleKey =
  | 'background'
  | 'fontColor'
  | 'fontWeight'
  | 'fontStyle'
  | 'fontSize'
  | 'wrap'
  | 'horizontalAlignment'
  | 'verticalAlignment';

export interface CellMeta {
  /** The formula as the script wrote it (Sheets text); absent for values. */
  formula?: string;
  /** The text HyperFormula was given for it, the same as HyperFormula writes it back, and how each reference was written. */
  given?: string;
  engineText?: string;
  open?: readonly OpenRange[];
  /** Number format; absent means automatic. */
  format?: string;
  note?: string;
  validation?: ValidationRule;
  style?: Partial<Record<StyleKey, string | number | boolean | null>>;
}

export interface GridRange extends GridBox {
  readonly sheet: SheetModel;
}

/** A range given as a criteria value (requireValueInRange): kept as a position, handed back as a Range. */
export class RangeValue {
  constructor(readonly grid: GridRange) {}
}

export interface ValidationRule {
  /** A DataValidationCriteria name. */
  readonly criteria: string;
  readonly values: readonly unknown[];
  readonly helpText: string;
  readonly allowInvalid: boolean;
}

export interface ConditionalFormat {
  readonly background: string | null;
  readonly fontColor: string | null;
  readonly bold: boolean | null;
  readonly italic: boolean | null;
  readonly strikethrough: boolean | null;
  readonly underline: boolean | null;
}

export interface ConditionalRule {
  ranges: GridRange[];
  /** A BooleanCriteria name. */
  readonly criteria: string;
  readonly values: readonly unknown[];
  readonly format: ConditionalFormat;
}

export interface ProtectionData {
  readonly type: 'RANGE' | 'SHEET';
  range: GridRange;
  description: string;
  warningOnly: boolean;
}

/** An embedded chart: its type, data ranges, anchor cell and options (what tests look at). */
export interface ChartData {
  readonly type: string;
  readonly ranges: readonly GridRange[];
  readonly row: number;
  readonly column: number;
  readonly options: Readonly<Record<string, unknown>>;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

export class SheetModel {
  maxRows = DEFAULT_ROWS;
  maxColumns = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  hidden = false;
  readonly columnWidths = new Map<number, number>();
  conditionalRules: ConditionalRule[] = [];
  protections: ProtectionData[] = [];
  charts: ChartData[] = [];
  /** Cells of custom-function results that hold dates (Sheets formats them as dates automatically). */
  readonly autoDates = new Set<string>();
  activeRange: GridBox | undefined;
  private rows: Array<Array<CellMeta | undefined> | undefined> = [];

  constructor(
    public name: string,
    readonly hfId: number,
    readonly gid: number,
  ) {}

  meta(row: number, column: number): CellMeta | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  metaFor(row: number, column: number): CellMeta {
    const line = (this.rows[row - 1] ??= []);
    return (line[column - 1] ??= {});
  }

  /** Every cell that has metadata, in row order. */
  *allMeta(): Generator<[number, number, CellMeta]> {
    for (let r = 0; r < this.rows.length; r++) {
      const line = this.rows[r];
      if (!line) continue;
      for (let c = 0; c < line.length; c++) {
        const m = line[c];
        if (m) yield [r + 1, c + 1, m];
      }
    }
  }

  /** Inserts (count > 0) or deletes (count < 0) rows at `at` (1-based) in the metadata. */
  spliceRows(at: number, count: number): void {
    if (count > 0) this.rows.splice(at - 1, 0, ...new Array<undefined>(count));
    else this.rows.splice(at - 1, -count);
  }

  spliceColumns(at: number, count: number): void {
    for (const line of this.rows) {
      if (!line || line.length < at) continue;
      if (count > 0) line.splice(at - 1, 0, ...new Array<undefined>(count));
      else line.splice(at - 1, -count);
    }
    const widths = [...this.columnWidths];
    this.columnWidths.clear();
    for (const [col, w] of widths) {
      if (col < at) this.columnWidths.set(col, w);
      else if (count > 0) this.columnWidths.set(col + count, w);
      else if (col >= at - count) this.columnWidths.set(col + count, w);
    }
  }

  box(): GridBox {
    return { row: 1, column: 1, numRows: this.maxRows, numColumns: this.maxColumns };
  }
}

export function gridA1(g: GridRange): string {
  return `${quoteSheetName(g.sheet.name)}!${boxA1(g)}`;
}

/**
 * Where a range ends up when rows (or columns) are inserted or deleted, as Sheets
 * moves and stretches ranges; undefined when its rows are all deleted.
 */
export function adjustSpan(
  start: number,
  size: number,
  at: number,
  count: number,
): { start: number; size: number } | undefined {
  const end = start + size - 1;
  if (count > 0) {
    if (at <= start) return { start: start + count, size };
    if (at <= end) return { start, size: size + count };
    return { start, size };
  }
  const delStart = at;
  const delEnd = at - count - 1;
  if (delEnd < start) return { start: start + count, size };
  if (delStart > end) return { start, size };
  const kept = size - (Math.min(end, delEnd) - Math.max(start, delStart) + 1);
  if (kept <= 0) return undefined;
  return { start: Math.min(start, delStart), size: kept };
}
