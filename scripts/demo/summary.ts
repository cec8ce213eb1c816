/**
 * What the demo workbook shows, read back from its sheets as a manager would read them:
 * clients per segment, FBS functions short of backups, the weeks the absence planner checks,
 * monitoring signals, and the offer lines whose sales fall, ordered at today's rate.
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
import { orderQuantity, orderUpToLevel } from '../../src/core/stock';

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
  /** Offer lines whose sales fell at every step of the recent periods. */
  readonly shrinking: readonly ShrinkingLine[];
}

export interface ShrinkingLine {
  readonly item: string;
  readonly client: string;
  /** Sales in the first of the recent periods, and in the latest. */
  readonly first: number;
  readonly latest: number;
  /** ORDER_SIZE as the sheet shows it, fed today's rate. */
  readonly order: number;
  /** What the mean and deviation of all the periods would have ordered (the rule before). */
  readonly averageOrder: number;
  readonly fasterDays: number;
  readonly fasterOrder: number;
  readonly saving: number;
}

/** A setting's value, read through its named range as the formulas read it. */
function setting(wb: LocalWorkbook, name: string): Cell {
  const at = wb.namedRanges()[name];
  const bang = at.lastIndexOf('!');
  const sheet = at.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
  return wb.value(
    sheet,
    at
      .slice(bang + 1)
      .replace(/\$/g, '')
      .split(':')[0],
  ) as Cell;
}

function shrinkingLines(wb: LocalWorkbook, lang: Lang): ShrinkingLine[] {
  const falling = texts[lang].offers.trend.falling;
  const serviceLevel = Number(setting(wb, 'AC_SERVICE_LEVEL'));
  const periodDays = Number(setting(wb, 'AC_PERIOD_DAYS'));
  const fasterDays = Number(setting(wb, 'AC_FASTER_DAYS'));
  const recent = Number(setting(wb, 'AC_RECENT_PERIODS'));
  return tableRows(wb, 'offers', lang)
    .filter((get) => get('trend') === falling && typeof get('orderSize') === 'number')
    .map((get) => {
      const sales = [1, 2, 3, 4, 5, 6]
        .map((i) => get(`sales${i}`))
        .filter((v): v is number => typeof v === 'number');
      const mean = sales.reduce((a, b) => a + b, 0) / sales.length;
      const sd = Math.sqrt(sales.reduce((a, b) => a + (b - mean) ** 2, 0) / sales.length);
      const level = orderUpToLevel({
        avgDemand: mean / periodDays,
        demandSd: sd / Math.sqrt(periodDays),
        leadTime: Number(get('leadTime')),
        reviewPeriod: Number(get('reviewDays')),
        serviceLevel,
      });
      return {
        item: String(get('item')),
        client: String(get('client')),
        first: sales[Math.max(0, sales.length - recent)],
        latest: sales[sales.length - 1],
        order: Number(get('orderSize')),
        averageOrder: orderQuantity(level, Number(get('onHand')) + Number(get('onOrder') || 0)),
        fasterDays,
        fasterOrder: Number(get('fasterOrder')),
        saving: Number(get('fasterSaving')),
      };
    })
    .filter((line) => line.order < line.averageOrder);
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
    shrinking: shrinkingLines(wb, lang),
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
    ...s.shrinking.map(
      (x) =>
        `Offers: ${x.item}${x.client ? ` (${x.client})` : ''} sells less each of its latest periods (${x.first} → ${x.latest}): ` +
        `order ${x.order} units at today's rate, not the ${x.averageOrder} of the average of all periods; ` +
        `with delivery ${x.fasterDays} days faster ${x.fasterOrder}, ${x.saving} less of the client's money in stock`,
    ),
  ];
}
