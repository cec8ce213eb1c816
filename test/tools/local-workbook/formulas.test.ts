import { parseA1, quoteSheetName } from '../../../tools/local-workbook/a1';
import {
  decodeNames,
  encodeName,
  fromEngine,
  shiftFormula,
  toEngine,
} from '../../../tools/local-workbook/formulas';

const rows =
  (sizes: Record<string, number>, own = 1000) =>
  (sheet?: string) =>
    sheet === undefined ? own : (sizes[sheet] ?? 1000);

describe('toEngine / fromEngine', () => {
  it.each([
    ['=SUM(F2:F)', '=SUM(F2:F$1000)', ['rows']],
    ['=COUNTA(A:A)', '=COUNTA(A$1:A$1000)', ['columns']],
    ["=SUM('FBS Матрица'!A2:A)", "=SUM('FBS Матрица'!A2:A$50)", ['rows']],
    ['=COUNTA(Клиенты!B2:B; B2:B)', "=COUNTA('Клиенты'!B2:B$70; B2:B$1000)", ['rows', 'rows']],
    ['=SUM(A1:B2)+$C$3', '=SUM(A1:B2)+$C$3', ['closed', 'closed']],
  ])('%s → %s', (sheets, engine, open) => {
    const result = toEngine(sheets, rows({ 'FBS Матрица': 50, Клиенты: 70 }));
    expect(result).toEqual({ text: engine, open });
    expect(fromEngine(result.text, result.open)).toBe(sheets);
  });

  it('leaves references inside string literals and function names alone', () => {
    const f = '=IF(A2="F2:F"; LOG10(B2); ATAN2(1; 2))';
    expect(toEngine(f, rows({})).text).toBe(f);
  });

  it('gives back moved references with the open end still open', () => {
    expect(fromEngine('=SUM(F4:F$1002)+F7', ['rows', 'closed'])).toBe('=SUM(F4:F)+F7');
  });

  it('spells non-ASCII names in ASCII for the engine and back', () => {
    const { text } = toEngine('=Порог*2+"Порог"', rows({}));
    expect(text).not.toContain('Порог*');
    expect(text).toContain('"Порог"');
    expect(decodeNames(text)).toBe('=Порог*2+"Порог"');
    expect(encodeName('Drop_1')).toBe('Drop_1');
    expect(decodeNames(encodeName('Порог')).toString()).toBe('Порог');
  });
});

describe('shiftFormula', () => {
  it('moves relative references and keeps absolute ones, as a rule applies to each cell', () => {
    expect(shiftFormula('=AND($B2<>""; $B2<TODAY(); C$1>0; D2:D)', 3, 1)).toBe(
      '=AND($B5<>""; $B5<TODAY(); D$1>0; E5:E)',
    );
  });
});

describe('A1 notation', () => {
  it.each([
    ['A1', { row: 1, column: 1, numRows: 1, numColumns: 1 }],
    ['b2:c3', { row: 2, column: 2, numRows: 2, numColumns: 2 }],
    ['F2:F', { row: 2, column: 6, numRows: 999, numColumns: 1 }],
    ['A:C', { row: 1, column: 1, numRows: 1000, numColumns: 3 }],
    ['2:3', { row: 2, column: 1, numRows: 2, numColumns: 26 }],
    ['$A$1:$B$2', { row: 1, column: 1, numRows: 2, numColumns: 2 }],
  ])('%s', (a1, box) => {
    expect(parseA1(a1, 1000, 26)).toEqual(box);
  });

  it.each(['A', '1', 'A1:B2:C3', 'Клиенты', ''])('rejects %p', (a1) => {
    expect(parseA1(a1, 1000, 26)).toBeUndefined();
  });

  it('quotes sheet names only where Sheets needs quotes', () => {
    expect(['Клиенты', 'FBS Матрица', 'A1', "O'Neil", 'Sheet_2'].map(quoteSheetName)).toEqual([
      'Клиенты',
      "'FBS Матрица'",
      "'A1'",
      "'O''Neil'",
      'Sheet_2',
    ]);
  });
});
