/**
 * Where an import writes: the Monitoring and Clients columns of each field, by template key.
 * Issue 12 (client history) reworks both sheets on its own branch; this is the one place that
 * names their keys, so following a change of theirs is a change here.
 */
import type { FigureField } from '../../core/importCodes';

/** Monitoring: one row per client and period; the figures are the columns an import updates. */
export const MONITORING_KEYS = {
  client: 'client',
  period: 'period',
  figures: {
    purchases: 'shipments',
    overdueDays: 'solvencyDynamics',
    overdueAmount: 'overdueAmount',
  } satisfies Record<FigureField, string>,
} as const;

/** Clients: a new client's master data. */
export const CLIENT_KEYS = { name: 'name', manager: 'manager', region: 'region' } as const;
