/**
 * The demo's second period: the example 1C export of November's sales, read as the import
 * sidebar reads a chosen file (encoding, separator, quoted fields) and sent to importTable as
 * the sidebar sends it. Clients it names update or add their November row; new ones join Clients.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from '../../src/ui/import/csv';
import type { LoadedBundle } from '../../tools/local-workbook';
import { ROOT } from '../cli';

export const DEMO_IMPORT = 'docs/examples/1c-sales-2026-11.csv';

export function importExample(run: LoadedBundle['run']): unknown {
  const table = readCsv(readFileSync(join(ROOT, DEMO_IMPORT)));
  if ('problem' in table) throw new Error(`${DEMO_IMPORT}: ${table.problem}`);
  return run('importTable', table.rows, {});
}
