/**
 * Names and role words as people mean them. The same client or employee is typed by many
 * hands, with other case, spaces, ё for е, or invisible characters pasted from a mail.
 */

/** Zero-width space, joiners and the byte-order mark: pasted along, never seen. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * A character NFC might change. Text without one is left as it is, so the costly
 * normalisation is skipped: printable ASCII and Latin-1, white space, Cyrillic letters
 * (precomposed), and general punctuation but for the two spaces NFC replaces. Anything else,
 * a combining mark above all, is normalised.
 */
const NFC_CHANGEABLE = /[^\t-\r -\u00ff\u0400-\u045f\u2002-\u206f]/;
const HAS_INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
/** Spacing that \s+ → ' ' would change: any white space but a lone ordinary space. */
const ODD_SPACING = /[^\S ]| {2}/;

/**
 * The one key for comparing names: "  Анна  Семёнова" is "анна семенова", a decomposed
 * «Е\u0308» is «ё» and so «е», and zero-width characters are gone. Agendas and histories
 * key a hundred thousand cells by it, so each step runs only when the text needs it; the
 * result is the same as running them all.
 */
export function normalizeWords(text: string): string {
  let s = NFC_CHANGEABLE.test(text) ? text.normalize('NFC') : text;
  if (HAS_INVISIBLE.test(s)) s = s.replace(INVISIBLE, '');
  s = s.trim().toLowerCase();
  if (s.includes('ё')) s = s.replace(/ё/g, 'е');
  return ODD_SPACING.test(s) ? s.replace(/\s+/g, ' ') : s;
}
