/** What setup did, for the message it ends with. */

export interface SetupReport {
  readonly created: string[];
  readonly updated: string[];
  readonly foreign: string[];
  readonly occupied: string[];
  /** Formulas that need a sheet left alone as foreign, so they could not be built. */
  readonly unresolved: string[];
  /** Values of an older version's columns moved to the sheet that now holds them (client history). */
  readonly moved: Array<{ readonly clients: number; readonly from: string; readonly to: string }>;
}

/** A formula, or undefined (noted in the report) when it needs a sheet that isn't the add-on's. */
export function buildFormula(build: () => string, where: string, report: SetupReport): string | undefined {
  try {
    return build();
  } catch {
    report.unresolved.push(where);
    return undefined;
  }
}
