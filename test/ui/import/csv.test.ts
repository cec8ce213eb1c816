/**
 * The sidebar's CSV reader on real bytes: the example files of docs/examples, and bytes made
 * here in UTF-8 (with and without a byte-order mark) and in Windows-1251.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  MAX_FILE_BYTES,
  bytesProblem,
  decode,
  detectEncoding,
  guessSeparator,
  parseCsv,
  readCsv,
} from '../../../src/ui/import/csv';

const EXAMPLES = join(__dirname, '../../../docs/examples');

/** Windows-1251 as 1C writes it: ASCII as is, А–я at 0xC0–0xFF, and the few signs Russian text uses. */
function cp1251(text: string): Uint8Array {
  const extra: Record<string, number> = {
    Ё: 0xa8,
    ё: 0xb8,
    '«': 0xab,
    '»': 0xbb,
    '№': 0xb9,
    '\u00a0': 0xa0,
    '–': 0x96,
    '—': 0x97,
  };
  return Uint8Array.from(
    [...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (c in extra) return extra[c];
      throw new Error(`not in the test's table: ${c}`);
    }),
  );
}

const utf8 = (text: string, bom = false) =>
  Uint8Array.from([...(bom ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(text)]);

const TEXT = 'Контрагент;Сумма\r\nТД «Северный»;1 200,50\r\nЁлка;300\r\n';

describe('detectEncoding', () => {
  it('tells UTF-8, with or without a byte-order mark, from Windows-1251', () => {
    expect(detectEncoding(utf8(TEXT))).toBe('utf-8');
    expect(detectEncoding(utf8(TEXT, true))).toBe('utf-8');
    expect(detectEncoding(cp1251(TEXT))).toBe('windows-1251');
    expect(detectEncoding(Uint8Array.from([0xff, 0xfe, 0x41, 0]))).toBe('utf-16le');
  });

  it('reads each back as the same text, the byte-order mark dropped', () => {
    expect(decode(utf8(TEXT, true), 'utf-8')).toBe(TEXT);
    expect(decode(cp1251(TEXT), 'windows-1251')).toBe(TEXT);
  });

  it('takes the example 1C export for Windows-1251, and the aging report for UTF-8', () => {
    const sales = readFileSync(join(EXAMPLES, '1c-sales-2026-11.csv'));
    const aging = readFileSync(join(EXAMPLES, 'aging-2026-11-30.csv'));
    expect([...sales.subarray(0, 3)]).toEqual([0xcf, 0xf0, 0xee]); // «Про» in Windows-1251
    expect(detectEncoding(sales)).toBe('windows-1251');
    expect([...aging.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(detectEncoding(aging)).toBe('utf-8');
  });
});

describe('guessSeparator', () => {
  it('finds ; , or tab past a title block, and is not fooled by decimal commas', () => {
    const title = 'Продажи по контрагентам\nПериод: ноябрь 2026, все организации\n\n';
    expect(guessSeparator(`${title}Клиент;Сумма;Дней\nА;1 200,50;3\nБ;300,00;0\n`)).toBe(';');
    expect(guessSeparator(`${title}Клиент\tСумма\tДней\nА\t1 200,50\t3\nБ\t300,00\t0\n`)).toBe('\t');
    expect(guessSeparator(`${title}Client,Sales,Days\nA,"1,200.50",3\nB,300.00,0\n`)).toBe(',');
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with separators, quotes and line breaks inside', () => {
    const text = 'Клиент;Сумма\r\n"ООО ""Горизонт""";"1 200,50"\r\n"Дом; филиал\nЮг";5\r\n';
    expect(parseCsv(text, ';')).toEqual([
      ['Клиент', 'Сумма'],
      ['ООО "Горизонт"', '1 200,50'],
      ['Дом; филиал\nЮг', '5'],
    ]);
  });
});

describe('readCsv', () => {
  it('reads the example 1C export: title block, quoted names, no-break spaces, totals', () => {
    const table = readCsv(readFileSync(join(EXAMPLES, '1c-sales-2026-11.csv')));
    if ('problem' in table) throw new Error(table.problem);
    expect(table.encoding).toBe('windows-1251');
    expect(table.separator).toBe(';');
    expect(table.rows[0]).toEqual(['Продажи по контрагентам']);
    expect(table.rows[5]).toEqual([
      'Контрагент',
      'Менеджер',
      'Регион',
      'Период',
      'Количество, шт',
      'Сумма отгрузки, руб.',
    ]);
    expect(table.rows[6]).toEqual([
      'ТД «Северный»',
      'Иванова',
      'Санкт-Петербург',
      'Ноябрь 2026 г.',
      '1\u00a0180',
      '1\u00a0080\u00a0000,00',
    ]);
    expect(table.rows.some((r) => r[0] === 'ООО "Горизонт"')).toBe(true);
    expect(table.rows[table.rows.length - 1][0]).toBe('Итого');
  });

  it('reads the example aging report: UTF-8 with a byte-order mark, commas, every field quoted', () => {
    const table = readCsv(readFileSync(join(EXAMPLES, 'aging-2026-11-30.csv')));
    if ('problem' in table) throw new Error(table.problem);
    expect(table).toMatchObject({ encoding: 'utf-8', separator: ',' });
    expect(table.rows[0]).toEqual(['Анализ дебиторской задолженности по срокам долга']);
    expect(table.rows[4].slice(-2)).toEqual(['Просроченная задолженность', 'Дней просрочки']);
  });

  it('reads in the encoding the person chose over the one detected', () => {
    const table = readCsv(cp1251(TEXT), 'windows-1251');
    expect(table).toMatchObject({
      rows: [
        ['Контрагент', 'Сумма'],
        ['ТД «Северный»', '1 200,50'],
        ['Ёлка', '300'],
      ],
    });
    const wrong = readCsv(utf8(TEXT), 'windows-1251');
    expect(wrong).toMatchObject({ encoding: 'windows-1251' });
    expect(JSON.stringify(wrong)).not.toContain('Контрагент');
  });

  it('refuses an empty file, one over 5 MB, an Excel workbook and a binary file', () => {
    expect(readCsv(new Uint8Array())).toEqual({ problem: 'empty' });
    expect(readCsv(utf8(' \r\n\r\n'))).toEqual({ problem: 'empty' });
    expect(bytesProblem(new Uint8Array(MAX_FILE_BYTES + 1))).toBe('tooLarge');
    expect(bytesProblem(new Uint8Array(MAX_FILE_BYTES).fill(0x41))).toBeUndefined();
    expect(readCsv(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]))).toEqual({ problem: 'xlsx' });
    expect(readCsv(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toEqual(
      {
        problem: 'binary',
      },
    );
    const noisy = Uint8Array.from({ length: 400 }, (_, i) =>
      i % 3 === 0 ? 0x01 + (i % 7) : 0xc0 + (i % 32),
    );
    expect(readCsv(noisy)).toEqual({ problem: 'binary' });
  });
});
