/** The spreadsheet a unit test pretends to be in: its language, decimal mark and time zone. */
import type { SheetContext } from '../../src/addon/locale';
import type { Today } from '../../src/addon/samples';
import { dayOf } from '../../src/core/days';
import type { Conventions } from '../../src/core/vocabulary';
import type { Lang } from '../../src/i18n';

/** Tests build dates with `new Date(y, m, d)`, the process's midnight: their zone is the process's. */
export const PROCESS_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A Russian spreadsheet: "," is decimal, spaces group thousands. */
export const RU: Conventions = { decimal: ',', timeZone: PROCESS_ZONE };
/** An English spreadsheet: "." is decimal, "," groups thousands. */
export const EN: Conventions = { decimal: '.', timeZone: PROCESS_ZONE };

export function sheetIn(lang: Lang): SheetContext {
  return { lang, conv: lang === 'ru' ? RU : EN };
}

/** Today as setup and the review see it, from a date of the process's zone. */
export function todayOf(d: Date, timeZone = PROCESS_ZONE): Today {
  return { day: dayOf(d, timeZone), timeZone };
}
