/**
 * A CSV file chosen in the sidebar, read in the browser: its encoding told apart (UTF-8 with
 * or without a byte-order mark, or Windows-1251, which 1C still writes by default), its
 * separator (; , or tab) guessed from its first lines, and its fields parsed by PapaParse,
 * which knows quoted fields with separators, quotes and line breaks inside them.
 */
import Papa from 'papaparse';

export type Encoding = 'utf-8' | 'windows-1251' | 'utf-16le';
export const ENCODINGS: readonly Encoding[] = ['utf-8', 'windows-1251', 'utf-16le'];

export type Separator = ';' | ',' | '\t';
/** In this order on a tie: 1C writes ";", which a Russian Excel also expects. */
const SEPARATORS: readonly Separator[] = [';', '\t', ','];

/** The most the sidebar reads; the server refuses more text than this too. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Why a file is not read at all. */
export type FileProblem = 'empty' | 'tooLarge' | 'binary' | 'xlsx';

export interface CsvTable {
  readonly encoding: Encoding;
  readonly separator: Separator;
  readonly rows: string[][];
}

const startsWith = (bytes: Uint8Array, ...head: number[]) => head.every((b, i) => bytes[i] === b);

/**
 * UTF-8 when the bytes say so (a byte-order mark) or decode as UTF-8 without a fault, which
 * Windows-1251 Cyrillic practically never does; UTF-16 only with its byte-order mark.
 */
export function detectEncoding(bytes: Uint8Array): Encoding {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return 'utf-8';
  if (startsWith(bytes, 0xff, 0xfe)) return 'utf-16le';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1251';
  }
}

/** The text of the bytes in an encoding; a byte-order mark is dropped. */
export function decode(bytes: Uint8Array, encoding: Encoding): string {
  return new TextDecoder(encoding).decode(bytes);
}

/** Bytes that can't be a CSV: none, too many, a zipped Excel workbook, or a NUL of a binary file. */
export function bytesProblem(bytes: Uint8Array): FileProblem | undefined {
  if (bytes.length === 0) return 'empty';
  if (bytes.length > MAX_FILE_BYTES) return 'tooLarge';
  // xlsx is a zip (PK\3\4); xls an OLE compound file.
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return 'xlsx';
  if (!startsWith(bytes, 0xff, 0xfe) && bytes.subarray(0, 65536).includes(0)) return 'binary';
  return undefined;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/** Decoded text that holds nothing, or more control characters than a text ever does. */
export function textProblem(text: string): FileProblem | undefined {
  if (text.trim() === '') return 'empty';
  const sample = text.slice(0, 65536);
  return (sample.match(CONTROL)?.length ?? 0) * 100 > sample.length ? 'binary' : undefined;
}

/** The first lines, enough to see the separator past a title block. */
function head(text: string, lines = 60): string {
  let end = 0;
  for (let i = 0; i < lines && end >= 0; i++) end = text.indexOf('\n', end + 1);
  return end < 0 ? text : text.slice(0, end);
}

/**
 * The separator that splits most lines into the same number of fields (more than one): a
 * title line has one field whatever the separator, and a decimal comma splits only the lines
 * that hold one. On a tie, more fields win, then ";" over tab over ",".
 */
export function guessSeparator(text: string): Separator {
  const sample = head(text);
  let best: { separator: Separator; lines: number; fields: number } = { separator: ';', lines: 0, fields: 0 };
  for (const separator of SEPARATORS) {
    const rows = Papa.parse<string[]>(sample, { delimiter: separator }).data;
    const counts = new Map<number, number>();
    for (const row of rows) if (row.length > 1) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    for (const [fields, lines] of counts) {
      if (lines > best.lines || (lines === best.lines && fields > best.fields))
        best = { separator, lines, fields };
    }
  }
  return best.separator;
}

/** Every row of the text, as strings; a trailing line break adds no row. */
export function parseCsv(text: string, separator: Separator): string[][] {
  const rows = Papa.parse<string[]>(text, { delimiter: separator }).data;
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '') rows.pop();
  return rows;
}

/** A file's bytes as a table, in the encoding given or detected; or why it can't be one. */
export function readCsv(
  bytes: Uint8Array,
  encoding?: Encoding,
): CsvTable | { readonly problem: FileProblem } {
  const problem = bytesProblem(bytes);
  if (problem) return { problem };
  const used = encoding ?? detectEncoding(bytes);
  const text = decode(bytes, used);
  const unfit = textProblem(text);
  if (unfit) return { problem: unfit };
  const separator = guessSeparator(text);
  return { encoding: used, separator, rows: parseCsv(text, separator) };
}
