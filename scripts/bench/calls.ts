/**
 * Spreadsheet service calls of the menu actions and of a wizard save, counted by the local
 * workbook, against a per-cell design: one call for every cell read or written (a sheet-
 * level change, such as a new sheet or a frozen row, is one call in both designs).
 */
import { LocalWorkbook, typeOlderClientsSheet } from '../../tools/local-workbook';
import { demoReview } from '../demo/review';
import { appendRows } from '../demo/run';
import { syntheticClients } from '../demo/synthetic';

export interface CallCount {
  readonly calls: number;
  readonly cellsRead: number;
  readonly cellsWritten: number;
  /** Calls a per-cell design would make: cells read + cells written. */
  readonly perCell: number;
  /** perCell ÷ calls. */
  readonly ratio: number;
}

/** Counts what `fn` makes the script do, from a clean count. */
export function count(wb: LocalWorkbook, fn: () => void): CallCount {
  wb.resetCalls();
  fn();
  const calls = wb.calls();
  const cellsWritten = wb.writes().reduce((n, w) => n + w.cells, 0);
  const cellsRead = wb.reads().reduce((n, r) => n + r.cells, 0);
  const perCell = cellsRead + cellsWritten;
  return { calls, cellsRead, cellsWritten, perCell, ratio: perCell / calls };
}

/** Set up workbook, then Add sample data, on a new spreadsheet. */
export function menuCalls(): { setup: CallCount; samples: CallCount } {
  const wb = new LocalWorkbook({ locale: 'ru_RU' });
  const { run } = wb.load();
  const setup = count(wb, () => run('setupWorkbook'));
  const samples = count(wb, () => run('addSampleData'));
  return { setup, samples };
}

/** Set up workbook over a Clients sheet of an older version holding `rows` clients. */
export function setupOverRows(rows: number): CallCount {
  const wb = new LocalWorkbook({ locale: 'ru_RU' });
  const { run } = wb.load();
  typeOlderClientsSheet(wb, rows);
  return count(wb, () => run('setupWorkbook'));
}

/** One wizard save of a new client into a workbook whose Clients sheet already holds `rows` clients. */
export function saveOverRows(rows: number): CallCount {
  const wb = new LocalWorkbook({ locale: 'ru_RU' });
  const { run } = wb.load();
  run('setupWorkbook');
  const today = new Date();
  const existing = syntheticClients(rows, 1, today);
  appendRows(wb, 'clients', existing.clients, 'ru', today);
  appendRows(wb, 'monitoring', existing.monitoring, 'ru', today);
  let answer: unknown;
  const counted = count(wb, () => (answer = run('saveClientReview', demoReview('ru'), 'new')));
  if ((answer as { status?: string })?.status !== 'saved')
    throw new Error(`the save failed: ${JSON.stringify(answer)}`);
  return counted;
}
