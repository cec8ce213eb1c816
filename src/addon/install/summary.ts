/**
 * What setup did, for the message it ends with: what it created and repaired, and what it
 * left alone and why. Every line names the sheets, cells or settings concerned.
 */
import { MissingSheet } from '../../../sheets-templates/layout';
import type { SheetId } from '../../../sheets-templates/types';
import { type Lang, texts } from '../../i18n';

export interface SetupReport {
  readonly created: string[];
  /** Sheets completed in ways no other line names (a check or colour put back, a frozen header). */
  readonly updated: string[];
  readonly foreign: string[];
  /** Cells of computed columns holding the user's data, left alone: `Клиенты!P2 («…»)`. */
  readonly occupied: string[];
  /** Formulas not written because a sheet they need is the user's, by that sheet. */
  readonly unresolved: Array<{ readonly where: string; readonly sheet: SheetId }>;
  /** Formulas that cannot fill their column, and the typed cells in the way. */
  readonly blocked: Array<{ readonly cell: string; readonly column: string; readonly typed: string }>;
  readonly rowsAdded: string[];
  /** Template columns added back: `Клиенты — «Сегмент» (столбец T)`. */
  readonly columnsRestored: string[];
  /** Columns found by an older header and given today's: `Цены — «Решение» теперь «…» (столбец N)`. */
  readonly columnsRenamed: string[];
  /** Tables of one sheet set apart by an empty column inserted between them: `FBS Отсутствия — «Неделя с» (теперь столбец F)`. */
  readonly spaced: string[];
  /** Cells whose formula of the add-on was deleted or broken, and is written again. */
  readonly formulasRestored: string[];
  /** Sheets whose protection, colours or checks now reach their last row again. */
  readonly extended: string[];
  readonly settingsRelinked: string[];
  readonly settingsAdded: string[];
  /** Values of an older version's columns moved to the sheet that now holds them (client history). */
  readonly moved: Array<{ readonly clients: number; readonly from: string; readonly to: string }>;
}

export function emptyReport(): SetupReport {
  return {
    created: [],
    updated: [],
    foreign: [],
    occupied: [],
    unresolved: [],
    blocked: [],
    rowsAdded: [],
    columnsRestored: [],
    columnsRenamed: [],
    spaced: [],
    formulasRestored: [],
    extended: [],
    settingsRelinked: [],
    settingsAdded: [],
    moved: [],
  };
}

/** Adds `item` to a list of the report once. */
export function note(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

/** A formula, or undefined (noted in the report) when it needs a sheet that isn't the add-on's. */
export function buildFormula(build: () => string, where: string, report: SetupReport): string | undefined {
  try {
    return build();
  } catch (e) {
    if (!(e instanceof MissingSheet)) throw e;
    report.unresolved.push({ where, sheet: e.sheet });
    return undefined;
  }
}

/** The message setup ends with; `names` gives the workbook's name of each template sheet. */
export function summaryText(lang: Lang, r: SetupReport, names: Readonly<Record<SheetId, string>>): string {
  const t = texts[lang].addon.setup;
  const list = (items: readonly string[], text: (s: string) => string) =>
    items.length ? text(items.join(', ')) : '';
  const needed = [...new Set(r.unresolved.map((u) => u.sheet))].map((sheet) => {
    const cells = r.unresolved.filter((u) => u.sheet === sheet).map((u) => u.where);
    return (sheet === 'settings' ? t.needsSettings : t.unresolved)(names[sheet], cells.join(', '));
  });
  const lines = [
    list(r.created, t.created),
    list(r.columnsRestored, t.columnsRestored),
    list(r.columnsRenamed, t.columnsRenamed),
    list(r.spaced, t.spaced),
    list(r.formulasRestored, t.formulasRestored),
    list(r.rowsAdded, t.rowsAdded),
    list(r.extended, t.extended),
    list(r.settingsRelinked, t.settingsRelinked),
    list(r.settingsAdded, t.settingsAdded),
    ...r.moved.map((m) => t.moved(m.clients, m.from, m.to)),
    list(r.updated, t.updated),
    list(r.foreign, t.foreign),
    ...needed,
    list(r.occupied, t.occupied),
    ...r.blocked.map((b) => t.blocked(b.cell, b.column, b.typed)),
  ].filter(Boolean);
  return lines.length ? lines.join('\n\n') : t.unchanged;
}
