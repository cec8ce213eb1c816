/**
 * What the demo workbook shows, read back from its sheets as a manager would read them:
 * clients per segment, FBS functions short of backups, the weeks the absence planner checks, monitoring signals.
 */
import { isBlank } from '../../src/core/cells';
import { findLayout } from '../../sheets-templates/layout';
import { SIGNALS, type Signal } from '../../src/core/monitoring';
import { type SegmentGroup } from '../../src/core/segment';
import { type Lang, texts } from '../../src/i18n';
import type { LocalWorkbook } from '../../tools/local-workbook';
import { type NewPeriod, tableTemplate } from './run';
import { type Cell } from '../../src/core/vocabulary';
import { segmentLabel } from '../../src/present/segment';

export interface DemoSummary {
  readonly clients: number;
  /** Clients per segment label (3 first), then rows whose segment is a ⚠ text. */
  readonly segments: ReadonlyArray<{ readonly label: string; readonly count: number }>;
  readonly fbs: {
    readonly functions: number;
    /** Functions short of backups for their level. */
    readonly short: number;
    /** Functions without an owner or a level, or with a role that can't be read (⚠). */
    readonly problems: number;
    /** The weeks of FBS Absences, in order: functions left short, and which (those that stop first). */
    readonly weeks: ReadonlyArray<{ readonly short: Cell; readonly names: string }>;
  };
  readonly signals: {
    readonly rows: number;
    readonly rowsWithSignals: number;
    readonly byKind: Readonly<Partial<Record<Signal, number>>>;
  };
}

/** The rows of a template sheet that hold data, each as key → value. */
function tableRows(wb: LocalWorkbook, id: string, lang: Lang, keyed?: string): Array<(key: string) => Cell> {
  const template = tableTemplate(id);
  const values = wb.values(template.name[lang]) as Cell[][];
  if (values.length === 0) return [];
  const layout = findLayout(template, values[0]);
  const first = keyed ?? template.columns[0].key;
  const at = (row: readonly Cell[]) => (key: string) => row[layout.columns.get(key)! - 1] ?? '';
  return values
    .slice(1)
    .map(at)
    .filter((get) => !isBlank(get(first)));
}

export function summarize(wb: LocalWorkbook, lang: Lang): DemoSummary {
  const clients = tableRows(wb, 'clients', lang);
  const segmentOf = (get: (k: string) => Cell) => String(get('segment')).charAt(0);
  const groups: SegmentGroup[] = [3, 2, 1, 0];
  const segments = [
    ...groups.map((g) => ({
      label: segmentLabel(g, lang),
      count: clients.filter((c) => segmentOf(c) === String(g)).length,
    })),
    { label: '⚠', count: clients.filter((c) => segmentOf(c) === '⚠').length },
  ];

  const matrix = tableRows(wb, 'fbsMatrix', lang);
  const gaps = matrix.map((get) => get('gap'));
  const fbs = {
    functions: matrix.length,
    short: gaps.filter((g) => typeof g === 'number' && g > 0).length,
    problems: gaps.filter((g) => String(g).startsWith('⚠')).length,
    weeks: tableRows(wb, 'fbsAbsences', lang, 'periodStart').map((get) => ({
      short: get('uncovered'),
      names: String(get('uncoveredFunctions')),
    })),
  };

  const monitoring = tableRows(wb, 'monitoring', lang);
  const named = texts[lang].monitoring.signals;
  const kindOf = new Map(SIGNALS.map((s) => [named[s], s] as const));
  const byKind: Partial<Record<Signal, number>> = {};
  let rowsWithSignals = 0;
  for (const get of monitoring) {
    const text = String(get('signals'));
    if (text === '') continue;
    rowsWithSignals += 1;
    // Signals are joined by "; ", which no signal text contains; an insolvent client's one
    // recommendation names what else is seen after it.
    for (const part of text.split('; ')) {
      const kind = kindOf.get(part) ?? SIGNALS.find((s) => part.startsWith(`${named[s]} (`));
      if (kind) byKind[kind] = (byKind[kind] ?? 0) + 1;
    }
  }
  return {
    clients: clients.length,
    segments,
    fbs,
    signals: { rows: monitoring.length, rowsWithSignals, byKind },
  };
}

export function summaryLines(s: DemoSummary, lang: Lang, newPeriod?: NewPeriod): string[] {
  const named = texts[lang].monitoring.signals;
  const total = Object.values(s.signals.byKind).reduce((a, b) => a + b, 0);
  return [
    ...(newPeriod
      ? [
          `A new period typed into Monitoring moved a client on Clients: ${newPeriod.client}, ` +
            `${newPeriod.period}: ${newPeriod.before} → ${newPeriod.after}`,
        ]
      : []),
    `Clients per segment (${s.clients} clients):`,
    ...s.segments.map((x) => `  ${String(x.count).padStart(6)}  ${x.label}`),
    `FBS: ${s.fbs.short} of ${s.fbs.functions} functions short of backups, ` +
      `${s.fbs.problems} without an owner or a level`,
    `FBS absence planner, week by week (a function stops with nobody present, has no reserve with too few):`,
    ...s.fbs.weeks.map((w, i) => `  week ${i + 1}: ${w.short} short${w.names === '' ? '' : `: ${w.names}`}`),
    `Signals raised: ${total} on ${s.signals.rowsWithSignals} of ${s.signals.rows} monitoring rows`,
    ...SIGNALS.filter((k) => s.signals.byKind[k]).map(
      (k) => `  ${String(s.signals.byKind[k]).padStart(6)}  ${named[k].split(':')[0]}`,
    ),
  ];
}
