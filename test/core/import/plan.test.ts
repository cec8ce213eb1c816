import fc from 'fast-check';
import { type ExistingData, planImport } from '../../../src/core/import/plan';
import { type ImportRead, readImportTable } from '../../../src/core/import/read';
import type { Conventions } from '../../../src/core/vocabulary';
import { normalizeWords } from '../../../src/core/words';

const ru: Conventions = { decimal: ',', timeZone: 'Europe/Moscow' };

function read(table: unknown[][], period = '2026-11-01'): ImportRead {
  const result = readImportTable(table, { period }, ru);
  if ('failure' in result) throw new Error(result.failure);
  return result;
}

const existing = (clients: string[], records: Array<[string, string]>): ExistingData => ({
  clients: new Map(clients.map((c) => [normalizeWords(c), c])),
  records: records.map(([client, period]) => ({ key: normalizeWords(client), period })),
});

describe('planImport', () => {
  const table = [
    ['Клиент', 'Период', 'Сумма'],
    ['тд «северный»', '11.2026', '10'],
    ['Уралснаб', '11.2026', '20'],
    ['Новый клиент', '11.2026', '30'],
    ['Новый клиент', '10.2026', '40'],
    ['', '11.2026', '50'],
  ];

  it('updates the record of the same client and period, adds the others, and lists new clients once', () => {
    const plan = planImport(
      read(table),
      existing(
        ['ТД «Северный»', 'Уралснаб'],
        [
          ['ТД «Северный»', '2026-10-01'],
          ['Уралснаб', '2026-11-01'],
        ],
      ),
    );
    expect(plan.update.map((u) => [u.record, u.row.row])).toEqual([[1, 3]]);
    expect(plan.add.map((r) => [r.row, r.name])).toEqual([
      [2, 'ТД «Северный»'],
      [4, 'Новый клиент'],
      [5, 'Новый клиент'],
    ]);
    expect(plan.newClients.map((r) => r.row)).toEqual([4]);
    expect(plan.skipped).toEqual([{ row: 6, code: 'noClient' }]);
  });

  it('matches a period by its exact day: a week starting mid-month is another record', () => {
    const plan = planImport(read(table), existing(['Уралснаб'], [['Уралснаб', '2026-11-09']]));
    expect(plan.update).toEqual([]);
  });

  it('updates the lowest of several matching records, entered last', () => {
    const plan = planImport(
      read(table),
      existing(
        ['Уралснаб'],
        [
          ['Уралснаб', '2026-11-01'],
          ['Другой', '2026-11-01'],
          ['уралснаб', '2026-11-01'],
        ],
      ),
    );
    expect(plan.update.map((u) => u.record)).toEqual([2]);
  });

  it('never adds a record twice: importing what it planned to add plans only updates (property)', () => {
    const names = ['ТД «Северный»', 'тд  северный', 'Уралснаб', 'УРАЛСНАБ', 'Дон-Трейд', 'Камский опт'];
    const row = fc.tuple(
      fc.constantFrom(...names),
      fc.constantFrom('10.2026', '11.2026', ''),
      fc.integer({ max: 9999 }),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 25 }), fc.subarray(names), (rows, known) => {
        const r = read([['Клиент', 'Период', 'Сумма'], ...rows.map(([c, p, n]) => [c, p, String(n)])]);
        const before = existing(known, []);
        const first = planImport(r, before);
        const clients = new Map(before.clients);
        for (const c of first.newClients) clients.set(c.key, c.client);
        const records = first.add.map((a) => ({ key: a.key, period: a.period }));
        const second = planImport(r, { clients, records });
        return (
          second.add.length === 0 &&
          second.newClients.length === 0 &&
          second.update.length === r.rows.length &&
          first.add.length + first.update.length === r.rows.length &&
          new Set(first.newClients.map((c) => c.key)).size === first.newClients.length
        );
      }),
    );
  });
});
