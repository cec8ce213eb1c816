import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

describe('npm run push without an Apps Script project', () => {
  it('keeps .clasp.json without a scriptId key, which `clasp create` refuses even when empty', () => {
    const config = JSON.parse(readFileSync(join(ROOT, '.clasp.json'), 'utf8'));
    expect(config).toEqual({ rootDir: 'dist' });
  });

  it('says what is missing and how to create the project, and fails', () => {
    const push = spawnSync(process.execPath, [join(ROOT, 'scripts/push.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(push.status).toBe(1);
    expect(push.stderr).toContain('no "scriptId"');
    expect(push.stderr).toContain('npx clasp create --type standalone');
    expect(push.stderr).toContain('docs/deploy.md');
  });
});
