/** A segment and its reason in the sheet's language. */
import type { SegmentGroup, SegmentReason } from '../core/segment';
import { type Lang, texts } from '../i18n';

/** "N — name": people read the name, formulas take the digit with =LEFT(…; 1). */
export function segmentLabel(group: SegmentGroup, lang: Lang): string {
  return `${group} — ${texts[lang].segment.groups[group]}`;
}

/**
 * Building a formatter costs far more than using one, and using one is slow next to a rule: a
 * sheet says a reason per row, and its thresholds and typed percentages repeat. So one
 * formatter per kind and language, and each number formatted once.
 */
const formats = new Map<string, { readonly format: Intl.NumberFormat; readonly seen: Map<number, string> }>();
function format(kind: 'percent' | 'money', lang: Lang, x: number): string {
  const id = kind + lang;
  let f = formats.get(id);
  if (!f) {
    const options: Intl.NumberFormatOptions =
      kind === 'percent' ? { style: 'percent', maximumFractionDigits: 1 } : { maximumFractionDigits: 0 };
    f = { format: new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-US', options), seen: new Map() };
    formats.set(id, f);
  }
  let text = f.seen.get(x);
  if (text === undefined) {
    text = f.format.format(x);
    f.seen.set(x, text);
  }
  return text;
}

function percent(x: number, lang: Lang): string {
  return format('percent', lang, x);
}

/** An amount of money as the sheet's language groups it, in whole units. */
function money(x: number, lang: Lang): string {
  return format('money', lang, x);
}

/** The reason in words, with the numbers that decided it. */
export function segmentReasonText(reason: SegmentReason, lang: Lang): string {
  const t = texts[lang].wizard.reasons;
  switch (reason.why) {
    case 'insolvent':
      return t.insolvent;
    case 'overdue':
      return t.overdue(
        String(reason.overdueDays),
        String(reason.overdueLimit),
        reason.overdueAmount === undefined ? undefined : money(reason.overdueAmount, lang),
      );
  }
  const main =
    reason.why === 'fall'
      ? t.fall(percent(reason.retailChange, lang), percent(reason.drop, lang))
      : reason.why === 'expects'
        ? t.expects(percent(reason.retailForecast, lang), percent(reason.drop, lang))
        : t.none(percent(reason.drop, lang));
  const aside = reason.immaterial;
  if (!aside) return main;
  return `${main} ${t.immaterial(String(aside.overdueDays), money(aside.overdueAmount, lang), money(aside.materiality, lang))}`;
}
