/**
 * The import sidebar's state and every change to it: the source, the table read from it, the
 * mapping guessed and edited, the period, and the check (a dry run) that the import confirms.
 * A check belongs to the table and settings it was made with: change either, and it is gone,
 * so what is imported is always what was checked.
 */
import type { ImportResult, ImportStart, WireCell } from '../../addon/import';
import { HEADER_SEARCH_ROWS, cellText, guessHeader } from '../../core/import/headers';
import type { ImportOptions } from '../../core/import/read';
import { periodInTitle } from '../../core/import/values';
import { IMPORT_FIELDS, type ImportField } from '../../core/importCodes';
import type { Wire } from '../server';
import type { Encoding, Separator } from './csv';

export type Start = Wire<ImportStart>;
type Result = Wire<ImportResult>;

export type Source = 'sheet' | 'file';
export type PeriodMode = 'column' | 'file';

/** The file a table came from, kept to read it again in another encoding. */
export interface FileRead {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly encoding: Encoding;
  readonly separator: Separator;
}

export interface Table {
  /** A new number for every table read: a check is tied to the table it checked. */
  readonly id: number;
  readonly rows: WireCell[][];
  /** 0-based row the mapping's header texts come from. */
  readonly header: number;
  readonly file?: FileRead;
}

export type Mapping = Readonly<Record<ImportField, string>>;

export interface ImportState {
  readonly start: Start;
  readonly source: Source;
  readonly sheet: string;
  readonly table?: Table;
  /** A header text per field; '' leaves the field out. */
  readonly mapping: Mapping;
  readonly periodMode: PeriodMode;
  /** yyyy-mm, as <input type="month"> gives it. */
  readonly month: string;
  readonly busy?: 'reading' | 'checking' | 'importing';
  readonly alert?: string;
  readonly check?: { readonly key: string; readonly result: Result };
  readonly done?: Result;
  readonly nextId: number;
}

export type Action =
  | { readonly type: 'source'; readonly source: Source }
  | { readonly type: 'sheet'; readonly sheet: string }
  | { readonly type: 'reading' }
  | { readonly type: 'loaded'; readonly rows: WireCell[][]; readonly file?: FileRead }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'map'; readonly field: ImportField; readonly text: string }
  | { readonly type: 'periodMode'; readonly mode: PeriodMode }
  | { readonly type: 'month'; readonly month: string }
  | { readonly type: 'checking' }
  | { readonly type: 'checked'; readonly key: string; readonly result: Result }
  | { readonly type: 'importing' }
  | { readonly type: 'imported'; readonly result: Result }
  | { readonly type: 'cancel' };

const NO_MAPPING = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, ''])) as Record<ImportField, string>;

export function initialState(start: Start): ImportState {
  return {
    start,
    source: start.sheets.length > 0 ? 'sheet' : 'file',
    sheet: '',
    mapping: NO_MAPPING,
    periodMode: 'file',
    month: start.today.slice(0, 7),
    nextId: 1,
  };
}

/** Without a recognised header, the first of the first rows with two cells filled: a place to start mapping. */
function likelyHeader(rows: readonly WireCell[][]): number {
  const at = rows
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((r) => r.filter((c) => cellText(c) !== '').length >= 2);
  return Math.max(at, 0);
}

/** The header texts of a table, each once, in column order: what a field can be mapped to. */
export function headerTexts(table: Table): string[] {
  return [...new Set((table.rows[table.header] ?? []).map(cellText).filter((t) => t !== ''))];
}

/** A new table: its header and mapping guessed by the rules the server applies, the month from its title. */
function loaded(state: ImportState, rows: WireCell[][], file?: FileRead): ImportState {
  const found = guessHeader(rows);
  const header = found?.index ?? likelyHeader(rows);
  const texts = rows[header] ?? [];
  const mapping = Object.fromEntries(
    IMPORT_FIELDS.map((f) => [f, found?.columns[f] === undefined ? '' : cellText(texts[found.columns[f]!])]),
  ) as Record<ImportField, string>;
  const titled = periodInTitle(rows.slice(0, header), state.start.conv);
  return {
    ...clean(state),
    table: { id: state.nextId, rows, header, file },
    nextId: state.nextId + 1,
    mapping,
    periodMode: mapping.period ? 'column' : 'file',
    month: titled ? titled.slice(0, 7) : state.month,
    busy: undefined,
  };
}

/** What a change of the table or the settings leaves behind: no check, no result, no alert. */
function clean(state: ImportState): ImportState {
  return { ...state, check: undefined, done: undefined, alert: undefined };
}

/** The options importTable gets for the state's settings. */
export function optionsOf(state: ImportState): ImportOptions {
  const fromColumn = state.periodMode === 'column' && state.mapping.period !== '';
  const mapping = { ...state.mapping, period: fromColumn ? state.mapping.period : '' };
  return fromColumn ? { mapping } : { mapping, period: state.month ? `${state.month}-01` : '' };
}

/** What a check was made for: the table and the options. */
export function checkKey(state: ImportState): string {
  return JSON.stringify([state.table?.id, optionsOf(state)]);
}

/** The check of the table and settings on show, if there is one. */
export function currentCheck(state: ImportState): Result | undefined {
  return state.check && state.check.key === checkKey(state) ? state.check.result : undefined;
}

export function reducer(state: ImportState, action: Action): ImportState {
  switch (action.type) {
    case 'source':
      return { ...clean(state), source: action.source, table: undefined, sheet: '' };
    case 'sheet':
      return { ...clean(state), sheet: action.sheet, table: undefined };
    case 'reading':
      return { ...clean(state), busy: 'reading' };
    case 'loaded':
      return loaded(state, action.rows, action.file);
    case 'failed':
      return { ...state, busy: undefined, alert: action.message };
    case 'map': {
      const mapping = { ...state.mapping, [action.field]: action.text };
      const periodMode = action.field === 'period' ? (action.text ? 'column' : 'file') : state.periodMode;
      return { ...clean(state), mapping, periodMode };
    }
    case 'periodMode':
      return { ...clean(state), periodMode: action.mode };
    case 'month':
      return { ...clean(state), month: action.month };
    case 'checking':
      return { ...clean(state), busy: 'checking' };
    case 'checked':
      return { ...state, busy: undefined, check: { key: action.key, result: action.result } };
    case 'importing':
      return { ...state, alert: undefined, busy: 'importing' };
    case 'imported':
      return { ...state, busy: undefined, done: action.result };
    case 'cancel':
      return clean(state);
  }
}
