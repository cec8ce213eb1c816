/**
 * The import sidebar in Debian's Chromium (layer 4): the real dist/import.html, whose
 * google.script.run reaches the real bundle in the local workbook. A file is chosen as a
 * person chooses it (an <input type="file"> given bytes), read in the page, and checked and
 * imported by importTable on the server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitoring } from '../../sheets-templates/monitoring';
import { IMPORT_FIELDS } from '../../src/core/importCodes';
import { texts } from '../../src/i18n';
import { type Server, SidebarBrowser, type SidebarPage } from '../../tools/sidebar-browser';
import { LocalWorkbook } from '../../tools/local-workbook';

const SLOW = 120_000;
/** The first Monitoring row an import adds: below the samples' history. */
const FIRST_NEW = monitoring.samples!.length + 2;
const EXAMPLES = join(__dirname, '../../docs/examples');
const SALES = readFileSync(join(EXAMPLES, '1c-sales-2026-11.csv'));
const AGING = readFileSync(join(EXAMPLES, 'aging-2026-11-30.csv'));

let browser: SidebarBrowser;
beforeAll(async () => {
  browser = await SidebarBrowser.launch();
}, SLOW);
afterAll(async () => {
  await browser?.close();
});

function workbook(locale: string) {
  const wb = new LocalWorkbook({ locale });
  const { run } = wb.load();
  run('setupWorkbook');
  run('addSampleData');
  const server: Server = (name, args) => run(name, ...args);
  return { wb, run, server };
}

const open = (server: Server) => browser.open(server, 'import.html');

async function choose(s: SidebarPage, name: string, buffer: Buffer, mimeType = 'text/csv') {
  await s.page.locator('#f-file').setInputFiles({ name, mimeType, buffer });
}

/** The value chosen for each field of the mapping. */
async function mapping(s: SidebarPage): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const field of IMPORT_FIELDS) {
    out[field] = await s.page.locator(`#f-map-${field}`).inputValue();
  }
  return out;
}

async function check(s: SidebarPage) {
  await s.page.locator('#check').click();
  await s.page.locator('#summary, #alert:not(:empty)').first().waitFor();
}

async function expectClean(s: SidebarPage) {
  expect(s.errors).toEqual([]);
  expect(s.dialogs).toEqual([]);
  expect(browser.blocked.every((u) => u.startsWith('https://ssl.gstatic.com/'))).toBe(true);
}

describe('the import sidebar in Chromium', () => {
  it(
    'reads a 1C export in Windows-1251, guesses its columns, checks without writing, then imports on confirm',
    async () => {
      const { wb, server } = workbook('ru_RU');
      const t = texts.ru.import.sidebar;
      const s = await open(server);
      expect(await s.page.getAttribute('html', 'lang')).toBe('ru');
      expect(await s.title()).toBe('Импорт данных');
      // Nothing to import from in the workbook yet: the file is the source.
      expect(await s.page.locator('#f-source-file').isChecked()).toBe(true);
      await s.screenshot('import-ru-1-start');

      await choose(s, '1c-sales-2026-11.csv', SALES);
      await s.page.locator('#preview').waitFor();
      expect(await s.text('#file-info')).toBe('Windows-1251 (кириллица), разделитель «;», строк: 20.');
      expect(await s.page.locator('#f-encoding').inputValue()).toBe('windows-1251');
      expect(await s.page.locator('#preview th').allTextContents()).toEqual([
        'Контрагент',
        'Менеджер',
        'Регион',
        'Период',
        'Количество, шт',
        'Сумма отгрузки, руб.',
      ]);
      expect(await s.page.locator('#preview tbody tr').count()).toBe(5);
      expect(await s.text('#preview-hint')).toBe(t.previewHint(5, 14));
      expect(await mapping(s)).toEqual({
        client: 'Контрагент',
        period: 'Период',
        purchases: 'Сумма отгрузки, руб.',
        overdueDays: '',
        overdueAmount: '',
        manager: 'Менеджер',
        region: 'Регион',
      });
      expect(await s.page.locator('#f-period-mode-column').isChecked()).toBe(true);
      await s.screenshot('import-ru-2-mapping');

      const before = JSON.stringify(wb.values('Мониторинг'));
      await check(s);
      expect(await s.text('#summary-counts')).toBe(t.summary(13, 0, 2));
      expect(await s.page.locator('#skipped').count()).toBe(0);
      expect(JSON.stringify(wb.values('Мониторинг'))).toBe(before);
      expect(await s.text('#confirm-text')).toBe(t.confirmQuestion('Клиенты', 'Мониторинг'));
      await s.screenshot('import-ru-3-check');

      await s.page.locator('#import').click();
      await s.page.locator('#status:not(:empty)').waitFor();
      await s.page.waitForFunction(() => !document.querySelector('form[aria-busy]'));
      expect(await s.text('#status')).toBe(t.done(13, 0, 2));
      expect(await s.page.locator('#confirm').isHidden()).toBe(true);
      await s.screenshot('import-ru-4-done');
      const names = wb.values('Мониторинг', `A${FIRST_NEW}:A${FIRST_NEW + 13}`).map((r) => r[0]);
      expect(names.filter((n) => n === 'ТД «Северный»')).toHaveLength(1);
      expect(names.slice(-2)).toEqual(['ООО "Горизонт"', '']);
      expect(wb.values('Клиенты', 'A14:C15')).toEqual([
        ['ООО «Новый рубеж»', 'Тула', 'Смирнов'],
        ['ООО "Горизонт"', 'Тверь', 'Смирнов'],
      ]);

      // Checked again, the same file now updates those rows: a month imported twice is never doubled.
      await check(s);
      expect(await s.text('#summary-counts')).toBe(t.summary(0, 13, 0));
      expect(s.calls).toEqual(['importStart', 'importTable', 'importTable', 'importTable']);
      await expectClean(s);
    },
    SLOW,
  );

  it(
    'reads the file again in the encoding chosen, and its columns with it',
    async () => {
      const { server } = workbook('ru_RU');
      const s = await open(server);
      await choose(s, 'sales.csv', SALES);
      await s.page.locator('#preview').waitFor();
      await s.page.locator('#f-encoding').selectOption('utf-8');
      await s.page.locator('#file-info').filter({ hasText: 'UTF-8' }).waitFor();
      // Windows-1251 bytes read as UTF-8 are no Russian at all: no column is recognised.
      expect(await s.page.locator('#preview th').first().textContent()).not.toBe('Контрагент');
      expect((await mapping(s)).client).toBe('');
      await s.page.locator('#f-encoding').selectOption('windows-1251');
      await s.page.locator('#preview th', { hasText: 'Контрагент' }).waitFor();
      expect((await mapping(s)).client).toBe('Контрагент');
      await expectClean(s);
    },
    SLOW,
  );

  it(
    'guesses an aging report without shipments, takes its month from the title, and follows a mapping edited by hand',
    async () => {
      const { wb, server } = workbook('ru_RU');
      const t = texts.ru.import.sidebar;
      const s = await open(server);
      await choose(s, 'aging.csv', AGING);
      await s.page.locator('#preview').waitFor();
      expect(await s.text('#file-info')).toBe('UTF-8 (Юникод), разделитель «,», строк: 13.');
      expect(await mapping(s)).toEqual({
        client: 'Контрагент',
        period: '',
        purchases: '',
        overdueDays: 'Дней просрочки',
        overdueAmount: 'Просроченная задолженность',
        manager: 'Менеджер',
        region: '',
      });
      // No period column: one month for the file, the one the report's title names.
      expect(await s.page.locator('#f-period-mode-column').count()).toBe(0);
      expect(await s.page.locator('#f-month').inputValue()).toBe('2026-11');
      await s.screenshot('import-ru-5-aging-guess');

      // The manager column is left out by hand, and the total debt taken for the shipments.
      await s.page.locator('#f-map-manager').selectOption('');
      await s.page.locator('#f-map-purchases').selectOption('Долг всего');
      await s.screenshot('import-ru-5-aging-mapping');
      await check(s);
      expect(await s.text('#summary-counts')).toBe(t.summary(7, 0, 1));
      await s.page.locator('#import').click();
      await s.page
        .locator('#status:not(:empty)')
        .filter({ hasText: t.done(7, 0, 1) })
        .waitFor();
      const added = wb.values('Мониторинг', `A${FIRST_NEW}:C${FIRST_NEW + 6}`);
      expect(added[0]).toEqual(['ТД «Северный»', expect.any(Date), 1150000]);
      // A new client, without the manager that was left out.
      expect(wb.values('Клиенты', 'A14:C14')).toEqual([['ООО "Горизонт"', '', '']]);

      // Another month chosen: the check made for November no longer stands.
      await s.page.locator('#f-month').fill('2026-12');
      expect(await s.page.locator('#summary').count()).toBe(0);
      expect(await s.page.locator('#confirm').isHidden()).toBe(true);
      await expectClean(s);
    },
    SLOW,
  );

  it(
    'lists the rows it will skip and why, and needs a mapping for headers it doesn’t know',
    async () => {
      const { server } = workbook('ru_RU');
      const t = texts.ru.import;
      const s = await open(server);
      const csv =
        'Фирма;Деньги;Когда\n;100;11.2026\nБета;много;11.2026\nГамма;300;давно\nДельта;400;11.2026\n';
      await choose(s, 'unknown.csv', Buffer.from(csv));
      await s.page.locator('#preview').waitFor();
      expect(Object.values(await mapping(s)).every((v) => v === '')).toBe(true);
      await check(s);
      expect(await s.text('#alert')).toBe(t.failures.noHeader(''));

      await s.page.locator('#f-map-client').selectOption('Фирма');
      await s.page.locator('#f-map-purchases').selectOption('Деньги');
      await s.page.locator('#f-map-period').selectOption('Когда');
      await check(s);
      expect(await s.text('#alert')).toBe('');
      expect(await s.text('#summary-counts')).toBe(t.sidebar.summary(1, 0, 1));
      expect(await s.page.locator('#skipped li').allTextContents()).toEqual([
        'Строка 2: не указан клиент',
        'Строка 3: Наши отгрузки за период: «много» — не число',
        'Строка 4: период «давно» — не дата и не месяц',
      ]);
      await s.screenshot('import-ru-6-skipped');
      await expectClean(s);
    },
    SLOW,
  );

  it(
    'refuses an empty file, an Excel workbook, a binary file and one over 5 MB, before the server',
    async () => {
      const { server } = workbook('ru_RU');
      const f = texts.ru.import.failures;
      const s = await open(server);
      const cases: Array<[string, Buffer, string]> = [
        ['empty.csv', Buffer.alloc(0), f.empty('')],
        ['report.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), f.xlsx('')],
        [
          'photo.csv',
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
          f.binary(''),
        ],
        ['big.csv', Buffer.alloc(5 * 1024 * 1024 + 1, 0x41), f.tooLarge('')],
      ];
      for (const [name, bytes, message] of cases) {
        await choose(s, name, bytes);
        await s.page.locator('#alert').filter({ hasText: message }).waitFor();
        expect(await s.page.locator('#preview').count()).toBe(0);
      }
      expect(s.calls).toEqual(['importStart']);
      await expectClean(s);
    },
    SLOW,
  );

  it(
    'imports from a sheet of the spreadsheet, in English',
    async () => {
      const { wb, server } = workbook('en_US');
      wb.asUser((ss) => {
        const sheet = ss.insertSheet('Sales export');
        sheet.getRange(1, 1, 4, 3).setValues([
          ['Sales by customer', '', ''],
          ['Customer', 'Month', 'Net sales, USD'],
          ['Baltic House', '2026-11-01', '12,500.00'],
          ['Total', '', '12,500.00'],
        ]);
      });
      const t = texts.en.import.sidebar;
      const s = await open(server);
      expect(await s.page.getAttribute('html', 'lang')).toBe('en');
      expect(await s.page.locator('#f-source-sheet').isChecked()).toBe(true);
      await s.page.locator('#f-sheet').selectOption('Sales export');
      await s.page.locator('#preview').waitFor();
      expect(await mapping(s)).toMatchObject({
        client: 'Customer',
        period: 'Month',
        purchases: 'Net sales, USD',
      });
      await check(s);
      expect(await s.text('#summary-counts')).toBe(t.summary(1, 0, 1));
      await s.page.locator('#import').click();
      await s.page
        .locator('#status')
        .filter({ hasText: t.done(1, 0, 1) })
        .waitFor();
      expect(wb.values('Monitoring', `A${FIRST_NEW}:C${FIRST_NEW}`)).toEqual([
        ['Baltic House', expect.any(Date), 12500],
      ]);
      expect(s.calls).toEqual(['importStart', 'importSheet', 'importTable', 'importTable']);
      await s.screenshot('import-en-sheet');
      await expectClean(s);
    },
    SLOW,
  );
});
