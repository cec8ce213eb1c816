import fc from 'fast-check';
import type { Blocker } from '../../src/core/winback';
import { blockersTexts } from '../../src/present/winback';
import { type Lang, texts } from '../../src/i18n';

const blockersText = (blockers: readonly Blocker[], lang: Lang) => blockersTexts(lang)(blockers);

describe('blockersTexts', () => {
  const all: Blocker[] = [
    { kind: 'expired', agreement: 'contract', on: '2026-10-12' },
    { kind: 'expiring', agreement: 'poa', inDays: 12 },
    { kind: 'silence', days: 45 },
  ];

  it('joins the reasons with "; " in the sheet language, with Russian dates and day counts', () => {
    expect(blockersText(all, 'ru')).toBe(
      'срок договора истёк 12.10.2026; срок доверенности истекает через 12 дней; нет контакта 45 дней',
    );
    expect(blockersText(all, 'en')).toBe(
      'contract expired 2026-10-12; power of attorney expires in 12 days; no contact for 45 days',
    );
    expect(blockersText([], 'ru')).toBe('');
  });

  it('says "today", one day, and a Russian feminine past tense for the power of attorney', () => {
    expect(blockersText([{ kind: 'expiring', agreement: 'contract', inDays: 0 }], 'ru')).toBe(
      'срок договора истекает сегодня',
    );
    expect(blockersText([{ kind: 'expiring', agreement: 'contract', inDays: 1 }], 'en')).toBe(
      'contract expires in 1 day',
    );
    expect(blockersText([{ kind: 'expired', agreement: 'poa', on: '2026-01-05' }], 'ru')).toBe(
      'срок доверенности истёк 05.01.2026',
    );
    expect(blockersText([{ kind: 'silence', days: 31 }], 'ru')).toBe('нет контакта 31 день');
  });

  it('names missing agreements and a missing contact in plain words, each holding its colour marker', () => {
    const missing: Blocker[] = [{ kind: 'noAgreement' }, { kind: 'noContact' }];
    expect(blockersText(missing, 'ru')).toBe(
      'нет ни договора, ни доверенности; нет ни одного записанного контакта',
    );
    expect(blockersText(missing, 'en')).toBe(
      'no record of a contract or power of attorney; no record of any contact',
    );
    for (const lang of ['ru', 'en'] as const) {
      const { markers } = texts[lang].winback;
      for (const b of missing) {
        const text = blockersText([b], lang);
        expect(text).toContain(markers.missing);
        // Not coloured as a long silence: it is a different gap.
        expect(text).not.toContain(markers.silence);
        expect(text).not.toContain('⚠');
      }
    }
  });
});

describe('blockersTexts over many rows', () => {
  const agreement = fc.constantFrom('contract' as const, 'poa' as const);
  const blocker: fc.Arbitrary<Blocker> = fc.oneof(
    fc.record({
      kind: fc.constant('expired' as const),
      agreement,
      on: fc.constantFrom('2026-10-12', '2026-01-05', '2025-12-31'),
    }),
    fc.record({ kind: fc.constant('expiring' as const), agreement, inDays: fc.integer({ min: 0, max: 40 }) }),
    fc.record({ kind: fc.constant('silence' as const), days: fc.integer({ min: 31, max: 400 }) }),
    fc.constant<Blocker>({ kind: 'noAgreement' }),
    fc.constant<Blocker>({ kind: 'noContact' }),
  );

  /** Each reason's words straight from the texts, as one row alone would read them. */
  function wordsOf(b: Blocker, lang: Lang): string {
    const t = texts[lang].winback;
    if (b.kind === 'expired') return t.expired(b.agreement, b.on);
    if (b.kind === 'expiring') return t.expiring(b.agreement, b.inDays);
    if (b.kind === 'silence') return t.silence(b.days);
    return t[b.kind];
  }

  it('gives every row, reused words or not, the same text as the row read alone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Lang>('ru', 'en'),
        fc.array(fc.array(blocker, { maxLength: 4 }), { maxLength: 30 }),
        (lang, rows) => {
          const present = blockersTexts(lang);
          for (const row of rows) expect(present(row)).toBe(row.map((b) => wordsOf(b, lang)).join('; '));
        },
      ),
    );
  });
});
