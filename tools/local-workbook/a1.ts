/**
 * A1 notation as Sheets reads it in `getRange`: cells, rectangles, whole columns
 * (`A:C`), whole rows (`2:5`) and column ranges open at the bottom (`A2:C`), with an
 * optional sheet prefix (`'FBS Матрица'!A2:A`). Rows and columns are 1-based.
 */

export interface GridBox {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * A sheet name as Sheets writes it in a reference: bare when it is one word of
 * letters (any script), digits and underscores that can't be read as a cell,
 * quoted otherwise, with quotes inside doubled.
 */
export function quoteSheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** A sheet name always quoted, as HyperFormula needs for names outside ASCII. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function boxA1(box: GridBox): string {
  const start = `${columnLetters(box.column)}${box.row}`;
  if (box.numRows === 1 && box.numColumns === 1) return start;
  return `${start}:${columnLetters(box.column + box.numColumns - 1)}${box.row + box.numRows - 1}`;
}

/** Splits `'My sheet'!A1:B2` or `Sheet1!A1` into the sheet name and the reference. */
export function splitSheetPrefix(a1: string): { sheet?: string; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { ref: a1 };
  const prefix = a1.slice(0, bang);
  const sheet =
    prefix.startsWith("'") && prefix.endsWith("'") ? prefix.slice(1, -1).replace(/''/g, "'") : prefix;
  return { sheet, ref: a1.slice(bang + 1) };
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/**
 * The box an A1 reference (without sheet) covers on a sheet of the given size;
 * undefined when the text is not a reference.
 */
export function parseA1(ref: string, maxRows: number, maxColumns: number): GridBox | undefined {
  const [first, second, extra] = ref.trim().split(':');
  if (extra !== undefined || first === undefined) return undefined;
  const a = PART.exec(first);
  const b = PART.exec(second ?? first);
  if (!a || !b) return undefined;
  const [, c1, r1] = a;
  const [, c2, r2] = b;
  if ((!c1 && !r1) || (!c2 && !r2)) return undefined;
  // A lone cell needs both parts; ranges may leave rows (A:C, A2:C) or columns (2:5) open.
  if (second === undefined && (!c1 || !r1)) return undefined;
  if ((!c1 && c2) || (c1 && !c2)) return undefined;
  const col1 = c1 ? columnNumber(c1) : 1;
  const col2 = c2 ? columnNumber(c2) : maxColumns;
  const row1 = r1 ? Number(r1) : 1;
  const row2 = r2 ? Number(r2) : maxRows;
  if (row1 < 1 || row2 < 1) return undefined;
  const row = Math.min(row1, row2);
  const column = Math.min(col1, col2);
  return {
    row,
    column,
    numRows: Math.max(row1, row2) - row + 1,
    numColumns: Math.max(col1, col2) - column + 1,
  };
}
