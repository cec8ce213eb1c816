/**
 * npm run demo [-- --locale en_US] [-- --rows N] [-- --seed N] [-- --out file.xlsx] [-- --no-build]
 *
 * Builds the add-on, runs the unmodified bundle in the local workbook (no Google account
 * needed), writes the workbook to out/demo.xlsx and prints what it shows.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TEMPLATES } from '../sheets-templates';
import { useScriptTimeZone } from '../tools/local-workbook';
import { ROOT, buildAddon, progressPrinter, shown } from './cli';
import { agendaLines } from './demo/agenda';
import { doseReport } from './demo/doses';
import { runDemo } from './demo/run';
import { summarize, summaryLines } from './demo/summary';
import { writeXlsx } from './demo/xlsx';

function options() {
  const { values } = parseArgs({
    options: {
      locale: { type: 'string', default: 'ru_RU' },
      rows: { type: 'string', default: '0' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: join(ROOT, 'out/demo.xlsx') },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const rows = Number(values.rows);
  const seed = Number(values.seed);
  if (!Number.isInteger(rows) || rows < 0)
    throw new Error(`--rows: "${values.rows}" is not a whole number ≥ 0`);
  if (!Number.isInteger(seed)) throw new Error(`--seed: "${values.seed}" is not a whole number`);
  if (!/^[a-z]{2}(_[A-Z]{2})?$/.test(values.locale))
    throw new Error(`--locale: "${values.locale}" is not a locale like ru_RU or en_US`);
  return { locale: values.locale, rows, seed, out: resolve(values.out), build: !values['no-build'] };
}

async function main() {
  // The script's Dates are local to appsscript.json's time zone, as in Apps Script.
  useScriptTimeZone();
  const opts = options();
  const say = progressPrinter();
  const started = Date.now();
  if (opts.build) {
    say('Building the add-on…');
    buildAddon();
  }
  say(`Opening a new ${opts.locale} spreadsheet in the local workbook, with dist/Code.js as its script…`);
  const demo = runDemo(opts, say);
  const { wb, lang, newPeriod } = demo;
  const custom = Object.entries(wb.customFunctionCalls())
    .map(([name, n]) => `${name} ×${n}`)
    .join(', ');
  say(`Every formula recalculated; custom-function calls: ${custom}`);

  say(`Writing ${shown(opts.out)}…`);
  mkdirSync(dirname(opts.out), { recursive: true });
  // The views print on A4 as their templates say (the agenda across, the card on one page).
  const print = Object.fromEntries(
    TEMPLATES.flatMap((t) => (t.kind === 'view' ? [[t.name[lang], t.print] as const] : [])),
  );
  const xlsx = await writeXlsx(wb, opts.out, print);
  for (const line of xlsx.skipped) say(`  not in the xlsx: ${line}`);

  console.log('');
  for (const line of summaryLines(summarize(wb, lang), lang, newPeriod)) console.log(line);
  for (const line of agendaLines(demo.agenda)) console.log(line);
  for (const line of doseReport(demo.doses)) console.log(line);
  console.log(
    `Wrote ${shown(opts.out)}: ${xlsx.sheets} sheets, ${xlsx.formulas} formulas, ` +
      `${xlsx.validations} dropdowns and checks, ${xlsx.conditionalFormats} conditional colours, ` +
      `${(statSync(opts.out).size / 1024).toFixed(0)} KB, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
