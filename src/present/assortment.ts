/** ABC and XYZ classes as the sheet shows them. */
import type { AbcClass, XyzClass } from '../core/assortment';
import type { Trend } from '../core/stock';
import { type Lang, texts } from '../i18n';

export function abcLabel(c: AbcClass, lang: Lang): string {
  return texts[lang].offers.abc[c];
}

export function xyzLabel(c: XyzClass, lang: Lang): string {
  return texts[lang].offers.xyz[c];
}

export function trendLabel(t: Trend, lang: Lang): string {
  return texts[lang].offers.trend[t];
}
