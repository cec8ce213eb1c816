/**
 * The price and focus doses, as a sales director meets them: a discount granted on Pricing
 * («Дать») moves the dashboard's overdose panel, which counts discounts granted, not asked for,
 * and those going to clients outside the target market segments.
 */
import { TEMPLATES } from '../../sheets-templates';
import type { ReportTemplate, TableTemplate } from '../../sheets-templates/types';
import { columnLetter, findLayout } from '../../sheets-templates/layout';
import type { Lang } from '../../src/i18n';
import type { LocalWorkbook } from '../../tools/local-workbook';
import type { Cell } from '../../src/core/vocabulary';

/** The client whose discount the demo grants: its request buys nothing, so the method never passed it. */
export const DEMO_GRANT = 'Дон-Трейд';

export interface Doses {
  readonly client: string;
  /** The request's verdict on Pricing when it was granted. */
  readonly verdict: string;
  /** The dashboard's price and focus lines after the grant: label, dose and warning sign. */
  readonly lines: ReadonlyArray<{
    readonly label: string;
    readonly dose: Cell;
    readonly percent: boolean;
    readonly warning: string;
  }>;
}

/** Types the decision «Дать» (Give) on the demo client's discount request, then reads the doses. */
export function grantDemoDiscount(wb: LocalWorkbook, lang: Lang): Doses {
  const template = TEMPLATES.find((t): t is TableTemplate => t.kind === 'table' && t.id === 'pricing')!;
  const sheet = template.name[lang];
  const [header, ...rows] = wb.values(sheet) as Cell[][];
  const layout = findLayout(template, header);
  const at = (key: string) => layout.columns.get(key)!;
  const row = rows.findIndex((r) => r[at('client') - 1] === DEMO_GRANT) + 2;
  if (row < 2) throw new Error(`no discount request of ${DEMO_GRANT} on ${sheet}`);
  const give = template.columns.find((c) => c.key === 'decision')!.choices![lang][0];
  wb.asUser((ss) => ss.getSheetByName(sheet)!.getRange(row, at('decision')).setValue(give));
  const verdict = String(wb.value(sheet, `${columnLetter(at('verdict'))}${row}`));
  return { client: DEMO_GRANT, verdict, lines: doseLines(wb, lang) };
}

function doseLines(wb: LocalWorkbook, lang: Lang): Doses['lines'] {
  const dashboard = TEMPLATES.find((t): t is ReportTemplate => t.kind === 'report')!;
  const name = dashboard.name[lang];
  return dashboard.lines.flatMap((l, i) =>
    /^(Price|Focus):/.test(l.label.en)
      ? [
          {
            label: l.label[lang],
            dose: wb.value(name, `B${i + 3}`) as Cell,
            percent: l.format === '0%',
            warning: String(wb.value(name, `C${i + 3}`)),
          },
        ]
      : [],
  );
}

/** What the demo prints of it: one line per dose, a share as a percentage. */
export function doseReport(d: Doses): string[] {
  const shown = (l: Doses['lines'][number]) =>
    l.percent && typeof l.dose === 'number' ? `${Math.round(l.dose * 100)} %` : String(l.dose);
  return [
    `Doses after granting ${d.client} its discount (${d.verdict}):`,
    ...d.lines.map((l) => `  ${shown(l).padStart(6)}  ${l.label}${l.warning ? `  ${l.warning}` : ''}`),
  ];
}
