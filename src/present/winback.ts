/** What blocks a lost client's return, in the sheet's language. */
import type { Blocker } from '../core/winback';
import { type Lang, texts } from '../i18n';

/** The blocking reasons joined by "; ", "" when nothing blocks. */
export function blockersText(blockers: readonly Blocker[], lang: Lang): string {
  const t = texts[lang].winback;
  return blockers
    .map((b) =>
      b.kind === 'expired'
        ? t.expired(b.agreement, b.on)
        : b.kind === 'expiring'
          ? t.expiring(b.agreement, b.inDays)
          : t.silence(b.days),
    )
    .join('; ');
}
