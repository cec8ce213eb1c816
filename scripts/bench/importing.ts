/**
 * The import of a month from 1C: a sales report of N clients as 1C writes it (Windows-1251,
 * ";", a title block, no-break spaces in amounts, a totals row), parsed by the import sidebar
 * in headless Chromium, and imported by importTable in the local workbook: script time and
 * service calls, for N new rows and for the same N rows again (every one an update).
 */
// Named apart: the functions that run in the page use the page's own `performance`.
import { performance as clock } from 'node:perf_hooks';
import { readCsv } from '../../src/ui/import/csv';
import { LocalWorkbook } from '../../tools/local-workbook';
import { CHROMIUM, IMPORT_HTML, SidebarBrowser } from '../../tools/sidebar-browser';
import { existsSync } from 'node:fs';
import { type Figure, type Target, figure } from './figures';
import { median, medianMsAsync } from './measure';
import { NAME_SHIM } from './sidebar';

/** Windows-1251 for the text of the report: ASCII, А–я, Ё and ё, and the few signs it uses. */
function cp1251(text: string): Buffer {
  const signs: Record<string, number> = { Ё: 0xa8, ё: 0xb8, '«': 0xab, '»': 0xbb, '\u00a0': 0xa0 };
  return Buffer.from(
    Array.from(text, (c) => {
      const code = c.charCodeAt(0);
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      const sign = signs[c];
      if (sign === undefined) throw new Error(`no Windows-1251 byte for ${c}`);
      return sign;
    }),
  );
}

const MANAGERS = ['Иванова', 'Петров', 'Сидоров', 'Кузнецова', 'Смирнов'];
const REGIONS = ['Москва', 'Самара', 'Казань', 'Пермь', 'Тула', 'Воронеж', 'Екатеринбург'];

const money = (n: number) =>
  n
    .toFixed(2)
    .replace('.', ',')
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

/** A 1C sales report of `rows` clients for November 2026, as the bytes of its CSV file. */
export function salesReport(rows: number): Buffer {
  const lines = [
    'Продажи по контрагентам',
    'Период: Ноябрь 2026 г.',
    'Показатели: Количество, Сумма отгрузки',
    '',
    'Контрагент;Менеджер;Регион;Период;Количество, шт;Сумма отгрузки, руб.',
  ];
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const amount = 10_000 + ((i * 7919) % 2_000_000) + (i % 100) / 100;
    total += amount;
    const name = `ООО «Дистрибутор ${i + 1}»`;
    lines.push(
      [name, MANAGERS[i % 5], REGIONS[i % 7], 'Ноябрь 2026 г.', String(10 + (i % 900)), money(amount)].join(
        ';',
      ),
    );
  }
  lines.push(['Итого', '', '', '', '', money(total)].join(';'));
  return cp1251(`${lines.join('\r\n')}\r\n`);
}

/** Runs in the page before its script: notes when a file is chosen, and the frame after its preview appears. */
function watchImport(): void {
  const w = window as unknown as { __chosenAt?: number; __previewAt?: number };
  document.addEventListener(
    'change',
    (e) => {
      if ((e.target as HTMLElement).id === 'f-file') w.__chosenAt = performance.now();
    },
    true,
  );
  const observer = new MutationObserver(() => {
    if (w.__previewAt !== undefined || !document.getElementById('preview')) return;
    observer.disconnect();
    requestAnimationFrame(() => (w.__previewAt = performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** From choosing the file to its preview and guessed columns on screen: reading, decoding, parsing, guessing, drawing. */
async function parseMs(csv: Buffer, repetitions: number): Promise<number> {
  const wb = new LocalWorkbook({ locale: 'ru_RU' });
  const { run } = wb.load();
  const browser = await SidebarBrowser.launch();
  try {
    await browser.context.addInitScript({ content: NAME_SHIM });
    await browser.context.addInitScript(watchImport);
    return await medianMsAsync(repetitions, async () => {
      const sidebar = await browser.open((name, args) => run(name, ...args), 'import.html');
      await sidebar.page
        .locator('#f-file')
        .setInputFiles({ name: 'sales.csv', mimeType: 'text/csv', buffer: csv });
      await sidebar.page.waitForFunction(() => (window as unknown as { __previewAt?: number }).__previewAt);
      const ms = await sidebar.page.evaluate(() => {
        const w = window as unknown as { __chosenAt: number; __previewAt: number };
        return w.__previewAt - w.__chosenAt;
      });
      if (sidebar.errors.length) throw new Error(`the import sidebar failed: ${sidebar.errors.join('; ')}`);
      await sidebar.page.close();
      return ms;
    });
  } finally {
    await browser.close();
  }
}

interface ImportRun {
  /** The script's own time: the run's, less the recalculation (Sheets recalculates apart from the script). */
  readonly ms: number;
  /** The formula engine's recalculation after the writes, custom functions included. */
  readonly recalculationMs: number;
  readonly calls: number;
  readonly result: unknown;
}

/** importTable twice on a workbook with the samples: the rows new, then the same rows again. */
function importRuns(table: string[][]): { added: ImportRun; updated: ImportRun } {
  const wb = new LocalWorkbook({ locale: 'ru_RU' });
  const { run } = wb.load();
  run('setupWorkbook');
  run('addSampleData');
  const once = (): ImportRun => {
    wb.resetCalls();
    const start = clock.now();
    const result = run('importTable', table, {});
    const recalculationMs = wb.recalculationMs();
    return { ms: clock.now() - start - recalculationMs, recalculationMs, calls: wb.calls(), result };
  };
  return { added: once(), updated: once() };
}

export interface ImportTargets {
  readonly parseMs: Target;
  readonly importMs: Target;
  readonly importCalls: Target;
}

export async function importFigures(
  size: {
    readonly importRows: number;
    readonly importRepetitions: number;
    readonly sidebarRepetitions: number;
  },
  targets: ImportTargets,
  say: (m: string) => void,
): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const rows = size.importRows.toLocaleString('en-US');
  const csv = salesReport(size.importRows);
  const table = readCsv(csv);
  if ('problem' in table) throw new Error(`the benchmark's CSV: ${table.problem}`);
  const missing = !existsSync(IMPORT_HTML)
    ? 'no dist/import.html'
    : !existsSync(CHROMIUM)
      ? `no Chromium at ${CHROMIUM}`
      : undefined;
  let parsed: number | null = null;
  let unavailable = missing;
  if (!missing) {
    try {
      parsed = await parseMs(csv, size.sidebarRepetitions);
    } catch (e) {
      unavailable = `Chromium failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
    }
  }
  // A workbook per repetition: an import changes the sheets the next one would read.
  const runs = Array.from({ length: size.importRepetitions }, () => importRuns(table.rows));
  const added = median(runs.map((r) => r.added.ms));
  const updated = median(runs.map((r) => r.updated.ms));
  const recalculated = median(runs.map((r) => r.added.recalculationMs));
  const [last] = runs.slice(-1);
  say(
    `Import of ${rows} rows: parsed in the sidebar in ${parsed?.toFixed(0) ?? 'n/a'} ms; importTable ${added.toFixed(0)} ms ` +
      `(${last.added.calls} calls) new, ${updated.toFixed(0)} ms (${last.updated.calls} calls) as updates`,
  );
  return {
    figures: [
      figure(
        'import.sidebarParseMs',
        `Import sidebar: a ${rows}-row CSV read and previewed (headless Chromium)`,
        parsed,
        'ms',
        targets.parseMs,
        unavailable,
      ),
      figure('import.addMs', `importTable, ${rows} new rows: script time`, added, 'ms', targets.importMs),
      figure(
        'import.addRecalculationMs',
        `the workbook's recalculation after those ${rows} new rows (HyperFormula; Sheets does it apart from the script)`,
        recalculated,
        'ms',
      ),
      figure(
        'import.addCalls',
        `importTable, ${rows} new rows: service calls`,
        last.added.calls,
        'calls',
        targets.importCalls,
      ),
      figure(
        'import.updateMs',
        `importTable, the same ${rows} rows again (updates): script time`,
        updated,
        'ms',
        targets.importMs,
      ),
      figure(
        'import.updateCalls',
        `importTable, the same ${rows} rows again: service calls`,
        last.updated.calls,
        'calls',
        targets.importCalls,
      ),
    ],
    details: {
      rows: size.importRows,
      csvBytes: csv.length,
      parseMs: parsed,
      ...(unavailable ? { unavailable } : {}),
      added: runs.map((r) => ({
        ms: r.added.ms,
        recalculationMs: r.added.recalculationMs,
        calls: r.added.calls,
      })),
      updated: runs.map((r) => ({
        ms: r.updated.ms,
        recalculationMs: r.updated.recalculationMs,
        calls: r.updated.calls,
      })),
      result: { added: last.added.result, updated: last.updated.result },
    },
  };
}
