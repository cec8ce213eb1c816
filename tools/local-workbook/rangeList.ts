/**
 * RangeList: several ranges of one sheet formatted by one call (Sheet.getRangeList), as the
 * add-on batches its number formats and header styles. Each method applies to every range,
 * as Apps Script does; the call is counted once and logged as one write over all their cells.
 */
import type { DocContext as Doc, GRange } from './context';
import { CELLS, DESCRIBE, chain } from './runtime';
import { type GridRange, gridA1 } from './model';

type GRangeList = GoogleAppsScript.Spreadsheet.RangeList;

/** What a RangeList asks of each of its ranges: the uncounted range behind a Range. */
export interface ListedRange {
  readonly grid: GridRange;
  setNumberFormat(format: string): unknown;
  setFontWeight(weight: GoogleAppsScript.Spreadsheet.FontWeight | null): unknown;
  setFontColor(color: string | null): unknown;
  setFontSize(size: number): unknown;
  setBackground(color: string | null): unknown;
  setWrap(wrap: boolean): unknown;
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): unknown;
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): unknown;
  setNote(note: string | null): unknown;
}

export class LocalRangeList implements Partial<GRangeList> {
  constructor(
    private readonly doc: Doc,
    private readonly ranges: readonly ListedRange[],
  ) {
    if (ranges.length === 0) throw new Error('A range list needs at least one range.');
    const sheet = ranges[0].grid.sheet;
    if (ranges.some((r) => r.grid.sheet !== sheet)) {
      throw new Error('The ranges of a range list must be on the same sheet.');
    }
  }

  [DESCRIBE](): string {
    return this.ranges.map((r) => gridA1(r.grid)).join(',');
  }

  [CELLS](): number {
    return this.ranges.reduce((n, r) => n + r.grid.numRows * r.grid.numColumns, 0);
  }

  private each(f: (r: ListedRange) => unknown): GRangeList {
    for (const r of this.ranges) f(r);
    return chain(this);
  }

  getRanges(): GRange[] {
    return this.doc.out(this.ranges.map((r) => this.doc.range(r.grid)));
  }
  setNumberFormat(format: string): GRangeList {
    return this.each((r) => r.setNumberFormat(format));
  }
  setFontWeight(weight: GoogleAppsScript.Spreadsheet.FontWeight | null): GRangeList {
    return this.each((r) => r.setFontWeight(weight));
  }
  setFontColor(color: string | null): GRangeList {
    return this.each((r) => r.setFontColor(color));
  }
  setFontSize(size: number): GRangeList {
    return this.each((r) => r.setFontSize(size));
  }
  setBackground(color: string | null): GRangeList {
    return this.each((r) => r.setBackground(color));
  }
  setWrap(wrap: boolean): GRangeList {
    return this.each((r) => r.setWrap(wrap));
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): GRangeList {
    return this.each((r) => r.setVerticalAlignment(alignment));
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): GRangeList {
    return this.each((r) => r.setHorizontalAlignment(alignment));
  }
  setNote(note: string | null): GRangeList {
    return this.each((r) => r.setNote(note));
  }
}
