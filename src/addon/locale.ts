import { decimalMarkOf } from '../core/cells';
import { dayOf } from '../core/days';
import type { Conventions } from '../core/vocabulary';
import { type Lang, langFromLocale } from '../i18n';
import type { Today } from './samples';

/** What a call needs to know of its spreadsheet: the language of its texts and how it writes numbers and days. */
export interface SheetContext {
  readonly lang: Lang;
  readonly conv: Conventions;
}

/**
 * The spreadsheet's locale and time zone (File › Settings), read once per call: both are
 * read-only gets that custom functions may make.
 */
export function sheetContext(ss = SpreadsheetApp.getActiveSpreadsheet()): SheetContext {
  const locale = ss.getSpreadsheetLocale();
  return {
    lang: langFromLocale(locale),
    conv: { decimal: decimalMarkOf(locale), timeZone: ss.getSpreadsheetTimeZone() },
  };
}

/** The language of the spreadsheet's locale, for calls that read no cells. */
export function spreadsheetLang(): Lang {
  return langFromLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
}

/** Today in the spreadsheet's time zone, which may be a day off the script's. */
export function todayIn(conv: Conventions, now = new Date()): Today {
  return { day: dayOf(now, conv.timeZone), timeZone: conv.timeZone };
}
