/** A client's signals in the sheet's language. */
import type { Signal } from '../core/monitoring';
import { type Lang, texts } from '../i18n';

/**
 * "Name: action; Name: action" in the sheet language, "" when there is no signal. An insolvent
 * client gets one recommendation, the insolvent one, with the other signals named after it:
 * no advice to offer or ship more beside "cut deliveries".
 */
export function signalsText(signals: readonly Signal[], lang: Lang): string {
  const t = texts[lang].monitoring;
  if (signals.includes('insolvent')) {
    const others = signals.filter((s) => s !== 'insolvent').map((s) => t.names[s]);
    return others.length ? `${t.signals.insolvent}${t.alsoSeen(others.join(', '))}` : t.signals.insolvent;
  }
  return signals.map((s) => t.signals[s]).join('; ');
}
