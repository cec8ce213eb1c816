// @ts-check
/**
 * Builds dist/ for clasp: one Apps Script file (Code.js), the manifest, and the sidebar as
 * one HTML file (sidebar.html, served by HtmlService.createHtmlOutputFromFile('sidebar')).
 *
 * Apps Script only sees top-level `function NAME()` declarations, and esbuild keeps
 * everything inside one IIFE. So after bundling, a footer declares one global per
 * export of src/index.ts that forwards to the bundle, carrying the JSDoc and the
 * parameter names of its source (Sheets reads @customfunction from there).
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { Buffer } from 'node:buffer';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const entry = join(root, 'src/index.ts');
export const GLOBAL_NAME = '__addon';

/** Each export of the entry with the JSDoc and parameter names of the function it resolves to. */
function readEntryExports() {
  const program = ts.createProgram([entry], { allowJs: false, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) throw new Error(`cannot read ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) return [];
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const decl = symbol.declarations?.[0];
    if (!decl || !ts.isFunctionDeclaration(decl)) {
      throw new Error(`src/index.ts exports ${exported.name}, which is not a function declaration`);
    }
    const text = decl.getSourceFile().getFullText();
    const comments = ts.getLeadingCommentRanges(text, decl.getFullStart()) ?? [];
    const jsdoc = comments
      .map((c) => text.slice(c.pos, c.end))
      .filter((c) => c.startsWith('/**'))
      .pop();
    return {
      name: exported.name,
      params: decl.parameters.map((p) => p.name.getText()),
      jsdoc: jsdoc ?? '',
    };
  });
}

/** @param {{ name: string, params: string[], jsdoc: string }[]} exports */
function footer(exports) {
  return exports
    .map(
      (e) =>
        `${e.jsdoc}\nfunction ${e.name}(${e.params.join(', ')}) {\n` +
        `  return ${GLOBAL_NAME}.${e.name}.apply(this, arguments);\n}\n`,
    )
    .join('\n');
}

/**
 * Loads the bundle as Apps Script would (one classic script) and fails when the
 * declared globals and the bundle's exports differ.
 * @param {string} code @param {string[]} names
 */
function verifyGlobals(code, names) {
  const context = vm.createContext({});
  vm.runInContext(code, context, { filename: 'Code.js' });
  const declared = Object.keys(context)
    .filter((k) => typeof context[k] === 'function')
    .sort();
  const exported = Object.keys(context[GLOBAL_NAME] ?? {}).sort();
  const wanted = [...names].sort();
  if (
    JSON.stringify(declared) !== JSON.stringify(wanted) ||
    JSON.stringify(exported) !== JSON.stringify(wanted)
  ) {
    throw new Error(
      `globals differ from the exports of src/index.ts:\n  declared ${declared}\n  bundled  ${exported}\n  wanted   ${wanted}`,
    );
  }
}

/** Bundles the template checker for node and fails the build on any template problem. */
async function checkTemplates() {
  const result = await build({
    stdin: {
      contents:
        "export { validateTemplates } from './sheets-templates/validate'; export { TEMPLATES } from './sheets-templates';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
  });
  const module = { exports: /** @type {any} */ ({}) };
  vm.runInNewContext(result.outputFiles[0].text, { module, exports: module.exports });
  const errors = module.exports.validateTemplates(module.exports.TEMPLATES);
  if (errors.length) throw new Error(`sheets-templates:\n  ${errors.join('\n  ')}`);
}

const ui = join(root, 'src/ui');

/** Text for inside <script> or <style>: a closing tag in it would end the element early. */
function inlineSafe(/** @type {string} */ code, /** @type {string} */ tag) {
  return code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

/**
 * The sidebar as one file: its TypeScript bundled for the browser (the core rules come along,
 * so the page segments a client with the same code as =SEGMENT()), the styles and the script
 * inlined into src/ui/sidebar.html.
 */
async function buildSidebar() {
  const result = await build({
    entryPoints: [join(ui, 'sidebar.tsx')],
    bundle: true,
    // The sidebar's components are Preact: with its hooks, about 15 KB of the page (6 KB gzipped).
    jsx: 'automatic',
    jsxImportSource: 'preact',
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minifyWhitespace: true,
    charset: 'utf8',
    write: false,
    legalComments: 'none',
  });
  const parts = {
    '/*ADDONS_FALLBACK_CSS*/': inlineSafe(readFileSync(join(ui, 'addons-fallback.css'), 'utf8'), 'style'),
    '/*SIDEBAR_CSS*/': inlineSafe(readFileSync(join(ui, 'sidebar.css'), 'utf8'), 'style'),
    '/*SIDEBAR_JS*/': inlineSafe(result.outputFiles[0].text, 'script'),
  };
  let html = readFileSync(join(ui, 'sidebar.html'), 'utf8');
  for (const [marker, text] of Object.entries(parts)) {
    if (html.split(marker).length !== 2) throw new Error(`src/ui/sidebar.html must hold ${marker} once`);
    html = html.replace(marker, () => text);
  }
  writeFileSync(join(dist, 'sidebar.html'), html);
  return Buffer.byteLength(html);
}

export async function buildAll() {
  mkdirSync(dist, { recursive: true });
  await checkTemplates();
  const exports = readEntryExports();
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    platform: 'neutral',
    // Whitespace only: names stay readable in Apps Script's stack traces, and every
    // custom-function call loads this file, so its size is paid on each recalculation.
    minifyWhitespace: true,
    charset: 'utf8',
    write: false,
    legalComments: 'none',
  });
  const code = `${result.outputFiles[0].text}\n${footer(exports)}`;
  verifyGlobals(
    code,
    exports.map((e) => e.name),
  );
  writeFileSync(join(dist, 'Code.js'), code);
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  const sidebarBytes = await buildSidebar();
  return { exports: exports.map((e) => e.name), bytes: Buffer.byteLength(code), sidebarBytes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { exports, bytes, sidebarBytes } = await buildAll();
  console.log(`dist/Code.js: ${(bytes / 1024).toFixed(1)} KB, globals: ${exports.join(', ')}`);
  console.log(`dist/sidebar.html: ${(sidebarBytes / 1024).toFixed(1)} KB`);
}
