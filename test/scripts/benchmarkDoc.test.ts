/**
 * docs/benchmark.md is written by a full `npm run bench` from its report. Timings belong to
 * the page, not to assertions: this checks what the page says around them (when, which commit,
 * which machine, every figure against its target) and that the committed page is such a page.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Figure, figure } from '../../scripts/bench/figures';
import { type BenchReport, benchmarkMarkdown, commitStamp } from '../../scripts/bench/report';

const ROOT = join(__dirname, '../..');

function report(figures: Figure[]): BenchReport {
  return {
    mode: 'full',
    date: '2026-11-26T09:30:00.000Z',
    commit: 'abc1234',
    machine: { node: 'v20.20.2', platform: 'linux x64', cpu: 'AMD EPYC', cores: 2 },
    sizes: { rows: 10_000, repetitions: 15 },
    figures,
    details: {
      customFunctions: {
        SEGMENT: { contextifiedMs: 61.2 },
        ABC_CLASS: { contextifiedMs: 20 },
        CLIENT_LATEST: { contextifiedMs: 30, records: 120_000 },
      },
    },
  };
}

const MET = [
  figure('customFunction.SEGMENT.oneCallMs', 'SEGMENT, one call on 10,000 rows', 20.04, 'ms', {
    op: '<=',
    value: 25,
  }),
  figure('customFunction.SEGMENT.perCellRatio', 'SEGMENT, 10,000 single-cell calls ÷ one call', 12.3, '×'),
  figure('customFunction.ABC_CLASS.oneCallMs', 'ABC_CLASS, one call on 10,000 rows', 9.3, 'ms', {
    op: '<=',
    value: 25,
  }),
  figure(
    'customFunction.CLIENT_LATEST.oneCallMs',
    'CLIENT_LATEST, one call on 10,000 rows over 120,000 records',
    12,
    'ms',
    { op: '<=', value: 25 },
  ),
  figure('serviceCalls.setup.ratio', 'Set up workbook (new spreadsheet): 1209 calls vs 123,258', 102, '×', {
    op: '>=',
    value: 100,
  }),
  figure(
    'sidebar.interactiveMs',
    'Sidebar time to interactive (headless Chromium)',
    null,
    'ms',
    {
      op: '<=',
      value: 300,
    },
    'no Chromium at /usr/bin/chromium',
  ),
  figure('fbs.absenceGapsMs', 'FBS_ABSENCE_GAPS, 100 people × 300 functions', 5.1, 'ms', {
    op: '<=',
    value: 100,
  }),
];

describe('docs/benchmark.md as a full run writes it', () => {
  it('is stamped with the date, the commit and the machine', () => {
    const page = benchmarkMarkdown(report(MET));
    expect(page).toContain('Measured on 2026-11-26 (09:30 UTC), commit `abc1234`');
    expect(page).toContain('on 2 cores of AMD EPYC (linux x64), Node v20.20.2');
    expect(page).toContain('medians of 15 runs');
    const loaded = {
      ...report(MET),
      machine: { ...report(MET).machine, loadAverage: { start: 5.18, end: 6.43 } },
    };
    expect(benchmarkMarkdown(loaded)).toContain(
      'Node v20.20.2; the 1-minute load average was 5.2 at the start and 6.4 at the end: more work than cores, so the times are high.',
    );
  });

  it('gives every figure with its target and status, custom functions one per row', () => {
    const page = benchmarkMarkdown(report(MET));
    expect(page).toContain('| `SEGMENT` | 20 ms | ≤ 25 ms | met |  | 12.3 × | 61.2 ms |');
    expect(page).toContain('| `ABC_CLASS` | 9.3 ms | ≤ 25 ms | met |  | needs the whole range | 20 ms |');
    expect(page).toContain(
      '| `CLIENT_LATEST` | 12 ms | ≤ 25 ms | met | 120,000 records | needs the whole range | 30 ms |',
    );
    expect(page).toContain(
      '| Set up workbook (new spreadsheet): 1209 calls vs 123,258 | 102 × | ≥ 100 × | met |',
    );
    expect(page).toContain('n/a (no Chromium at /usr/bin/chromium) | ≤ 300 ms | unavailable |');
    expect(page).toContain('**5 targets met, 0 missed, 1 figure unavailable.**');
    expect(page).not.toContain('Where a target is missed');
  });

  it('says, for each missed target, what costs and what would meet it', () => {
    const missed = [
      ...MET,
      figure('bundle.sizeKb', 'dist/Code.js size', 158.2, 'KB', { op: '<=', value: 100 }),
      figure('customFunction.CLIENT_SIGNALS.oneCallMs', 'CLIENT_SIGNALS, one call on 10,000 rows', 53, 'ms', {
        op: '<=',
        value: 25,
      }),
    ];
    const page = benchmarkMarkdown(report(missed));
    expect(page).toContain('| dist/Code.js size | 158 KB | ≤ 100 KB | **missed** |');
    const why = page.slice(page.indexOf('## Where a target is missed'));
    expect(why).toMatch(/- \*\*dist\/Code\.js size\.\*\* Most of `dist\/Code\.js` is text/);
    expect(why).toMatch(/- \*\*CLIENT_SIGNALS, one call on 10,000 rows\.\*\* `CLIENT_SIGNALS` reads twelve/);
  });

  it('names the commit measured, or says it is uncommitted outside git', () => {
    expect(commitStamp(ROOT, 'docs/benchmark.md')).toMatch(/^[0-9a-f]{7,}( with uncommitted changes)?$/);
    const elsewhere = mkdtempSync(join(tmpdir(), 'no-git-'));
    try {
      expect(commitStamp(elsewhere, 'docs/benchmark.md')).toBe('uncommitted');
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('is committed as a full run wrote it', () => {
    const page = readFileSync(join(ROOT, 'docs/benchmark.md'), 'utf8');
    expect(page).toMatch(/^# Benchmark\n\n<!-- Generated by npm run bench/);
    expect(page).toMatch(
      /Measured on \d{4}-\d{2}-\d{2} \(\d{2}:\d{2} UTC\), commit `[^`]+`, on \d+ cores of /,
    );
    expect(page).toContain('one call on 10,000 rows');
    for (const heading of ['## Custom functions', '## Spreadsheet service calls', '## Bundle and sidebar'])
      expect(page).toContain(heading);
  });
});
