/**
 * Loads dist/Code.js the way Apps Script does: one classic script in a fresh global
 * scope, with stand-ins for the services it calls. Results cross a realm boundary,
 * so callers compare them through JSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const BUNDLE_PATH = join(__dirname, '../../dist/Code.js');
/** The script's manifest, appsscript.json (the build copies it into dist/). */
export const MANIFEST_PATH = join(__dirname, '../../appsscript.json');

export type Globals = Record<string, unknown>;

export function bundleSource(): string {
  return readFileSync(BUNDLE_PATH, 'utf8');
}

/** The script's time zone: the manifest's "timeZone" (Session.getScriptTimeZone). */
export function scriptTimeZone(): string {
  const zone = (JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as { timeZone?: unknown }).timeZone;
  if (typeof zone !== 'string') throw new Error(`${MANIFEST_PATH} has no "timeZone"`);
  return zone;
}

/** The time zone of this process, which is that of a Date's local fields (getDate…) in every realm. */
export function processTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Apps Script runs the script in its manifest's time zone: a Date's local fields are that
 * zone's. A vm context shares this process's zone, so a program running the bundle sets
 * it first (jest.config.mjs does the same for the tests). Node reads TZ again when it is set.
 */
export function useScriptTimeZone(): string {
  const zone = scriptTimeZone();
  process.env.TZ = zone;
  return zone;
}

/** A vm context holding the bundle's globals plus the given services. */
export function loadBundle(services: Globals): vm.Context {
  const context = vm.createContext({ ...services });
  vm.runInContext(bundleSource(), context, { filename: 'Code.js' });
  return context;
}

/** Just enough SpreadsheetApp for custom functions, which only read the locale. */
export function localeOnlyServices(locale: string, timeZone = 'Europe/Moscow'): Globals {
  return {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ({
        getSpreadsheetLocale: () => locale,
        getSpreadsheetTimeZone: () => timeZone,
      }),
    },
  };
}

/** Calls a global function of the bundle and brings the result back into this realm. */
export function callGlobal(context: vm.Context, name: string, ...args: unknown[]): unknown {
  const fn = context[name] as (...a: unknown[]) => unknown;
  const json = JSON.stringify(fn(...args));
  return json === undefined ? undefined : JSON.parse(json);
}
