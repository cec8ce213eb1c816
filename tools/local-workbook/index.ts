/**
 * The local workbook: Apps Script services over a real formula engine (HyperFormula),
 * in which the built bundle dist/Code.js runs unmodified. Tests, `npm run demo` and
 * `npm run bench` use it; README.md beside this file says what it emulates and what not.
 *
 *   const wb = new LocalWorkbook({ locale: 'ru_RU' });
 *   const { run } = wb.load();               // the bundle, its custom functions registered
 *   run('setupWorkbook');                     // as Apps Script would call it
 *   wb.values('Клиенты', 'A1:C3');            // inspect (not counted)
 *   wb.calls();                               // service calls the script made
 */
export {
  LocalWorkbook,
  type AlertRecord,
  type CellSnapshot,
  type ConditionalFormatSnapshot,
  type HtmlRecord,
  type InvalidCell,
  type LoadedBundle,
  type LocalWorkbookOptions,
  type MenuEntry,
  type MenuRecord,
  type ProtectionSnapshot,
  type ReadRecord,
  type SheetSnapshot,
  type Toast,
  type ValidationSnapshot,
  type WriteRecord,
} from './workbook';
export type { CellValue } from './engine';

/** The bundle alone, with a few stand-in services (custom functions need only the locale). */
export {
  BUNDLE_PATH,
  type Globals,
  bundleSource,
  callGlobal,
  loadBundle,
  localeOnlyServices,
} from './bundle';
/** The script's time zone (appsscript.json's), which a program running the bundle makes its own first. */
export { processTimeZone, scriptTimeZone, useScriptTimeZone } from './bundle';
export { customFunctionNames } from './customFunctions';
/** Copies arguments into the bundle's realm, as Sheets hands ranges over. */
export { Realm } from './runtime';

/** Sheets' A1 notation and formula text, as the workbook reads and writes them (the demo's xlsx reuses them). */
export { quotedSheetName, splitSheetPrefix } from './a1';
export { render, tokenize } from './formulas';
export { DEFAULT_COLUMN_WIDTH } from './model';

/** A workbook as an older version of the add-on left it. */
export { typeOlderClientsSheet } from './olderWorkbook';
