/**
 * The computed columns' formulas, one per column in row 2. On an existing sheet a formula is
 * written where the cell is free, holds an older formula of ours, or holds one that a deleted
 * column broke (#REF!); a cell holding the user's data is reported and left. A formula whose
 * results can't spill because values are typed below it is reported with those values.
 */
import type { TableTemplate } from '../../../sheets-templates/types';
import {
  type PlacedColumn,
  type SheetLayout,
  type WorkbookLayout,
  columnLetter,
  formulaContext,
} from '../../../sheets-templates/layout';
import { formulaCellState, formulaFingerprint } from '../../core/formula';
import { isBlank } from '../../core/cells';
import type { Cell } from '../../core/vocabulary';
import { type Lang, texts } from '../../i18n';
import { quoteValue } from '../../i18n/common';
import { type SetupReport, buildFormula } from './summary';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** At most this many typed cells are named when they block a column. */
const MAX_NAMED = 3;

export interface PlannedFormula {
  readonly at: number;
  /** `clients.segment`: the key the formula is recorded under, to know it as ours next time. */
  readonly id: string;
  readonly formula: string;
  readonly header: string;
}

/** The formula of every computed column that has one, as this workbook is laid out. */
export function plannedFormulas(
  template: TableTemplate,
  layout: SheetLayout,
  workbook: WorkbookLayout,
  report: SetupReport,
): PlannedFormula[] {
  const ctx = formulaContext(workbook, template.id);
  return layout.placed.flatMap((p: PlacedColumn) => {
    if (!p.column.formula) return [];
    const at = layout.columns.get(p.key)!;
    const where = `${workbook.names[template.id]}!${columnLetter(at)}2`;
    const built = buildFormula(() => p.column.formula!(ctx), where, report);
    if (built === undefined) return [];
    return [{ at, id: `${template.id}.${p.key}`, formula: `=${built}`, header: p.header[workbook.lang] }];
  });
}

/** Runs of adjacent columns' formulas, each written by one call. */
export function formulaRuns(plans: readonly PlannedFormula[]): PlannedFormula[][] {
  const runs: PlannedFormula[][] = [];
  for (const p of [...plans].sort((a, b) => a.at - b.at)) {
    const last = runs.at(-1);
    if (last && last.at(-1)!.at === p.at - 1) last.push(p);
    else runs.push([p]);
  }
  return runs;
}

/** A new sheet: a run of formulas written into `range`, its row-2 cells. */
export function writeFormulas(
  range: GoogleAppsScript.Spreadsheet.Range,
  run: readonly PlannedFormula[],
  ourFormulas: Record<string, string>,
): void {
  range.setFormulas([run.map((p) => p.formula)]);
  for (const p of run) ourFormulas[p.id] = formulaFingerprint(p.formula);
}

export interface FormulaRepair {
  readonly sheetName: string;
  readonly lang: Lang;
  readonly ourFormulas: Record<string, string>;
  readonly report: SetupReport;
  /** Columns added by this setup: their formula is part of putting the column back. */
  readonly added: ReadonlySet<number>;
}

/**
 * An existing sheet: row 2 read once; only what is missing, older or broken is written.
 * 'restored' when a formula was deleted or broken, 'updated' when only older ones were replaced.
 */
export function repairFormulas(
  sheet: Sheet,
  plans: readonly PlannedFormula[],
  r: FormulaRepair,
): 'none' | 'updated' | 'restored' {
  if (plans.length === 0) return 'none';
  const row2 = sheet.getRange(2, 1, 1, Math.max(...plans.map((p) => p.at)));
  const formulas = row2.getFormulas()[0];
  const values = row2.getValues()[0] as Cell[];
  let change: 'none' | 'updated' | 'restored' = 'none';
  for (const p of plans) {
    const current = formulas[p.at - 1];
    const value = values[p.at - 1];
    const cell = `${r.sheetName}!${columnLetter(p.at)}2`;
    const state = formulaCellState(current, isBlank(value), p.formula, r.ourFormulas[p.id]);
    if (state === 'same') {
      if (value === '#REF!') noteBlocked(sheet, p, cell, r);
      continue;
    }
    if (state === 'taken') {
      r.report.occupied.push(`${cell} (${quoteValue(current || value, r.lang)})`);
      continue;
    }
    sheet.getRange(2, p.at).setFormula(p.formula);
    r.ourFormulas[p.id] = formulaFingerprint(p.formula);
    if (state === 'broken' || (state === 'free' && !r.added.has(p.at))) {
      r.report.formulasRestored.push(cell);
      change = 'restored';
    } else if (change === 'none') change = 'updated';
  }
  return change;
}

/**
 * A formula of ours showing #REF! is blocked: its results would overwrite values typed below
 * it. Those cells are the user's, so they are only named, never cleared.
 */
function noteBlocked(sheet: Sheet, p: PlannedFormula, cell: string, r: FormulaRepair): void {
  const last = sheet.getLastRow();
  if (last < 3) return;
  const letter = columnLetter(p.at);
  const below = sheet.getRange(3, p.at, last - 2, 1).getValues() as Cell[][];
  const typed = below.flatMap(([v], i) => (isBlank(v) ? [] : [[i + 3, v] as const]));
  if (typed.length === 0) return;
  const t = texts[r.lang].addon.setup;
  const named = typed
    .slice(0, MAX_NAMED)
    .map(([row, v]) => t.typedCell(`${letter}${row}`, quoteValue(v, r.lang)));
  if (typed.length > MAX_NAMED) named.push('…');
  r.report.blocked.push({ cell, column: p.header, typed: named.join(', ') });
}
