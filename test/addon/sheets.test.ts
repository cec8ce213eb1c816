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
const expandIndex = (id: string, key: string) =>
  expandColumns(table(id)).find((p) => p.key === key)!.index - 1;
const col = (id: string, key: string) => columnLetter(expandIndex(id, key) + 1);

function sampleWorkbook(locale = 'ru_RU') {
  const wb = new LocalWorkbook({ locale });
  const { run } = wb.load();
  run('setupWorkbook');
  run('addSampleData');
  return { wb, run };
}

const STAFF_LOAD = 'Персонал: наибольшая нагрузка на одного (владелец — 1, бэкапер — ½)';
const FOCUS = 'Фокус: доля скидок и предложений вне целевых сегментов рынка';

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
    // Ranked within each client: the lines of ТД «Северный» and Дон-Трейд are each their client's only
    // one, so A; the general assortment (rows 2, 5, 6) ranks its niche item C.
    expect(get('abc')).toEqual(['A', 'A', 'A', 'C', 'A']);
    expect(get('liquidity').every((c) => /^[ABC][XYZ]$/.test(String(c)))).toBe(true);
    expect(get('toOffer')[0]).toBe('Да');
    expect(get('toOffer')[3]).toBe('');
    for (const size of get('orderSize')) {
      expect(typeof size).toBe('number');
      expect(Number.isInteger(size)).toBe(true);
      expect(size as number).toBeGreaterThanOrEqual(0);
    }
  });

  it('Offers: the shrinking item of Уралснаб is ordered at today’s rate, with a falling marker and its faster-delivery price', () => {
    const at = (key: string) => wb.value('Предложения', `${col('offers', key)}7`);
    expect(at('item')).toBe('Товар, который уходит');
    expect(at('client')).toBe('Уралснаб');
    expect(at('xyz')).toBe('X'); // steady enough for XYZ, yet it sells 5 % less every month
    expect(at('trend')).toBe('↓ падает');
    expect(at('dailyDemand')).toBeCloseTo(25, 9); // 750 a month, not the six months' 875
    expect(at('orderSize')).toBe(124); // the six-month mean would order 239
    expect(at('fasterOrder')).toBe(74); // 2 days faster (Settings): 50 units fewer
    expect(at('fasterSaving')).toBe(6000); // × 120 a unit, of the client's money not in stock
    expect(wb.conditionalFormatAt('Предложения', `${col('offers', 'trend')}7`)?.background).toBe('#fce8b2');
    expect(wb.value('Предложения', `${col('offers', 'trend')}2`)).toBe('');
    expect(wb.value('Предложения', `${col('offers', 'client')}2`)).toBe(''); // the general assortment
  });

  it('Offers: the faster-delivery days and the recent periods come from Settings', () => {
    const offers = (key: string, row: number) => wb.value('Предложения', `${col('offers', key)}${row}`);
    const setting = (name: string, value: number) =>
      wb.asUser((ss) => ss.getRangeByName(name)!.setValue(value));
    setting('AC_FASTER_DAYS', 0);
    expect(offers('fasterOrder', 7)).toBe(124);
    expect(offers('fasterSaving', 7)).toBe(0);
    setting('AC_FASTER_DAYS', 2);
    // A-100 sells 420 400 410 395 405 400: the latest three average 400, all six 405.
    expect(offers('dailyDemand', 2)).toBeCloseTo(400 / 30, 9);
    setting('AC_RECENT_PERIODS', 6);
    expect(offers('dailyDemand', 2)).toBeCloseTo(405 / 30, 9);
    setting('AC_RECENT_PERIODS', 0);
    expect(String(offers('dailyDemand', 2))).toMatch(/^⚠ число последних периодов: «0»/);
    setting('AC_RECENT_PERIODS', 3);
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
      '3 — Неплатёжеспособен',
      '2 — Падение зафиксировано',
      '1 — Ожидает падения',
      '0 — Нет сигнала кризиса',
    ].map((l) => dashboardValue(wb, l) as number);
    expect(counts).toEqual([3, 4, 3, 2]);
    expect(dashboardValue(wb, 'Уровень 2: функций без нужных бэкаперов')).toBe(1);
    // Function 8 has no level, and the deck's four continuation rows have none of their own.
    expect(dashboardValue(wb, 'Функции без владельца или уровня (⚠)')).toBe(5);
    expect(dashboardValue(wb, 'Пора связаться (следующий контакт наступил)')).toBe(2);
    expect(dashboardValue(wb, 'Есть препятствия для быстрого возврата')).toBe(2);
    // Приморье-Импорт: agreements current, contacted a week ago, and its situation has stabilised.
    expect(dashboardValue(wb, 'Готовы к возврату (ситуация стабилизировалась, препятствий нет)')).toBe(1);
  });

  it('Dashboard: the overdose panel shows each lever’s dose and warns where it is overdosed', () => {
    // Of four doses, Балтийский дом's discount (food service) and the offers to Дон-Трейд and
    // Уралснаб (wholesale) go outside the target segments; ТД «Северный»'s offer stays inside.
    expect(dashboardValue(wb, FOCUS)).toBeCloseTo(3 / 4, 12);
    expect(dashboardValue(wb, FOCUS, 'C')).toBe('⚠ Круговая атака на сегменты рынка: теряем целевой сегмент');
    // One client of twelve was granted a discount (20 % at 60 % margin), though three asked.
    expect(dashboardValue(wb, 'Цена: доля клиентов, получивших скидку')).toBeCloseTo(1 / 12, 12);
    expect(dashboardValue(wb, 'Цена: данная скидка к марже')).toBeCloseTo(1 / 3, 12);
    expect(dashboardValue(wb, 'Цена: данная скидка к марже', 'C')).toBe('');
    expect(dashboardValue(wb, 'Цена: скидки даны без «✓» по методу')).toBe(0);
    // The deck's own team: the office consultant owns six functions; the sales representative
    // holds eight, five of them as backup (5½). Nobody is above the default 6.
    expect(dashboardValue(wb, STAFF_LOAD)).toBe(6);
    expect(dashboardValue(wb, STAFF_LOAD, 'C')).toBe('');
  });

  it('Dashboard: the staff dose counts a backup ½ and an owner 1, a continuation row once, and warns above Settings', () => {
    const matrix = (cell: string, value: unknown) =>
      wb.asUser((ss) => ss.getSheetByName('FBS Матрица')!.getRange(cell).setValue(value));
    const consultant = col('fbsMatrix', 'employee2');
    // Function 8, the matrix's last row (13), gets a backup from the office consultant: 6½, above 6.
    matrix(`${consultant}13`, '1 Бэкапер');
    expect(dashboardValue(wb, STAFF_LOAD)).toBe(6.5);
    expect(String(dashboardValue(wb, STAFF_LOAD, 'C'))).toMatch(/^⚠ Перегрузка/);
    // A continuation row of function 6 (row 11, its function cell blank) adds nothing, whatever the role.
    expect(wb.value('FBS Матрица', `${consultant}11`)).toBe('1 Бэкапер');
    matrix(`${consultant}11`, 'Владелец');
    expect(dashboardValue(wb, STAFF_LOAD)).toBe(6.5);
    matrix(`${consultant}11`, '1 Бэкапер');
    matrix(`${consultant}13`, '');
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
    // Each Pricing and Offers row with a client says what it is to the dose, for the Dashboard to count.
    const focusOf = (sheet: string, id: string, client: string) => {
      const rows = wb.values(sheet) as unknown[][];
      const row = rows.find((r) => r[expandIndex(id, 'client')] === client)!;
      return row[expandIndex(id, 'focus')];
    };
    expect(focusOf('Цены', 'pricing', 'Балтийский дом')).toBe('вне цели');
    expect(focusOf('Предложения', 'offers', 'ТД «Северный»')).toBe('целевой');
    // Wholesale resellers (row 5 of the table) become a target: only Балтийский дом's discount is outside.
    expect(wb.value('Настройки', 'E5')).toBe('Оптовые перекупщики');
    setCell(wb, 'Настройки', 'F5', 'Да');
    expect(focusOf('Предложения', 'offers', 'Уралснаб')).toBe('целевой');
    expect(dashboardValue(wb, FOCUS)).toBeCloseTo(1 / 4, 12);
    expect(dashboardValue(wb, FOCUS, 'C')).toBe('');
    // Unmarked again, the dose of 3/4 is read against the threshold of Settings.
    setCell(wb, 'Настройки', 'F5', 'Нет');
    const threshold = (value: number) =>
      wb.asUser((ss) => ss.getRangeByName('AC_FOCUS_OUTSIDE_MAX')!.setValue(value));
    threshold(0.8);
    expect(dashboardValue(wb, FOCUS)).toBeCloseTo(3 / 4, 12);
    expect(dashboardValue(wb, FOCUS, 'C')).toBe('');
    // Балтийский дом loses its segment: its discount is left out of the share and counted apart.
    const clients = wb.values('Клиенты') as unknown[][];
    const row = clients.findIndex((r) => r[0] === 'Балтийский дом') + 1;
    setCell(wb, 'Клиенты', `${col('clients', 'marketSegment')}${row}`, '');
    expect(focusOf('Цены', 'pricing', 'Балтийский дом')).toBe('без сегмента');
    expect(dashboardValue(wb, FOCUS)).toBeCloseTo(2 / 3, 12);
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
    const coverage = `${col('fbsMatrix', 'coverage')}13`; // function 8 of the deck: only the sales representative holds it
    const today = `${col('fbsMatrix', 'today')}13`;
    const plan = `${col('fbsMatrix', 'today')}2`; // function 1: the representative backs up the manager
    expect(wb.value('FBS Матрица', coverage)).toBe(1);
    expect(wb.value('FBS Матрица', today)).toBe('');
    wb.asUser((ss) => {
      const today = ss.getRangeByName('AC_AS_OF')!.getValue() as Date;
      ss.getSheetByName('FBS Отсутствия')!
        .getRange('A6:C6')
        .setValues([['торговый  представитель', today, today]]);
    });
    expect(wb.value('FBS Матрица', coverage)).toBe(0);
    expect(wb.conditionalFormatAt('FBS Матрица', coverage)?.background).toBe('#f4c7c3');
    // Stopped and no reserve, in words and colours: nobody left for function 8; the manager alone for 1.
    expect(wb.value('FBS Матрица', today)).toBe('Встала');
    expect(wb.conditionalFormatAt('FBS Матрица', today)?.background).toBe('#f4c7c3');
    expect(wb.value('FBS Матрица', plan)).toBe('Без резерва');
    expect(wb.conditionalFormatAt('FBS Матрица', plan)?.background).toBe('#fce8b2');
    expect(dashboardValue(wb, 'Функции, которые встали сегодня (никого нет)')).toBeGreaterThanOrEqual(1);
    expect(
      dashboardValue(wb, 'Функции без резерва сегодня (кто-то есть, но меньше нормы)'),
    ).toBeGreaterThanOrEqual(1);
  });

  it('takes the norm from FBS Levels: with no backup asked at level 2, function 1 keeps its reserve', () => {
    const { wb } = sampleWorkbook();
    const plan = `${col('fbsMatrix', 'today')}2`;
    const gap = `${col('fbsMatrix', 'gap')}12`; // function 7: three owners, no backup
    expect(wb.value('FBS Матрица', gap)).toBe(1);
    wb.asUser((ss) => {
      ss.getSheetByName('FBS Уровни')!.getRange('D3').setValue(0);
      const today = ss.getRangeByName('AC_AS_OF')!.getValue() as Date;
      ss.getSheetByName('FBS Отсутствия')!
        .getRange('A6:C6')
        .setValues([['Торговый представитель', today, today]]);
    });
    expect(wb.value('FBS Матрица', gap)).toBe(0);
    expect(wb.value('FBS Матрица', plan)).toBe('');
  });

  it('plans the weeks ahead: a week with the representative away leaves functions uncovered', () => {
    const { wb } = sampleWorkbook();
    const uncovered = col('fbsAbsences', 'uncovered');
    const weeks = wb.values('FBS Отсутствия', `${uncovered}2:${col('fbsAbsences', 'uncoveredFunctions')}5`);
    expect(weeks[0][0]).toBe(0);
    expect(weeks[1][0] as number).toBeGreaterThan(0);
    expect(String(weeks[1][1])).toMatch(/^Без резерва: /);
    const cell = `${uncovered}3`;
    expect(wb.conditionalFormatAt('FBS Отсутствия', cell)?.background).toBe('#fce8b2');
    // The week after, the manager is away too: nobody is left to plan sales.
    expect(String(weeks[2][1])).toMatch(/^Встанут: Подготовка плана продаж\./);
    expect(wb.conditionalFormatAt('FBS Отсутствия', `${uncovered}4`)?.background).toBe('#f4c7c3');
  });
});
