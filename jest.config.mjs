import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

// Apps Script runs the script in its manifest's time zone, so a Date's local fields
// (getDate…) are that zone's. The local workbook's script shares this process's zone:
// the tests run in the manifest's (workers and the scripts they start inherit TZ).
process.env.TZ = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8')).timeZone;

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
};
