import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

// Apps Script runs the script in its manifest's time zone, so a Date's local fields
// (getDate…) are that zone's. The local workbook's script shares this process's zone:
// the tests run in the manifest's (workers and the scripts they start inherit TZ).
process.env.TZ = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8')).timeZone;

/** Tests of code alone, fast: they neither build nor load dist/. */
const UNIT = ['test/core', 'test/present', 'test/i18n', 'test/sheets-templates', 'test/ui/import'];

const base = {
  rootDir: root,
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
};

/**
 * Two projects: `unit` (npm run test:unit) and `integration`, everything else, which runs
 * the built bundle (in the local workbook, in Chromium, through the scripts) and so first
 * rebuilds dist/ when its sources changed (test/globalSetup.ts). Plain `jest` runs both.
 * @type {import('jest').Config}
 */
export default {
  projects: [
    { ...base, displayName: 'unit', roots: UNIT.map((dir) => `<rootDir>/${dir}`) },
    {
      ...base,
      displayName: 'integration',
      roots: ['<rootDir>/test'],
      testPathIgnorePatterns: ['/node_modules/', ...UNIT.map((dir) => `<rootDir>/${dir}/`)],
      globalSetup: '<rootDir>/test/globalSetup.ts',
    },
  ],
};
