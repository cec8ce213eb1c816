/**
 * The demo: the built bundle, unmodified, in the local workbook, driven the way a manager
 * would drive the add-on in Sheets: open the spreadsheet, Set up workbook, Add sample
 * data, type in more clients (synthetic, with --rows), save one new-client review
 * through the wizard's server functions, type a new month of one client into Monitoring,
 * and import that month's sales from the example 1C export; every formula recalculates as
 * cells change (HyperFormula, like Sheets, recalculates what depends on a changed cell).
 */
import { TEMPLATES } from '../../sheets-templates';
import type { SampleRow, TableTemplate } from '../../sheets-templates/types';
import { isBlank } from '../../src/core/cells';
import { expandColumns, findLayout } from '../../sheets-templates/layout';
import { inputRuns, rowsForRun } from '../../src/addon/samples';
import { type IsoDay, dayOf, monthStart } from '../../src/core/days';
import { type Lang, langFromLocale } from '../../src/i18n';
import { LocalWorkbook } from '../../tools/local-workbook';
import { type AgendaSeen, lookAtAgenda, lookAtCard } from './agenda';
import { type Doses, grantDemoDiscount } from './doses';
import { DEMO_IMPORT, importExample } from './import';
import { type SavedReview, saveDemoReview } from './review';
import { syntheticClients } from './synthetic';
import { type Cell } from '../../src/core/vocabulary';

export interface DemoOptions {
  readonly locale: string;
  /** Synthetic clients added after the samples. */
  readonly rows: number;
  readonly seed: number;
}

export interface DemoRun {
  readonly wb: LocalWorkbook;
  readonly lang: Lang;
  /** The review saved through the wizard's server functions, and what the save answered. */
  readonly review: SavedReview;
  /** What importTable answered for the example export of November. */
  readonly imported: unknown;
  /** Spreadsheet service calls of each step the script ran. */
  readonly calls: Readonly<Record<string, number>>;
  /** A new period typed into Monitoring, and the client's segment on Clients before and after. */
  readonly newPeriod: NewPeriod;
  /** One manager's agenda, as the sheet «План контактов» showed it with that manager picked. */
  readonly agenda: AgendaSeen;
  /** A discount granted on Pricing, and the dashboard's price dose after it. */
  readonly doses: Doses;
}

export interface NewPeriod {
  readonly client: string;
  readonly period: IsoDay;
  readonly before: string;
  readonly after: string;
}

export type Progress = (message: string) => void;

const SPARE_ROWS = 1000;

export const tableTemplate = (id: string): TableTemplate => {
  const t = TEMPLATES.find((x) => x.id === id);
  if (t?.kind !== 'table') throw new Error(`no table template ${id}`);
  return t;
};

/** The demo spreadsheet's time zone, the local workbook's default. */
const DEMO_TIME_ZONE = 'Europe/Moscow';

/** Appends rows below the last row holding data in an input column, as a user typing them would. */
export function appendRows(
  wb: LocalWorkbook,
  id: string,
  rows: readonly SampleRow[],
  lang: Lang,
  today: Date,
): void {
  if (rows.length === 0) return;
  const template = tableTemplate(id);
  const placed = expandColumns(template);
  const columnOf = (k: string) => placed.find((p) => p.key === k)?.column;
  wb.asUser((ss) => {
    const sheet = ss.getSheetByName(template.name[lang])!;
    const maxRows = sheet.getMaxRows();
    const block = sheet.getRange(1, 1, maxRows, sheet.getLastColumn()).getValues() as Cell[][];
    const layout = findLayout(template, block[0]);
    const runs = inputRuns(template, layout.columns, [...layout.columns.keys()]);
    const inputs = runs.flatMap((r) => r.keys.map((k) => layout.columns.get(k)! - 1));
    let last = block.length - 1;
    while (last > 0 && inputs.every((c) => isBlank(block[last][c]))) last--;
    const start = last + 2;
    const needed = start + rows.length - 1;
    // As Sheets' "Add 1000 more rows" does: room stays below the data, as in a new sheet.
    if (needed > maxRows) sheet.insertRowsAfter(maxRows, needed - maxRows + SPARE_ROWS);
    for (const run of runs) {
      sheet.getRange(start, run.start, rows.length, run.keys.length).setValues(
        rowsForRun(run, rows, columnOf, lang, {
          day: dayOf(today, DEMO_TIME_ZONE),
          timeZone: DEMO_TIME_ZONE,
        }),
      );
    }
  });
}

/** A sample client's segment as the Clients sheet shows it. */
function segmentOnClients(wb: LocalWorkbook, lang: Lang, name: string): string {
  const template = tableTemplate('clients');
  const [header, ...rows] = wb.values(template.name[lang]) as Cell[][];
  const layout = findLayout(template, header);
  const row = rows.find((r) => r[layout.columns.get('name')! - 1] === name);
  return String(row?.[layout.columns.get('segment')! - 1] ?? '');
}

/**
 * The month after the samples' history (or this month, if later) for Черноземье, whose sales
 * now fall by 9 %: typed into Monitoring as a manager would, it becomes the client's latest
 * period, and its segment on Clients moves from 0 to 2.
 */
function typeNewPeriod(wb: LocalWorkbook, lang: Lang, today: Date): NewPeriod {
  const client = 'Черноземье';
  const thisMonth = monthStart(dayOf(today, DEMO_TIME_ZONE));
  const period = thisMonth > '2026-11-01' ? thisMonth : '2026-11-01';
  const before = segmentOnClients(wb, lang, client);
  appendRows(
    wb,
    'monitoring',
    [
      {
        client,
        period,
        shipments: 480000,
        totalSalesDynamics: -0.09,
        ourSalesDynamics: -0.1,
        competitorSalesDynamics: -0.08,
        solvencyDynamics: 10,
        retailForecast: -0.12,
        overdueAmount: 35000,
      },
    ],
    lang,
    today,
  );
  return { client, period, before, after: segmentOnClients(wb, lang, client) };
}

export function runDemo(options: DemoOptions, progress: Progress): DemoRun {
  const lang = langFromLocale(options.locale);
  const today = new Date();
  const calls: Record<string, number> = {};
  const wb = new LocalWorkbook({ locale: options.locale, timeZone: DEMO_TIME_ZONE });
  const { run } = wb.load();
  const step = <T>(name: string, fn: () => T): T => {
    const started = Date.now();
    wb.resetCalls();
    const result = fn();
    calls[name] = wb.calls();
    progress(`${name}: ${calls[name]} Spreadsheet calls, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  };

  step('onOpen (menu)', () => run('onOpen', wb.openEvent()));
  step('Set up workbook', () => run('setupWorkbook'));
  step('Add sample data', () => run('addSampleData'));
  if (options.rows > 0) {
    const started = Date.now();
    const synthetic = syntheticClients(options.rows, options.seed, today);
    appendRows(wb, 'clients', synthetic.clients, lang, today);
    appendRows(wb, 'monitoring', synthetic.monitoring, lang, today);
    progress(
      `Typed in ${options.rows} synthetic clients (seed ${options.seed}) and their monitoring rows, ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  const review = step('New-client review saved through the wizard', () => saveDemoReview(run, lang));
  progress(`  ${review.client}: ${JSON.stringify(review.result)}`);
  const started = Date.now();
  const newPeriod = typeNewPeriod(wb, lang, today);
  progress(
    `A new period typed into Monitoring (${newPeriod.client}, ${newPeriod.period}), ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const imported = step(`November's sales imported from ${DEMO_IMPORT}`, () => importExample(run));
  progress(`  ${JSON.stringify(imported)}`);
  const agenda = lookAtAgenda(wb, lang);
  lookAtCard(wb, lang);
  progress(`Picked ${agenda.manager} on the agenda and a client on the card (typing in the pickers only)`);
  const doses = grantDemoDiscount(wb, lang);
  progress(`Granted ${doses.client} its discount on Pricing (typing the decision only)`);
  return { wb, lang, review, imported, calls, newPeriod, agenda, doses };
}
