/** A benchmark figure against its target, and the table the benchmark prints. */

export interface Target {
  readonly op: '<=' | '>=' | '=';
  readonly value: number;
}

export type Status = 'met' | 'missed' | 'unavailable' | 'info';

export interface Figure {
  /** Stable key for bench.json readers, e.g. `customFunction.SEGMENT.oneCallMs`. */
  readonly id: string;
  readonly label: string;
  /** null when it could not be measured (see `note`). */
  readonly value: number | null;
  readonly unit: string;
  readonly target?: Target;
  readonly status: Status;
  readonly note?: string;
}

export function figure(
  id: string,
  label: string,
  value: number | null,
  unit: string,
  target?: Target,
  note?: string,
): Figure {
  const status: Status =
    value === null || !Number.isFinite(value)
      ? 'unavailable'
      : !target
        ? 'info'
        : (
              target.op === '<='
                ? value <= target.value
                : target.op === '>='
                  ? value >= target.value
                  : value === target.value
            )
          ? 'met'
          : 'missed';
  return {
    id,
    label,
    value: value !== null && Number.isFinite(value) ? value : null,
    unit,
    ...(target ? { target } : {}),
    status,
    ...(note ? { note } : {}),
  };
}

/** A number as people read it: three significant digits at most, thousands grouped. */
export function shortNumber(n: number): string {
  const abs = Math.abs(n);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

const targetText = (t?: Target) =>
  t ? `${t.op === '=' ? '=' : t.op === '<=' ? '≤' : '≥'} ${shortNumber(t.value)}` : '';

/** The figures as rows of a plain-text (and Markdown) table. */
export function table(figures: readonly Figure[]): string[] {
  const rows = [
    ['figure', 'measured', 'target', 'status'],
    ...figures.map((f) => [
      f.label,
      f.value === null ? `n/a${f.note ? ` (${f.note})` : ''}` : `${shortNumber(f.value)} ${f.unit}`.trim(),
      f.target ? `${targetText(f.target)} ${f.unit}`.trim() : '',
      f.status === 'info' ? '' : f.status,
    ]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: readonly string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  return [line(rows[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.slice(1).map(line)];
}
