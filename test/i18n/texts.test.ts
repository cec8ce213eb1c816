import { langFromLocale, texts } from '../../src/i18n';

/** Every leaf of one language's texts, by path, so the two can be compared. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value))
      for (const [p, leaf] of leaves(v, `${path}.${k}`)) out.set(p, leaf);
  } else out.set(path, value);
  return out;
}

describe('texts', () => {
  it('picks Russian for ru… locales and English for every other', () => {
    expect(langFromLocale('ru_RU')).toBe('ru');
    expect(langFromLocale('ru')).toBe('ru');
    expect(langFromLocale('en_US')).toBe('en');
    expect(langFromLocale('de_DE')).toBe('en');
    expect(langFromLocale('')).toBe('en');
  });

  it('has the same keys in both languages, and no empty or untranslated text in Russian', () => {
    const en = leaves(texts.en);
    const ru = leaves(texts.ru);
    expect([...ru.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [path, value] of ru) {
      if (typeof value === 'string') {
        expect(value.trim()).not.toBe('');
        if (/[a-z]{4,}/i.test(String(en.get(path))) && !/^[A-Z_]+$/.test(value)) {
          expect({ path, value, cyrillic: /[а-яё]/i.test(value) }).toEqual({ path, value, cyrillic: true });
        }
      }
      if (Array.isArray(value)) expect(value).toHaveLength((en.get(path) as unknown[]).length);
    }
  });
});
