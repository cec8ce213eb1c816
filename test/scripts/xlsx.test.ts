/** Formulas as the demo's xlsx holds them: xlsx syntax, Sheets' text otherwise kept. */
import { xlsxFormula } from '../../scripts/demo/xlsx';

const rows: Record<string, number> = { 'FBS Матрица': 500, Клиенты: 1000 };
const rowsOf = (sheet?: string) => rows[sheet ?? 'Клиенты'];

describe('xlsxFormula', () => {
  it('drops the leading =, and puts , between arguments but not inside text', () => {
    expect(xlsxFormula('=IF(A2="";"a;b";LEFT(A2;1))', rowsOf)).toBe('IF(A2="","a;b",LEFT(A2,1))');
  });

  it('bounds ranges open at the bottom to the last row of their own sheet', () => {
    expect(xlsxFormula('=SEGMENT(F2:F;G2:G;AC_DROP_THRESHOLD)', rowsOf)).toBe(
      'SEGMENT(F2:F1000,G2:G1000,AC_DROP_THRESHOLD)',
    );
    expect(xlsxFormula('=COUNTIF(\'FBS Матрица\'!C2:C;">0")', rowsOf)).toBe(
      'COUNTIF(\'FBS Матрица\'!C2:C500,">0")',
    );
  });

  it('keeps bounded ranges, whole columns and absolute cells, quoting every sheet name', () => {
    expect(xlsxFormula('=SUM(Клиенты!A:C;$B$2;D2:E9)', rowsOf)).toBe("SUM('Клиенты'!A:C,$B$2,D2:E9)");
  });
});
