/**
 * `npm run demo` as a newcomer runs it (without the build, which `npm test` has done):
 * the xlsx it writes, read back with ExcelJS, must hold every sheet with computed values
 * and no error, segments that follow the rule, and user text kept as text.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { TEMPLATES } from '../../sheets-templates';
import { findLayout } from '../../sheets-templates/layout';
import type { ReportTemplate } from '../../sheets-templates/types';
import { SEGMENT_ARGS, segmentRow } from '../../src/core/segment';
import { type Lang, langFromLocale } from '../../src/i18n';
import { demoReview } from '../../scripts/demo/review';
import { tableTemplate } from '../../scripts/demo/run';
import { runScript } from '../support/scripts';
import { type Cell } from '../../src/core/vocabulary';
import { sheetIn } from '../support/sheets';
import { runColumn } from '../../src/addon/functions/column';
import { segmentLabel } from '../../src/present/segment';
import { normalizeWords } from '../../src/core/words';

const ERRORS = /^#(NAME\?|ERROR!|VALUE!|REF!|N\/A|DIV\/0!|NUM!|NULL!)/;

/** A cell's value as the local workbook had it: a formula's cached result, '' for an empty cell. */
function cellValue(cell: ExcelJS.Cell): Cell | { error: string } {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && !(v instanceof Date)) {
    if ('error' in v) return { error: String(v.error) };
    if ('formula' in v || 'sharedFormula' in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      if (r === undefined || r === null) return '';
      return typeof r === 'object' && !(r instanceof Date) ? { error: String(r.error) } : r;
    }
    throw new Error(`unexpected value at ${cell.address}: ${JSON.stringify(v)}`);
  }
  return v;
}

/** Every row of a template sheet below the header, as key → cell. */
function rowsOf(ws: ExcelJS.Worksheet, id: string) {
  const template = tableTemplate(id);
  const header = (ws.getRow(1).values as unknown[]).slice(1).map((v) => (v ?? '') as Cell);
  const layout = findLayout(template, header);
  const rows: Array<(key: string) => ExcelJS.Cell> = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const get = (key: string) => row.getCell(layout.columns.get(key)!);
    if (cellValue(get(template.columns[0].key)) !== '') rows.push(get);
  }
  return rows;
}

/** The value of a named cell (a setting) in the xlsx. */
function named(book: ExcelJS.Workbook, name: string): Cell {
  const [location] = book.definedNames.getRanges(name).ranges;
  const bang = location.lastIndexOf('!');
  const sheet = location.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
  const address = location.slice(bang + 1).replace(/\$/g, '');
  return cellValue(book.getWorksheet(sheet)!.getCell(address)) as Cell;
}

describe.each([
  ['ru_RU', 20],
  ['en_US', 0],
])('npm run demo -- --locale %s --rows %d', (locale, rows) => {
  const lang: Lang = langFromLocale(locale);
  /** The samples, the synthetic clients, the client of the wizard's review, and the one new client of the import. */
  const clientRows = 12 + rows + 1 + 1;
  const dir = mkdtempSync(join(tmpdir(), 'demo-'));
  const out = join(dir, 'demo.xlsx');
  const book = new ExcelJS.Workbook();
  let printed = '';

  beforeAll(async () => {
    printed = runScript('scripts/demo.ts', [
      '--no-build',
      '--locale',
      locale,
      '--rows',
      String(rows),
      '--out',
      out,
    ]);
    await book.xlsx.readFile(out);
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints its progress and a summary of what the workbook shows', () => {
    expect(printed).toContain('Set up workbook: ');
    expect(printed).toContain('Add sample data: ');
    expect(printed).toMatch(/New-client review saved through the wizard: \d+ Spreadsheet calls/);
    expect(printed).toContain('"status":"saved"');
    // The example export is November's: the review's client and Черноземье have a November row
    // (updated) when it is November, and one client is new.
    expect(printed).toMatch(
      /November's sales imported from docs\/examples\/1c-sales-2026-11.csv: \d+ Spreadsheet calls/,
    );
    expect(printed).toMatch(/"added":1[1-3],"updated":[0-2],"newClients":1,"skipped":\[\]/);
    expect(printed).toMatch(new RegExp(`Clients per segment \\(${clientRows} clients\\)`));
    expect(printed).toContain(segmentLabel(3, lang));
    expect(printed).toMatch(/FBS: \d+ of \d+ functions short of backups/);
    // The sample absences leave one week without reserve and, the week after, a function with nobody.
    const [stop, noReserve] = lang === 'ru' ? ['Встанут: ', 'Без резерва: '] : ['Stop: ', 'No reserve: '];
    expect(printed).toMatch(new RegExp(`week 2: \\d+ short: ${noReserve}`));
    expect(printed).toMatch(new RegExp(`week 3: \\d+ short: ${stop}`));
    expect(printed).toMatch(/Signals raised: \d+ on \d+ of \d+ monitoring rows/);
    // The price dose counts the discount the demo grants, which the method did not pass; the
    // focus dose counts it too, Дон-Трейд being a wholesale reseller, outside the target segments
    // (4 of the 5 doses to clients with a market segment: 2 discounts granted, 3 offers to a client).
    const dashboard = TEMPLATES.find((t): t is ReportTemplate => t.kind === 'report')!;
    const line = (en: string) => dashboard.lines.find((l) => l.label.en.startsWith(en))!.label[lang];
    expect(printed).toContain('Doses after granting Дон-Трейд its discount (✗ ');
    expect(printed).toMatch(
      new RegExp(`\\s80 %  ${line('Focus: share of discounts and offers outside')}  ⚠ `),
    );
    expect(printed).toMatch(new RegExp(`\\d+ %  ${line('Price: share of clients granted')}\n`));
    expect(printed).toMatch(new RegExp(`\\s1  ${line('Price: discounts granted without')}  ⚠ `));
    // The shrinking item of the samples is ordered at today's rate, and its faster delivery priced.
    expect(printed).toContain(
      `Offers: ${lang === 'ru' ? 'Товар, который уходит' : 'Shrinking item'} (Уралснаб) sells less each of its ` +
        `latest periods (850 → 750): order 124 units at today's rate, not the 239 of the average of all periods; ` +
        `with delivery 2 days faster 74, 6000 less of the client's money in stock`,
    );
    expect(printed).toContain(`Wrote `);
  });

  it('has every sheet of the add-on, with frozen headers, notes and tab colours', () => {
    const names = book.worksheets.map((ws) => ws.name);
    for (const t of TEMPLATES) expect(names).toContain(t.name[lang]);
    const clients = book.getWorksheet(tableTemplate('clients').name[lang])!;
    expect(clients.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(clients.getCell('A1').note).toBeTruthy();
    expect(clients.properties.tabColor).toEqual({ argb: 'FF1A73E8' });
    expect(clients.getColumn(1).width).toBeGreaterThan(clients.getColumn(2).width!);
  });

  it('holds no error value in any cell, formula results included', () => {
    const errors: string[] = [];
    for (const ws of book.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cellValue(cell);
          if (v !== null && typeof v === 'object' && !(v instanceof Date))
            errors.push(`${ws.name}!${cell.address}: ${v.error}`);
          else if (typeof v === 'string' && ERRORS.test(v)) errors.push(`${ws.name}!${cell.address}: ${v}`);
        }),
      );
    }
    expect(errors).toEqual([]);
  });

  it('computes on Monitoring what the rule gives for every period, and shows on Clients each client’s latest', () => {
    const clients = rowsOf(book.getWorksheet(tableTemplate('clients').name[lang])!, 'clients');
    const history = rowsOf(book.getWorksheet(tableTemplate('monitoring').name[lang])!, 'monitoring');
    expect(clients).toHaveLength(clientRows);
    expect(clients.at(-2)!('name').value).toBe(demoReview(lang).name);
    expect(clients.at(-1)!('name').value).toBe('ООО "Горизонт"');
    const column = (rows: typeof history, key: string) => rows.map((get) => [cellValue(get(key)) as Cell]);
    const expected = runColumn(
      sheetIn(lang),
      'SEGMENT',
      SEGMENT_ARGS,
      {
        retail_change: column(history, 'totalSalesDynamics'),
        retail_forecast: column(history, 'retailForecast'),
        overdue_days: column(history, 'solvencyDynamics'),
        drop_threshold: named(book, 'AC_DROP_THRESHOLD'),
        overdue_limit: named(book, 'AC_OVERDUE_LIMIT'),
        overdue_amount: column(history, 'overdueAmount'),
        materiality: named(book, 'AC_MATERIALITY'),
      },
      segmentRow,
      segmentLabel,
    );
    expect(column(history, 'segment')).toEqual(expected);
    // Each client's latest period that has a segment: the latest date, the lower row of equal
    // ones; November's imported rows, shipments alone, have none yet.
    const latest = new Map<string, { time: number; segment: Cell }>();
    history.forEach((get, i) => {
      const key = normalizeWords(String(cellValue(get('client'))));
      const time = (cellValue(get('period')) as Date).getTime();
      const segment = expected[i][0];
      if (segment !== '' && (latest.get(key)?.time ?? -Infinity) <= time) latest.set(key, { time, segment });
    });
    const shown = column(clients, 'segment').map(([s]) => s);
    expect(shown).toEqual(
      clients.map((get) => latest.get(normalizeWords(String(get('name').value)))?.segment ?? ''),
    );
    // The import's new client has only its shipments for November: no segment yet.
    expect(new Set(shown.map((s) => String(s).charAt(0)))).toEqual(new Set(['0', '1', '2', '3', '']));
    expect(shown.filter((s) => s === '')).toHaveLength(1);
    expect(clients[0]('segment').formula).toMatch(/^CLIENT_LATEST\(A2:A\d+,/);
  });

  it('shows a client’s segment moving when a new period is typed into Monitoring', () => {
    expect(printed).toMatch(
      new RegExp(
        `A new period typed into Monitoring moved a client on Clients: Черноземье, \\d{4}-\\d\\d-01: ` +
          `${segmentLabel(0, lang)} → ${segmentLabel(2, lang)}`,
      ),
    );
    const clients = rowsOf(book.getWorksheet(tableTemplate('clients').name[lang])!, 'clients');
    const chernozemye = clients.find((get) => get('name').value === 'Черноземье')!;
    expect(cellValue(chernozemye('segmentChange'))).toBe('0 → 2');
  });

  it('keeps a client name that looks like a formula as the same text', () => {
    const clients = rowsOf(book.getWorksheet(tableTemplate('clients').name[lang])!, 'clients');
    const hostile = clients.map((get) => get('name')).find((c) => c.value === '+Плюс Дистрибуция');
    expect(hostile?.type).toBe(ExcelJS.ValueType.String);
    expect(hostile?.formula).toBeUndefined();
  });

  it('keeps the dropdowns, number formats and segment colours', () => {
    const template = tableTemplate('clients');
    const ws = book.getWorksheet(template.name[lang])!;
    const get = rowsOf(ws, 'clients')[0];
    const asked = get('priceAsked');
    // Far below the data: the dropdown covers the whole column, as in the sheet.
    const validation = ws.getCell(`${asked.address.replace(/\d+$/, '')}500`).dataValidation;
    expect(validation).toMatchObject({ type: 'list', formulae: [lang === 'ru' ? '"Да,Нет"' : '"Yes,No"'] });
    expect(get('purchasesBefore').numFmt).toBe('#,##0');
    expect(get('shipmentsVsBefore').numFmt).toBe('0.0%');
    const segment = get('segment').address.replace(/\d+$/, '');
    // ExcelJS reads conditional formats back but its typings leave them out.
    const formats = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    const rules = formats.filter((c) => c.ref.startsWith(`${segment}2:`));
    expect(
      rules.flatMap((c) => c.rules.map((r) => (r as ExcelJS.ExpressionRuleType).formulae?.[0])),
    ).toContain(`LEFT($${segment}2,1)="3"`);
  });
});
