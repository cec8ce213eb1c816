/** A client's signals in the sheet's language. */
import type { Signal } from '../core/monitoring';
import { type Lang, texts } from '../i18n';

/** "Name: action; Name: action" in the sheet language, "" when there is no signal. */
export function signalsText(signals: readonly Signal[], lang: Lang): string {
  return signals.map((s) => texts[lang].monitoring.signals[s]).join('; ');
}
