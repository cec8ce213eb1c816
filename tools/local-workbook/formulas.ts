/**
 * Formula text as Sheets writes it, turned into text HyperFormula parses.
 *
 * Sheets accepts references HyperFormula does not: column ranges open at the bottom
 * (`F2:F`, meaning down to the sheet's last row) and unquoted non-ASCII sheet names
 * (`Клиенты!A1`). `toEngine` rewrites them (`F2:F1000`, `'Клиенты'!A1`) using the size
 * of the sheet referred to, and records which ranges were open so `fromEngine` can
 * give back the Sheets text after HyperFormula has moved references around
 * (rows inserted, a sheet renamed). Whole columns (`A:A`) are bounded the same way,
 * so a custom function gets as many rows as the sheet has, as in Sheets.
 * HyperFormula also reads only ASCII names, so other names (`=Итого`, a named range
 * `Порог`) are spelled in ASCII for it (`Xu_…`): an unknown one is #NAME? as in Sheets.
 */
import { columnLetters, columnNumber, quoteSheetName, quotedSheetName } from './a1';

interface CellRef {
  readonly col: number;
  readonly row: number;
  readonly colAbs: boolean;
  readonly rowAbs: boolean;
}
/** A column bound without a row, as in the end of `F2:F` or both ends of `A:C`. */
interface ColRef {
  readonly col: number;
  readonly colAbs: boolean;
}

type Token =
  | { readonly kind: 'text' | 'string'; readonly text: string }
  | {
      readonly kind: 'ref';
      /** Unquoted sheet name, when the reference names one. */
      readonly sheet?: string;
      readonly start: CellRef | ColRef;
      readonly end?: CellRef | ColRef;
    };

const QUOTED_SHEET = /^'((?:[^']|'')+)'!/u;
const PLAIN_SHEET = /^([\p{L}_][\p{L}\p{N}_.]*)!/u;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)/;
const COL = /^(\$?)([A-Za-z]{1,3})/;
const NAME_CHAR = /[\p{L}\p{N}_.$]/u;
const AFTER_REF = /^[\p{L}\p{N}_(!]/u;

function readCell(m: RegExpExecArray): CellRef {
  return { colAbs: m[1] === '$', col: columnNumber(m[2]), rowAbs: m[3] === '$', row: Number(m[4]) };
}

function readCol(m: RegExpExecArray): ColRef {
  return { colAbs: m[1] === '$', col: columnNumber(m[2]) };
}

/** A reference starting at `s` (after an optional sheet prefix), with its length; undefined if none. */
function readRef(s: string): { token: Token; length: number } | undefined {
  let pos = 0;
  let sheet: string | undefined;
  const quoted = QUOTED_SHEET.exec(s);
  const plain = quoted ? null : PLAIN_SHEET.exec(s);
  if (quoted) {
    sheet = quoted[1].replace(/''/g, "'");
    pos = quoted[0].length;
  } else if (plain && !CELL.test(plain[1])) {
    sheet = plain[1];
    pos = plain[0].length;
  }
  const rest = s.slice(pos);
  const cell = CELL.exec(rest);
  const col = COL.exec(rest);
  let start: CellRef | ColRef;
  let len: number;
  if (cell) {
    start = readCell(cell);
    len = cell[0].length;
  } else if (col && rest[col[0].length] === ':') {
    start = readCol(col);
    len = col[0].length;
  } else {
    return undefined;
  }
  let end: CellRef | ColRef | undefined;
  if (rest[len] === ':') {
    const after = rest.slice(len + 1);
    const endCell = CELL.exec(after);
    const endCol = COL.exec(after);
    if (endCell && 'row' in start) {
      end = readCell(endCell);
      len += 1 + endCell[0].length;
    } else if (endCol && !AFTER_REF.test(after.slice(endCol[0].length))) {
      end = readCol(endCol);
      len += 1 + endCol[0].length;
    }
  }
  if (!('row' in start) && !end) return undefined;
  if (AFTER_REF.test(rest.slice(len))) return undefined;
  return { token: { kind: 'ref', sheet, start, end }, length: pos + len };
}

/** Splits a formula into references and everything else; string literals are never references. */
export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const literal = /^"(?:[^"]|"")*"?/.exec(formula.slice(i))![0];
      if (text) tokens.push({ kind: 'text', text });
      text = '';
      tokens.push({ kind: 'string', text: literal });
      i += literal.length;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : '';
    const ref = prev && NAME_CHAR.test(prev) ? undefined : readRef(formula.slice(i));
    if (ref) {
      if (text) tokens.push({ kind: 'text', text });
      text = '';
      tokens.push(ref.token);
      i += ref.length;
    } else {
      text += ch;
      i += 1;
    }
  }
  if (text) tokens.push({ kind: 'text', text });
  return tokens;
}

function cellText(r: CellRef | ColRef): string {
  const col = `${r.colAbs ? '$' : ''}${columnLetters(r.col)}`;
  return 'row' in r ? `${col}${r.rowAbs ? '$' : ''}${r.row}` : col;
}

function refText(t: Extract<Token, { kind: 'ref' }>, quoteAll: boolean): string {
  const sheet =
    t.sheet === undefined ? '' : `${quoteAll ? quotedSheetName(t.sheet) : quoteSheetName(t.sheet)}!`;
  return `${sheet}${cellText(t.start)}${t.end ? `:${cellText(t.end)}` : ''}`;
}

export function render(tokens: readonly Token[], quoteAll = false): string {
  return tokens.map((t) => (t.kind === 'ref' ? refText(t, quoteAll) : t.text)).join('');
}

const ENCODED = /\bXu_((?:[0-9a-f]{6})+)\b/gi;
const IDENTIFIER = /[\p{L}_][\p{L}\p{N}_.]*/gu;

/** A name in ASCII for HyperFormula (unchanged when it is ASCII already). */
export function encodeName(name: string): string {
  if (/^[\x20-\x7e]*$/.test(name)) return name;
  return `Xu_${[...name].map((ch) => ch.codePointAt(0)!.toString(16).padStart(6, '0')).join('')}`;
}

/** Text from HyperFormula with its ASCII spellings of names turned back. */
export function decodeNames(text: string): string {
  return text.replace(ENCODED, (_, hex: string) =>
    String.fromCodePoint(...hex.match(/.{6}/g)!.map((h) => parseInt(h, 16))),
  );
}

/** How each reference of a formula was written: bounded, open at the bottom (`F2:F`) or whole columns. */
export type OpenRange = 'closed' | 'rows' | 'columns';

export interface EngineFormula {
  readonly text: string;
  readonly open: readonly OpenRange[];
}

/**
 * The formula as HyperFormula must see it; `rowsOf` gives the row count of a sheet by
 * name (undefined: the formula's own sheet).
 */
export function toEngine(formula: string, rowsOf: (sheet?: string) => number): EngineFormula {
  const open: OpenRange[] = [];
  const tokens = tokenize(formula).map((t): Token => {
    if (t.kind !== 'ref')
      return t.kind === 'text' ? { ...t, text: t.text.replace(IDENTIFIER, encodeName) } : t;
    if (!('row' in t.start)) {
      open.push('columns');
      const rows = rowsOf(t.sheet);
      return {
        ...t,
        start: { ...t.start, row: 1, rowAbs: true },
        end: t.end && { ...t.end, row: rows, rowAbs: true },
      };
    }
    if (t.end && !('row' in t.end)) {
      open.push('rows');
      return { ...t, end: { ...t.end, row: rowsOf(t.sheet), rowAbs: true } };
    }
    open.push('closed');
    return t;
  });
  return { text: render(tokens, true), open };
}

/** Back from HyperFormula's text to the Sheets text, given how each reference was written. */
export function fromEngine(engineText: string, open: readonly OpenRange[]): string {
  let i = 0;
  const tokens = tokenize(engineText).map((t): Token => {
    if (t.kind !== 'ref') return t.kind === 'text' ? { ...t, text: decodeNames(t.text) } : t;
    const how = open[i++] ?? 'closed';
    const drop = ({ col, colAbs }: CellRef | ColRef): ColRef => ({ col, colAbs });
    if (how === 'columns') return { ...t, start: drop(t.start), end: t.end && drop(t.end) };
    if (how === 'rows') return { ...t, end: t.end && drop(t.end) };
    return t;
  });
  return render(tokens);
}

/** The formula as Sheets applies it to a cell `rows` down and `cols` right: relative references move. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  const move = (r: CellRef | ColRef): CellRef | ColRef => {
    const col = r.colAbs ? r.col : r.col + cols;
    return 'row' in r ? { ...r, col, row: r.rowAbs ? r.row : r.row + rows } : { ...r, col };
  };
  return render(
    tokenize(formula).map((t) =>
      t.kind === 'ref' ? { ...t, start: move(t.start), end: t.end && move(t.end) } : t,
    ),
  );
}

/**
 * A conditional colour's formula after `count` rows or columns were inserted (count > 0) or
 * deleted (count < 0) at `at` (1-based) of the sheet named `sheet`: its references to that sheet
 * past them move, a range loses its deleted part and a reference left with nothing is #REF!, as
 * in Sheets. `onSheet` says whether the rule is on that sheet, where a reference without a sheet points.
 */
export function resizeInFormula(
  formula: string,
  axis: 'rows' | 'columns',
  at: number,
  count: number,
  sheet: string,
  onSheet: boolean,
): string {
  const gone = Math.max(0, -count);
  const lineOf = (r: CellRef | ColRef) => (axis === 'columns' ? r.col : 'row' in r ? r.row : undefined);
  const deleted = (n: number) => n >= at && n < at + gone;
  // A bound in the deleted lines goes to the first line kept after them (a start) or the last before (an end).
  const moved = (n: number, deletedTo: number) => (deleted(n) ? deletedTo : n >= at + gone ? n + count : n);
  const place = (r: CellRef | ColRef, n: number) =>
    axis === 'columns' ? { ...r, col: n } : { ...r, row: n };
  return render(
    tokenize(formula).map((t): Token => {
      if (t.kind !== 'ref' || !(t.sheet === undefined ? onSheet : t.sheet === sheet)) return t;
      const a = lineOf(t.start);
      const b = t.end ? lineOf(t.end) : a;
      if (!t.end && a !== undefined && deleted(a)) return { kind: 'text', text: '#REF!' };
      const start = a === undefined ? a : moved(a, at);
      const end = b === undefined ? b : moved(b, at - 1);
      if (start !== undefined && end !== undefined && end < start) return { kind: 'text', text: '#REF!' };
      return {
        ...t,
        start: start === undefined ? t.start : place(t.start, start),
        end: t.end && (end === undefined ? t.end : place(t.end, end)),
      };
    }),
  );
}
