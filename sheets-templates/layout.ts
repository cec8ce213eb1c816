/**
 * Where each template column sits in a real workbook. A sheet the add-on created has the
 * template's order; an older or hand-edited one may have columns elsewhere or missing,
 * so formulas are built from the layout found, never from fixed letters.
 */
import { normalizeWords } from '../src/core/words';
import type { Lang } from '../src/i18n';
import type { Column, FormulaContext, L10n, SheetId, TableTemplate } from './types';

/** A template column after repeats are expanded (employee1, employee2, …). */
export interface PlacedColumn {
  readonly key: string;
  readonly column: Column;
  readonly header: L10n;
  /** 1-based position in the template, the empty column before a table of its own counted. */
  readonly index: number;
  readonly repeated: boolean;
}

export function expandColumns(t: TableTemplate): PlacedColumn[] {
  const out: PlacedColumn[] = [];
  let at = 0;
  for (const column of t.columns) {
    if (column.startsTable) at++;
    const n = column.repeat ?? 0;
    if (n === 0) {
      out.push({ key: column.key, column, header: column.header, index: ++at, repeated: false });
      continue;
    }
    for (let i = 1; i <= n; i++) {
      out.push({
        key: `${column.key}${i}`,
        column,
        header: { ru: `${column.header.ru} ${i}`, en: `${column.header.en} ${i}` },
        index: ++at,
        repeated: true,
      });
    }
  }
  return out;
}

/** 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

const normalize = (s: unknown) => normalizeWords(String(s ?? ''));

/** Whether a header cell's text (normalized) is this column's header today, in either language. */
const namesNow = (p: PlacedColumn, text: string) =>
  normalize(p.header.ru) === text || normalize(p.header.en) === text;

/** Whether a header cell's text (normalized) is a header an earlier version gave this column. */
const namedOnce = (p: PlacedColumn, text: string) =>
  (p.column.formerHeaders ?? []).some((h) => normalize(h) === text);

export interface SheetLayout {
  /** Every template column, repeats expanded. */
  readonly placed: readonly PlacedColumn[];
  /** key → 1-based column. */
  readonly columns: ReadonlyMap<string, number>;
  /** Template columns the sheet lacks, to be added after its last used column. */
  readonly missing: readonly PlacedColumn[];
  /** Columns found by a header an older version gave them, whose header is to be renewed. */
  readonly renamed: readonly PlacedColumn[];
}

/** Matches the header row found in a sheet against the template, in either language. */
export function findLayout(t: TableTemplate, headerRow: readonly unknown[]): SheetLayout {
  const placed = expandColumns(t);
  const found = new Map<string, number>();
  headerRow.forEach((cell, i) => {
    const text = normalize(cell);
    if (!text) return;
    const match = placed.find((p) => !p.repeated && !found.has(p.key) && namesNow(p, text));
    if (match) found.set(match.key, i + 1);
  });
  // Only then a header an older version gave a column, so a column of today never loses its own.
  const renamed: PlacedColumn[] = [];
  const taken = new Set(found.values());
  headerRow.forEach((cell, i) => {
    const text = normalize(cell);
    if (!text || taken.has(i + 1)) return;
    const match = placed.find((p) => !found.has(p.key) && namedOnce(p, text));
    if (!match) return;
    found.set(match.key, i + 1);
    renamed.push(match);
  });
  const columns = new Map(found);
  placeRepeated(placed, columns);
  // Missing columns go after everything the sheet uses, employee columns with blank headers included.
  let lastUsed = Math.max(0, ...columns.values());
  headerRow.forEach((cell, i) => {
    if (normalize(cell)) lastUsed = Math.max(lastUsed, i + 1);
  });
  const missing: PlacedColumn[] = [];
  let next = lastUsed;
  for (const p of placed) {
    if (columns.has(p.key)) continue;
    if (p.column.startsTable && next > 0) next++;
    missing.push(p);
    columns.set(p.key, ++next);
  }
  return { placed, columns, missing, renamed };
}

/**
 * Where a sheet of an older version needs the empty column before a table of its own (a
 * header stands right before that table's first one): the 1-based columns the empty ones
 * will have, ascending. Setup inserts them there, which moves the table and everything right
 * of it, values included, one column right.
 */
export function spacersWanted(t: TableTemplate, headerRow: readonly unknown[]): number[] {
  const texts = headerRow.map(normalize);
  return expandColumns(t)
    .filter((p) => p.column.startsTable)
    .flatMap((p) => {
      const at = texts.findIndex((text) => text !== '' && (namesNow(p, text) || namedOnce(p, text)));
      return at > 0 && texts[at - 1] !== '' ? [at + 1] : [];
    })
    .sort((a, b) => a - b)
    .map((at, i) => at + i);
}

/** The header row once the empty columns `spacers` (from spacersWanted) are inserted. */
export function withSpacers<T>(headerRow: readonly T[], spacers: readonly number[], blank: T): T[] {
  const out = [...headerRow];
  for (const at of spacers) out.splice(at - 1, 0, blank);
  return out;
}

/**
 * Repeated columns (employees) carry the user's own headers, so they are found by position:
 * right after a column of the template that comes before them, the first one found whose next
 * cell holds no header of the template. A deleted column before them (the FBS matrix's
 * "Present today") must not lose them: they would be added again, twelve copies.
 */
function placeRepeated(placed: readonly PlacedColumn[], columns: Map<string, number>): void {
  const taken = new Set(columns.values());
  let start = 0;
  placed.forEach((p, i) => {
    if (!p.repeated || i === 0 || placed[i - 1].repeated) return;
    const before = placed
      .slice(0, i)
      .flatMap((q) => (columns.has(q.key) ? [columns.get(q.key)!] : []))
      .sort((a, b) => a - b);
    const after = before.find((at) => !taken.has(at + 1));
    start = after === undefined ? 0 : after + 1;
  });
  if (start === 0) return;
  let at = start;
  for (const p of placed) if (p.repeated) columns.set(p.key, at++);
}

/** A sheet is the add-on's when its first column and most of its fixed headers match the template. */
export function looksLikeTemplate(t: TableTemplate, headerRow: readonly unknown[]): boolean {
  const placed = expandColumns(t).filter((p) => !p.repeated);
  const texts = headerRow.map(normalize).filter(Boolean);
  const found = (p: PlacedColumn) => texts.some((text) => namesNow(p, text) || namedOnce(p, text));
  if (!found(placed[0])) return false;
  return placed.filter(found).length * 2 >= placed.length;
}

export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export interface WorkbookLayout {
  readonly lang: Lang;
  readonly names: Readonly<Record<SheetId, string>>;
  readonly tables: Readonly<Partial<Record<SheetId, ReadonlyMap<string, number>>>>;
  readonly settingName: (key: string) => string;
  /** The column of the market segments' names on Settings; throws MissingSheet when Settings is not the add-on's. */
  readonly marketSegmentsColumn: () => number;
}

/** A formula needs a sheet this workbook has no template sheet for (a sheet of the user's holds its name). */
export class MissingSheet extends Error {
  constructor(readonly sheet: SheetId) {
    super(`no sheet ${sheet}`);
  }
}

/** The FormulaContext templates build their formulas with, for this workbook's layout. */
export function formulaContext(w: WorkbookLayout, self: SheetId): FormulaContext {
  const at = (sheet: SheetId, key: string): number => {
    const table = w.tables[sheet];
    if (!table) throw new MissingSheet(sheet);
    const n = table.get(key);
    if (n === undefined) throw new Error(`no column ${sheet}.${key}`);
    return n;
  };
  const prefix = (sheet: SheetId, from: SheetId | undefined) =>
    sheet === (from ?? self) ? '' : `${quoteSheetName(w.names[sheet])}!`;
  return {
    lang: w.lang,
    col: (sheet, key) => columnLetter(at(sheet, key)),
    position: at,
    range: (sheet, key, from) => {
      const c = columnLetter(at(sheet, key));
      return `${prefix(sheet, from)}${c}2:${c}`;
    },
    span: (sheet, key, count, from) => {
      const first = at(sheet, key);
      return `${prefix(sheet, from)}${columnLetter(first)}2:${columnLetter(first + count - 1)}`;
    },
    headerSpan: (sheet, key, count, from) => {
      const first = at(sheet, key);
      return `${prefix(sheet, from)}${columnLetter(first)}1:${columnLetter(first + count - 1)}1`;
    },
    sheet: (sheet) => quoteSheetName(w.names[sheet]),
    setting: (key) => w.settingName(key),
    marketSegments: (key, from) => {
      const name = w.marketSegmentsColumn();
      const first = columnLetter(key === 'target' ? name + 1 : name);
      const last = columnLetter(key === 'name' ? name : name + 1);
      return `${prefix('settings', from)}${first}2:${last}`;
    },
  };
}
