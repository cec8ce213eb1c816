/**
 * docs/benchmark.md from a full run's report (what out/bench.json holds): when, on which
 * commit and machine it was measured, the figures against their targets, how each is
 * measured, and for every missed target what is known to cost and what would meet it.
 */
import { execFileSync } from 'node:child_process';
import { type Figure, shortNumber } from './figures';

/** What of out/bench.json the page needs. */
export interface BenchReport {
  readonly mode: string;
  readonly date: string;
  /** The commit measured (commitStamp). */
  readonly commit: string;
  readonly machine: {
    node: string;
    platform: string;
    cpu: string;
    cores: number;
    /** The 1-minute load average at the start and the end of the run. */
    loadAverage?: { start: number; end: number };
  };
  readonly sizes: { rows: number; repetitions: number };
  readonly figures: readonly Figure[];
  /** details.customFunctions[name]: the records behind a call, and one call with the vm's plain global. */
  readonly details: { readonly customFunctions?: Record<string, unknown> };
}

/**
 * The commit measured: the short HEAD, marked when tracked files differ from it (the page
 * itself and out/ aside); "uncommitted" outside a git checkout.
 */
export function commitStamp(root: string, page: string): string {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const head = git('rev-parse', '--short', 'HEAD');
    const changed = git('status', '--porcelain', '--untracked-files=no')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.endsWith(page));
    return changed.length ? `${head} with uncommitted changes` : head;
  } catch {
    return 'uncommitted';
  }
}

const STATUS: Record<Figure['status'], string> = {
  met: 'met',
  missed: '**missed**',
  unavailable: 'unavailable',
  info: '',
};

const value = (f?: Figure) =>
  !f
    ? ''
    : f.value === null
      ? `n/a${f.note ? ` (${f.note})` : ''}`
      : `${shortNumber(f.value)} ${f.unit}`.trim();

const target = (f?: Figure) => {
  if (!f?.target) return '';
  const op = f.target.op === '<=' ? '≤' : f.target.op === '>=' ? '≥' : '=';
  return `${op} ${shortNumber(f.target.value)} ${f.unit}`.trim();
};

/** The load around the run, which says how far its times can be trusted. */
function load(machine: BenchReport['machine']): string {
  const l = machine.loadAverage;
  if (!l) return '';
  const busy =
    Math.max(l.start, l.end) > machine.cores ? ': more work than cores, so the times are high' : '';
  return `; the 1-minute load average was ${l.start.toFixed(1)} at the start and ${l.end.toFixed(1)} at the end${busy}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const cell = (text: string) => text.replace(/\|/g, '\\|');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n');
}

/** The figures of one group as figure | measured | target | status. */
function figureTable(figures: readonly Figure[]): string {
  return table(
    ['figure', 'measured', 'target', 'status'],
    figures.map((f) => [f.label, value(f), target(f), STATUS[f.status]]),
  );
}

/** What the report holds of one custom function's call (details.customFunctions[name]). */
interface CallDetails {
  /** One call with the vm's plain global. */
  readonly contextifiedMs?: unknown;
  /** The Monitoring records the rows are looked up in, for a function over the client history. */
  readonly records?: unknown;
}

/** One row per custom function: one call, its target, and what the same rows cost otherwise. */
function customFunctionTable(report: BenchReport): string {
  const byId = new Map(report.figures.map((f) => [f.id, f]));
  const names = report.figures
    .filter((f) => /^customFunction\.\w+\.oneCallMs$/.test(f.id))
    .map((f) => f.id.split('.')[1]);
  const rows = report.sizes.rows.toLocaleString('en-US');
  return table(
    [
      'function',
      `one call on ${rows} rows`,
      'target',
      'status',
      'history behind the rows',
      `${rows} single-cell calls ÷ one call`,
      "one call with the vm's plain global",
    ],
    names.map((name) => {
      const one = byId.get(`customFunction.${name}.oneCallMs`);
      const ratio = byId.get(`customFunction.${name}.perCellRatio`);
      const call = report.details.customFunctions?.[name] as CallDetails | undefined;
      return [
        `\`${name}\``,
        value(one),
        target(one),
        one ? STATUS[one.status] : '',
        typeof call?.records === 'number' ? `${call.records.toLocaleString('en-US')} records` : '',
        ratio ? value(ratio) : 'needs the whole range',
        typeof call?.contextifiedMs === 'number' ? `${shortNumber(call.contextifiedMs)} ms` : '',
      ];
    }),
  );
}

const HOW = table(
  ['what', 'how it is measured'],
  [
    [
      'custom function, one call',
      'every `@customfunction` global of `dist/Code.js`, called once on the rows of plausible data of `scripts/bench/inputs.ts` (one row in twenty blank), the ranges made in the bundle’s realm as Sheets hands them over. A function over the client history gets the history of its rows’ clients, a year of months each: `CLIENT_LATEST` and `CLIENT_HISTORY` answer 10,000 clients over their 120,000 records; `PERIOD_CHANGE` and `PREVIOUS_VALUE` answer a row per record, so their 10,000 rows are 10,000 records (a year of a twelfth of the clients), and a year of all of them is the client-history figure below. The target is the issue’s: 25 ms of script time for every function',
    ],
    [
      'single-cell calls ÷ one call',
      'the same rows as as many calls of one row each (row-by-row functions only: ABC classes, key people and absence gaps need the whole range). JavaScript alone: in Sheets each call is also a round trip to Google’s servers, which is what makes per-cell formulas slow',
    ],
    [
      'Spreadsheet calls vs cell by cell',
      'service calls counted by the local workbook, against a per-cell design that makes one call for every cell it reads or writes. Set up workbook and a wizard save over few and many existing clients must make the same number of calls',
    ],
    [
      '`dist/Code.js` load',
      'compiling and running the bundle in a fresh `vm` context (a changed last line each time keeps V8 from reusing compiled code); Sheets loads it for every custom-function call',
    ],
    [
      'sidebar time to interactive',
      '`dist/sidebar.html` in headless Chromium (fresh profile, the flags of the sidebar tests): from the start of navigation to the wizard’s first step on screen, which needs `wizardStart` answered (here by the bundle in the local workbook; in Sheets a round trip comes on top). Without Chromium or the sidebar the figure is reported unavailable',
    ],
    [
      'import',
      'a 1C sales report of 10,000 clients as 1C writes it (Windows-1251, `;`, a title block, no-break spaces in amounts, a totals row; about 1 MB). In the import sidebar in headless Chromium: from the file chosen (its `change` event) to the frame after its preview is drawn, so reading, decoding, parsing and guessing the columns. Then `importTable` on its rows in the local workbook with the samples, for the rows new (Monitoring rows and clients added) and for the same rows again (every one an update), the median of 3 workbooks: its service calls, and its script time, the call’s time less the formula engine’s recalculation after its writes (`LocalWorkbook.recalculationMs()`, custom functions included), which Sheets does apart from the script and which is reported beside it',
    ],
    [
      'agenda and client card',
      '`AGENDA` (everyone) and `AGENDA_BY_MANAGER` over 5,000 clients (managers typed by many hands, next contacts around the Settings date, some text, the latest period and its signals as Clients shows them), 1,000 lost clients and 50 absences with backups named; `CLIENT_CARD` for one client among 10,000, and `CLIENT_HISTORY` for its twelve periods among 120,000 Monitoring rows (`scripts/bench/agendaInputs.ts`). The setup calls of the two sheets are those of a new spreadsheet less those of one where both names are taken by sheets of the user’s',
    ],
    [
      'FBS analysis',
      '`FBS_COVERAGE` + `FBS_KEY_PEOPLE`, and `FBS_ABSENCE_GAPS` (52 weeks, 50 absences), on a matrix of the size a sales service has',
    ],
  ],
);

const VM_NOTE = `Node's \`vm\` reaches a context's global object through interceptors, which makes every lookup of \`Array\`,
\`Number\`, \`Math\`… from the bundle several times slower than in an ordinary V8 global like Apps Script's. The
benchmark therefore runs the unchanged source inside a function of the same fresh context that binds that
context's builtins to local names; the last column of the custom functions' table is the same call with the
plain \`vm\` global, for comparison.`;

/** importTable's time in the local workbook: what it is made of. */
const IMPORT_TIME =
  'Most of this time is the local workbook’s, not the add-on’s. In the CPU profile of 10,000 new rows the add-on’s own code (reading the table, planning against both sheets, building the blocks) takes under a second and the table crossing into the script half a second; the rest is HyperFormula taking in the cells written, growing Monitoring and Clients by 9,000 rows (every open-range formula entered again), and garbage collection after the recalculation, which is timed apart but leaves its garbage behind. On a machine with more work than cores all of it stretches several times over. In Sheets the same import is two `setValues` and two `insertRowsAfter`, and the recalculation runs apart from the script. Run the benchmark on a quiet machine before reading more into it.';

/** What is known about a missed target: where the time or the bytes go, and what would meet it. */
const WHY_MISSED: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /^bundle\.sizeKb$/,
    'Most of `dist/Code.js` is text: the sheet templates hold every header, note, dropdown and sample row in both languages, the i18n texts both languages again, and the generated globals carry their JSDoc; the rules and adapters are about a third. Every custom-function call loads all of it, though only Set up workbook and Add sample data need the templates. An `.html` file of the project is not loaded as code, so moving the templates’ texts and samples into one that setup reads with `HtmlService.createHtmlOutputFromFile(…).getContent()` would take most of that text off every call; minifying names (kept on purpose for readable stack traces) would take about 15 % more. Loading it is within its own target.',
  ],
  [
    /^customFunction\.FBS_ABSENCE_GAPS\./,
    '`FBS_ABSENCE_GAPS` checks every function against the people away in every period (here every row × 52 weeks) and joins the names of the short functions of each week: at this size thousands of names per cell, more than the 50,000 characters a cell holds. At the size it is made for (the FBS analysis above) it is well within target. Holders and absences as bit masks (one integer per function and per week, the present holders counted with `holders & ~away`) and a capped list of names ("… and 4,000 more") would remove most of that work.',
  ],
  [
    /^customFunction\.CLIENT_SIGNALS\./,
    '`CLIENT_SIGNALS` reads twelve arguments per row through the generic row runner (`mapRows` in `src/core/columns.ts`, which reads each column once but still makes an object of the row’s twelve cells), then makes the client’s dynamics and thresholds, its list of signals and their text: several objects per row, and garbage collection takes about a third of the call in the CPU profile. A rule that reads the columns directly, with the four thresholds read once when they are single cells (as they are on Clients), would leave the text as the only allocation per row.',
  ],
  [
    /^customFunction\.(CLIENT_LATEST|CLIENT_HISTORY)\./,
    'These read the whole history behind their 10,000 rows: 120,000 Monitoring records, a year of months of the 10,000 clients. The work is linear and columnar (`src/core/history.ts` and `historyRecords.ts`: days as whole numbers in typed arrays, records in date order found in one pass, each distinct name worked out once, names kept in many small maps so that no table grows large); what is left is one name lookup per record and normalising the names typed in other case or spacing, mostly memory rather than arithmetic. They could meet it if Sheets were asked for less, such as the latest periods of Monitoring rather than its open range.',
  ],
  [
    /^customFunction\.AGENDA(_BY_MANAGER)?\./,
    'The agenda reads Clients, Lost clients, the absences and the FBS plan as their columns (`readClients` in `src/core/clientBook.ts`), makes an object per action with who covers it (each distinct task and cover worked out once), sorts them, and for `AGENDA` writes eight cells of text per action (about 9,000 here). What is left is mostly garbage collection of the actions and of the output itself; the actions kept as row numbers into the clients’ columns, so that only the rows shown are made, would take most of it.',
  ],
  [
    /^customFunction\./,
    'Not analysed yet. This figure moves with the load on the machine: run the benchmark again on a quiet one first, and if it stays over, profile the call with `node --cpu-prof` on the inputs of `scripts/bench/inputs.ts`.',
  ],
  [/^import\.(add|update)Ms$/, IMPORT_TIME],
  [
    /^serviceCalls\.setup/,
    'Set up workbook writes each kind of thing once per sheet or per run of columns, and met the target (393 calls) before the client history’s columns and the agenda’s two sheets. Of today’s calls on 15 sheets, the colour rules take about 125 (a rule is 4 or 5 builder calls: 26 rules), column widths about 55 (one per run of equal widths), checks about 50, the sheets themselves about 70 (insert, tab colour, frozen row, id, size), ranges about 45, number formats 27, protections 24 and named settings 18. What would meet 400 again: columns of a sheet sharing fewer distinct widths, and colour rules shared between columns; the Sheets API’s batchUpdate would do it in one call, but it needs a wider OAuth scope than the add-on asks for.',
  ],
];

const UNEXPLAINED = 'Not analysed yet: `out/bench.json` holds the details of the run.';

function whyMissed(figures: readonly Figure[]): string[] {
  const missed = figures.filter((f) => f.status === 'missed');
  const texts = new Map<string, string[]>();
  for (const f of missed) {
    const text = WHY_MISSED.find(([id]) => id.test(f.id))?.[1] ?? UNEXPLAINED;
    texts.set(text, [...(texts.get(text) ?? []), f.label]);
  }
  return [...texts].map(([text, labels]) => `- **${labels.join('; ')}.** ${text}`);
}

/** The Markdown of docs/benchmark.md (before Prettier lays out its tables). */
export function benchmarkMarkdown(report: BenchReport): string {
  const groups = {
    calls: report.figures.filter((f) => f.id.startsWith('serviceCalls.')),
    sizes: report.figures.filter((f) => /^(bundle|sidebar)\./.test(f.id)),
    fbs: report.figures.filter((f) => f.id.startsWith('fbs.')),
    import: report.figures.filter((f) => f.id.startsWith('import.')),
    agenda: report.figures.filter((f) => f.id.startsWith('agenda.')),
    other: report.figures.filter(
      (f) => !/^(customFunction|serviceCalls|bundle|sidebar|fbs|import|agenda)\./.test(f.id),
    ),
  };
  const count = (s: Figure['status']) => report.figures.filter((f) => f.status === s).length;
  const { machine } = report;
  const why = whyMissed(report.figures);
  return [
    '# Benchmark',
    '<!-- Generated by npm run bench (scripts/bench.ts, scripts/bench/report.ts) from out/bench.json: run it again rather than edit. -->',
    `Measured on ${report.date.slice(0, 10)} (${report.date.slice(11, 16)} UTC), commit \`${report.commit}\`, on ${machine.cores} cores of ${machine.cpu} (${machine.platform}), Node ${machine.node}${load(machine)}. Times are medians of ${report.sizes.repetitions} runs after a warm-up; other jobs on a shared machine move them, by about ±30 % between runs on a quiet one. \`npm run bench\` measures the add-on on your machine and writes every figure with its details to \`out/bench.json\`; \`npm run bench -- --smoke\` runs the same measurements on small sizes (the tests run it) and leaves this page alone.`,
    `**${plural(count('met'), 'target')} met, ${count('missed')} missed${count('unavailable') ? `, ${plural(count('unavailable'), 'figure')} unavailable` : ''}.**`,
    '## Custom functions',
    customFunctionTable(report),
    '## Spreadsheet service calls',
    figureTable(groups.calls),
    '## Bundle and sidebar',
    figureTable(groups.sizes),
    '## FBS analysis at its size',
    figureTable(groups.fbs),
    ...(groups.import.length ? ['## Import of a month from 1C', figureTable(groups.import)] : []),
    ...(groups.agenda.length
      ? ['## The agenda and the client card at their size', figureTable(groups.agenda)]
      : []),
    ...(groups.other.length ? ['## Other figures', figureTable(groups.other)] : []),
    ...(why.length ? ['## Where a target is missed, and what would meet it', why.join('\n')] : []),
    '## How it is measured',
    HOW,
    VM_NOTE,
  ].join('\n\n');
}
