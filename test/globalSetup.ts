/**
 * Jest's global setup for the integration tests, which load dist/: so that they never test
 * stale code, dist/ is rebuilt (node scripts/build.mjs) when it is missing or when anything
 * it is built from is newer than dist/Code.js or a sidebar's page. A failed build fails
 * the run. The unit tests don't read dist/ and don't wait for it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');
const OUTPUTS = ['dist/Code.js', 'dist/sidebar.html', 'dist/import.html'];
const SOURCES = ['src', 'sheets-templates', 'scripts/build.mjs', 'appsscript.json'];

/** The newest file under `path` (itself when a file), with its modification time. */
function newest(path: string): { path: string; mtimeMs: number } {
  const stat = statSync(path);
  if (!stat.isDirectory()) return { path, mtimeMs: stat.mtimeMs };
  return readdirSync(path)
    .map((name) => newest(join(path, name)))
    .reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a), { path, mtimeMs: -Infinity });
}

/** Why dist/ must be built again, or undefined when it is up to date. */
function staleness(): string | undefined {
  const missing = OUTPUTS.find((p) => !existsSync(join(ROOT, p)));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...OUTPUTS.map((p) => statSync(join(ROOT, p)).mtimeMs));
  const source = SOURCES.map((p) => newest(join(ROOT, p))).reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a));
  return source.mtimeMs > built ? `${relative(ROOT, source.path)} is newer than dist/` : undefined;
}

export default function globalSetup(): void {
  const reason = staleness();
  if (!reason) return;
  console.log(`\nBuilding dist/ before the tests: ${reason}.`);
  try {
    execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (e) {
    const { stdout = '', stderr = '', message } = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `The build failed (node scripts/build.mjs), so the tests of dist/ cannot run:\n${stderr || stdout || message}`,
      { cause: e },
    );
  }
}
