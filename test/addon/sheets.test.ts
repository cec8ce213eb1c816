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

const FOCUS = 'Фокус: доля скидок и предложений вне целевых сегментов рынка';

/** The dashboard value next to a label. */
function dashboardValue(wb: LocalWorkbook, label: string, column = 'B'): unknown {
  const row = dashboard.lines.findIndex((l) => l.label.ru === label) + 3;
  expect(row).toBeGreaterThan(2);
  return wb.value('Координаты', `${column}${row}`);
}

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

  it('Pricing: the break-even volume per request and a verdict through the method’s gates', () => {
    const get = (key: string) =>
      wb.values('Цены', `${col('pricing', key)}2:${col('pricing', key)}4`).map(([v]) => v);
    expect(get('breakeven')[1]).toBe(0.5); // 20 % off at 60 % margin needs +50 %
    expect(get('verdict')).toEqual([
      '✗ Скидка ничего не покупает',
      '✓ Окупается',
      '? Сначала спросите о чувствительности',
    ]);
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

  it('Dashboard: clients per segment add up to the Clients sheet, with the FBS and lost-client lines', () => {
    const counts = [
      '3 — Неплатёжеспособен',
      '2 — Падение зафиксировано',
      '1 — Ожидает падения',
      '0 — Нет сигнала кризиса',
    ].map((l) => dashboardValue(wb, l) as number);
    expect(counts).toEqual([3, 4, 3, 2]);
    expect(dashboardValue(wb, 'Уровень 2: функций без нужных бэкаперов')).toBe(1);
    expect(dashboardValue(wb, 'Функции без владельца или уровня (⚠)')).toBe(1);
    expect(dashboardValue(wb, 'Пора связаться (следующий контакт наступил)')).toBe(2);
    expect(dashboardValue(wb, 'Есть препятствия для быстрого возврата')).toBe(2);
  });

  it('Dashboard: the overdose panel shows each lever’s dose and warns where it is overdosed', () => {
    // Балтийский дом's discount (food service) and Дон-Трейд's offer (wholesale) of three doses
    // go outside the target segments; ТД «Северный»'s offer (retail chains) stays inside.
    expect(dashboardValue(wb, FOCUS)).toBeCloseTo(2 / 3, 12);
    expect(dashboardValue(wb, FOCUS, 'C')).toBe('⚠ Круговая атака на сегменты рынка: теряем целевой сегмент');
    // One client of twelve was granted a discount (20 % at 60 % margin), though three asked.
    expect(dashboardValue(wb, 'Цена: доля клиентов, получивших скидку')).toBeCloseTo(1 / 12, 12);
    expect(dashboardValue(wb, 'Цена: данная скидка к марже')).toBeCloseTo(1 / 3, 12);
    expect(dashboardValue(wb, 'Цена: данная скидка к марже', 'C')).toBe('');
    expect(dashboardValue(wb, 'Цена: скидки даны без «✓» по методу')).toBe(0);
    expect(dashboardValue(wb, 'Персонал: больше всего функций у одного человека')).toBe(8);
    expect(String(dashboardValue(wb, 'Персонал: больше всего функций у одного человека', 'C'))).toMatch(
      /^⚠ Перегрузка/,
    );
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

describe('Pricing: the method’s gates, in order', () => {
  const { wb } = sampleWorkbook();
  const first = col('pricing', 'margin');
  const last = col('pricing', 'sensitivityAsked');
  const verdict = col('pricing', 'verdict');
  /** Rows typed from Margin to "Price sensitivity asked", below the samples; their verdicts. */
  function verdicts(rows: unknown[][]): unknown[] {
    wb.asUser((ss) =>
      ss
        .getSheetByName('Цены')!
        .getRange(`${first}5:${last}${4 + rows.length}`)
        .setValues(rows),
    );
    return wb.values('Цены', `${verdict}5:${verdict}${4 + rows.length}`).map(([v]) => v);
  }
  const SHELF = 'Больше нашего ассортимента на полке';

  it('asks about sensitivity first, then what the discount buys, then the margin', () => {
    expect(
      verdicts([
        [0.6, 0.2, 0.9, 'Ничего', 'Нет'],
        [0.6, 0.2, 0.9, 'Ничего', ''],
        [0.6, 0.2, 0.9, 'Ничего', 'Да'],
        [0.6, 0.2, 0.9, '', 'Yes'],
        ['', 0.2, 0.9, SHELF, 'Да'],
        ['', 0.2, 0.9, 'Nothing', 'Да'],
      ]),
    ).toEqual([
      '? Сначала спросите о чувствительности',
      '? Сначала спросите о чувствительности',
      '✗ Скидка ничего не покупает',
      '✗ Скидка ничего не покупает',
      '⚠ Нет маржи: без неё окупаемость не посчитать',
      '✗ Скидка ничего не покупает',
    ]);
  });

  it('passes a discount only when the expected gain is above the break-even, not equal to it', () => {
    expect(
      verdicts([
        [0.6, 0.2, 0.5, SHELF, 'Да'], // needs exactly +50 %
        [0.6, 0.2, 0.51, SHELF, 'Да'],
        [0.6, 0.2, '', SHELF, 'Да'],
        [0.6, 0.6, 5, SHELF, 'Да'], // no volume pays back a cut of the whole margin
        [0.6, 0.2, 'много', SHELF, 'Да'],
        ['шестьдесят', 0.2, 0.9, SHELF, 'Да'],
      ]),
    ).toEqual([
      '✗ Не давать скидку',
      '✓ Окупается',
      '? Спросите ожидаемый рост',
      '✗ Не давать скидку',
      '⚠ Ожидаемый рост «много» — не число',
      '⚠ Проверьте скидку и маржу (см. «Нужный рост объёма»)',
    ]);
    expect(wb.conditionalFormatAt('Цены', `${verdict}5`)?.background).toBe('#f4c7c3');
    expect(wb.conditionalFormatAt('Цены', `${verdict}6`)?.background).toBe('#b7e1cd');
    expect(wb.conditionalFormatAt('Цены', `${verdict}7`)?.background).toBe('#fce8b2');
  });
});

describe('Dashboard: the focus dose, by the market segments of Settings', () => {
  const setCell = (wb: LocalWorkbook, sheet: string, a1: string, value: string) =>
    wb.asUser((ss) => ss.getSheetByName(sheet)!.getRange(a1).setValue(value));

  it('follows the target marks and the clients’ segments, and counts doses to clients without one apart', () => {
    const { wb } = sampleWorkbook();
    // Wholesale resellers (row 5 of the table) become a target: only Балтийский дом's discount is outside.
    expect(wb.value('Настройки', 'E5')).toBe('Оптовые перекупщики');
    setCell(wb, 'Настройки', 'F5', 'Да');
    expect(dashboardValue(wb, FOCUS)).toBeCloseTo(1 / 3, 12);
    expect(dashboardValue(wb, FOCUS, 'C')).toBe('');
    // Unmarked again, the dose of 2/3 is read against the threshold of Settings.
    setCell(wb, 'Настройки', 'F5', 'Нет');
    const threshold = (value: number) =>
      wb.asUser((ss) => ss.getRangeByName('AC_FOCUS_OUTSIDE_MAX')!.setValue(value));
    threshold(0.7);
    expect(dashboardValue(wb, FOCUS)).toBeCloseTo(2 / 3, 12);
    expect(dashboardValue(wb, FOCUS, 'C')).toBe('');
    // Балтийский дом loses its segment: its discount is left out of the share and counted apart.
    const clients = wb.values('Клиенты') as unknown[][];
    const row = clients.findIndex((r) => r[0] === 'Балтийский дом') + 1;
    setCell(wb, 'Клиенты', `${col('clients', 'marketSegment')}${row}`, '');
    expect(dashboardValue(wb, FOCUS)).toBeCloseTo(1 / 2, 12);
    expect(dashboardValue(wb, FOCUS, 'C')).toBe('Не в доле — клиентам без сегмента рынка: 1');
    threshold(0.4);
    expect(dashboardValue(wb, FOCUS, 'C')).toBe(
      '⚠ Круговая атака на сегменты рынка: теряем целевой сегмент · Не в доле — клиентам без сегмента рынка: 1',
    );
  });

  it('offers the Settings list as the Clients column’s dropdown, warning only', () => {
    const { wb } = sampleWorkbook();
    const column = col('clients', 'marketSegment');
    const rule = wb.validations('Клиенты', `${column}2`)[0][0]!;
    expect(rule).toMatchObject({ criteria: 'VALUE_IN_RANGE', allowInvalid: true });
    expect(String(rule.values[0])).toMatch(/Настройки'?!E2:E/);
    const flagged = () => wb.invalidCells('Клиенты').filter((c) => c.a1.startsWith(column));
    expect(flagged()).toEqual([]);
    // A segment not on the list is kept and flagged; added to the list, it passes.
    setCell(wb, 'Клиенты', `${column}2`, 'Дилеры');
    expect(flagged().map((c) => c.a1)).toEqual([`${column}2`]);
    setCell(wb, 'Настройки', 'E7', 'Дилеры');
    expect(flagged()).toEqual([]);
  });
});

describe('Dashboard: the price dose counts discounts granted, not asked for', () => {
  it('grows with a grant, and warns of a grant the method did not pass and of discounts eating the margin', () => {
    const { wb } = sampleWorkbook();
    const decision = col('pricing', 'decision');
    const grant = (row: number, value: string) =>
      wb.asUser((ss) => ss.getSheetByName('Цены')!.getRange(`${decision}${row}`).setValue(value));
    grant(2, 'Дать'); // Дон-Трейд: 10 % at 30 % margin that buys nothing
    expect(dashboardValue(wb, 'Цена: доля клиентов, получивших скидку')).toBeCloseTo(2 / 12, 12);
    expect(dashboardValue(wb, 'Цена: данная скидка к марже')).toBeCloseTo(0.3 / 0.9, 12);
    expect(dashboardValue(wb, 'Цена: скидки даны без «✓» по методу')).toBe(1);
    expect(String(dashboardValue(wb, 'Цена: скидки даны без «✓» по методу', 'C'))).toMatch(
      /^⚠ Скидки не окупаются/,
    );
    grant(2, 'Отказать');
    grant(4, 'Give'); // ТД «Северный», typed in English: 5 % at 25 % margin
    expect(dashboardValue(wb, 'Цена: данная скидка к марже')).toBeCloseTo(0.25 / 0.85, 12);
    wb.asUser((ss) =>
      ss
        .getSheetByName('Цены')!
        .getRange(`${col('pricing', 'discount')}4`)
        .setValue(0.24),
    );
    // (20 % + 24 %) against (60 % + 25 %): discounts eat more than half the margin.
    expect(dashboardValue(wb, 'Цена: данная скидка к марже')).toBeCloseTo(0.44 / 0.85, 12);
    expect(String(dashboardValue(wb, 'Цена: данная скидка к марже', 'C'))).toMatch(/^⚠ Скидки съедают маржу/);
    expect(dashboardValue(wb, 'Цена: доля клиентов, получивших скидку')).toBeCloseTo(2 / 12, 12);
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
