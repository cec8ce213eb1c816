import fc from 'fast-check';
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

describe('normalizeWords: the shortcuts change nothing', () => {
  /** Every step on every text, as it was before the shortcuts. */
  const reference = (text: string) =>
    text
      .normalize('NFC')
      .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
      .trim()
      .toLowerCase()
      .replace(/ё/g, 'е')
      .replace(/\s+/g, ' ');

  it('gives what running every step gives, whatever the text (property)', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom(
        'Ё',
        'ё',
        'Е\u0308',
        'И\u0306',
        '\u2000',
        '\u2001',
        '\u212b',
        ' ',
        '  ',
        '\t',
        '\u00a0',
        '\u200b',
        'İ',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(normalizeWords(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});
