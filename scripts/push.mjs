/**
 * npm run push: build, then `clasp push` into the Apps Script project named in .clasp.json.
 * Without a project yet it says how to make one instead of letting clasp fail obscurely
 * (docs/deploy.md walks through it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The scriptId of .clasp.json, or why there is none. */
function scriptId() {
  let config;
  try {
    config = JSON.parse(readFileSync(join(root, '.clasp.json'), 'utf8'));
  } catch (e) {
    return { missing: `.clasp.json can't be read (${e.message}).` };
  }
  if (config.rootDir !== 'dist') return { missing: '.clasp.json must have "rootDir": "dist".' };
  if (typeof config.scriptId !== 'string' || config.scriptId.trim() === '')
    return { missing: '.clasp.json names no Apps Script project yet (no "scriptId").' };
  return { id: config.scriptId };
}

const found = scriptId();
if (found.missing) {
  console.error(`npm run push: ${found.missing}
Create the project once, then push again:
  npx clasp login
  npx clasp create --type standalone --title "Anti-crisis sales" --rootDir dist
(clasp adds the scriptId to .clasp.json; see docs/deploy.md.)`);
  process.exit(1);
}
execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
const clasp = spawnSync('npx', ['clasp', 'push'], { stdio: 'inherit', cwd: root });
process.exit(clasp.status ?? 1);
