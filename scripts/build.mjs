// @ts-check
/**
 * Builds dist/ for clasp: one Apps Script file (Code.js), the manifest, and each sidebar as
 * one HTML file (sidebar.html and import.html, served by HtmlService.createHtmlOutputFromFile).
 *
 * Apps Script only sees top-level `function NAME()` declarations, and esbuild keeps
 * everything inside one IIFE. So after bundling, a footer declares one global per
 * export of src/index.ts that forwards to the bundle, carrying the JSDoc and the
 * parameter names of its source (Sheets reads @customfunction from there).
 *
 * It also writes docs/functions.md, the reference of the custom functions, from the same
 * JSDoc (`node scripts/build.mjs --functions-doc` prints it without building). The stubs
 * keep the description, @param, @return and @customfunction; @example and @see, which only
 * the reference needs, are left out of them so every call loads no more than before.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { Buffer } from 'node:buffer';
import ts from 'typescript';
import * as prettier from 'prettier';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const entry = join(root, 'src/index.ts');
const functionsDocPath = join(root, 'docs/functions.md');
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
      file: relative(root, decl.getSourceFile().fileName),
    };
  });
}

/** @typedef {{ name: string, params: string[], jsdoc: string, file: string }} EntryExport */

/** Tags that only docs/functions.md reads: the stubs leave them out. */
const DOC_ONLY_TAGS = new Set(['example', 'see']);

/**
 * A JSDoc comment as its description and tags, each tag with its text (continuation
 * lines joined with "\n", the leading " * " and the tag name removed).
 * @param {string} jsdoc
 */
function jsdocParts(jsdoc) {
  const lines = jsdoc
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, ''));
  /** @type {string[]} */
  const description = [];
  /** @type {{ tag: string, text: string[] }[]} */
  const tags = [];
  for (const line of lines) {
    const tag = /^@(\w+)\s?(.*)$/.exec(line);
    if (tag) tags.push({ tag: tag[1], text: [tag[2]] });
    else if (tags.length) tags[tags.length - 1].text.push(line);
    else description.push(line);
  }
  return {
    description: description.join('\n').trim(),
    tags: tags.map((t) => ({ tag: t.tag, text: t.text.join('\n').trim() })),
  };
}

/**
 * The JSDoc without the doc-only tags (each with its continuation lines), as the stub carries it.
 * @param {string} jsdoc
 */
function stubJsdoc(jsdoc) {
  const kept = [];
  let skipping = false;
  for (const line of jsdoc.split('\n')) {
    const tag = /^\s*\* @(\w+)/.exec(line);
    if (tag) skipping = DOC_ONLY_TAGS.has(tag[1]);
    else if (/^\s*\*\/\s*$/.test(line)) skipping = false;
    if (!skipping) kept.push(line);
  }
  return kept.join('\n');
}

/** @param {EntryExport[]} exports */
function footer(exports) {
  return exports
    .map(
      (e) =>
        `${stubJsdoc(e.jsdoc)}\nfunction ${e.name}(${e.params.join(', ')}) {\n` +
        `  return ${GLOBAL_NAME}.${e.name}.apply(this, arguments);\n}\n`,
    )
    .join('\n');
}

/** A JSDoc type as a reader of the reference says it: `number|Array<Array<number>>` is "number or range". */
function typeInWords(/** @type {string} */ type) {
  const words = { number: 'number', string: 'text', boolean: 'TRUE/FALSE', Date: 'date' };
  const parts = type.split('|').map((t) => {
    const trimmed = t.trim();
    if (/^Array<Array<\w+>>$/.test(trimmed) || /^\w+\[\]\[\]$/.test(trimmed)) return 'range';
    return /** @type {Record<string, string>} */ (words)[trimmed] ?? trimmed;
  });
  const unique = [...new Set(parts)];
  return unique.length > 1 ? `${unique.slice(0, -1).join(', ')} or ${unique[unique.length - 1]}` : unique[0];
}

/** Text for a Markdown table cell: one line, pipes escaped. */
const cell = (/** @type {string} */ text) => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

/** A code span holding `text` whatever backticks it contains. */
function code(/** @type {string} */ text) {
  const ticks = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((t) => t.length)) + 1);
  return text.startsWith('`') || text.endsWith('`') ? `${ticks} ${text} ${ticks}` : `${ticks}${text}${ticks}`;
}

/**
 * One custom function's reference, read from its JSDoc; fails on a JSDoc the reference can't be
 * made from (every custom function needs a description, its parameters, the return and examples).
 * @param {EntryExport} e
 */
function customFunctionDoc(e) {
  const { description, tags } = jsdocParts(e.jsdoc);
  const fail = (/** @type {string} */ why) => {
    throw new Error(`${e.file}: the JSDoc of ${e.name} ${why}`);
  };
  const params = tags
    .filter((t) => t.tag === 'param')
    .map((t) => {
      const m = /^\{([^}]+)\}\s+(\[?)(\w+)\]?\s*([\s\S]*)$/.exec(t.text);
      if (!m) return fail(`has a @param without {type} and name: ${t.text}`);
      return { type: m[1], optional: m[2] === '[', name: m[3], text: m[4] };
    });
  const names = params.map((p) => p.name).join(', ');
  if (names !== e.params.join(', '))
    fail(`documents (${names}), the function takes (${e.params.join(', ')})`);
  const returns = tags.find((t) => t.tag === 'return' || t.tag === 'returns')?.text;
  if (!description) fail('has no description');
  if (!returns) fail('has no @return');
  const examples = tags
    .filter((t) => t.tag === 'example')
    .map((t) => {
      const [first, ...rest] = t.text.split('\n');
      const arrow = first.indexOf(' → ');
      if (!first.startsWith(`=${e.name}(`) || arrow < 0) {
        return fail(`has an @example that is not "=${e.name}(…) → result": ${first}`);
      }
      return {
        formula: first.slice(0, arrow).trim(),
        result: first.slice(arrow + 3).trim(),
        note: rest.join(' ').trim(),
      };
    });
  if (examples.length === 0) fail('has no @example');
  const see = tags
    .filter((t) => t.tag === 'see')
    .map((t) => {
      const m = /^(.+?)\s*\((docs\/[^)\s]+)\)$/.exec(t.text);
      if (!m) return fail(`has a @see that is not "Section name (docs/file.md#anchor)": ${t.text}`);
      return `[${m[1]}](${m[2].slice('docs/'.length)})`;
    });
  const signature = `=${e.name}(${params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
  return [
    `## ${e.name}`,
    code(signature),
    description,
    [
      '| parameter | accepts | meaning |',
      '| --- | --- | --- |',
      ...params.map(
        (p) => `| ${code(p.optional ? `[${p.name}]` : p.name)} | ${typeInWords(p.type)} | ${cell(p.text)} |`,
      ),
    ].join('\n'),
    `**Returns:** ${returns.replace(/\s*\n\s*/g, ' ')}`,
    ...(see.length ? [`**The method:** ${see.join(', ')}.`] : []),
    `Examples (source: [${e.file}](../${e.file})):`,
    examples
      .map((x) => {
        const result = /^\(.*\)$/.test(x.result) ? `_${x.result.slice(1, -1)}_` : code(x.result);
        return `- ${code(x.formula)} → ${result}${x.note ? `\\\n  ${x.note}` : ''}`;
      })
      .join('\n'),
  ].join('\n\n');
}

const FUNCTIONS_DOC_INTRO = `# Custom functions

<!-- Generated by npm run build (scripts/build.mjs) from the JSDoc of the custom functions: edit the JSDoc, not this file. -->

The add-on's functions for formulas, in the order of \`src/index.ts\`. Each takes whole columns and returns one
result per row, so a sheet makes **one call per column** (Sheets runs every call on Google's servers: one per
cell would be slow). A single value, such as a threshold, applies to every row; ranges of different heights stop
the call with \`#ERROR!\` and a message saying which ranges differ.

Cells are read the way people type them: \`-12%\`, \`-0,12\`, \`-12,5 %\` and \`1 234,5\` are numbers. A value that
can't be read gives its row a text starting with **⚠** that names the argument and quotes the value; the other
rows still compute, and nothing you typed is changed. Texts follow the spreadsheet's locale (_File › Settings ›
Locale_): Russian for \`ru…\`, English otherwise. Deadlines count from the Settings date (\`AC_AS_OF\`), never
from \`TODAY()\`, which custom functions can't take.

The examples are typed as in a Russian-locale spreadsheet, which separates arguments with \`;\` and the columns of
an array literal with \`\\\` (an English locale uses \`,\` for both), and show what such a spreadsheet displays. A
result of several rows shows them separated by a slash (/), and the columns of a row by a bar (|). \`AC_…\` are the named
cells of the Settings sheet. The rules behind each function are in [the method](method.md); the sheets that call
them, in [the sheets](sheets.md).`;

/**
 * docs/functions.md: one section per custom function (the exports whose JSDoc says
 * @customfunction), formatted as Prettier formats Markdown.
 * @param {EntryExport[]} exports
 */
async function functionsDoc(exports) {
  const custom = exports.filter((e) => jsdocParts(e.jsdoc).tags.some((t) => t.tag === 'customfunction'));
  const contents = [
    '| function | what it does |',
    '| --- | --- |',
    ...custom.map(
      (e) => `| [${e.name}](#${e.name.toLowerCase()}) | ${cell(jsdocParts(e.jsdoc).description)} |`,
    ),
  ].join('\n');
  const markdown = [FUNCTIONS_DOC_INTRO, contents, ...custom.map(customFunctionDoc)].join('\n\n') + '\n';
  const options = (await prettier.resolveConfig(functionsDocPath)) ?? {};
  return prettier.format(markdown, { ...options, parser: 'markdown' });
}

/** Writes docs/functions.md when its text changed; says whether it did. */
async function writeFunctionsDoc(/** @type {EntryExport[]} */ exports) {
  const text = await functionsDoc(exports);
  if (existsSync(functionsDocPath) && readFileSync(functionsDocPath, 'utf8') === text) return false;
  mkdirSync(dirname(functionsDocPath), { recursive: true });
  writeFileSync(functionsDocPath, text);
  return true;
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
 * The sidebars, each one page of its own: the review wizard (sidebar.html) and the import
 * (import.html, which alone carries the CSV parser). Both share the HTML shell and the styles.
 */
const SIDEBARS = [
  { entry: 'sidebar.tsx', page: 'sidebar.html' },
  { entry: 'importSidebar.tsx', page: 'import.html' },
];

/**
 * A sidebar as one file: its TypeScript bundled for the browser (the core rules come along,
 * so the page segments a client with the same code as =SEGMENT()), the styles and the script
 * inlined into src/ui/sidebar.html.
 * @param {{ entry: string, page: string }} sidebar
 */
async function buildSidebar({ entry, page }) {
  const result = await build({
    entryPoints: [join(ui, entry)],
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
  writeFileSync(join(dist, page), html);
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
  const [sidebarBytes, importBytes] = await Promise.all(SIDEBARS.map(buildSidebar));
  const docChanged = await writeFunctionsDoc(exports);
  return {
    exports: exports.map((e) => e.name),
    bytes: Buffer.byteLength(code),
    sidebarBytes,
    importBytes,
    docChanged,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--functions-doc')) {
    process.stdout.write(await functionsDoc(readEntryExports()));
  } else {
    const { exports, bytes, sidebarBytes, importBytes, docChanged } = await buildAll();
    console.log(`dist/Code.js: ${(bytes / 1024).toFixed(1)} KB, globals: ${exports.join(', ')}`);
    console.log(`dist/sidebar.html: ${(sidebarBytes / 1024).toFixed(1)} KB`);
    console.log(`dist/import.html: ${(importBytes / 1024).toFixed(1)} KB`);
    if (docChanged) console.log('docs/functions.md: regenerated from the JSDoc (commit it)');
  }
}
