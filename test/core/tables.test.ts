import fc from 'fast-check';
import { cellKey, keyReader, madeOnce } from '../../src/core/tables';
import { normalizeWords } from '../../src/core/words';
import { cellValue } from '../support/arbitraries';

describe('cellKey and keyReader', () => {
  const names = fc.oneof(
    cellValue,
    fc.constantFrom(' Петров ', 'ПЕТРОВ', 'Пётр  Семёнов', '\u200bИванова', 'Иванова'),
  );

  it('give one key, the reader remembering the names it has seen', () => {
    fc.assert(
      fc.property(fc.array(names), (cells) => {
        const key = keyReader();
        for (const cell of cells) expect(key(cell)).toBe(cellKey(cell));
      }),
    );
  });

  it('key a name however it is typed, a date by its instant, and a blank as nothing', () => {
    expect(cellKey('  Пётр   СЕМЁНОВ')).toBe(normalizeWords('петр семенов'));
    expect(cellKey(new Date(0))).toBe('0');
    expect(cellKey(null)).toBe('');
  });
});

describe('madeOnce', () => {
  it('makes each key once and gives the same object after', () => {
    const made: string[] = [];
    const task = madeOnce((segment: string) => {
      made.push(segment);
      return { segment };
    });
    const first = task('2 — Падение');
    expect(task('0 — Нет сигнала')).not.toBe(first);
    expect(task('2 — Падение')).toBe(first);
    expect(made).toEqual(['2 — Падение', '0 — Нет сигнала']);
  });
});
