/** The demo's synthetic distributors: reproducible, and each in the segment it was drawn for. */
import { RU } from '../support/sheets';
import { syntheticClients } from '../../scripts/demo/synthetic';
import { segmentRow } from '../../src/core/segment';
import type { SampleValue } from '../../sheets-templates/types';

const TODAY = new Date(2026, 10, 26);
const cell = (v: SampleValue | undefined) => (v === undefined ? '' : (v as string | number | boolean));

describe('syntheticClients', () => {
  const { clients, monitoring, segments } = syntheticClients(2000, 42, TODAY);

  it('gives the same clients for the same seed, others for another', () => {
    expect(syntheticClients(50, 42, TODAY)).toEqual(syntheticClients(50, 42, TODAY));
    expect(syntheticClients(50, 43, TODAY).clients).not.toEqual(syntheticClients(50, 42, TODAY).clients);
  });

  it('puts each client’s period, by =SEGMENT at the default thresholds, in the segment it was drawn for, all four present', () => {
    const shown = monitoring.map((m) =>
      segmentRow(
        {
          retail_change: cell(m.totalSalesDynamics),
          retail_forecast: cell(m.retailForecast),
          overdue_days: cell(m.solvencyDynamics),
          drop_threshold: '',
          overdue_limit: '',
          overdue_amount: cell(m.overdueAmount),
          materiality: 10000,
        },
        RU,
      ),
    );
    expect(shown).toEqual(segments);
    expect(new Set(segments)).toEqual(new Set([0, 1, 2, 3]));
  });

  it('names every client once, and gives each a monitoring row under its name', () => {
    const names = clients.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(monitoring.map((m) => m.client)).toEqual(names);
    expect(names.every((n) => typeof n === 'string' && !/^[=+\-@]/.test(n))).toBe(true);
  });
});
