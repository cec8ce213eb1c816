import fc from 'fast-check';
import { type ImportRead, MAX_IMPORT_CHARS, readImportTable } from '../../../src/core/import/read';
import type { Conventions } from '../../../src/core/vocabulary';

const ru: Conventions = { decimal: ',', timeZone: 'Europe/Moscow' };
const en: Conventions = { decimal: '.', timeZone: 'Europe/London' };

/** A 1C-style export: title block, header, rows, a blank line and the totals. */
const EXPORT = [
  ['Продажи по контрагентам'],
  ['Период: Ноябрь 2026 г.'],
  [''],
  ['Контрагент', 'Менеджер', 'Период', 'Сумма отгрузки, руб.', 'Сумма просрочки', 'Дней просрочки'],
  ['ТД «Северный»', 'Иванова', '11.2026', '1 250 000,00', '', ''],
  ['Уралснаб', 'Иванова', 'ноябрь 2026', '310 500,50', '95 000', '120'],
  ['', '', '', '', '', ''],
  ['Итого', '', '', '1 560 500,50', '95 000', ''],
];

function read(table: unknown, options = {}, conv = ru): ImportRead {
  const result = readImportTable(table, options, conv);
  if ('failure' in result) throw new Error(`failed: ${result.failure}`);
  return result;
}

describe('readImportTable', () => {
  it('reads each data row, numbering rows from the header as 1, passing over blanks and totals', () => {
    const { header, figures, rows, skipped } = read(EXPORT);
    expect(header.index).toBe(3);
    expect(figures).toEqual(['purchases', 'overdueDays', 'overdueAmount']);
    expect(skipped).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2,
        client: 'ТД «Северный»',
        key: 'тд «северный»',
        period: '2026-11-01',
        figures: { purchases: 1250000, overdueDays: '', overdueAmount: '' },
        manager: 'Иванова',
      },
      {
        row: 3,
        client: 'Уралснаб',
        key: 'уралснаб',
        period: '2026-11-01',
        figures: { purchases: 310500.5, overdueDays: 120, overdueAmount: 95000 },
        manager: 'Иванова',
      },
    ]);
  });

  it('takes the period chosen for the file where a row has none, or the table has no period column', () => {
    const table = [
      ['Клиент', 'Месяц', 'Выручка'],
      ['А', '', '10'],
      ['Б', '2026-10-15', '20'],
    ];
    expect(read(table, { period: '2026-11-20' }).rows.map((r) => r.period)).toEqual([
      '2026-11-01',
      '2026-10-01',
    ]);
    expect(
      read(
        [
          ['Client', 'Sales'],
          ['A', '1,000'],
        ],
        { period: '2026-11-01' },
        en,
      ).rows[0],
    ).toMatchObject({
      period: '2026-11-01',
      figures: { purchases: 1000 },
    });
  });

  it('skips rows without a client, with a period or figure it can’t read, or without figures, and says why', () => {
    const table = [
      ['Клиент', 'Период', 'Сумма', 'Дней просрочки'],
      ['', '11.2026', '10', ''],
      ['Б', 'когда-то', '10', ''],
      ['В', '11.2026', 'много', ''],
      ['Г', '11.2026', '10', '-5'],
      ['Д', '11.2026', '', ''],
      ['Е', '', '10', ''],
      ['Ж', '11.2026', '-300', ''],
    ];
    const { rows, skipped } = read(table);
    expect(skipped).toEqual([
      { row: 2, code: 'noClient' },
      { row: 3, code: 'badPeriod', field: 'period', value: 'когда-то' },
      { row: 4, code: 'badNumber', field: 'purchases', value: 'много' },
      { row: 5, code: 'negative', field: 'overdueDays', value: '-5' },
      { row: 6, code: 'noFigures' },
      { row: 7, code: 'noPeriod', field: 'period' },
    ]);
    // Returns can exceed shipments: a negative month of shipments is a figure like any other.
    expect(rows.map((r) => [r.row, r.figures.purchases])).toEqual([[8, -300]]);
  });

  it('skips a second row of the same client and period, naming the first', () => {
    const table = [
      ['Клиент', 'Период', 'Сумма'],
      ['ТД «Северный»', '11.2026', '10'],
      ['  тд  «СЕВЕРНЫЙ» ', '30.11.2026', '20'],
      ['ТД «Северный»', '10.2026', '30'],
    ];
    const { rows, skipped } = read(table);
    expect(rows.map((r) => r.row)).toEqual([2, 4]);
    expect(skipped).toEqual([{ row: 3, code: 'repeated', firstRow: 2 }]);
  });

  it('keeps a client name as text, whatever it looks like', () => {
    const { rows } = read(
      [
        ['Клиент', 'Сумма'],
        ['=HYPERLINK("http://evil.example"; "x")', '1'],
      ],
      { period: '2026-11-01' },
    );
    expect(rows[0].client).toBe('=HYPERLINK("http://evil.example"; "x")');
  });

  it('uses the mapping, with header texts of the table', () => {
    const table = [
      ['Фирма', 'Деньги', 'Долг, дней'],
      ['А', '5', '40'],
    ];
    const { rows } = read(table, {
      mapping: { client: 'Фирма', purchases: 'Деньги', overdueDays: 'Долг, дней' },
      period: '2026-11-01',
    });
    expect(rows[0].figures).toEqual({ purchases: 5, overdueDays: 40 });
  });

  it.each([
    [[], 'empty'],
    [[[''], ['  ', null]], 'empty'],
    [[['Клиент', 'Сумма']], 'onlyHeader'],
    [[['Клиент', 'Сумма'], [''], ['Итого', '0']], 'onlyHeader'],
    [
      [
        ['Фирма', 'Деньги'],
        ['А', '1'],
      ],
      'noHeader',
    ],
    [
      [
        ['Клиент', 'Сумма'],
        ['А', '1'],
      ],
      'noPeriod',
    ],
    ['not a table', 'notTable'],
    [[['a', { x: 1 }]], 'notTable'],
    [[['Клиент\u0000', 'Сумма']], 'binary'],
    [[['\u0001\u0002\u0003\u0004', 'ab']], 'binary'],
  ])('refuses %j: %s', (table, failure) => {
    expect(readImportTable(table, {}, ru)).toMatchObject({ failure });
  });

  it('refuses a period for the file that is no period, a mapping of unknown headers, and no figure column', () => {
    const table = [
      ['Клиент', 'Сумма'],
      ['А', '1'],
    ];
    expect(readImportTable(table, { period: 'вчера' }, ru)).toEqual({
      failure: 'badPeriodOption',
      detail: 'вчера',
    });
    expect(readImportTable(table, { mapping: { client: 'Фирма' } }, ru)).toEqual({
      failure: 'unknownMapping',
      detail: 'Фирма',
    });
    expect(readImportTable(table, { mapping: { purchases: '' }, period: '2026-11-01' }, ru)).toEqual({
      failure: 'noHeader',
    });
    expect(
      readImportTable(table, { mapping: { client: 'Клиент', purchases: '' }, period: '2026-11-01' }, ru),
    ).toEqual({
      failure: 'noFigureColumn',
    });
  });

  it('refuses a mapping to something that is no header text', () => {
    const table = [
      ['Клиент', 'Сумма'],
      ['А', '1'],
    ];
    const mapping = { client: 3 } as unknown as Record<string, string>;
    expect(readImportTable(table, { mapping }, ru)).toEqual({ failure: 'unknownMapping', detail: '3' });
  });

  it('refuses more than 5 MB of text', () => {
    const big = 'x'.repeat(1024 * 1024);
    const table = [['Клиент', 'Сумма'], ...Array.from({ length: 6 }, () => [big, '1'])];
    expect(MAX_IMPORT_CHARS).toBe(5 * 1024 * 1024);
    expect(readImportTable(table, {}, ru)).toEqual({ failure: 'tooLarge' });
  });

  it('accounts for every data row: read, skipped, or a blank or totals row passed over (property)', () => {
    const cell = fc.constantFrom('', 'А', 'Б', 'В', '11.2026', 'ноябрь 2026', '1 000', 'x', '-3', 'Итого');
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { maxLength: 30 }), (body) => {
        const table = [['Клиент', 'Период', 'Сумма', 'Дней просрочки'], ...body];
        const result = readImportTable(table, { period: '2026-10-01' }, ru);
        const passed = body.filter(
          (r) => r.every((c) => c === '') || r.find((c) => c !== '') === 'Итого' || r[0] === 'Итого',
        );
        if ('failure' in result) return result.failure === 'onlyHeader' && passed.length === body.length;
        const rows = [...result.rows.map((r) => r.row), ...result.skipped.map((s) => s.row)].sort(
          (a, b) => a - b,
        );
        return new Set(rows).size === rows.length && rows.length + passed.length === body.length;
      }),
    );
  });
});
