/**
 * Loads dist/Code.js the way Apps Script does: one classic script in a fresh global
 * scope, with stand-ins for the services it calls. Results cross a realm boundary,
 * so callers compare them through JSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const BUNDLE_PATH = join(__dirname, '../../dist/Code.js');

export type Globals = Record<string, unknown>;

export function bundleSource(): string {
  return readFileSync(BUNDLE_PATH, 'utf8');
}

/** A vm context holding the bundle's globals plus the given services. */
export function loadBundle(services: Globals): vm.Context {
  const context = vm.createContext({ ...services });
  vm.runInContext(bundleSource(), context, { filename: 'Code.js' });
  return context;
}

/** Just enough SpreadsheetApp for custom functions, which only read the locale. */
export function localeOnlyServices(locale: string): Globals {
  return { SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => locale }) } };
}

/** Calls a global function of the bundle and brings the result back into this realm. */
export function callGlobal(context: vm.Context, name: string, ...args: unknown[]): unknown {
  const fn = context[name] as (...a: unknown[]) => unknown;
  const json = JSON.stringify(fn(...args));
  return json === undefined ? undefined : JSON.parse(json);
}
