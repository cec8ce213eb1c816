/** Runs a TypeScript script of scripts/ as `npm run` does (through tsx), and gives what it printed. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

export function runScript(script: string, args: readonly string[]): string {
  return execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 240_000,
  });
}
