/**
 * Checks the templates for mistakes the type system can't see. The build runs it, so a
 * bad template never reaches a spreadsheet.
 */
import { expandColumns, formulaContext, type WorkbookLayout } from './layout';
import type { Lang } from '../src/i18n';
import { settings } from './settings';
import type { FormulaContext, SheetId, SheetTemplate, TableTemplate } from './types';

const LANGS: readonly Lang[] = ['ru', 'en'];

/** What Sheets or the local formula engine would misread in a formula the add-on writes. */
export function formulaProblems(formula: string): string[] {
  const outsideStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const problems: string[] = [];
  if (/\d\.\d/.test(outsideStrings)) problems.push('decimal literal (locale-dependent): put it in Settings');
  if (/[{}]/.test(outsideStrings)) problems.push('array literal');
  if (/,/.test(outsideStrings)) problems.push('"," separator: build formulas with fx()');
  if (/\b(QUERY|REGEX\w*|LET|LAMBDA|MAP|BYROW|SUMPRODUCT)\(/i.test(outsideStrings)) {
    problems.push('a function the local workbook cannot check');
  }
  return problems;
}

function layoutOf(templates: readonly SheetTemplate[], lang: Lang): WorkbookLayout {
  const tables = templates.filter((t): t is TableTemplate => t.kind === 'table');
  return {
    lang,
    names: Object.fromEntries(templates.map((t) => [t.id, t.name[lang]])) as Record<SheetId, string>,
    tables: Object.fromEntries(
      tables.map((t) => [t.id, new Map(expandColumns(t).map((p) => [p.key, p.index]))]),
    ),
    settingName: (key) => `AC_${key}`,
    marketSegmentsColumn: () => settings.marketSegments.column,
  };
}

/** Every formula a template writes, with where it comes from. */
function formulasOf(t: SheetTemplate): Array<[string, (c: FormulaContext) => string]> {
  const cellOf = (key: string) => `$${key}2`;
  switch (t.kind) {
    case 'table':
      return [
        ...t.columns.flatMap((c): Array<[string, (x: FormulaContext) => string]> =>
          c.formula ? [[`${t.id}.${c.key}`, c.formula]] : [],
        ),
        ...(t.colours ?? []).map((r, i): [string, (x: FormulaContext) => string] => [
          `${t.id} colour ${i + 1}`,
          (x) => r.formula(x, cellOf),
        ]),
      ];
    case 'report':
      return [
        ...t.lines.flatMap((l): Array<[string, (x: FormulaContext) => string]> => [
          ...(l.formula
            ? [[`${t.id} "${l.label.en}"`, l.formula] as [string, (x: FormulaContext) => string]]
            : []),
          ...(l.warning
            ? [[`${t.id} "${l.label.en}" warning`, l.warning] as [string, (x: FormulaContext) => string]]
            : []),
        ]),
        ...(t.blocks ?? []).map((b): [string, (x: FormulaContext) => string] => [
          `${t.id} "${b.title.en}"`,
          b.formula,
        ]),
      ];
    case 'view':
      return [
        ...t.blocks.map((b, i): [string, (x: FormulaContext) => string] => [
          `${t.id} block ${i + 1}`,
          b.formula,
        ]),
        ...(t.cells ?? []).flatMap((c): Array<[string, (x: FormulaContext) => string]> =>
          c.formula ? [[`${t.id} ${c.row}:${c.column}`, c.formula]] : [],
        ),
        ...(t.colours ?? []).map((r, i): [string, (x: FormulaContext) => string] => [
          `${t.id} colour ${i + 1}`,
          r.formula,
        ]),
      ];
    case 'settings':
      return [];
  }
}

/** Every problem found, as readable lines; empty when the templates are sound. */
export function validateTemplates(templates: readonly SheetTemplate[]): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  const settingKeys = new Set(
    templates.flatMap((t) => (t.kind === 'settings' ? t.settings.map((s) => s.key) : [])),
  );
  for (const t of templates) {
    const where = t.id;
    if (ids.has(t.id)) errors.push(`${where}: duplicate sheet id`);
    ids.add(t.id);
    for (const lang of LANGS) if (!t.name[lang].trim()) errors.push(`${where}: empty ${lang} name`);
    if (t.kind !== 'table') continue;
    const placed = expandColumns(t);
    const keys = new Set<string>();
    for (const p of placed) {
      if (keys.has(p.key)) errors.push(`${where}.${p.key}: duplicate key`);
      keys.add(p.key);
    }
    t.columns.forEach((c, i) => {
      const at = `${where}.${c.key}`;
      for (const lang of LANGS) {
        if (!c.header[lang].trim()) errors.push(`${at}: empty ${lang} header`);
        if (!c.note[lang].trim()) errors.push(`${at}: empty ${lang} note`);
      }
      if ((c.type === 'computed' && !c.spilled) !== (c.formula !== undefined))
        errors.push(`${at}: a formula belongs to computed columns only`);
      if (c.spilled && (i === 0 || t.columns[i - 1].formula === undefined))
        errors.push(`${at}: a spilled column must follow a computed one`);
      if ((c.type === 'choice') !== (c.choices !== undefined))
        errors.push(`${at}: choices belong to choice columns only`);
      if (c.choices && c.choices.ru.length !== c.choices.en.length)
        errors.push(`${at}: ru and en choices differ in count`);
      if (c.repeat !== undefined && i !== t.columns.length - 1)
        errors.push(`${at}: a repeated column must be the last`);
    });
    for (const row of [...(t.samples ?? []), ...(t.initialRows ?? [])]) {
      for (const k of Object.keys(row))
        if (!keys.has(k)) errors.push(`${where}: sample uses unknown column ${k}`);
    }
  }
  for (const t of templates) {
    for (const lang of LANGS) {
      const base = formulaContext(layoutOf(templates, lang), t.id);
      const ctx: FormulaContext = {
        ...base,
        setting: (k) => (settingKeys.has(k) ? base.setting(k) : `UNKNOWN_SETTING_${k}`),
      };
      const check = (where: string, build: (c: FormulaContext) => string) => {
        let f: string;
        try {
          f = build(ctx);
        } catch (e) {
          errors.push(`${where} (${lang}): ${(e as Error).message}`);
          return;
        }
        if (f.includes('UNKNOWN_SETTING_')) errors.push(`${where}: formula names an unknown setting`);
        for (const p of formulaProblems(f)) errors.push(`${where} (${lang}): ${p}`);
      };
      for (const [where, build] of formulasOf(t)) check(where, build);
    }
  }
  return errors;
}
