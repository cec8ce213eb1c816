/**
 * npm run bench [-- --smoke] [-- --out file.json] [-- --no-build]
 *
 * Measures, in one run on this machine, what the add-on costs: each custom function on
 * 10,000 rows (one call, and as 10,000 single-cell calls), the Spreadsheet service calls of
 * setup and of a wizard save, the bundle's size and load time, the sidebar's time to
 * interactive, the FBS analysis of 100 people × 300 functions, the client history
 * (CLIENT_LATEST, PERIOD_CHANGE) over 120,000 Monitoring records, and the import of a month of
 * 10,000 clients from 1C (the sidebar's parsing, importTable's time and calls). Prints a table against
 * the targets and writes out/bench.json. A full run also writes docs/benchmark.md, stamped
 * with the date, commit and machine; --smoke runs everything on small sizes, fast, and leaves
 * docs/benchmark.md alone.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import vm from 'node:vm';
import { BUNDLE_PATH, bundleSource, customFunctionNames, useScriptTimeZone } from '../tools/local-workbook';
import { agendaFigures } from './bench/agenda';
import { loadForTiming } from './bench/bundle';
import { menuCalls, saveOverRows, setupOverRows, type CallCount } from './bench/calls';
import { type Figure, figure, table } from './bench/figures';
import { type BenchReport, benchmarkMarkdown, commitStamp } from './bench/report';
import {
  absenceGapsArgs,
  absences,
  customFunctionInputs,
  fbsMatrix,
  historyInputs,
  rowArgs,
} from './bench/inputs';
import { medianMs } from './bench/measure';
import { importFigures } from './bench/importing';
import { sidebarFigures } from './bench/sidebar';
import { ROOT, buildAddon, progressPrinter, shown } from './cli';
import { format, resolveConfig } from 'prettier';

const TARGET = {
  oneCallMs: { op: '<=', value: 25 },
  setupCalls: { op: '<=', value: 400 },
  callRatio: { op: '>=', value: 100 },
  bundleKb: { op: '<=', value: 100 },
  loadMs: { op: '<=', value: 20 },
  sidebarMs: { op: '<=', value: 300 },
  fbsMs: { op: '<=', value: 20 },
  historyMs: { op: '<=', value: 200 },
  importParseMs: { op: '<=', value: 1000 },
  importMs: { op: '<=', value: 2000 },
  importCalls: { op: '<=', value: 20 },
} as const;

const SIZES = {
  full: {
    rows: 10_000,
    repetitions: 15,
    perCellRepetitions: 3,
    existingRows: [10, 5000],
    fbs: { people: 100, functions: 300 },
    history: { keys: 10_000, periods: 12 },
    sidebarRepetitions: 5,
    importRows: 10_000,
    importRepetitions: 3,
    agenda: {
      agenda: { clients: 5000, lost: 1000, absences: 50, periods: 12 },
      card: { clients: 10_000, periods: 12 },
      repetitions: 15,
    },
  },
  smoke: {
    rows: 200,
    repetitions: 2,
    perCellRepetitions: 1,
    existingRows: [10, 40],
    fbs: { people: 10, functions: 30 },
    history: { keys: 200, periods: 12 },
    sidebarRepetitions: 1,
    importRows: 200,
    importRepetitions: 1,
    agenda: {
      agenda: { clients: 200, lost: 40, absences: 10, periods: 3 },
      card: { clients: 200, periods: 3 },
      repetitions: 2,
    },
  },
};

function options() {
  const { values } = parseArgs({
    options: {
      smoke: { type: 'boolean', default: false },
      out: { type: 'string', default: join(ROOT, 'out/bench.json') },
      'no-build': { type: 'boolean', default: false },
    },
  });
  return {
    smoke: values.smoke,
    out: resolve(values.out),
    build: !values['no-build'],
    // Only a full run is worth publishing.
    page: values.smoke ? undefined : join(ROOT, 'docs/benchmark.md'),
  };
}

function customFunctionFigures(size: (typeof SIZES)['full'], say: (m: string) => void) {
  const names = customFunctionNames(bundleSource());
  const inputs = customFunctionInputs(size.rows);
  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};
  const rows = size.rows.toLocaleString('en-US');
  for (const name of names) {
    const input = inputs[name];
    const id = `customFunction.${name}`;
    const over = input?.records === undefined ? '' : ` over ${input.records.toLocaleString('en-US')} records`;
    const label = `${name}, one call on ${rows} rows${over}`;
    if (!input) {
      figures.push(
        figure(
          `${id}.oneCallMs`,
          label,
          null,
          'ms',
          TARGET.oneCallMs,
          'no inputs in scripts/bench/inputs.ts',
        ),
      );
      continue;
    }
    const bundle = loadForTiming(names, true);
    const f = bundle.global(name);
    const args = bundle.realm.import(input.args);
    let result: unknown[][] = [];
    const oneCallMs = medianMs(size.repetitions, () => (result = f(...args)));
    figures.push(figure(`${id}.oneCallMs`, label, oneCallMs, 'ms', TARGET.oneCallMs));
    const plain = loadForTiming(names, false);
    const plainArgs = plain.realm.import(input.args);
    const contextifiedMs = medianMs(size.perCellRepetitions, () => plain.global(name)(...plainArgs));
    let perCellMs: number | undefined;
    if (input.perRow) {
      const calls = Array.from({ length: size.rows }, (_, i) =>
        bundle.realm.import(rowArgs(input.args, size.rows, i)),
      );
      perCellMs = medianMs(size.perCellRepetitions, () => calls.forEach((a) => f(...a)));
      figures.push(
        figure(
          `${id}.perCellRatio`,
          `${name}, ${rows} single-cell calls ÷ one call`,
          perCellMs / oneCallMs,
          '×',
        ),
      );
    }
    details[name] = {
      rows: size.rows,
      ...(input.records === undefined ? {} : { records: input.records }),
      resultRows: result.length,
      warningRows: result.filter((r) => String(r[0]).startsWith('⚠')).length,
      oneCallMs,
      perCellMs,
      contextifiedMs,
    };
    say(
      `${name}: ${oneCallMs.toFixed(1)} ms for one call${over}` +
        (perCellMs === undefined ? '' : `, ${perCellMs.toFixed(0)} ms as ${rows} single-cell calls`) +
        ` (${contextifiedMs.toFixed(0)} ms with the vm's slow global lookups)`,
    );
  }
  return { figures, details };
}

function callFigures(size: (typeof SIZES)['full'], say: (m: string) => void) {
  const figures: Figure[] = [];
  const { setup, samples } = menuCalls();
  const ratio = (id: string, label: string, c: CallCount) =>
    figure(
      id,
      `${label}: ${c.calls} calls vs ${c.perCell.toLocaleString('en-US')} cell by cell`,
      c.ratio,
      '×',
      TARGET.callRatio,
    );
  figures.push(
    figure(
      'serviceCalls.setup.calls',
      'Set up workbook (new spreadsheet): service calls',
      setup.calls,
      'calls',
      TARGET.setupCalls,
    ),
  );
  figures.push(ratio('serviceCalls.setup.ratio', 'Set up workbook (new spreadsheet)', setup));
  figures.push(ratio('serviceCalls.samples.ratio', 'Add sample data', samples));
  say(`Set up workbook: ${setup.calls} calls; Add sample data: ${samples.calls} calls`);
  const [few, many] = size.existingRows;
  const details: Record<string, unknown> = { setup, samples };
  /** The same action over few and many existing clients: the calls must not grow with the data. */
  const overRows = (id: string, label: string, measure: (rows: number) => CallCount) => {
    const [small, large] = size.existingRows.map(measure);
    say(`${label} over ${few} and ${many} clients: ${small.calls} and ${large.calls} calls`);
    details[id] = { [few]: small, [many]: large };
    figures.push(
      figure(
        `serviceCalls.${id}.difference`,
        `${label} over ${many} vs ${few} clients: extra calls`,
        large.calls - small.calls,
        'calls',
        { op: '=', value: 0 },
      ),
      ratio(`serviceCalls.${id}.ratio`, `${label} over ${many} clients`, large),
    );
  };
  overRows('setupOverRows', 'Set up workbook', setupOverRows);
  overRows('saveOverRows', 'Wizard save', saveOverRows);
  return { figures, details };
}

function bundleFigures(size: (typeof SIZES)['full']) {
  const source = bundleSource();
  const kb = Buffer.byteLength(source) / 1024;
  const contexts = Array.from({ length: size.repetitions + 1 }, () => vm.createContext({}));
  // A different last line each time defeats V8's code cache: every load compiles, as a cold start does.
  const loadMs = medianMs(size.repetitions, (i) => vm.runInContext(`${source}\n// ${i}`, contexts[i + 1]));
  return {
    figures: [
      figure('bundle.sizeKb', 'dist/Code.js size', kb, 'KB', TARGET.bundleKb),
      figure('bundle.loadMs', 'dist/Code.js load in a fresh vm context', loadMs, 'ms', TARGET.loadMs),
    ],
    details: { path: shown(BUNDLE_PATH), bytes: Buffer.byteLength(source), loadMs },
  };
}

function fbsFigures(size: (typeof SIZES)['full'], say: (m: string) => void) {
  const { people, functions } = size.fbs;
  const matrix = fbsMatrix(functions, people, 11);
  const away = absences(matrix, 50, 52, 11);
  const names = ['FBS_COVERAGE', 'FBS_KEY_PEOPLE', 'FBS_ABSENCE_GAPS'];
  const { realm, global } = loadForTiming(names, true);
  const time = (name: string, args: unknown[]) => {
    const imported = realm.import(args);
    return medianMs(size.repetitions, () => global(name)(...imported));
  };
  const coverage = time('FBS_COVERAGE', [matrix.roles, matrix.employees, 'Сотрудник 3, Сотрудник 7']);
  const keyPeople = time('FBS_KEY_PEOPLE', [matrix.levels, matrix.roles, matrix.employees]);
  const gaps = time('FBS_ABSENCE_GAPS', absenceGapsArgs(matrix, away));
  const shape = `${people} people × ${functions} functions`;
  say(
    `FBS on ${shape}: coverage ${coverage.toFixed(1)} ms, key people ${keyPeople.toFixed(1)} ms, absence gaps ${gaps.toFixed(1)} ms`,
  );
  return {
    figures: [
      figure(
        'fbs.coverageAndKeyPeopleMs',
        `FBS_COVERAGE + FBS_KEY_PEOPLE, ${shape}`,
        coverage + keyPeople,
        'ms',
        TARGET.fbsMs,
      ),
      figure(
        'fbs.absenceGapsMs',
        `FBS_ABSENCE_GAPS, ${shape}, 52 weeks, 50 absences`,
        gaps,
        'ms',
        TARGET.fbsMs,
      ),
    ],
    details: {
      people,
      functions,
      coverageMs: coverage,
      keyPeopleMs: keyPeople,
      absenceGapsMs: gaps,
      weeks: 52,
      absences: 50,
    },
  };
}

/** docs/benchmark.md for a full run's report, laid out as Prettier lays out Markdown. */
async function writeBenchmarkPage(report: BenchReport, page: string): Promise<void> {
  const markdown = benchmarkMarkdown(report);
  writeFileSync(page, await format(markdown, { ...(await resolveConfig(page)), parser: 'markdown' }));
}

/**
 * The client history at a real company's scale: CLIENT_LATEST brings each of 10,000 clients its
 * latest of 120,000 Monitoring records (a year of months) in one call, and PERIOD_CHANGE compares
 * each record with the client's previous one. Both are linear; quadratic would take minutes.
 */
function historyFigures(size: (typeof SIZES)['full'], say: (m: string) => void) {
  const { keys, periods } = size.history;
  const input = historyInputs(keys, periods);
  const records = input.recordKeys.length;
  const { realm, global } = loadForTiming(['CLIENT_LATEST', 'PERIOD_CHANGE'], true);
  const latestArgs = realm.import([input.keys, input.recordKeys, input.recordDates, input.segments]);
  const changeArgs = realm.import([input.recordKeys, input.recordDates, input.shipments]);
  const latestMs = medianMs(size.repetitions, () => global('CLIENT_LATEST')(...latestArgs));
  const changeMs = medianMs(size.repetitions, () => global('PERIOD_CHANGE')(...changeArgs));
  const n = (x: number) => x.toLocaleString('en-US');
  say(
    `History: CLIENT_LATEST ${latestMs.toFixed(1)} ms for ${n(keys)} keys over ${n(records)} records, ` +
      `PERIOD_CHANGE ${changeMs.toFixed(1)} ms on ${n(records)} records`,
  );
  return {
    figures: [
      figure(
        'history.clientLatestMs',
        `CLIENT_LATEST, ${n(keys)} keys over ${n(records)} records, one call`,
        latestMs,
        'ms',
        TARGET.historyMs,
      ),
      figure(
        'history.periodChangeMs',
        `PERIOD_CHANGE, ${n(records)} records, one call`,
        changeMs,
        'ms',
        TARGET.historyMs,
      ),
    ],
    details: { keys, periods, records, clientLatestMs: latestMs, periodChangeMs: changeMs },
  };
}

async function main() {
  // The script's Dates are local to appsscript.json's time zone, as in Apps Script.
  useScriptTimeZone();
  const opts = options();
  const size = opts.smoke ? SIZES.smoke : SIZES.full;
  const say = progressPrinter();
  const loadAtStart = os.loadavg()[0];
  // The commit measured, taken before building it; the page itself does not count as a change.
  const commit = commitStamp(ROOT, 'docs/benchmark.md');
  if (opts.build) {
    say('Building the add-on…');
    buildAddon();
  }
  say(
    `Benchmark${opts.smoke ? ' (smoke: small sizes, few runs)' : ''}: ${size.rows} rows, median of ${size.repetitions} runs`,
  );
  const custom = customFunctionFigures(size, say);
  const calls = callFigures(size, say);
  const bundle = bundleFigures(size);
  say('Sidebar in headless Chromium…');
  const sidebar = await sidebarFigures(size.sidebarRepetitions, TARGET.sidebarMs);
  const fbs = fbsFigures(size, say);
  const history = historyFigures(size, say);
  say('Import of a month from 1C…');
  const imports = await importFigures(
    size,
    { parseMs: TARGET.importParseMs, importMs: TARGET.importMs, importCalls: TARGET.importCalls },
    say,
  );
  const agenda = agendaFigures(size.agenda, say);

  const figures = [
    ...custom.figures,
    ...calls.figures,
    ...bundle.figures,
    ...sidebar.figures,
    ...fbs.figures,
    ...history.figures,
    ...imports.figures,
    ...agenda.figures,
  ];
  const cpus = os.cpus();
  const report = {
    mode: opts.smoke ? 'smoke' : 'full',
    date: new Date().toISOString(),
    commit,
    machine: {
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      cpu: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      // Other jobs on the machine move the timings: the 1-minute load average around the run.
      loadAverage: { start: loadAtStart, end: os.loadavg()[0] },
    },
    addonVersion: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string,
    sizes: size,
    figures,
    details: {
      customFunctions: custom.details,
      serviceCalls: calls.details,
      bundle: bundle.details,
      sidebar: sidebar.details,
      fbs: fbs.details,
      history: history.details,
      import: imports.details,
      agenda: agenda.details,
    },
  };
  mkdirSync(dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log('');
  for (const line of table(figures)) console.log(line);
  const missed = figures.filter((f) => f.status === 'missed').length;
  const unavailable = figures.filter((f) => f.status === 'unavailable').length;
  console.log(`\n${missed} missed, ${unavailable} unavailable; wrote ${shown(opts.out)}`);
  if (opts.page) {
    await writeBenchmarkPage(report, opts.page);
    console.log(`wrote ${shown(opts.page)}`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
