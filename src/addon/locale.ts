import { Lang, langFromLocale } from '../i18n';

/** The language of the spreadsheet's locale (File › Settings), which custom functions may read. */
export function spreadsheetLang(): Lang {
  return langFromLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
}
