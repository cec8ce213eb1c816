/**
 * Client history in the local workbook: Monitoring is the record of periods, Clients shows each
 * client's latest one (CLIENT_LATEST), every formula evaluated by the formula engine; and a
 * workbook of the previous version moved to it by Set up workbook, every value kept.
 */
import { TEMPLATES } from '../../sheets-templates';
import type { TableTemplate } from '../../sheets-templates/types';
import { columnLetter, expandColumns, findLayout } from '../../sheets-templates/layout';
import { normalizeWords } from '../../src/core/words';
import { texts } from '../../src/i18n';
import { LocalWorkbook } from '../../tools/local-workbook';
import { VERSION_0_1, openOlderWorkbook } from '../support/olderVersion';

const template = (id: string) =>
  TEMPLATES.find((t): t is TableTemplate => t.id === id && t.kind === 'table')!;
const clients = template('clients');
const monitoring = template('monitoring');

/** Each data row of a sheet as key → value, through the sheet's own header. */
function rows(wb: LocalWorkbook, sheet: string, t: TableTemplate) {
  const [header, ...data] = wb.values(sheet);
  const layout = findLayout(t, header);
  return data
    .filter((r) => r[0] !== '')
    .map((r) => Object.fromEntries(expandColumns(t).map((p) => [p.key, r[layout.columns.get(p.key)! - 1]])));
}

const client = (wb: LocalWorkbook, name: string) =>
  rows(wb, 'Клиенты', clients).find((c) => c.name === name)!;

/** Types (pastes) a Monitoring row below the others, as a manager would: its input columns, by template key. */
function typePeriod(wb: LocalWorkbook, cells: Record<string, unknown>): number {
  const [header] = wb.values('Мониторинг', 'A1:AG1');
  const layout = findLayout(monitoring, header);
  const inputs = expandColumns(monitoring).filter((p) => p.column.type !== 'computed');
  const width = Math.max(...inputs.map((p) => layout.columns.get(p.key)!));
  const line: unknown[] = new Array(width).fill('');
  for (const [key, value] of Object.entries(cells)) line[layout.columns.get(key)! - 1] = value;
  const row = rows(wb, 'Мониторинг', monitoring).length + 2;
  wb.asUser((ss) =>
    ss
      .getSheetByName('Мониторинг')!
      .getRange(row, 1, 1, width)
      .setValues([line as never[]]),
  );
  return row;
}

function sampleWorkbook() {
  const wb = new LocalWorkbook({ locale: 'ru_RU' });
  const { run } = wb.load();
  run('setupWorkbook');
  run('addSampleData');
  return wb;
}

describe('Clients shows each client’s latest Monitoring period', () => {
  const wb = sampleWorkbook();

  it('has three months of history for every sample client, with segments that moved', () => {
    const history = rows(wb, 'Мониторинг', monitoring);
    expect(history).toHaveLength(36);
    const ural = history.filter((r) => r.client === 'Уралснаб');
    expect(ural.map((r) => String(r.segment).charAt(0))).toEqual(['2', '2', '3']);
    expect(ural.map((r) => r.segmentChange)).toEqual(['', '2 → 2', '2 → 3']);
    expect(ural.map((r) => r.shipmentsChange)).toEqual(['', -0.285714285714286, -0.4]);
    const moved = rows(wb, 'Клиенты', clients).filter((c) =>
      /^(\d) → (?!\1)\d$/.test(String(c.segmentChange)),
    );
    expect(moved.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Уралснаб', 'Дон-Трейд', 'Южный альянс', 'Центр-Опт']),
    );
  });

  it('brings the latest period, its shipments against pre-crisis, the segment with its reason and the signals', () => {
    const ural = client(wb, 'Уралснаб');
    expect(ural.latestPeriod).toEqual(new Date(2026, 9, 1));
    expect(ural.latestShipments).toBe(300000);
    expect(ural.shipmentsVsBefore).toBeCloseTo(300000 / 900000 - 1, 12);
    expect(ural.segment).toBe('3 — Неплатёжеспособен');
    expect(ural.segmentReason).toMatch(/^Просрочка 120 дн\. на сумму 450\s000 — больше предела в 90 дн\.$/);
    expect(ural.segmentChange).toBe('2 → 3');
    expect(String(ural.signals)).toMatch(/^Неплатёжеспособен: .*\(видно также: /);
    expect(String(ural.signals)).not.toContain('; ');
  });

  it('caps deliveries to segment 3 by the credit limit left after what is overdue', () => {
    // 25 % of 300 000 would be 75 000; the limit of 500 000 less 450 000 overdue leaves 50 000.
    expect(client(wb, 'Уралснаб').safeCap).toBe(50000);
    expect(client(wb, 'Центр-Опт').safeCap).toBe(500000);
    // More overdue than the limit: nothing more on credit.
    expect(client(wb, 'Приморье-Импорт').safeCap).toBe(0);
  });

  it('asks segment 1 to keep the pre-crisis volume only when it buys less than that', () => {
    const t = texts.ru.segment;
    expect(client(wb, 'ООО «Волга-Дистрибуция»').action).toBe(t.actions[1]);
    expect(client(wb, 'Южный альянс').action).toBe(t.notBelow);
  });

  it('counts a long overdue on a small amount as no insolvency, and says why', () => {
    const siberia = client(wb, 'Сибирский партнёр');
    expect(siberia.segment).toBe('0 — Нет сигнала кризиса');
    expect(siberia.segmentReason).toMatch(/лишь на 800 — меньше значимой суммы 10\s000/);
    expect(siberia.signals).toBe(texts.ru.monitoring.signals.solvencyWarning);
  });

  it('changes a client’s segment when a new period is typed into Monitoring, and keeps every earlier row', () => {
    const before = client(wb, 'Черноземье');
    expect(before.segment).toBe('0 — Нет сигнала кризиса');
    const history = wb.values('Мониторинг', 'A2:AG37');
    const row = typePeriod(wb, {
      client: 'Черноземье',
      period: new Date(2026, 10, 1),
      shipments: 480000,
      totalSalesDynamics: -0.09,
      retailForecast: -0.1,
      solvencyDynamics: 10,
    });
    expect(row).toBe(38);
    const after = client(wb, 'Черноземье');
    expect(after.latestPeriod).toEqual(new Date(2026, 10, 1));
    expect(after.segment).toBe('2 — Падение зафиксировано');
    expect(after.segmentChange).toBe('0 → 2');
    expect(after.shipmentsVsBefore).toBeCloseTo(-0.2, 12);
    expect(wb.values('Мониторинг', 'A2:AG37')).toEqual(history);
    const l = columnLetter(
      findLayout(monitoring, wb.values('Мониторинг', 'A1:AG1')[0]).columns.get('shipmentsChange')!,
    );
    expect(wb.value('Мониторинг', `${l}38`)).toBeCloseTo(480000 / 560000 - 1, 12);
  });

  it('keeps the latest period when an earlier one is typed later, and matches names however typed', () => {
    typePeriod(wb, { client: 'центр-опт ', period: new Date(2026, 6, 1), totalSalesDynamics: -0.3 });
    expect(client(wb, 'Центр-Опт').segment).toBe('3 — Неплатёжеспособен');
    typePeriod(wb, { client: '  центр-опт', period: new Date(2026, 10, 1), solvencyDynamics: 0 });
    expect(client(wb, 'Центр-Опт').segment).toBe('0 — Нет сигнала кризиса');
    expect(client(wb, 'Центр-Опт').segmentChange).toBe('3 → 0');
  });
});

describe('a workbook of the previous version, brought up to date by Set up workbook', () => {
  const { wb, run } = openOlderWorkbook();
  const old = VERSION_0_1.sheets;
  run('setupWorkbook');

  /** Headers this version renames in place: the only cells that change. */
  const RENAMED: Record<string, string> = { 'Цены!M1': 'Вывод по методу' };

  it('keeps every value it held, where it was', () => {
    for (const name of ['Клиенты', 'Мониторинг', 'Цены']) {
      const now = wb.values(name);
      const formulas = wb.formulas(name);
      old[name].forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === '' || v === null || (typeof v === 'string' && v.startsWith('='))) return;
          const at = `${name}!${columnLetter(c + 1)}${r + 1}`;
          const expected = RENAMED[at] ?? (typeof v === 'object' ? new Date(`${v.date}T00:00:00`) : v);
          expect({
            at: `${name}!${columnLetter(c + 1)}${r + 1}`,
            value: now[r][c],
            formula: formulas[r][c],
          }).toEqual({
            at: `${name}!${columnLetter(c + 1)}${r + 1}`,
            value: expected,
            formula: '',
          });
        }),
      );
    }
  });

  it('ends with the same segments on Clients (in today’s words: «Неплатёжеспособен» is now spelt with ё)', () => {
    for (const c of rows(wb, 'Клиенты', clients))
      expect(normalizeWords(String(c.segment))).toBe(normalizeWords(VERSION_0_1.segments[String(c.name)]));
  });

  it('moves each client’s inputs to a Monitoring period of this month, below the rest, and says so', () => {
    const history = rows(wb, 'Мониторинг', monitoring);
    const moved = history.slice(4);
    expect(moved.map((m) => m.client)).toEqual(Object.keys(VERSION_0_1.segments));
    const ural = moved.find((m) => m.client === 'Уралснаб')!;
    expect([ural.shipments, ural.totalSalesDynamics, ural.retailForecast, ural.solvencyDynamics]).toEqual([
      300000, -0.25, -0.3, 120,
    ]);
    const thisMonth = new Date();
    expect(ural.period).toEqual(new Date(thisMonth.getFullYear(), thisMonth.getMonth(), 1));
    expect(JSON.stringify(wb.alerts().at(-1))).toContain('История клиентов: у 13 клиентов');
    expect(wb.notes('Клиенты', 'G1')[0][0]).toContain('Больше не используется');
  });

  it('gives Pricing one decision column: the old verdict «Решение» is renamed in place, with the new gates, and says so', () => {
    expect(old['Цены'][0].filter((h) => h === 'Решение')).toHaveLength(1);
    expect(wb.values('Цены', 'A1:M1')[0].filter((h) => String(h).startsWith('Решение'))).toEqual([
      'Решение по скидке',
    ]);
    expect(wb.formulas('Цены', 'M2')[0][0]).toContain('Сначала спросите о чувствительности');
    expect(wb.value('Цены', 'M2')).toBe('✗ Скидка ничего не покупает');
    // Only the focus column, new since, is added after the last one; the verdict is not added again.
    expect(wb.values('Цены', '1:1')[0].filter((h) => h !== '')).toHaveLength(14);
    expect(wb.values('Цены', 'N1')[0][0]).toBe('Фокус');
    expect(JSON.stringify(wb.alerts().at(-1))).toContain(
      'Цены — «Решение» теперь «Вывод по методу» (столбец M)',
    );
  });

  it('moves them once: a second setup changes nothing', () => {
    const before = [wb.values('Мониторинг'), wb.values('Клиенты')];
    run('setupWorkbook');
    expect([wb.values('Мониторинг'), wb.values('Клиенты')]).toEqual(before);
    expect(JSON.stringify(wb.alerts().at(-1))).not.toContain('История клиентов');
  });
});
