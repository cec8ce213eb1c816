/**
 * importTable in the local workbook (layer 3): the built bundle imports tables the way the
 * sidebar sends them, into the Monitoring and Clients sheets setup made, under the lock, in a
 * constant number of service calls. Every rule of the import, one test or more each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clients } from '../../sheets-templates/clients';
import { findLayout } from '../../sheets-templates/layout';
import { monitoring } from '../../sheets-templates/monitoring';
import type { TableTemplate } from '../../sheets-templates/types';
import { dayOf } from '../../src/core/days';
import { texts } from '../../src/i18n';
import { readCsv } from '../../src/ui/import/csv';
import { LocalWorkbook } from '../../tools/local-workbook';

const EXAMPLES = join(__dirname, '../../docs/examples');

function csv(file: string): string[][] {
  const table = readCsv(readFileSync(join(EXAMPLES, file)));
  if ('problem' in table) throw new Error(table.problem);
  return table.rows;
}

function workbook(
  locale = 'ru_RU',
  { setup = true, samples = true, timeZone = 'Europe/Moscow', documentLock = true } = {},
) {
  const wb = new LocalWorkbook({ locale, timeZone, documentLock });
  const { run } = wb.load();
  if (setup) run('setupWorkbook');
  if (setup && samples) run('addSampleData');
  wb.resetCalls();
  return { wb, run };
}

/** The data rows of a sheet by template key (rows with a first column), and the day of each date cell. */
function rows(wb: LocalWorkbook, sheet: string, template: TableTemplate, timeZone = 'Europe/Moscow') {
  const [header, ...data] = wb.values(sheet);
  const { columns } = findLayout(template, header);
  return data
    .filter((r) => r[0] !== '')
    .map((r) =>
      Object.fromEntries(
        [...columns].map(([key, at]) => {
          const v = r[at - 1];
          return [key, v instanceof Date ? dayOf(v, timeZone) : v];
        }),
      ),
    );
}

const MONITORING = 'Мониторинг';
const CLIENTS = 'Клиенты';

/**
 * Both sheets whole, values and formulas: what "nothing written" compares. When rows come and go
 * on a sheet others refer to, the local workbook writes those references' sheet names without the
 * quotes they don't need ('Мониторинг'!A2:A as Мониторинг!A2:A), the same formula.
 */
function snapshot(wb: LocalWorkbook, names = [CLIENTS, MONITORING]) {
  const unquoted = (f: string) => f.replace(/'([\p{L}\p{N}_]+)'!/gu, '$1!');
  return JSON.stringify(
    names.map((n) => [wb.values(n), wb.formulas(n).map((r) => r.map(unquoted)), wb.sheetInfo(n).maxRows]),
  );
}

const ru = texts.ru.import;
const en = texts.en.import;

describe('importTable: the example exports', () => {
  it('imports the 1C sales report as it comes: title block, quoted names, totals, new clients with manager and region', () => {
    const { wb, run } = workbook();
    expect(run('importTable', csv('1c-sales-2026-11.csv'), {})).toEqual({
      added: 13,
      updated: 0,
      newClients: 2,
      skipped: [],
    });
    const november = rows(wb, MONITORING, monitoring).filter((r) => r.period === '2026-11-01');
    expect(november.map((r) => [r.client, r.shipments])).toEqual([
      ['ТД «Северный»', 1080000],
      ['ООО «Волга-Дистрибуция»', 812450.5],
      ['Уралснаб', 48000],
      ['Сибирский партнёр', 934700],
      ['Дон-Трейд', 365200],
      ['Камский опт', 641300],
      ['Черноземье', 548900],
      ['Балтийский дом', 352000],
      ['Южный альянс', 1126000],
      ['Центр-Опт', 1890000],
      ['+Плюс Дистрибуция', 139500],
      ['ООО «Новый рубеж»', 798000],
      ['ООО "Горизонт"', 215600],
    ]);
    // The sales report has no receivables: those columns stay blank.
    expect(november.every((r) => r.solvencyDynamics === '' && r.overdueAmount === '')).toBe(true);
    const added = rows(wb, CLIENTS, clients).slice(-2);
    expect(added.map((r) => [r.name, r.manager, r.region])).toEqual([
      ['ООО «Новый рубеж»', 'Смирнов', 'Тула'],
      ['ООО "Горизонт"', 'Смирнов', 'Тверь'],
    ]);
    // New clients compute like any other row: their segment column is there, blank until typed in.
    expect(added.every((r) => r.segment === '')).toBe(true);
  });

  it('then the aging report, mapped, updates the same month’s rows with what is overdue', () => {
    const { wb, run } = workbook();
    run('importTable', csv('1c-sales-2026-11.csv'), {});
    const mapping = {
      client: 'Контрагент',
      overdueDays: 'Дней просрочки',
      overdueAmount: 'Просроченная задолженность',
    };
    // Unmapped, the aging report has no shipments column: its header is not found.
    expect(() => run('importTable', csv('aging-2026-11-30.csv'), { period: '2026-11-30' })).toThrow(
      ru.failures.noHeader(''),
    );
    const result = run('importTable', csv('aging-2026-11-30.csv'), { mapping, period: '2026-11-30' });
    expect(result).toEqual({ added: 0, updated: 7, newClients: 0, skipped: [] });
    const november = rows(wb, MONITORING, monitoring).filter((r) => r.period === '2026-11-01');
    expect(november).toHaveLength(13);
    const by = Object.fromEntries(
      november.map((r) => [r.client, [r.shipments, r.solvencyDynamics, r.overdueAmount]]),
    );
    expect(by['Уралснаб']).toEqual([48000, 135, 410000]);
    expect(by['Центр-Опт']).toEqual([1890000, 96, 510000]);
    // A blank cell of an imported column is written blank: nothing overdue.
    expect(by['ООО "Горизонт"']).toEqual([215600, '', '']);
    expect(by['Южный альянс']).toEqual([1126000, '', '']);
  });
});

describe('importTable: rows', () => {
  it('numbers rows from the header as 1, passing over title rows, blank rows and totals silently', () => {
    const { run } = workbook('ru_RU', { samples: false });
    const table = [
      ['Отчёт о продажах'],
      [''],
      ['Клиент', 'Месяц', 'Выручка'],
      ['', '11.2026', '100'],
      ['', '', ''],
      ['Дон-Трейд', 'ноябрь 2026', '1 000,50'],
      ['Итого', '', '1 100,50'],
    ];
    expect(run('importTable', table, {})).toEqual({
      added: 1,
      updated: 0,
      newClients: 1,
      skipped: [{ row: 2, reason: 'не указан клиент' }],
    });
  });

  it('takes the period from the column, else from options.period, as the first day of its month', () => {
    const { wb, run } = workbook('ru_RU', { samples: false });
    const table = [
      ['Клиент', 'Дата', 'Сумма'],
      ['Дон-Трейд', '15.10.2026', '10'],
      ['Камский опт', '', '20'],
    ];
    run('importTable', table, { period: '2026-12-31' });
    const added = rows(wb, MONITORING, monitoring).slice(-2);
    expect(added.map((r) => [r.client, r.period, r.shipments])).toEqual([
      ['Дон-Трейд', '2026-10-01', 10],
      ['Камский опт', '2026-12-01', 20],
    ]);
  });

  it('writes a period as the day in the spreadsheet’s time zone', () => {
    const { wb, run } = workbook('ru_RU', { samples: false, timeZone: 'Asia/Vladivostok' });
    run(
      'importTable',
      [
        ['Клиент', 'Сумма'],
        ['Дон-Трейд', '5'],
      ],
      { period: '2026-12-01' },
    );
    const last = rows(wb, MONITORING, monitoring, 'Asia/Vladivostok').pop()!;
    expect(last.period).toBe('2026-12-01');
  });

  it('updates the row of the same client and period: importing a month twice never duplicates it', () => {
    const { wb, run } = workbook();
    const table = [
      ['Контрагент', 'Период', 'Сумма', 'Дней просрочки'],
      ['ТД «Северный»', '10.2026', '900 000', '20'],
      ['Новый', '10.2026', '5', ''],
    ];
    // The sample row of ТД «Северный» for October is updated; its other columns are kept.
    expect(run('importTable', table, {})).toMatchObject({ added: 1, updated: 1, newClients: 1 });
    const count = rows(wb, MONITORING, monitoring).length;
    const again = [...table.slice(0, 2), ['  тд  «СЕВЕРНЫЙ» ', '10.2026', '950 000', '25'], table[2]];
    again.splice(1, 1);
    expect(run('importTable', again, {})).toMatchObject({ added: 0, updated: 2, newClients: 0 });
    const all = rows(wb, MONITORING, monitoring);
    expect(all).toHaveLength(count);
    const sever = all.filter((r) => r.client === 'ТД «Северный»' && r.period === '2026-10-01');
    expect(sever).toHaveLength(1);
    expect(sever[0]).toMatchObject({
      shipments: 950000,
      solvencyDynamics: 25,
      totalSalesDynamics: -0.18,
      ourSalesActions: 'Предложить ликвидный ассортимент',
    });
    expect(rows(wb, CLIENTS, clients).filter((r) => r.name === 'Новый')).toHaveLength(1);
  });

  it('knows a client on Clients whatever its case, spaces or ё, and writes Monitoring with its Clients spelling', () => {
    const { wb, run } = workbook();
    const result = run(
      'importTable',
      [
        ['Клиент', 'Сумма'],
        ['  сибирский   ПАРТНЕР ', '7'],
      ],
      { period: '2026-11-01' },
    );
    expect(result).toMatchObject({ added: 1, newClients: 0 });
    expect(rows(wb, MONITORING, monitoring).pop()!.client).toBe('Сибирский партнёр');
  });

  it('skips rows without a client, or with an amount or a date it can’t read, in the spreadsheet’s language', () => {
    const table = [
      ['Client', 'Date', 'Sales', 'Days overdue'],
      ['', '2026-11-01', '10', ''],
      ['Alpha', 'someday', '10', ''],
      ['Beta', '2026-11-01', 'lots', ''],
      ['Gamma', '2026-11-01', '10', '-3'],
      ['Delta', '2026-11-01', '', ''],
      ['Alpha', '2026-11-30', '1,500.25', ''],
      ['alpha', '2026-11-02', '2', ''],
    ];
    const { wb, run } = workbook('en_US', { samples: false });
    expect(run('importTable', table, {})).toEqual({
      added: 1,
      updated: 0,
      newClients: 1,
      skipped: [
        { row: 2, reason: 'no client name' },
        { row: 3, reason: 'period "someday" is neither a date nor a month' },
        { row: 4, reason: 'Our shipments in the period: "lots" is not a number' },
        { row: 5, reason: 'Days overdue: "-3" can\'t be below zero' },
        { row: 6, reason: 'no figures in the row (a group heading?)' },
        { row: 8, reason: 'the same client and period as row 7' },
      ],
    });
    expect(rows(wb, 'Monitoring', monitoring).pop()).toMatchObject({ client: 'Alpha', shipments: 1500.25 });
    const { run: runRu } = workbook('ru_RU', { samples: false });
    const skipped = (
      runRu(
        'importTable',
        [
          ['Клиент', 'Сумма'],
          ['А', 'много'],
        ],
        { period: '2026-11-01' },
      ) as { skipped: unknown }
    ).skipped;
    expect(skipped).toEqual([{ row: 2, reason: 'Наши отгрузки за период: «много» — не число' }]);
  });

  it('reads numbers in the spreadsheet’s locale', () => {
    const { wb: wbRu, run: runRu } = workbook('ru_RU', { samples: false });
    runRu(
      'importTable',
      [
        ['Клиент', 'Сумма'],
        ['Дон-Трейд', '1 234 567,89'],
      ],
      { period: '2026-11-01' },
    );
    expect(rows(wbRu, MONITORING, monitoring).pop()!.shipments).toBe(1234567.89);
    const { wb: wbEn, run: runEn } = workbook('en_US', { samples: false });
    runEn(
      'importTable',
      [
        ['Client', 'Amount'],
        ['Don Trade', '1,234,567.89'],
      ],
      { period: '2026-11-01' },
    );
    expect(rows(wbEn, 'Monitoring', monitoring).pop()!.shipments).toBe(1234567.89);
  });

  it('stores text literally: a name like =HYPERLINK(…) stays text in both sheets', () => {
    const { wb, run } = workbook('ru_RU', { samples: false });
    const name = '=HYPERLINK("http://evil.example"; "жми")';
    run(
      'importTable',
      [
        ['Клиент', 'Менеджер', 'Регион', 'Сумма'],
        [name, '+7 999', '@home', '1'],
      ],
      { period: '2026-11-01' },
    );
    const client = rows(wb, CLIENTS, clients).pop()!;
    expect([client.name, client.manager, client.region]).toEqual([name, '+7 999', '@home']);
    expect(rows(wb, MONITORING, monitoring).pop()!.client).toBe(name);
    expect(
      wb
        .formulas(CLIENTS)
        .flat()
        .some((f) => f.includes('evil')),
    ).toBe(false);
    expect(
      wb
        .formulas(MONITORING)
        .flat()
        .some((f) => f.includes('evil')),
    ).toBe(false);
  });

  it('writes back unchanged the cells of a block it doesn’t import: formulas stay formulas, text stays text', () => {
    const { wb, run } = workbook();
    const layout = findLayout(monitoring, wb.values(MONITORING, '1:1')[0]);
    const col = (key: string) => layout.columns.get(key)!;
    const shipments = wb.values(MONITORING)[2][col('shipments') - 1];
    wb.asUser((ss) => {
      const sheet = ss.getSheetByName(MONITORING)!;
      sheet.getRange(3, col('totalSalesForecast')).setFormula('=1+1');
      sheet.getRange(3, col('ourSalesForecast')).setValue("'=не формула");
      sheet.getRange(3, col('totalSalesActions')).setValue("'0012");
    });
    run(
      'importTable',
      [
        ['Клиент', 'Период', 'Сумма'],
        // August's rows 2 and 4: the block written spans row 3, another client's.
        ['ТД «Северный»', '08.2026', '1'],
        ['Уралснаб', '08.2026', '2'],
      ],
      {},
    );
    expect(wb.values(MONITORING, 'A2:A4').map((r) => r[0])).toEqual([
      'ТД «Северный»',
      'ООО «Волга-Дистрибуция»',
      'Уралснаб',
    ]);
    expect(wb.formulas(MONITORING)[2][col('totalSalesForecast') - 1]).toBe('=1+1');
    expect(wb.values(MONITORING)[2][col('ourSalesForecast') - 1]).toBe('=не формула');
    expect(wb.values(MONITORING)[2][col('totalSalesActions') - 1]).toBe('0012');
    // Row 3 is another client's: its shipments are written back as they were.
    expect(wb.values(MONITORING)[2][col('shipments') - 1]).toBe(shipments);
  });
});

describe('importTable: dry run, lock, calls', () => {
  it('writes nothing in a dry run and gives the same counts', () => {
    const { wb, run } = workbook();
    const before = snapshot(wb);
    const table = csv('1c-sales-2026-11.csv');
    const dry = run('importTable', table, { dryRun: true });
    expect(wb.writes()).toEqual([]);
    expect(snapshot(wb)).toBe(before);
    expect(run('importTable', table, {})).toEqual(dry);
  });

  it('plans a dry run on a new spreadsheet without setting it up; the import sets it up first', () => {
    const { wb, run } = workbook('ru_RU', { setup: false });
    const table = [
      ['Клиент', 'Сумма'],
      ['Дон-Трейд', '5'],
    ];
    expect(run('importTable', table, { period: '2026-11-01', dryRun: true })).toEqual({
      added: 1,
      updated: 0,
      newClients: 1,
      skipped: [],
    });
    expect(wb.writes()).toEqual([]);
    expect(wb.sheetNames()).not.toContain(MONITORING);
    run('importTable', table, { period: '2026-11-01' });
    expect(rows(wb, MONITORING, monitoring)).toMatchObject([{ client: 'Дон-Трейд', shipments: 5 }]);
  });

  it('holds the document lock for every write, and the script lock where there is no document lock', () => {
    const { wb, run } = workbook('ru_RU', { samples: false });
    run('importTable', csv('1c-sales-2026-11.csv'), {});
    const writes = wb.writes();
    expect(writes.length).toBeGreaterThan(0);
    for (const w of writes) expect(w.locks).toEqual(['document']);
    expect(wb.callsByMethod()['LockService.getDocumentLock']).toBe(1);

    const outside = workbook('ru_RU', { samples: false, documentLock: false });
    outside.run('importTable', csv('1c-sales-2026-11.csv'), {});
    expect(outside.wb.writes().length).toBeGreaterThan(0);
    for (const w of outside.wb.writes()) expect(w.locks).toEqual(['script']);
    expect(outside.wb.callsByMethod()['LockService.getScriptLock']).toBe(1);
  });

  it('says it is busy, writing nothing, while another execution holds the lock', () => {
    const { wb, run } = workbook('ru_RU', { samples: false });
    const before = snapshot(wb);
    wb.holdLocksElsewhere();
    expect(() => run('importTable', csv('1c-sales-2026-11.csv'), {})).toThrow(ru.busy);
    expect(snapshot(wb)).toBe(before);
  });

  it('makes the same few service calls for 10 rows as for 1,100', () => {
    const calls = (n: number) => {
      const { wb, run } = workbook('ru_RU', { samples: false });
      const table = [
        ['Клиент', 'Сумма'],
        ...Array.from({ length: n }, (_, i) => [`Клиент ${i}`, String(i + 1)]),
      ];
      // Half of them already have a row for November, to be updated.
      run('importTable', table.slice(0, 1 + n / 2), { period: '2026-11-01' });
      wb.resetCalls();
      const result = run('importTable', table, { period: '2026-11-01' });
      expect(result).toMatchObject({ added: n / 2, updated: n / 2, newClients: n / 2 });
      return wb.callsByMethod();
    };
    const few = calls(10);
    const many = calls(1100);
    // More rows than a new sheet's 1,000: each sheet grows, in one call.
    expect(many).toEqual({ ...few, 'Sheet.insertRowsAfter': 2 });
    expect(Object.values(many).reduce((a, b) => a + b)).toBeLessThanOrEqual(20);
  });
});

describe('importTable: failures write nothing', () => {
  // The refusals write nothing (what they test), so they may share one workbook.
  let shared: ReturnType<typeof workbook>;
  beforeAll(() => {
    shared = workbook('ru_RU', { samples: false });
  });

  it('undoes what it wrote when a write fails halfway', () => {
    const { wb, run } = workbook('ru_RU', { samples: false });
    const before = snapshot(wb);
    // Monitoring is written first; the write to Clients fails.
    wb.failCall('Range.setValues', 2);
    expect(() => run('importTable', csv('1c-sales-2026-11.csv'), {})).toThrow(
      ru.failed('Service Spreadsheets failed while accessing document.'),
    );
    expect(snapshot(wb)).toBe(before);
  });

  it('undoes rows it added below the data when a later write fails', () => {
    const { wb, run } = workbook('ru_RU', { samples: false });
    const before = snapshot(wb);
    const table = [['Клиент', 'Сумма'], ...Array.from({ length: 1000 }, (_, i) => [`Клиент ${i}`, '1'])];
    wb.failCall('Range.setValues', 2);
    expect(() => run('importTable', table, { period: '2026-11-01' })).toThrow(/ничего не записано/);
    expect(snapshot(wb)).toBe(before);
  });

  it('writes nothing when reading a sheet fails', () => {
    const { wb, run } = workbook('ru_RU', { samples: false });
    wb.failCall('Range.getValues', 2, 'Exceeded maximum execution time');
    expect(() => run('importTable', csv('1c-sales-2026-11.csv'), {})).toThrow(
      ru.failed('Exceeded maximum execution time'),
    );
    expect(wb.writes()).toEqual([]);
  });

  it.each([
    ['an empty file', [], ru.failures.empty('')],
    ['blank cells only', [[''], ['', '']], ru.failures.empty('')],
    ['only headers', [['Контрагент', 'Сумма отгрузки']], ru.failures.onlyHeader('')],
    ['a binary file', [['\u0000PNG\u0001\u0002', 'x']], ru.failures.binary('')],
    [
      'more than 5 MB',
      [['Клиент', 'Сумма'], ...Array.from({ length: 6 }, () => ['x'.repeat(1 << 20), '1'])],
      ru.failures.tooLarge(''),
    ],
    [
      'unknown headers without a mapping',
      [
        ['Фирма', 'Деньги'],
        ['А', '1'],
      ],
      ru.failures.noHeader(''),
    ],
    [
      'no period',
      [
        ['Клиент', 'Сумма'],
        ['А', '1'],
      ],
      ru.failures.noPeriod(''),
    ],
    ['not a table', 'Клиент;Сумма', ru.failures.notTable('')],
  ])('refuses %s with a clear message, writing nothing', (_what, table, message) => {
    const { wb, run } = shared;
    wb.resetCalls();
    const before = snapshot(wb);
    expect(() => run('importTable', table, {})).toThrow(message);
    expect(wb.writes()).toEqual([]);
    expect(snapshot(wb)).toBe(before);
  });

  it('says so in English in an English spreadsheet, naming a mapped header it can’t find', () => {
    const { run } = workbook('en_US', { samples: false });
    expect(() =>
      run(
        'importTable',
        [
          ['Client', 'Sales'],
          ['A', '1'],
        ],
        { mapping: { client: 'Customer' } },
      ),
    ).toThrow(en.failures.unknownMapping('Customer'));
    expect(() =>
      run(
        'importTable',
        [
          ['Client', 'Sales'],
          ['A', '1'],
        ],
        { period: 'soon' },
      ),
    ).toThrow(en.failures.badPeriodOption('soon'));
  });
});

describe('the import sidebar’s server calls', () => {
  it('opens dist/import.html from the menu, titled in the spreadsheet’s language', () => {
    const { wb, run } = workbook('ru_RU', { setup: false });
    run('onOpen', wb.openEvent());
    expect(wb.menus()[0].items).toContainEqual({ caption: 'Импорт данных', functionName: 'showImport' });
    run('showImport');
    const [sidebar] = wb.sidebars();
    expect(sidebar.title).toBe('Импорт данных');
    expect(sidebar.content).toContain('importStart');
  });

  it('lists the sheets an export may be in, and reads one with dates as yyyy-mm-dd', () => {
    const { wb, run } = workbook();
    wb.asUser((ss) => {
      const sheet = ss.insertSheet('Выгрузка');
      sheet.getRange(1, 1, 2, 3).setValues([
        ['Клиент', 'Дата', 'Сумма'],
        ['Дон-Трейд', new Date(2026, 10, 15), 1500],
      ]);
    });
    expect(run('importStart')).toMatchObject({
      lang: 'ru',
      sheets: ['Выгрузка'],
      targets: { clients: CLIENTS, monitoring: MONITORING },
    });
    expect(run('importSheet', 'Выгрузка')).toEqual({
      rows: [
        ['Клиент', 'Дата', 'Сумма'],
        ['Дон-Трейд', '2026-11-15', 1500],
      ],
    });
    expect(() => run('importSheet', 'Нет такого')).toThrow(ru.noSheet('Нет такого'));
  });
});
