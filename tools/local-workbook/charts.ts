/**
 * Embedded charts: built with Sheet.newChart(), placed with insertChart(). Nothing is
 * drawn; tests read what was asked for (type, data ranges, anchor, options).
 */
import type { DocContext as Doc, GRange } from './context';
import { nameOf } from './enums';
import type { ChartData, GridRange, SheetModel } from './model';
import { chain } from './runtime';

type GBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

export class LocalEmbeddedChartBuilder implements Partial<GBuilder> {
  private type = 'LINE';
  private readonly ranges: GridRange[] = [];
  private row = 1;
  private column = 1;
  private readonly options: Record<string, unknown> = {};

  constructor(
    private readonly doc: Doc,
    private readonly sheet: SheetModel,
  ) {}

  setChartType(type: GoogleAppsScript.Charts.ChartType): GBuilder {
    this.type = nameOf(type);
    return chain(this);
  }
  addRange(range: GRange): GBuilder {
    const grid = this.doc.gridOf(range);
    if (grid.sheet !== this.sheet) throw new Error('A chart’s data must be on its own sheet here.');
    this.ranges.push(grid);
    return chain(this);
  }
  setPosition(anchorRowPos: number, anchorColPos: number, _offsetX: number, _offsetY: number): GBuilder {
    this.row = anchorRowPos;
    this.column = anchorColPos;
    return chain(this);
  }
  setOption(option: string, value: object): GBuilder {
    this.options[option] = JSON.parse(JSON.stringify(value ?? null));
    return chain(this);
  }
  build(): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    if (this.ranges.length === 0) throw new Error('A chart needs at least one data range.');
    const data: ChartData = {
      type: this.type,
      ranges: [...this.ranges],
      row: this.row,
      column: this.column,
      options: { ...this.options },
    };
    return this.doc.runtime.expose('EmbeddedChart', new LocalEmbeddedChart(this.doc, data));
  }
}

export class LocalEmbeddedChart implements Partial<GoogleAppsScript.Spreadsheet.EmbeddedChart> {
  constructor(
    private readonly doc: Doc,
    readonly data: ChartData,
  ) {}

  getRanges(): GRange[] {
    return this.doc.out(this.data.ranges.map((g) => this.doc.range(g)));
  }
}
