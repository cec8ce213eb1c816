import {
  ARG_SEPARATOR,
  caseOf,
  formulaCellState,
  formulaFingerprint,
  fx,
  isRecorded,
  isRecordedShape,
  perRow,
  sameFormula,
  str,
} from '../../src/core/formula';

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

describe('what setup records of its formulas', () => {
  const ours = '=ARRAYFORMULA(IF(A2:A="";"";IFERROR(LEFT(VLOOKUP(A2:A;\'Клиенты\'!A2:P;16;0);1);"?")))';

  it('knows a formula again by its fingerprint, as sameFormula does, in a few bytes', () => {
    const recorded = formulaFingerprint(ours);
    expect(recorded).toMatch(/^#[0-9a-f]{8}~[0-9a-f]{8}$/);
    expect(isRecorded(ours.replace(/;/g, ','), recorded)).toBe(true);
    expect(isRecorded(ours.replace('16', '17'), recorded)).toBe(false);
    expect(isRecorded(ours, ours)).toBe(true);
    expect(isRecorded('', recorded)).toBe(false);
  });

  it('knows it by its shape when Sheets moved or broke its references, never when its text changed', () => {
    const recorded = formulaFingerprint(ours);
    const shrunk = ours.replace('A2:P', 'A2:O');
    const broken = '=ARRAYFORMULA(IF(#REF!="";"";IF(LEFT(#REF!;1)="2";H2:H*(1+I2:I);"")))';
    expect(isRecorded(shrunk, recorded)).toBe(false);
    expect(isRecordedShape(shrunk, recorded)).toBe(true);
    expect(isRecordedShape(shrunk, ours)).toBe(true);
    expect(isRecordedShape(broken, formulaFingerprint(broken.replace(/#REF!/g, 'P2:P')))).toBe(true);
    expect(isRecordedShape(ours.replace('"?"', '"!"'), recorded)).toBe(false);
    expect(
      isRecordedShape(
        '=SEGMENT(F2:F;AC_DROP_THRESHOLD)',
        formulaFingerprint('=SEGMENT(F2:F;AC_OVERDUE_LIMIT)'),
      ),
    ).toBe(false);
    expect(isRecordedShape('=1+1', recorded)).toBe(false);
  });

  it('judges a cell where a formula of ours belongs, never taking the user’s data for ours', () => {
    const older = '=ARRAYFORMULA(IF(A2:A="";"";LEFT(B2:B;1)))';
    const recorded = formulaFingerprint(older);
    const shrunk = ours.replace('A2:P', 'A2:O');
    expect(formulaCellState(ours.replace(/;/g, ','), false, ours, recorded)).toBe('same');
    expect(formulaCellState('', true, ours, recorded)).toBe('free');
    expect(formulaCellState('', false, ours, recorded)).toBe('taken');
    expect(formulaCellState(older, false, ours, recorded)).toBe('older');
    expect(formulaCellState(shrunk, false, ours, formulaFingerprint(ours))).toBe('broken');
    expect(formulaCellState('=SUM(#REF!)', false, ours, undefined)).toBe('broken');
    expect(formulaCellState('=A1*2', false, ours, recorded)).toBe('taken');
    // Where nothing was recorded, a formula is the user's, unless an older add-on recorded none.
    expect(formulaCellState(older, false, ours, undefined)).toBe('taken');
    expect(formulaCellState(older, false, ours, undefined, true)).toBe('older');
    expect(formulaCellState('', false, ours, undefined, true)).toBe('taken');
  });
});
