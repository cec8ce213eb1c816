/**
 * The ranges one sheet's layout writes to, asked for together: one RangeList gives them all
 * (getRangeList + getRanges, two calls) instead of a getRange each. Every range is wanted
 * first, while the layout is planned; the first `get` fetches them.
 */
import { columnLetter } from '../../../sheets-templates/layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export class SheetRanges {
  private readonly wanted: string[] = [];
  private fetched: Range[] | undefined;

  constructor(private readonly sheet: Sheet) {}

  /** Registers a range by A1 (`P2:T1000`), before any is fetched; returns the A1 to get it by. */
  want(a1: string): string {
    if (this.fetched) throw new Error(`${a1} is wanted after the ranges were fetched`);
    if (!this.wanted.includes(a1)) this.wanted.push(a1);
    return a1;
  }

  get(a1: string): Range {
    this.fetched ??= this.fetch();
    const i = this.wanted.indexOf(a1);
    if (i < 0) throw new Error(`${a1} was not wanted`);
    return this.fetched[i];
  }

  /**
   * The wanted ranges, in the order given (Apps Script gives a RangeList's ranges back as
   * listed). Should Sheets ever merge overlapping ones, each is asked for on its own instead.
   */
  private fetch(): Range[] {
    if (this.wanted.length === 1) return [this.sheet.getRange(this.wanted[0])];
    const ranges = this.sheet.getRangeList(this.wanted).getRanges();
    return ranges.length === this.wanted.length ? ranges : this.wanted.map((a1) => this.sheet.getRange(a1));
  }
}

/** `C2:F1000`: columns first..last, rows row..lastRow. */
export function areaA1(first: number, last: number, row: number, lastRow: number): string {
  return `${columnLetter(first)}${row}:${columnLetter(last)}${lastRow}`;
}
