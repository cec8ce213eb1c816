/**
 * Clients and Monitoring as an import finds them: each sheet read once, whole, in one call.
 * They are looked up by name first (one call each), and through setup's record of sheet ids
 * only when a sheet of that name is missing or not the add-on's, since an import must make a
 * constant and small number of service calls.
 */
import { clients } from '../../../sheets-templates/clients';
import { findLayout, looksLikeTemplate } from '../../../sheets-templates/layout';
import { monitoring } from '../../../sheets-templates/monitoring';
import type { TableTemplate } from '../../../sheets-templates/types';
import { isBlank } from '../../core/cells';
import { cellText } from '../../core/import/headers';
import type { ExistingData } from '../../core/import/plan';
import { recordDayReader } from '../../core/import/values';
import type { Cell, Conventions } from '../../core/vocabulary';
import { normalizeWords } from '../../core/words';
import type { Lang } from '../../i18n';
import { installTemplates } from '../install';
import { locateSheet, recordedSheets, sheetEntries } from '../registry';
import type { Today } from '../samples';
import { CLIENT_KEYS, MONITORING_KEYS } from './targets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** A sheet of the add-on as read: its layout and every row up to its last, the header first. */
export interface SheetData {
  readonly template: TableTemplate;
  /** Undefined in a dry run on a workbook that has no such sheet yet. */
  readonly sheet?: Sheet;
  readonly range?: Range;
  readonly columns: ReadonlyMap<string, number>;
  readonly values: readonly Cell[][];
}

type Found =
  | { readonly kind: 'ours'; readonly data: SheetData }
  /** The add-on's sheet from an older version, short of a column setup would add. */
  | { readonly kind: 'incomplete'; readonly data: SheetData }
  | { readonly kind: 'missing' }
  | { readonly kind: 'foreign'; readonly name: string };

function read(template: TableTemplate, sheet: Sheet): SheetData {
  const range = sheet.getDataRange();
  const values = range.getValues() as Cell[][];
  return { template, sheet, range, columns: findLayout(template, values[0] ?? []).columns, values };
}

/** A sheet holding every column of its template, or the reason it can't be used as it is. */
function judge(template: TableTemplate, data: SheetData): Found {
  const { missing } = findLayout(template, data.values[0] ?? []);
  return { kind: missing.length > 0 ? 'incomplete' : 'ours', data };
}

function find(ss: Spreadsheet, template: TableTemplate, lang: Lang): Found {
  const other: Lang = lang === 'ru' ? 'en' : 'ru';
  const named = ss.getSheetByName(template.name[lang]) ?? ss.getSheetByName(template.name[other]);
  if (named) {
    const data = read(template, named);
    if (looksLikeTemplate(template, data.values[0] ?? [])) return judge(template, data);
  }
  // Renamed, or its name taken by a sheet of the user's: setup's record knows where it is.
  const located = locateSheet(sheetEntries(ss), template, recordedSheets());
  if (!located) return { kind: 'missing' };
  if (!located.ours) return { kind: 'foreign', name: located.name };
  return judge(template, read(template, located.sheet));
}

/** An empty sheet laid out as the template: what a dry run plans against before setup. */
function planned(template: TableTemplate): SheetData {
  return { template, columns: findLayout(template, []).columns, values: [] };
}

const orPlanned = (found: Found, template: TableTemplate): SheetData =>
  'data' in found ? found.data : planned(template);

export type ImportSheets = readonly [SheetData, SheetData] | { readonly foreign: string };

/**
 * Clients and Monitoring. When either is missing or lacks a column, setup runs first, as the
 * review's save does; a dry run writes nothing, so it plans against the sheets setup would make.
 */
export function importSheets(ss: Spreadsheet, lang: Lang, today: Today, dryRun: boolean): ImportSheets {
  let found = [find(ss, clients, lang), find(ss, monitoring, lang)] as const;
  const foreign = found.find((f) => f.kind === 'foreign');
  if (foreign?.kind === 'foreign') return { foreign: foreign.name };
  if (found.some((f) => f.kind === 'missing' || f.kind === 'incomplete')) {
    if (dryRun) return [orPlanned(found[0], clients), orPlanned(found[1], monitoring)];
    installTemplates(ss, lang, today);
    found = [find(ss, clients, lang), find(ss, monitoring, lang)] as const;
  }
  const [c, m] = found;
  if (c.kind !== 'ours' || m.kind !== 'ours')
    throw new Error('setup did not make Clients and Monitoring usable');
  return [c.data, m.data];
}

/** What the plan compares against: the clients on Clients, and each Monitoring row's client and period. */
export function existingData(
  clientSheet: SheetData,
  monitoringSheet: SheetData,
  conv: Conventions,
): ExistingData {
  const nameAt = clientSheet.columns.get(CLIENT_KEYS.name)! - 1;
  const known = new Map<string, string>();
  for (const row of clientSheet.values.slice(1)) {
    const name = cellText(row[nameAt]);
    const key = normalizeWords(name);
    if (key && !known.has(key)) known.set(key, name);
  }
  const clientAt = monitoringSheet.columns.get(MONITORING_KEYS.client)! - 1;
  const periodAt = monitoringSheet.columns.get(MONITORING_KEYS.period)! - 1;
  const dayOf = recordDayReader(conv);
  const records = monitoringSheet.values.slice(1).map((row) => {
    const key = isBlank(row[clientAt]) ? '' : normalizeWords(cellText(row[clientAt]));
    return { key: key || undefined, period: key ? dayOf(row[periodAt]) : undefined };
  });
  return { clients: known, records };
}

/**
 * The row after the last one holding anything in an input column. Array formulas fill their
 * columns with blanks to the bottom, so the last row of the data range may be far below the data.
 */
export function nextFreeRow(data: SheetData): number {
  const computed = new Set(data.template.columns.filter((c) => c.type === 'computed').map((c) => c.key));
  const inputs = [...data.columns].filter(([key]) => !computed.has(key)).map(([, at]) => at - 1);
  for (let i = data.values.length - 1; i >= 1; i--) {
    if (inputs.some((c) => !isBlank(data.values[i][c]))) return i + 2;
  }
  return 2;
}
