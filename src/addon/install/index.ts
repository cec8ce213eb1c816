/**
 * Set up workbook: creates the method's sheets from sheets-templates/ and brings older,
 * partial or damaged ones back to whole, without touching a cell the user typed. The caller
 * holds the document lock (src/addon/lock.ts): setup never takes it itself.
 */
import { TEMPLATES } from '../../../sheets-templates';
import { settings } from '../../../sheets-templates/settings';
import type { SheetId, SheetTemplate } from '../../../sheets-templates/types';
import {
  MissingSheet,
  type SheetLayout,
  type WorkbookLayout,
  findLayout,
  spacersWanted,
  withSpacers,
} from '../../../sheets-templates/layout';
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
import type { Today } from '../samples';
import { Reuse } from './checks';
import { applyReport } from './reportSheet';
import { applySettings } from './settings';
import { type PlacedTable, moveRetiredValues } from './history';
import { type SetupReport, emptyReport, note } from './summary';
import { applyTable, insertSpacers } from './table';
import { applyView } from './viewSheet';

export { type SetupReport, summaryText } from './summary';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface Placement {
  readonly template: SheetTemplate;
  readonly sheet: Sheet;
  readonly name: string;
  /** The sheet's id, when it was found; a created sheet's is asked for once, to record it. */
  readonly id?: number;
  readonly created: boolean;
  readonly layout?: SheetLayout;
  readonly header?: readonly Cell[];
  /** Empty columns to insert before the layout holds (spacersWanted). */
  readonly spacers?: readonly number[];
}

export interface SetupResult {
  readonly report: SetupReport;
  /** The workbook's name of each template sheet (the template's own where none is the add-on's). */
  readonly names: Readonly<Record<SheetId, string>>;
}

/** Finds or creates every template sheet, then fills in what each one lacks. */
export function installTemplates(ss: Spreadsheet, lang: Lang, today: Today): SetupResult {
  const props = PropertiesService.getDocumentProperties();
  const ourFormulas = recordedFormulas(props);
  const report = emptyReport();
  const foreign: Partial<Record<SheetId, string>> = {};
  const placements = placeTemplates(ss, lang, recordedSheets(props), foreign);
  report.foreign.push(...Object.values(foreign));

  const names = Object.fromEntries(TEMPLATES.map((t) => [t.id, t.name[lang]])) as Record<SheetId, string>;
  for (const p of placements) names[p.template.id] = p.name;
  // A template left to a sheet of the user's is named as that sheet is, for the summary to say which.
  for (const [id, name] of Object.entries(foreign)) names[id as SheetId] = name;
  const settingsPlaced = placements.some((p) => p.template.kind === 'settings');
  const workbook: WorkbookLayout = {
    lang,
    names,
    tables: Object.fromEntries(
      placements.filter((p) => p.layout).map((p) => [p.template.id, p.layout!.columns]),
    ),
    // A sheet of the user's holds the Settings name: formulas that need a setting wait for it to be renamed.
    settingName: (key) => {
      if (!settingsPlaced) throw new MissingSheet('settings');
      return settingRangeName(key);
    },
    marketSegmentsColumn: () => {
      if (!settingsPlaced) throw new MissingSheet('settings');
      return settings.marketSegments.column;
    },
  };

  // Formulas refer across sheets (Clients to Monitoring's columns), and inserting columns shifts
  // references beyond them: every sheet gets its gaps and full width before any formula is written.
  for (const p of placements) {
    if (!p.layout) continue;
    if (p.spacers?.length) insertSpacers(p.sheet, p.name, p.layout, p.spacers, lang, report);
    widen(p.sheet, p.layout);
  }
  const reuse = new Reuse(ss);
  for (const p of placements) {
    const { template, sheet, created } = p;
    switch (template.kind) {
      case 'table':
        applyTable({
          sheet,
          template,
          layout: p.layout!,
          created,
          workbook,
          ourFormulas,
          report,
          today,
          reuse,
        });
        break;
      case 'settings':
        applySettings({ ss, sheet, template, created, lang, today, reuse, report });
        break;
      case 'report':
        applyReport({ sheet, template, created, workbook, ourFormulas, report });
        break;
      case 'view':
        if (applyView({ sheet, template, created, workbook, ourFormulas, report }) && !created)
          note(report.updated, p.name);
        break;
    }
    if (created) report.created.push(p.name);
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
    Object.fromEntries(placements.map((p) => [p.template.id, p.id ?? p.sheet.getSheetId()])),
    ourFormulas,
  );
  return { report, names };
}

/**
 * Each template's sheet: the one found, or a new one. A sheet of the user's with a template's
 * name is left alone and noted in `foreign`.
 */
function placeTemplates(
  ss: Spreadsheet,
  lang: Lang,
  recorded: Partial<Record<SheetId, number>>,
  foreign: Partial<Record<SheetId, string>>,
): Placement[] {
  const existing = sheetEntries(ss);
  let sheetCount = existing.length;
  const placements: Placement[] = [];
  for (const template of TEMPLATES) {
    const found = locateSheet(existing, template, recorded);
    if (!found) {
      const name = template.name[lang];
      const sheet = ss.insertSheet(name, sheetCount++);
      const layout = template.kind === 'table' ? findLayout(template, []) : undefined;
      placements.push({ template, sheet, name, created: true, layout });
    } else if (!found.ours) {
      foreign[template.id] = found.name;
    } else {
      const spacers = template.kind === 'table' ? spacersWanted(template, found.header) : [];
      const header = withSpacers(found.header, spacers, '');
      placements.push({
        template,
        sheet: found.sheet,
        name: found.name,
        id: found.id,
        created: false,
        layout: template.kind === 'table' ? findLayout(template, header) : undefined,
        header,
        spacers,
      });
    }
  }
  return placements;
}

/** A new sheet has 26 columns: only a wider layout needs asking for and inserting more. */
const NEW_SHEET_COLUMNS = 26;

function widen(sheet: Sheet, layout: SheetLayout): void {
  const needed = Math.max(...layout.columns.values());
  if (needed <= NEW_SHEET_COLUMNS) return;
  const has = sheet.getMaxColumns();
  if (has < needed) sheet.insertColumnsAfter(has, needed - has);
}
