import { bundleSource } from '../../tools/local-workbook';

/**
 * Checks that the bundle declares `name` as Sheets needs it: its real parameter names,
 * and directly above it a JSDoc with @customfunction, @return and one @param per parameter.
 * Returns that JSDoc for further checks.
 */
export function expectCustomFunction(name: string, params: string): string {
  const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(([^)]*)\\)`).exec(
    bundleSource(),
  );
  expect(match).not.toBeNull();
  const [, jsdoc, declared] = match!;
  expect(declared).toBe(params);
  expect(jsdoc).toContain('@customfunction');
  expect(jsdoc).toMatch(/@return /);
  for (const p of params.split(', ')) expect(jsdoc).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${p}\\]?`));
  return jsdoc;
}
