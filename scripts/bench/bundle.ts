/**
 * dist/Code.js in a fresh vm context, as Apps Script loads it into a fresh V8 global, with
 * the arguments of each call made in that context's realm (as Sheets hands ranges over).
 */
import vm from 'node:vm';
import { Realm, bundleSource, localeOnlyServices } from '../../tools/local-workbook';

export type Global = (...args: unknown[]) => unknown[][];

export interface LoadedBundle {
  readonly realm: Realm;
  readonly global: (name: string) => Global;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Node reaches a vm context's global object through interceptors, which makes each lookup
 * of a builtin (Array, Number, Math…) from the bundle several times slower than in an
 * ordinary V8 global such as Apps Script's (SEGMENT on 10,000 rows: 35–150 ms against 6–13 ms
 * on the same machine).
 * With `bindBuiltins`, the source, unchanged, runs inside a function that binds the context's
 * own builtins to local names, so the timing is the add-on's and not the vm's; without it,
 * the bundle is loaded exactly as the bundle tests load it.
 */
export function loadForTiming(
  names: readonly string[],
  bindBuiltins: boolean,
  locale = 'ru_RU',
): LoadedBundle {
  const context = vm.createContext({ ...localeOnlyServices(locale) });
  const source = bundleSource();
  let globals: Record<string, Global>;
  if (bindBuiltins) {
    const builtins = (vm.runInContext('Object.getOwnPropertyNames(globalThis)', context) as string[]).filter(
      (n) => IDENTIFIER.test(n) && n !== 'globalThis',
    );
    globals = vm.runInContext(
      `(function () {\nconst { ${builtins.join(', ')} } = globalThis;\n${source}\n;return { ${names.join(', ')} };\n})()`,
      context,
      { filename: 'Code.js' },
    ) as Record<string, Global>;
  } else {
    vm.runInContext(source, context, { filename: 'Code.js' });
    globals = Object.fromEntries(names.map((n) => [n, context[n] as Global]));
  }
  const realm = new Realm();
  realm.attach(context);
  return {
    realm,
    global: (name) => {
      const fn = globals[name];
      if (typeof fn !== 'function') throw new Error(`dist/Code.js has no global ${name}`);
      return fn;
    },
  };
}
