import { normalizeWords } from '../../src/core/words';

describe('normalizeWords', () => {
  it('ignores case, ё/е, surrounding and repeated spaces (incl. no-break spaces)', () => {
    expect(normalizeWords('  Анна \u00a0 СЕМЁНОВА ')).toBe('анна семенова');
    expect(normalizeWords('Анна Семенова')).toBe(normalizeWords('анна  семёнова'));
    expect(normalizeWords('Анна Семенова')).not.toBe(normalizeWords('АннаСеменова'));
  });
});

describe('normalizeWords: what a paste brings along', () => {
  it('reads a decomposed ё as the composed one, and so as е', () => {
    expect(normalizeWords('ООО Е\u0308лка')).toBe(normalizeWords('ООО Ёлка'));
    expect(normalizeWords('ООО Е\u0308лка')).toBe('ооо елка');
  });
  it('drops zero-width characters and the byte-order mark', () => {
    expect(normalizeWords('\ufeffТД\u200b «Север»\u2060')).toBe('тд «север»');
  });
  it('keeps letters that only look alike apart', () => {
    expect(normalizeWords('Север')).not.toBe(normalizeWords('Северный'));
  });
});
