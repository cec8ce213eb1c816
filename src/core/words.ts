/**
 * Names and role words as people mean them. The same client or employee is typed by many
 * hands, with other case, spaces, ё for е, or invisible characters pasted from a mail.
 */

/** Zero-width space, joiners and the byte-order mark: pasted along, never seen. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * The one key for comparing names: "  Анна  Семёнова" is "анна семенова", a decomposed
 * «Е\u0308» is «ё» and so «е», and zero-width characters are gone.
 */
export function normalizeWords(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ');
}
