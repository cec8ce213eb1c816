/**
 * A workbook as version 0.1 left it (test/fixtures/workbook-v0.1.json, captured from that
 * version's bundle after Set up workbook, Add sample data and one review): Clients still
 * holds each client's purchases now, retail change, forecast and days overdue, and computes
 * the segment from them. Typed into a local workbook with what setup had recorded, so the
 * current version's setup finds its own sheets and older formulas.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dateOf } from '../../src/core/days';
import { LocalWorkbook } from '../../tools/local-workbook';

type Stored = string | number | boolean | null | { date: string };

export interface OlderWorkbook {
  readonly locale: string;
  readonly timeZone: string;
  /** Each sheet's rows: values as typed, and in row 2 the formulas of the computed columns. */
  readonly sheets: Readonly<Record<string, Stored[][]>>;
  readonly namedRanges: Readonly<Record<string, string>>;
  /** The formulas setup had written (document property ac.formulas) for these sheets. */
  readonly formulas: Readonly<Record<string, string>>;
  /** The segment Clients showed for each client. */
  readonly segments: Readonly<Record<string, string>>;
}

export const VERSION_0_1: OlderWorkbook = JSON.parse(
  readFileSync(join(__dirname, '../fixtures/workbook-v0.1.json'), 'utf8'),
) as OlderWorkbook;

const IDS: Readonly<Record<string, string>> = {
  Клиенты: 'clients',
  Мониторинг: 'monitoring',
  Цены: 'pricing',
  Настройки: 'settings',
};

/** The value a stored cell had, as the user typed it (text kept text: "+Плюс…" is no formula). */
function typed(v: Stored, timeZone: string, formulaRow: boolean): unknown {
  if (v !== null && typeof v === 'object') return dateOf(v.date, timeZone);
  if (typeof v === 'string' && v !== '' && !(formulaRow && v.startsWith('='))) return `'${v}`;
  return v ?? '';
}

/** A new local workbook holding the older version's sheets; its bundle is loaded, setup not run. */
export function openOlderWorkbook(older: OlderWorkbook = VERSION_0_1) {
  const wb = new LocalWorkbook({ locale: older.locale, timeZone: older.timeZone });
  const bundle = wb.load();
  const ids: Record<string, number> = {};
  wb.asUser((ss) => {
    for (const [name, rows] of Object.entries(older.sheets)) {
      const sheet = ss.insertSheet(name);
      ids[IDS[name]] = sheet.getSheetId();
      const width = Math.max(...rows.map((r) => r.length));
      if (sheet.getMaxColumns() < width)
        sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === '' || v === null) return;
          const cell = sheet.getRange(r + 1, c + 1);
          if (r === 1 && typeof v === 'string' && v.startsWith('=')) cell.setFormula(v);
          else cell.setValue(typed(v, older.timeZone, r === 1) as never);
        }),
      );
      if (name !== 'Настройки') sheet.setFrozenRows(1);
    }
    for (const [name, a1] of Object.entries(older.namedRanges)) ss.setNamedRange(name, ss.getRange(a1));
  });
  const props = (
    wb.globals().PropertiesService as GoogleAppsScript.Properties.PropertiesService
  ).getDocumentProperties();
  props.setProperties({ 'ac.sheets': JSON.stringify(ids), 'ac.formulas': JSON.stringify(older.formulas) });
  wb.resetCalls();
  return { wb, ...bundle };
}
