/**
 * Planning an import against what the workbook holds: which rows add a Monitoring row, which
 * update the row of the same client and period (so importing a month twice never duplicates
 * it), and which clients are new to Clients. Names are compared as everywhere else
 * (normalizeWords); the plan is made in one pass over each side, with maps, never rows × rows.
 */
import type { IsoDay } from '../days';
import type { SkippedRow } from '../importCodes';
import type { ImportRead, ImportRow } from './read';

/** One Monitoring data row as found: its client's key and its period's day, when it has them. */
export interface ExistingRecord {
  readonly key?: string;
  readonly period?: IsoDay;
}

export interface ExistingData {
  /** Client keys on Clients, with the name as Clients writes it. */
  readonly clients: ReadonlyMap<string, string>;
  /** Monitoring's data rows in sheet order. */
  readonly records: readonly ExistingRecord[];
}

/** An import row with the client's name as Monitoring should write it. */
export interface PlannedRow extends ImportRow {
  /** The name on Clients when the client is there, else the row's own. */
  readonly name: string;
}

export interface ImportPlan {
  /** Rows that become new Monitoring rows, in table order. */
  readonly add: readonly PlannedRow[];
  /** Rows that replace the figures of an existing record (0-based among Monitoring's data rows). */
  readonly update: ReadonlyArray<{ readonly record: number; readonly row: PlannedRow }>;
  /** The first row of each client not on Clients, in table order. */
  readonly newClients: readonly PlannedRow[];
  readonly skipped: readonly SkippedRow[];
}

const recordId = (key: string, period: IsoDay) => `${key}\n${period}`;

/**
 * The plan of an import read. A record matches a row when both its client and its period are
 * the same; when several records match, the lowest (entered last) is updated, as CLIENT_LATEST
 * reads the lowest of equal periods.
 */
export function planImport(read: ImportRead, existing: ExistingData): ImportPlan {
  const records = new Map<string, number>();
  existing.records.forEach((r, i) => {
    if (r.key && r.period) records.set(recordId(r.key, r.period), i);
  });
  const add: PlannedRow[] = [];
  const update: Array<{ record: number; row: PlannedRow }> = [];
  const newClients: PlannedRow[] = [];
  const seenNew = new Set<string>();
  for (const row of read.rows) {
    const known = existing.clients.get(row.key);
    const planned = { ...row, name: known ?? row.client };
    if (known === undefined && !seenNew.has(row.key)) {
      seenNew.add(row.key);
      newClients.push(planned);
    }
    const record = records.get(recordId(row.key, row.period));
    if (record === undefined) add.push(planned);
    else update.push({ record, row: planned });
  }
  return { add, update, newClients, skipped: read.skipped };
}
