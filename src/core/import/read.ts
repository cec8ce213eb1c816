/**
 * Reading an export into rows for Monitoring: the header found, then each data row's client,
 * period and figures, or why the row is skipped. Blank rows and totals rows are passed over
 * silently: every export has them, and they are not mistakes.
 */
import { isBlank } from '../cells';
import type { IsoDay } from '../days';
import {
  FIGURE_FIELDS,
  type FigureField,
  type ImportFailure,
  type ImportField,
  type SkippedRow,
} from '../importCodes';
import { type Cell, type Conventions, isDate } from '../vocabulary';
import { normalizeWords } from '../words';
import { type HeaderColumns, type HeaderFound, type ImportMapping, cellText, findHeader } from './headers';
import { UNREADABLE, isTotalsRow, periodReader, readFigure, readPeriod } from './values';

export interface ImportOptions {
  /** The period of rows without one of their own, yyyy-mm-dd (any day of the month). */
  readonly period?: string;
  readonly mapping?: ImportMapping;
  readonly dryRun?: boolean;
}

/** A figure read from a row: a number, or '' for a blank cell of a column the table has. */
export type Figure = number | '';

export interface ImportRow {
  /** 1-based row of the table, the header being row 1. */
  readonly row: number;
  /** The name as the row writes it, trimmed. */
  readonly client: string;
  /** The name as names are compared: case, spaces and ё aside. */
  readonly key: string;
  /** The first day of the row's month. */
  readonly period: IsoDay;
  /** One entry per figure column the table has. */
  readonly figures: Readonly<Partial<Record<FigureField, Figure>>>;
  readonly manager?: string;
  readonly region?: string;
}

export interface ImportRead {
  readonly header: HeaderFound;
  /** The figure columns the table has, in FIGURE_FIELDS order. */
  readonly figures: readonly FigureField[];
  readonly rows: readonly ImportRow[];
  readonly skipped: readonly SkippedRow[];
}

/** Five megabytes of text: what the sidebar takes as a file, and far more than a month of one company's clients. */
export const MAX_IMPORT_CHARS = 5 * 1024 * 1024;

/** Characters no export holds as text: what bytes of a program or an image decode to. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;
const CONTROL_ALL = new RegExp(CONTROL.source, 'g');

function isCellValue(cell: unknown): boolean {
  const type = typeof cell;
  return cell === null || type === 'string' || type === 'number' || type === 'boolean' || isDate(cell);
}

/** Refuses what is not a table of cells, too large, or binary; undefined when the table is fit to read. */
export function tableFailure(table: unknown): ImportFailure | undefined {
  if (!Array.isArray(table) || !table.every((row) => Array.isArray(row) && row.every(isCellValue))) {
    return { failure: 'notTable' };
  }
  let chars = 0;
  let control = 0;
  for (const row of table as Cell[][]) {
    for (const cell of row) {
      if (typeof cell !== 'string') {
        chars += 8;
        continue;
      }
      chars += cell.length;
      if (cell.includes('\u0000')) return { failure: 'binary' };
      // test() first: almost no cell has one, and match() would make an array for each that does.
      if (CONTROL.test(cell)) control += cell.match(CONTROL_ALL)?.length ?? 0;
    }
    if (chars > MAX_IMPORT_CHARS) return { failure: 'tooLarge' };
  }
  // A stray control character happens in real exports; one in a hundred is not text.
  if (control * 100 > chars) return { failure: 'binary' };
  if ((table as Cell[][]).every((row) => row.every(isBlank))) return { failure: 'empty' };
  return undefined;
}

/** The period for the whole file, when one is given: the first day of its month. */
function optionPeriod(options: ImportOptions, conv: Conventions): IsoDay | undefined | ImportFailure {
  if (options.period === undefined || options.period === '') return undefined;
  const day = typeof options.period === 'string' ? readPeriod(options.period, conv) : UNREADABLE;
  return day ?? { failure: 'badPeriodOption', detail: String(options.period) };
}

/** One data row: its client, period and figures, or why it is skipped. */
function readRow(
  cells: readonly Cell[],
  columns: HeaderColumns,
  figures: readonly FigureField[],
  period: IsoDay | undefined,
  conv: Conventions,
  periodOf: (cell: Cell) => IsoDay | undefined | typeof UNREADABLE,
): Omit<ImportRow, 'row'> | Omit<SkippedRow, 'row'> {
  const at = (field: ImportField) => (columns[field] === undefined ? '' : cells[columns[field]!]);
  const client = cellText(at('client'));
  if (client === '') return { code: 'noClient' };
  const periodCell = at('period');
  const rowPeriod = periodOf(periodCell);
  if (rowPeriod === UNREADABLE) return { code: 'badPeriod', field: 'period', value: cellText(periodCell) };
  const day = rowPeriod ?? period;
  if (day === undefined) return { code: 'noPeriod', field: 'period' };
  const read: Partial<Record<FigureField, Figure>> = {};
  for (const field of figures) {
    const n = readFigure(at(field), conv);
    if (n === UNREADABLE) return { code: 'badNumber', field, value: cellText(at(field)) };
    if (n !== undefined && n < 0 && field !== 'purchases')
      return { code: 'negative', field, value: String(n) };
    read[field] = n ?? '';
  }
  // Blank figures beside other cells are blanks of the report (nothing overdue); a row holding
  // only a name, a period, a manager or a region is a group heading or an empty line of it.
  const described = new Set((['client', 'period', 'manager', 'region'] as const).map((f) => columns[f]));
  if (figures.every((f) => read[f] === '') && cells.every((c, i) => described.has(i) || isBlank(c))) {
    return { code: 'noFigures' };
  }
  const text = (field: 'manager' | 'region') =>
    columns[field] === undefined ? {} : { [field]: cellText(at(field)) };
  return {
    client,
    key: normalizeWords(client),
    period: day,
    figures: read,
    ...text('manager'),
    ...text('region'),
  };
}

/**
 * Reads an export: the header row (see findHeader), then every row below it. A row of the
 * same client and period as an earlier one is skipped, naming the first: each row becomes
 * one Monitoring row. Fails, with nothing read, when the table can't be imported at all.
 */
export function readImportTable(
  table: unknown,
  options: ImportOptions,
  conv: Conventions,
): ImportRead | ImportFailure {
  const unfit = tableFailure(table);
  if (unfit) return unfit;
  const cells = table as Cell[][];
  // The sidebar sends header texts; anything else in a mapping can't name a column.
  const odd = Object.values(options.mapping ?? {}).find((v) => v !== undefined && typeof v !== 'string');
  if (odd !== undefined) return { failure: 'unknownMapping', detail: String(odd) };
  const header = findHeader(cells, options.mapping ?? {});
  if ('failure' in header) return header;
  const { columns } = header;
  if (columns.client === undefined) return { failure: 'noHeader' };
  const isData = (line: readonly Cell[]) => !line.every(isBlank) && !isTotalsRow(line, columns.client!);
  if (!cells.slice(header.index + 1).some(isData)) return { failure: 'onlyHeader' };
  const figures = FIGURE_FIELDS.filter((f) => columns[f] !== undefined);
  if (figures.length === 0) return { failure: 'noFigureColumn' };
  const period = optionPeriod(options, conv);
  if (typeof period === 'object') return period;
  if (period === undefined && columns.period === undefined) return { failure: 'noPeriod' };
  const rows: ImportRow[] = [];
  const skipped: SkippedRow[] = [];
  const first = new Map<string, number>();
  const periodOf = periodReader(conv);
  for (let i = header.index + 1; i < cells.length; i++) {
    const line = cells[i];
    if (!isData(line)) continue;
    const row = i - header.index + 1;
    const result = readRow(line, columns, figures, period, conv, periodOf);
    if ('code' in result) {
      skipped.push({ row, ...result });
      continue;
    }
    const id = `${result.key}\n${result.period}`;
    const earlier = first.get(id);
    if (earlier !== undefined) skipped.push({ row, code: 'repeated', firstRow: earlier });
    else {
      first.set(id, row);
      rows.push({ row, ...result });
    }
  }
  return { header, figures, rows, skipped };
}
