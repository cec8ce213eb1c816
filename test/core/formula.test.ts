import { ARG_SEPARATOR, caseOf, fx, perRow, sameFormula, str } from '../../src/core/formula';

describe('formula building', () => {
  it('joins arguments with the one separator', () => {
    expect(ARG_SEPARATOR).toBe(';');
    expect(fx('SEGMENT', 'F2:F', 'G2:G', 'H2:H')).toBe('SEGMENT(F2:F;G2:G;H2:H)');
    expect(fx('LEFT', 'K2:K', 1)).toBe('LEFT(K2:K;1)');
  });

  it('doubles quotes inside text literals', () => {
    expect(str('ТД «Север» "Опт"')).toBe('"ТД «Север» ""Опт"""');
  });

  it('maps cases through nested IFs, last case innermost', () => {
    expect(
      caseOf(
        'X',
        [
          ['1', str('a')],
          ['2', str('b')],
        ],
        str(''),
      ),
    ).toBe('IF(X=1;"a";IF(X=2;"b";""))');
  });

  it('leaves rows blank where the driving column is blank', () => {
    expect(perRow('A2:A', 'A2:A*2')).toBe('ARRAYFORMULA(IF(A2:A="";"";A2:A*2))');
  });
});

describe('sameFormula', () => {
  it('ignores the separator, spacing and case that Sheets may change, but not quoted text', () => {
    expect(sameFormula('=SEGMENT(F2:F;G2:G;AC_X)', '=segment(F2:F, G2:G, AC_X)')).toBe(true);
    expect(sameFormula('=IF(A2="a;b";1;0)', '=IF(A2="a,b",1,0)')).toBe(false);
    expect(sameFormula('=IF(A2="Да";1;0)', '=IF(A2="да";1;0)')).toBe(false);
    expect(sameFormula('=A1', '=A2')).toBe(false);
    expect(sameFormula("=COUNTIF('Цены'!A2:A;A2:A)", '=COUNTIF(Цены!A2:A,A2:A)')).toBe(true);
    expect(sameFormula("=SUM('FBS Матрица'!D2:D)", "=SUM('FBS Матрица'!E2:E)")).toBe(false);
    expect(sameFormula('', '')).toBe(true);
  });
});
