/** What the demo and the benchmark share as command-line tools: the project's root, the build, progress lines. */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..');

/** Runs `npm run build` (scripts/build.mjs), printing what it prints. */
export function buildAddon(): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit', cwd: ROOT });
}

/** A printer of progress lines, each with the seconds since it was made. */
export function progressPrinter(): (message: string) => void {
  const started = Date.now();
  return (message) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`);
}

/** A path for messages: relative to the working directory when inside it. */
export function shown(path: string): string {
  const cwd = process.cwd();
  return path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path;
}
