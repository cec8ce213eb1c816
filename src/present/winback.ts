/** What blocks a lost client's return, in the sheet's language. */
import { madeOnce } from '../core/tables';
import type { IsoDay } from '../core/days';
import type { Blocker } from '../core/winback';
import type { Agreement } from '../core/vocabulary';
import { type Lang, texts } from '../i18n';

/** The words of an agreement with a day or a count, each made once per agreement and value. */
function perAgreement<K>(make: (a: Agreement, key: K) => string): (a: Agreement) => (key: K) => string {
  return madeOnce((a: Agreement) => madeOnce((key: K) => make(a, key)));
}

/**
 * The blocking reasons joined by "; ", "" when nothing blocks. Ten thousand lost clients repeat
 * a few hundred expiry days and counts of days: the words of each, a Russian date among them,
 * are made once per presenter rather than once per row.
 */
export function blockersTexts(lang: Lang): (blockers: readonly Blocker[]) => string {
  const t = texts[lang].winback;
  const expired = perAgreement((a, on: IsoDay) => t.expired(a, on));
  const expiring = perAgreement((a, inDays: number) => t.expiring(a, inDays));
  const silence = madeOnce((days: number) => t.silence(days));
  const blockerText = (b: Blocker): string => {
    switch (b.kind) {
      case 'expired':
        return expired(b.agreement)(b.on);
      case 'expiring':
        return expiring(b.agreement)(b.inDays);
      case 'silence':
        return silence(b.days);
      case 'noAgreement':
        return t.noAgreement;
      case 'noContact':
        return t.noContact;
    }
  };
  // Joined as it goes: an array of texts per row would be one more allocation for each of them.
  return (blockers) => {
    let joined = '';
    for (let i = 0; i < blockers.length; i++)
      joined = i === 0 ? blockerText(blockers[i]) : `${joined}; ${blockerText(blockers[i])}`;
    return joined;
  };
}
