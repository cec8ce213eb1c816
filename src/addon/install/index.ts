/**
 * Set up workbook: creates the method's sheets from sheets-templates/ and brings older or
 * partial ones up to date, without touching a cell the user typed.
 */
import { TEMPLATES } from '../../../sheets-templates';
import type { SheetId, SheetTemplate } from '../../../sheets-templates/types';
import { type SheetLayout, type WorkbookLayout, findLayout } from '../../../sheets-templates/layout';
import type { Lang } from '../../i18n';
import {
  locateSheet,
  recordPlacements,
  recordedFormulas,
  recordedSheets,
  settingRangeName,
  sheetEntries,
} from '../registry';
import { applyReport } from './reportSheet';
import { applySettings } from './settings';
import type { SetupReport } from './summary';
import { applyTable } from './table';
import { applyView } from './viewSheet';
import type { Today } from '../samples';

export type { SetupReport } from './summary';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface Placement {
  readonly template: SheetTemplate;
  readonly sheet: Sheet;
  readonly created: boolean;
  readonly layout?: SheetLayout;
}

/** Finds or creates every template sheet, then fills in what each one lacks. */
export function installTemplates(ss: Spreadsheet, lang: Lang, today: Today): SetupReport {
  const props = PropertiesService.getDocumentProperties();
  const recorded = recordedSheets(props);
  const ourFormulas = recordedFormulas(props);
  const report: SetupReport = { created: [], updated: [], foreign: [], occupied: [], unresolved: [] };
  const existing = sheetEntries(ss);
  let sheetCount = existing.length;

  const placements: Placement[] = [];
  for (const template of TEMPLATES) {
    const found = locateSheet(existing, template, recorded);
    if (!found) {
      const sheet = ss.insertSheet(template.name[lang], sheetCount++);
      placements.push({ template, sheet, created: true, layout: initialLayout(template) });
      continue;
    }
    if (!found.ours) {
      report.foreign.push(found.name);
      continue;
    }
    placements.push({
      template,
      sheet: found.sheet,
      created: false,
      layout: template.kind === 'table' ? findLayout(template, found.header) : undefined,
    });
  }

  const names = Object.fromEntries(TEMPLATES.map((t) => [t.id, t.name[lang]])) as Record<SheetId, string>;
  for (const p of placements) names[p.template.id] = p.sheet.getName();
  const workbook: WorkbookLayout = {
    lang,
    names,
    tables: Object.fromEntries(
      placements.filter((p) => p.layout).map((p) => [p.template.id, p.layout!.columns]),
    ),
    settingName: settingRangeName,
  };

  for (const p of placements) {
    const changed = applyTemplate(ss, p, workbook, ourFormulas, report, today);
    if (p.created) report.created.push(names[p.template.id]);
    else if (changed) report.updated.push(names[p.template.id]);
  }

  recordPlacements(
    props,
    Object.fromEntries(placements.map((p) => [p.template.id, p.sheet.getSheetId()])),
    ourFormulas,
  );
  return report;
}

function initialLayout(template: SheetTemplate): SheetLayout | undefined {
  return template.kind === 'table' ? findLayout(template, []) : undefined;
}

function applyTemplate(
  ss: Spreadsheet,
  p: Placement,
  workbook: WorkbookLayout,
  ourFormulas: Record<string, string>,
  report: SetupReport,
  today: Today,
): boolean {
  const { template } = p;
  switch (template.kind) {
    case 'table':
      return applyTable(p.sheet, template, p.layout!, p.created, workbook, ourFormulas, report, today);
    case 'settings':
      return applySettings(ss, p.sheet, template, p.created, workbook.lang, today);
    case 'report':
      return applyReport(p.sheet, template, p.created, workbook, report);
    case 'view':
      return applyView(p.sheet, template, p.created, workbook, report);
  }
}
