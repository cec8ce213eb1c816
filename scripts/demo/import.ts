/**
 * The import in the demo: the example 1C export of November's sales, read as the import
 * sidebar reads a chosen file (encoding, separator, quoted fields) and checked by importTable
 * as the sidebar's Check does, writing nothing.
 *
 * A check, not an import: the samples' history ends with months whose seven blocks are typed
 * in, and Clients shows each client's latest period; a November of shipments alone would be
 * that latest period for eleven clients and leave their segment blank until November's blocks
 * are typed (see docs/import.md). The demo shows the history's segments, and what an import
 * of the month would do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from '../../src/ui/import/csv';
import type { LoadedBundle } from '../../tools/local-workbook';
import { ROOT } from '../cli';

export const DEMO_IMPORT = 'docs/examples/1c-sales-2026-11.csv';

export function checkExampleImport(run: LoadedBundle['run']): unknown {
  const table = readCsv(readFileSync(join(ROOT, DEMO_IMPORT)));
  if ('problem' in table) throw new Error(`${DEMO_IMPORT}: ${table.problem}`);
  return run('importTable', table.rows, { dryRun: true });
}
