/**
 * The analytics sheets with the sample data, evaluated in the local workbook: offers,
 * pricing, monitoring, lost clients, the FBS sheets and the dashboard.
 */
import { TEMPLATES } from '../../sheets-templates';
import type { ReportTemplate, TableTemplate } from '../../sheets-templates/types';
import { columnLetter, expandColumns } from '../../sheets-templates/layout';
import { LocalWorkbook } from '../../tools/local-workbook';
import { texts } from '../../src/i18n';

const table = (id: string) => TEMPLATES.find((t): t is TableTemplate => t.id === id && t.kind === 'table')!;
const dashboard = TEMPLATES.find((t): t is ReportTemplate => t.kind === 'report')!;
const col = (id: string, key: string) =>
  columnLetter(expandColumns(table(id)).find((p) => p.key === key)!.index);

function sampleWorkbook(locale = 'ru_RU') {
  const wb = new LocalWorkbook({ locale });
  const { run } = wb.load();
  run('setupWorkbook');
  run('addSampleData');
  return { wb, run };
}

const STAFF_LOAD = 'Персонал: наибольшая нагрузка на одного (владелец — 1, бэкапер — ½)';

/** The dashboard value next to a label. */
function dashboardValue(wb: LocalWorkbook, label: string, column = 'B'): unknown {
  const row = dashboard.lines.findIndex((l) => l.label.ru === label) + 3;
  expect(row).toBeGreaterThan(2);
  return wb.value('Координаты', `${column}${row}`);
}

describe('lost clients the user types, with gaps in what is on file (ru_RU)', () => {
  const { wb } = sampleWorkbook();
  const [contract, poa, contact, stabilised, status] = [
    'contractExpiry',
    'poaExpiry',
    'lastContact',
    'stabilised',
    'status',
  ].map((k) => col('lost', k));
  const type = (row: number, values: Record<string, unknown>) =>
    wb.asUser((ss) => {
      const sheet = ss.getSheetByName('Ушедшие клиенты')!;
      for (const [column, value] of Object.entries(values)) sheet.getRange(`${column}${row}`).setValue(value);
    });
  const ready = () => dashboardValue(wb, 'Готовы к возврату (ситуация стабилизировалась, препятствий нет)');
  const today = new Date();
  const daysFromToday = (n: number) => new Date(today.getFullYear(), today.getMonth(), today.getDate() + n);

  it('names a contact with no agreement on file and agreements with no contact, coloured, not ⚠', () => {
    type(5, { A: 'Новый-Опт', [contact]: daysFromToday(-2), [stabilised]: 'Да' });
    type(6, { A: 'Тихий-Снаб', [contract]: daysFromToday(300), [stabilised]: 'Да' });
    type(7, { A: 'Пустой' });
    expect(wb.value('Ушедшие клиенты', `${status}5`)).toBe('нет ни договора, ни доверенности');
    expect(wb.value('Ушедшие клиенты', `${status}6`)).toBe('нет ни одного записанного контакта');
    expect(wb.value('Ушедшие клиенты', `${status}7`)).toBe('');
    for (const row of [5, 6])
      expect(wb.conditionalFormatAt('Ушедшие клиенты', `${status}${row}`)?.background).toBe('#f4c7c3');
    // Neither is ready to restart, however stabilised: the sample Приморье-Импорт still is.
    expect(ready()).toBe(1);
  });

  it('counts a client ready to restart once its agreement is on file, and not once the situation is «Нет»', () => {
    type(5, { [poa]: daysFromToday(200) });
    expect(wb.value('Ушедшие клиенты', `${status}5`)).toBe('');
    expect(ready()).toBe(2);
    type(5, { [stabilised]: 'Нет' });
    expect(ready()).toBe(1);
  });
});

describe('analytics sheets with the sample data (ru_RU)', () => {
  const { wb, run } = sampleWorkbook();

  it('Offers: liquidity classes, the lines to offer and a whole-unit order size per line', () => {
    const get = (key: string) =>
      wb.values('Предложения', `${col('offers', key)}2:${col('offers', key)}6`).map(([v]) => v);
    expect(get('abc')).toEqual(['A', 'A', 'B', 'C', 'A']); // the consumable's 331 200 lies above 80 % only after it
    expect(get('liquidity').every((c) => /^[ABC][XYZ]$/.test(String(c)))).toBe(true);
    expect(get('toOffer')[0]).toBe('Да');
    expect(get('toOffer')[3]).toBe('');
    for (const size of get('orderSize')) {
      expect(typeof size).toBe('number');
      expect(Number.isInteger(size)).toBe(true);
      expect(size as number).toBeGreaterThanOrEqual(0);
    }
  });

  it('Offers: a faster delivery visibly shrinks the order', () => {
    const cell = `${col('offers', 'orderSize')}2`;
    const before = wb.value('Предложения', cell) as number;
    wb.asUser((ss) =>
      ss
        .getSheetByName('Предложения')!
        .getRange(`${col('offers', 'leadTime')}2`)
        .setValue(1),
    );
    const after = wb.value('Предложения', cell) as number;
    expect(after).toBeLessThan(before);
  });

  it('Pricing: the break-even volume per request and a verdict against the expected gain', () => {
    const get = (key: string) =>
      wb.values('Цены', `${col('pricing', key)}2:${col('pricing', key)}4`).map(([v]) => v);
    expect(get('breakeven')[1]).toBe(0.5); // 20 % off at 60 % margin needs +50 %
    expect(get('verdict')).toEqual(['✗ Не давать скидку', '✓ Окупается', '✗ Не давать скидку']);
    expect(get('clientSegment')).toEqual(['2', '2', '2']);
    expect(wb.conditionalFormatAt('Цены', `${col('pricing', 'verdict')}2`)?.background).toBe('#f4c7c3');
  });

  it('Monitoring: the first client’s latest period shows falling demand and switching, with their actions', () => {
    // Three months of twelve clients, typed month after month: October starts at row 26.
    expect(wb.value('Мониторинг', 'A26')).toBe('ТД «Северный»');
    const signals = String(wb.value('Мониторинг', `${col('monitoring', 'signals')}26`));
    expect(signals.split('; ')).toEqual([
      texts.ru.monitoring.signals.demandFall,
      texts.ru.monitoring.signals.switching,
    ]);
  });

  it('Lost clients: expired agreements red, expiring yellow, nothing blocking blank', () => {
    const status = col('lost', 'status');
    const texts = wb.values('Ушедшие клиенты', `${status}2:${status}4`).map(([v]) => String(v));
    expect(texts[0]).toContain('срок доверенности истёк');
    expect(texts[1]).toBe('');
    expect(texts[2]).toContain('срок договора истёк');
    expect(wb.conditionalFormatAt('Ушедшие клиенты', `${status}2`)?.background).toBe('#f4c7c3');
    expect(wb.conditionalFormatAt('Ушедшие клиенты', `${status}3`)).toBeNull();
  });

  it('Lost clients: the volume before leaving and whether the situation has stabilised, in the last two columns', () => {
    const keys = expandColumns(table('lost')).map((p) => p.key);
    expect(keys.slice(-2)).toEqual(['volumeBefore', 'stabilised']);
    const [volume, stabilised] = ['volumeBefore', 'stabilised'].map((k) => col('lost', k));
    expect(wb.values('Ушедшие клиенты', `${volume}2:${volume}4`).map(([v]) => v)).toEqual([
      850000, 1200000, 400000,
    ]);
    expect(wb.value('Ушедшие клиенты', `${stabilised}1`)).toBe('Ситуация стабилизировалась?');
    expect(wb.value('Ушедшие клиенты', `${stabilised}3`)).toBe('Да');
  });

  it('Dashboard: clients per segment add up to the Clients sheet, with the FBS and lost-client lines', () => {
    const counts = [
      '3 — Неплатежеспособен',
      '2 — Падение зафиксировано',
      '1 — Ожидает падения',
      '0 — Нет сигнала кризиса',
    ].map((l) => dashboardValue(wb, l) as number);
    expect(counts).toEqual([3, 4, 3, 2]);
    expect(dashboardValue(wb, 'Уровень 2: функций без нужных бэкаперов')).toBe(1);
    expect(dashboardValue(wb, 'Функции без владельца или уровня (⚠)')).toBe(1);
    expect(dashboardValue(wb, 'Пора связаться (следующий контакт наступил)')).toBe(2);
    expect(dashboardValue(wb, 'Есть препятствия для быстрого возврата')).toBe(2);
    // Приморье-Импорт: agreements current, contacted a week ago, and its situation has stabilised.
    expect(dashboardValue(wb, 'Готовы к возврату (ситуация стабилизировалась, препятствий нет)')).toBe(1);
  });

  it('Dashboard: the overdose panel shows each lever’s dose and warns where it is overdosed', () => {
    expect(dashboardValue(wb, 'Фокус: доля запросов скидки от сегментов 1–2')).toBe(1);
    expect(dashboardValue(wb, 'Фокус: доля запросов скидки от сегментов 1–2', 'C')).toBe('');
    expect(dashboardValue(wb, 'Цена: доля клиентов, просивших скидку')).toBe(0.25);
    // The deck's own team: the office consultant owns six functions; the sales representative
    // holds eight, five of them as backup (5½). Nobody is above the default 6.
    expect(dashboardValue(wb, STAFF_LOAD)).toBe(6);
    expect(dashboardValue(wb, STAFF_LOAD, 'C')).toBe('');
  });

  it('Dashboard: the staff dose counts a backup ½ and an owner 1, a continuation row once, and warns above Settings', () => {
    const matrix = (cell: string, value: unknown) =>
      wb.asUser((ss) => ss.getSheetByName('FBS Матрица')!.getRange(cell).setValue(value));
    const consultant = col('fbsMatrix', 'employee2');
    // Function 8 gets a backup from the office consultant: 6½, above 6.
    matrix(`${consultant}9`, '1 Бэкапер');
    expect(dashboardValue(wb, STAFF_LOAD)).toBe(6.5);
    expect(String(dashboardValue(wb, STAFF_LOAD, 'C'))).toMatch(/^⚠ Перегрузка/);
    // A continuation row of function 8 (its function cell blank) adds nothing.
    matrix(`${consultant}10`, 'Владелец');
    expect(dashboardValue(wb, STAFF_LOAD)).toBe(6.5);
    matrix(`${consultant}10`, '');
    matrix(`${consultant}9`, '');
    expect(dashboardValue(wb, STAFF_LOAD)).toBe(6);
  });

  it('Dashboard: flags sales functions owned by positions Settings lists outside sales: the deck’s logistician', () => {
    const label = 'Персонал: функции продаж во владении у должностей вне продаж';
    // The logistician owns lead base, offers, cold calls and consulting: all of the sales group.
    expect(dashboardValue(wb, label)).toBe(4);
    expect(String(dashboardValue(wb, label, 'C'))).toMatch(/^⚠ Продажи держатся на людях вне продаж/);
    const setting = (value: string) => {
      const [sheet, cell] = wb.namedRanges()['AC_NON_SALES_POSITIONS'].replace(/\$/g, '').split('!');
      wb.asUser((ss) => ss.getSheetByName(sheet.replace(/^'|'$/g, ''))!.getRange(cell).setValue(value));
    };
    // Case and the space after a separator don't matter; the administrator owns offers, consulting and field negotiations.
    setting('логист; Администратор');
    expect(dashboardValue(wb, label)).toBe(7);
    setting('');
    expect(dashboardValue(wb, label)).toBe(0);
    expect(dashboardValue(wb, label, 'C')).toBe('');
    setting('Логист');
  });

  it('Dashboard: charts the clients per segment from its own counts, once', () => {
    expect(wb.charts('Координаты')).toEqual([
      {
        type: 'BAR',
        ranges: ['Координаты!A4:B7'],
        anchor: 'H3',
        options: { title: 'Клиенты по сегментам', legend: { position: 'none' } },
      },
    ]);
    run('setupWorkbook');
    expect(wb.charts('Координаты')).toHaveLength(1);
  });

  it('Dashboard: lists the key people of the deck’s matrix', () => {
    const block = dashboard.blocks![0];
    const at = (r: number, c: number) => wb.value('Координаты', `${columnLetter(c)}${r}`);
    const people: Array<[unknown, unknown]> = [];
    for (let r = block.row + 1; at(r, block.column) !== ''; r++)
      people.push([at(r, block.column), at(r, block.column + 1)]);
    expect(people.map(([name]) => name)).toEqual(expect.arrayContaining(['Торговый представитель']));
  });
});

describe('FBS sheets under absence', () => {
  it('show a function uncovered when its only holder is away, on the matrix and the dashboard', () => {
    const { wb } = sampleWorkbook();
    const coverage = `${col('fbsMatrix', 'coverage')}9`; // row 8 of the deck: only the sales representative holds it
    expect(wb.value('FBS Матрица', coverage)).toBe(1);
    wb.asUser((ss) => {
      const today = ss.getRangeByName('AC_AS_OF')!.getValue() as Date;
      ss.getSheetByName('FBS Отсутствия')!
        .getRange('A6:C6')
        .setValues([['торговый  представитель', today, today]]);
    });
    expect(wb.value('FBS Матрица', coverage)).toBe(0);
    expect(wb.conditionalFormatAt('FBS Матрица', coverage)?.background).toBe('#f4c7c3');
    expect(dashboardValue(wb, 'Функции, которые встали сегодня (никого нет)')).toBeGreaterThanOrEqual(1);
  });

  it('plans the weeks ahead: a week with the representative away leaves functions uncovered', () => {
    const { wb } = sampleWorkbook();
    const uncovered = col('fbsAbsences', 'uncovered');
    const weeks = wb.values(
      'FBS Отсутствия',
      `${uncovered}2:${columnLetter(expandColumns(table('fbsAbsences')).length)}5`,
    );
    expect(weeks[0][0]).toBe(0);
    expect(weeks[1][0] as number).toBeGreaterThan(0);
    expect(String(weeks[1][1])).not.toBe('');
  });
});
