/** What blocks a lost client's return, in the sheet's language. */
import type { Blocker } from '../core/winback';
import { type Lang, texts } from '../i18n';

function blockerText(b: Blocker, t: (typeof texts)[Lang]['winback']): string {
  switch (b.kind) {
    case 'expired':
      return t.expired(b.agreement, b.on);
    case 'expiring':
      return t.expiring(b.agreement, b.inDays);
    case 'silence':
      return t.silence(b.days);
    case 'noAgreement':
      return t.noAgreement;
    case 'noContact':
      return t.noContact;
  }
}

/** The blocking reasons joined by "; ", "" when nothing blocks. */
export function blockersText(blockers: readonly Blocker[], lang: Lang): string {
  const t = texts[lang].winback;
  return blockers.map((b) => blockerText(b, t)).join('; ');
}
