/**
 * Set up workbook: creates the method's sheets from sheets-templates/ and brings older or
 * partial ones up to date, without touching a cell the user typed.
 */
import { TEMPLATES } from '../../../sheets-templates';
import type { SheetId, SheetTemplate } from '../../../sheets-templates/types';
import { type SheetLayout, type WorkbookLayout, findLayout } from '../../../sheets-templates/layout';
import type { Lang } from '../../i18n';
import type { Cell } from '../../core/vocabulary';
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
import { type PlacedTable, moveRetiredValues } from './history';
import type { Today } from '../samples';

export type { SetupReport } from './summary';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface Placement {
  readonly template: SheetTemplate;
  readonly sheet: Sheet;
  readonly created: boolean;
  readonly layout?: SheetLayout;
  readonly header?: readonly Cell[];
}

/** Finds or creates every template sheet, then fills in what each one lacks. */
export function installTemplates(ss: Spreadsheet, lang: Lang, today: Today): SetupReport {
  const props = PropertiesService.getDocumentProperties();
  const recorded = recordedSheets(props);
  const ourFormulas = recordedFormulas(props);
  const report: SetupReport = {
    created: [],
    updated: [],
    foreign: [],
    occupied: [],
    unresolved: [],
    moved: [],
  };
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
      header: found.header,
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

  // Formulas refer across sheets (Clients to Monitoring's columns), and inserting columns shifts
  // references beyond them: every sheet gets its full width before any formula is written.
  for (const p of placements) if (p.layout) widen(p.sheet, p.layout);
  for (const p of placements) {
    const changed = applyTemplate(ss, p, workbook, ourFormulas, report, today);
    if (p.created) report.created.push(names[p.template.id]);
    else if (changed) report.updated.push(names[p.template.id]);
  }
  const table = (id: SheetId): PlacedTable | undefined => {
    const p = placements.find((x) => x.template.id === id);
    return p?.template.kind === 'table' && p.layout
      ? { template: p.template, sheet: p.sheet, created: p.created, layout: p.layout, header: p.header ?? [] }
      : undefined;
  };
  moveRetiredValues(table('clients'), table('monitoring'), lang, today, report);

  recordPlacements(
    props,
    Object.fromEntries(placements.map((p) => [p.template.id, p.sheet.getSheetId()])),
    ourFormulas,
  );
  return report;
}

/** A new sheet has 26 columns: only a wider layout needs asking for and inserting more. */
const NEW_SHEET_COLUMNS = 26;

function widen(sheet: Sheet, layout: SheetLayout): void {
  const needed = Math.max(...layout.columns.values());
  if (needed <= NEW_SHEET_COLUMNS) return;
  const has = sheet.getMaxColumns();
  if (has < needed) sheet.insertColumnsAfter(has, needed - has);
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
  }
}
