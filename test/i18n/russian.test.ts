/**
 * Russian texts are Russian: no English word, no "playbook", no "§N" in them. Every Russian
 * text is read: the texts (src/i18n), the Russian argument names, the templates' Russian
 * sides (sheet names, headers, notes, settings, dropdowns) and the literals the texts and
 * the presenters build messages from (src/i18n, src/present).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { TEMPLATES } from '../../sheets-templates';
import { texts } from '../../src/i18n';
import { ruArgNames } from '../../src/i18n/args';

const ROOT = join(__dirname, '../..');

function sources(dir: string): Array<[string, string]> {
  return readdirSync(join(ROOT, dir))
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => [`${dir}/${f}`, readFileSync(join(ROOT, dir, f), 'utf8')]);
}

/** The custom functions, as the user types them: their names are the same in every language. */
const FUNCTIONS = new Set(
  sources('src/addon/functions').flatMap(([, s]) =>
    [...s.matchAll(/^export function ([A-Z][A-Z0-9_]*)\(/gm)].map((m) => m[1]),
  ),
);

/**
 * The Latin words a Russian text may hold besides the custom functions' names:
 * - FBS: the method's own name (Full Backing System), and part of the sheet names users' formulas use;
 * - ABC, XYZ and their class letters (A, B, C, X, Y, Z, AX…): the analyses' standard names;
 * - d, m, z, R, L: symbols of the formulas quoted in notes (d̄·(R+L), d ÷ (m − d));
 * - Google: «Google Таблицы» is the product's Russian name;
 * - CSV, xlsx, Excel, UTF, Windows, CRM: names of files, encodings and systems users export from.
 * E-mail addresses in examples are left out before the check.
 */
const ALLOWED = new Set([
  'FBS',
  'ABC',
  'XYZ',
  'd',
  'm',
  'z',
  'R',
  'L',
  'Google',
  'CSV',
  'xlsx',
  'Excel',
  'UTF',
  'Windows',
  'CRM',
]);
const CLASS = /^[ABC]?[XYZ]?$/;
const EMAIL = /[\w.-]+@[\w.-]+/g;

/** The Latin words of a text that no rule above allows. */
function foreign(text: string): string[] {
  const words = text.replace(EMAIL, '').match(/[A-Za-z]+/g) ?? [];
  const strayMarks = /§|playbook/i.test(text) ? ['§/playbook'] : [];
  return [
    ...strayMarks,
    ...words.filter(
      (w) => !ALLOWED.has(w) && !CLASS.test(w) && ![...FUNCTIONS].some((f) => f.split('_').includes(w)),
    ),
  ];
}

function* strings(v: unknown, path: string): Generator<[string, string]> {
  if (typeof v === 'string') yield [path, v];
  else if (Array.isArray(v)) for (const [i, x] of v.entries()) yield* strings(x, `${path}[${i}]`);
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) yield* strings(x, `${path}.${k}`);
}

/** The Russian side of every {ru, en} pair (and of every ru/en dropdown list) in a template. */
function* russianSides(v: unknown, path: string): Generator<[string, string]> {
  if (Array.isArray(v)) for (const [i, x] of v.entries()) yield* russianSides(x, `${path}[${i}]`);
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('ru' in o && 'en' in o) yield* strings(o.ru, `${path}.ru`);
    for (const [k, x] of Object.entries(o))
      if (k !== 'ru' && k !== 'en') yield* russianSides(x, `${path}.${k}`);
  }
}

/** The text pieces of every string and template literal of a source file, read by the TypeScript parser. */
function literals(file: string, source: string): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) out.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true));
  return out;
}

/**
 * The pieces of messages built in code (`${a}: «${v}» — не число`), read from the source: a
 * piece is Russian when it has more Cyrillic letters than Latin ones (an English text may quote
 * a Russian header).
 */
function* builtLiterals(): Generator<[string, string]> {
  for (const [file, s] of [...sources('src/i18n'), ...sources('src/present')]) {
    for (const text of literals(file, s)) {
      const words = text.replace(EMAIL, '');
      const cyrillic = words.match(/[а-яё]/gi)?.length ?? 0;
      const latin = words.match(/[a-z]/gi)?.length ?? 0;
      if (cyrillic > latin) yield [file, text];
    }
  }
}

function allRussian(): Array<[string, string]> {
  return [
    ...strings(texts.ru, 'texts.ru'),
    ...strings(ruArgNames, 'ruArgNames'),
    ...russianSides(TEMPLATES, 'templates'),
    ...builtLiterals(),
  ];
}

describe('Russian texts', () => {
  it('finds them all: texts, argument names, templates and literals built in code', () => {
    const all = allRussian();
    const has = (path: string, text: string) => all.some(([p, t]) => p.startsWith(path) && t.includes(text));
    expect(has('texts.ru.wizard', 'Почему дистрибутор')).toBe(true);
    expect(has('ruArgNames', 'изменение розничных продаж')).toBe(true);
    expect(has('templates', 'Клиенты')).toBe(true);
    expect(has('templates', 'Бэкаперов нужно')).toBe(true);
    expect(has('src/i18n/common.ts', '— не число')).toBe(true);
    expect(FUNCTIONS).toContain('BACKUP_GAP');
  });

  it('tells a foreign word from an allowed name', () => {
    expect(foreign('⚠ retail_change: «abc» — не число')).toEqual(['retail', 'change', 'abc']);
    expect(foreign('см. playbook §3')).toEqual(['§/playbook', 'playbook']);
    expect(foreign('BACKUP_GAP: ABC × XYZ, AX; «FBS План»; например name@company.ru')).toEqual([]);
  });

  it('hold no Latin letters but function names, fixed names and formula symbols; no § or playbook', () => {
    const bad = allRussian()
      .map(([path, text]) => ({ path, text, foreign: foreign(text) }))
      .filter((t) => t.foreign.length > 0);
    expect(bad).toEqual([]);
  });
});
