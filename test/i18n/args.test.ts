/**
 * A Russian "⚠" message names the argument in Russian: every parameter of every custom
 * function (its JSDoc, which is what Sheets shows) has a Russian name, and every argument a
 * rule names in a problem is such a parameter.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ruArgNames } from '../../src/i18n/args';
import { texts } from '../../src/i18n';
import { CellProblem, ShapeError } from '../../src/core/vocabulary';

const ROOT = join(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(ROOT, dir, f), 'utf8'));
}

/** The parameters of the custom functions, as their JSDoc names them. */
const params = new Set(
  sources('src/addon/functions').flatMap((s) =>
    [...s.matchAll(/@param \{[^}]*\} \[?(\w+)/g)].map((m) => m[1]),
  ),
);

describe('Russian argument names', () => {
  it('finds the parameters of the custom functions', () => {
    expect(params).toContain('retail_change');
    expect(params).toContain('as_of');
    expect(params.size).toBeGreaterThan(50);
  });

  it('names every parameter of every custom function, and nothing else', () => {
    expect([...params].filter((p) => !(p in ruArgNames))).toEqual([]);
    expect(Object.keys(ruArgNames).filter((a) => !params.has(a))).toEqual([]);
  });

  it('is named for every argument a rule names in a problem', () => {
    const named = sources('src/core').flatMap((s) => [
      ...[...s.matchAll(/new (?:CellProblem|ShapeError)\('\w+', '(\w+)'/g)].map((m) => m[1]),
      ...[...s.matchAll(/ShapeError\([^)]*, '(\w+)', \w+\)/g)].map((m) => m[1]),
      ...[...s.matchAll(/const [A-Z_]+ = '([a-z_]+)';/g)].map((m) => m[1]),
    ]);
    expect(named).toContain('as_of');
    expect(named).toContain('record_clients');
    expect(named.filter((a) => !params.has(a))).toEqual([]);
  });

  it('puts the Russian names in Russian messages and keeps the parameters in English ones', () => {
    const p = new CellProblem('notNumber', 'retail_change', 'abc');
    expect(texts.ru.common.problem(p)).toBe('⚠ изменение розничных продаж: «abc» — не число');
    expect(texts.en.common.problem(p)).toBe('⚠ retail_change: "abc" is not a number');
    expect(texts.ru.common.problem(new CellProblem('afterAsOf', 'last_contact', 'x'))).toBe(
      '⚠ последний контакт: «x» — позже сегодняшней даты',
    );
    expect(texts.ru.common.problem(new CellProblem('needsAvgDemand', 'avg_demand'))).toBe(
      '⚠ средний спрос: нужен, если указан разброс срока поставки',
    );
  });

  it('names both ranges of a shape error in Russian', () => {
    expect(
      texts.ru.common.shapeError('ORDER_SIZE', new ShapeError('height', 'on_hand', 3, 'on_order', 2)),
    ).toBe('ORDER_SIZE: диапазоны разной высоты: остаток у клиента — строк: 3, в пути — строк: 2');
    expect(
      texts.ru.common.shapeError('FBS_COVERAGE', new ShapeError('names', 'employees', 5, 'roles', 6)),
    ).toBe('FBS_COVERAGE: имён (сотрудники) 5, а столбцов (роли) 6');
    expect(texts.ru.common.shapeError('ABC_CLASS', new ShapeError('width', 'values', 2))).toBe(
      'ABC_CLASS: значения — нужен один столбец',
    );
  });
});
