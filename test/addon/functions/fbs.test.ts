import { MAX_CELL_TEXT, joinCapped } from '../../../src/addon/functions/fbs';

const more = (n: number) => `…and ${n} more`;

describe('joinCapped (the names of FBS_ABSENCE_GAPS)', () => {
  it('joins names with "; " while they fit a cell', () => {
    expect(joinCapped(['Cold calls', 'Field negotiations'], more)).toBe('Cold calls; Field negotiations');
    expect(joinCapped([], more)).toBe('');
  });

  it('stops before the 50,000 characters a cell holds and says how many are left out', () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `Function number ${i + 1}`);
    const text = joinCapped(names, more);
    expect(text.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    const shown = text.split('; ').length - 1;
    expect(text.endsWith(`…and ${names.length - shown} more`)).toBe(true);
    expect(text.startsWith('Function number 1; Function number 2;')).toBe(true);
  });

  it('gives only the count when even the first name is too long', () => {
    expect(joinCapped(['x'.repeat(MAX_CELL_TEXT), 'y'], more)).toBe('…and 2 more');
  });
});
