/**
 * Finding the header row of an export and what each of its columns holds. Exports from 1C and
 * CRMs name the same column many ways («Контрагент», «Покупатель», "Customer"), add units
 * («Сумма отгрузки, руб.») and open with a title block, so headers are recognised by synonyms,
 * ignoring case and punctuation, in the first rows only.
 */
import { IMPORT_FIELDS, type ImportFailure, type ImportField } from '../importCodes';
import { type Cell, isDate } from '../vocabulary';
import { normalizeWords } from '../words';

/** Real exports open with a title block (the report's name, its parameters, blank lines): a few rows. */
export const HEADER_SEARCH_ROWS = 20;

/** The names a column goes by, Russian and English. The list first, then common variants. */
const SYNONYMS: Readonly<Record<ImportField, readonly string[]>> = {
  client: [
    'Контрагент',
    'Покупатель',
    'Клиент',
    'Client',
    'Customer',
    'Дистрибутор',
    'Заказчик',
    'Counterparty',
    'Buyer',
    'Account',
  ],
  period: ['Период', 'Месяц', 'Дата', 'Period', 'Month', 'Date'],
  purchases: [
    'Сумма',
    'Выручка',
    'Отгрузка',
    'Сумма отгрузки',
    'Amount',
    'Sales',
    'Revenue',
    'Net',
    'Отгрузки',
    'Отгружено',
    'Сумма отгрузок',
    'Сумма продаж',
    'Продажи',
    'Реализация',
    'Net sales',
    'Shipments',
    'Shipped',
  ],
  overdueDays: [
    'Дней просрочки',
    'Просрочка, дней',
    'Days overdue',
    'Дни просрочки',
    'Просрочено дней',
    'Overdue days',
    'Days past due',
  ],
  overdueAmount: [
    'Сумма просрочки',
    'Просроченная задолженность',
    'Overdue amount',
    'Просроченный долг',
    'Просрочено всего',
    'Долг просроченный',
    'Amount overdue',
    'Past due amount',
    'Overdue',
  ],
  manager: [
    'Менеджер',
    'Ответственный',
    'Основной менеджер',
    'Менеджер клиента',
    'Торговый представитель',
    'Manager',
    'Account manager',
    'Sales manager',
    'Sales rep',
  ],
  region: ['Регион', 'Город', 'Region', 'City', 'Territory'],
};

/**
 * Words a header may carry besides its name without changing what the column holds: units
 * and scale, VAT, the span it covers, "name". «Сумма отгрузки, руб.», "Sales, RUB, incl. VAT".
 */
const QUALIFIERS = new Set(
  (
    'руб рубль рубли рублей р ₽ rub rur usd eur тыс тысяч млн k thousand thousands mln ' +
    'с без ндс вкл включая в т ч incl excl including vat tax net gross of ' +
    'за период месяц for the period month in всего total наименование название name'
  ).split(' '),
);

/** A header's words: lower case, ё as е, punctuation and symbols as spaces. */
function wordsOf(text: string): string[] {
  return normalizeWords(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
}

/** The texts a header is tried as: whole, and without what it says in brackets («Контрагент (ИНН)»). */
function readings(text: string): string[][] {
  const whole = wordsOf(text);
  const bare = wordsOf(text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
  return bare.length > 0 && bare.join(' ') !== whole.join(' ') ? [whole, bare] : [whole];
}

const MATCHERS = IMPORT_FIELDS.flatMap((field) =>
  SYNONYMS[field].map((synonym) => ({ field, words: wordsOf(synonym) })),
);

function indexOfRun(words: readonly string[], run: readonly string[]): number {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let j = 0; j < run.length; j++) if (words[i + j] !== run[j]) continue outer;
    return i;
  }
  return -1;
}

export interface HeaderMatch {
  readonly field: ImportField;
  /** Words of the synonym matched: «Сумма просрочки» (2) outranks «Сумма» (1). */
  readonly specificity: number;
}

/** A cell as the text a person reads in it; a date or a blank has none a header could use. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined || isDate(cell)) return '';
  return String(cell).trim();
}

/**
 * What a header cell names, or undefined: its words must hold a synonym's words in a row, and
 * nothing else but qualifiers. The most specific synonym wins, so «Сумма просрочки» is the
 * overdue amount, not the shipments that «Сумма» alone would be.
 */
export function recognizeHeader(cell: Cell): HeaderMatch | undefined {
  if (typeof cell !== 'string') return undefined;
  let best: HeaderMatch | undefined;
  for (const words of readings(cell)) {
    for (const m of MATCHERS) {
      if (best && m.words.length <= best.specificity) continue;
      const at = indexOfRun(words, m.words);
      if (at < 0) continue;
      const rest = [...words.slice(0, at), ...words.slice(at + m.words.length)];
      if (rest.every((w) => QUALIFIERS.has(w))) best = { field: m.field, specificity: m.words.length };
    }
  }
  return best;
}

/** 0-based columns of the fields found, each field once. */
export type HeaderColumns = Readonly<Partial<Record<ImportField, number>>>;

/** Each field's column in a header row: the most specific match, the leftmost among equals. */
export function recognizeRow(row: readonly Cell[]): HeaderColumns {
  const best = new Map<ImportField, { column: number; specificity: number }>();
  row.forEach((cell, column) => {
    const match = recognizeHeader(cell);
    if (!match) return;
    const held = best.get(match.field);
    if (!held || match.specificity > held.specificity) best.set(match.field, { column, ...match });
  });
  return Object.fromEntries([...best].map(([field, { column }]) => [field, column]));
}

/** A header text of the table per field: '' leaves the field out, undefined lets it be recognised. */
export type ImportMapping = Readonly<Partial<Record<ImportField, string>>>;

export interface HeaderFound {
  /** 0-based row of the table. */
  readonly index: number;
  readonly columns: HeaderColumns;
}

/** What a header row must name to count as one when nothing is mapped. */
export type HeaderNeed = 'shipments' | 'anyFigure';

function isEnough(columns: HeaderColumns, need: HeaderNeed): boolean {
  if (columns.client === undefined) return false;
  if (need === 'shipments') return columns.purchases !== undefined;
  return [columns.purchases, columns.overdueDays, columns.overdueAmount].some((c) => c !== undefined);
}

const sameText = (cell: Cell, text: string) => normalizeWords(cellText(cell)) === normalizeWords(text);

/** The mapped fields' columns in a row, and the others recognised; undefined when a mapped text is missing. */
function mappedColumns(row: readonly Cell[], mapping: ImportMapping): HeaderColumns | undefined {
  const recognised = recognizeRow(row);
  const columns: Partial<Record<ImportField, number>> = {};
  for (const field of IMPORT_FIELDS) {
    const text = mapping[field];
    if (text === undefined) {
      if (recognised[field] !== undefined) columns[field] = recognised[field];
    } else if (text !== '') {
      const at = row.findIndex((cell) => sameText(cell, text));
      if (at < 0) return undefined;
      columns[field] = at;
    }
  }
  // A column mapped to one field is not also recognised as another.
  const taken = IMPORT_FIELDS.filter((f) => mapping[f]).map((f) => columns[f]);
  for (const field of IMPORT_FIELDS) {
    if (mapping[field] === undefined && taken.includes(columns[field])) delete columns[field];
  }
  return columns;
}

/** The first mapped header text that no row of the first ones holds (or, when each is somewhere, the first). */
function unknownMappingText(rows: readonly (readonly Cell[])[], mapping: ImportMapping): string {
  const texts = IMPORT_FIELDS.map((f) => mapping[f]).filter((t): t is string => Boolean(t));
  return texts.find((t) => !rows.some((row) => row.some((cell) => sameText(cell, t)))) ?? texts[0];
}

/**
 * The header row: the first of the first 20 rows that holds every mapped header text, or, with
 * nothing mapped, in which a client column and a shipments column are recognised (`need`
 * 'anyFigure' also takes a days-overdue or overdue-amount column: the sidebar's first guess
 * for an aging report).
 */
export function findHeader(
  table: readonly (readonly Cell[])[],
  mapping: ImportMapping = {},
  need: HeaderNeed = 'shipments',
): HeaderFound | ImportFailure {
  const rows = table.slice(0, HEADER_SEARCH_ROWS);
  const mapped = IMPORT_FIELDS.some((f) => mapping[f]);
  // Fields mapped to nothing are left out; without shipments, another figure has to do.
  const wanted = mapping.purchases === '' ? 'anyFigure' : need;
  for (let index = 0; index < rows.length; index++) {
    const columns = mappedColumns(rows[index], mapping);
    if (mapped ? columns : columns && isEnough(columns, wanted)) return { index, columns: columns! };
  }
  return mapped
    ? { failure: 'unknownMapping', detail: unknownMappingText(rows, mapping) }
    : { failure: 'noHeader' };
}

/** The sidebar's guess: a header with shipments first, else one with any figure. */
export function guessHeader(table: readonly (readonly Cell[])[]): HeaderFound | undefined {
  for (const need of ['shipments', 'anyFigure'] as const) {
    const found = findHeader(table, {}, need);
    if (!('failure' in found)) return found;
  }
  return undefined;
}
