/**
 * LocalWorkbook: the document behind the services (document.ts), the bundle loaded in a
 * vm with the services as its globals, and uncounted helpers to drive and inspect the
 * document. What is emulated, and the choices made where Sheets' behaviour is not
 * verified, is listed in README.md and commented next to the code: values.ts (typed
 * input, dates, display), formulas.ts (open ranges), customFunctions.ts (arguments,
 * results, spills), engine.ts (errors, structure), runtime.ts (counting, AuthMode,
 * custom-function limits), spreadsheet.ts, rules.ts and services.ts (the services).
 */
import { dirname } from 'node:path';
import vm from 'node:vm';
import type { SimpleCellAddress } from 'hyperformula';
import { BUNDLE_PATH, bundleSource, processTimeZone, scriptTimeZone } from './bundle';
import { boxA1, columnLetters } from './a1';
import { CustomFunctionHost, bundlePlugin, customFunctionNames } from './customFunctions';
import type { AlertRecord, GSpreadsheet, HtmlRecord, MenuEntry, MenuRecord, Toast } from './context';
import { Doc } from './document';
import type { CellValue } from './engine';
import { AuthMode as AuthModeEnum } from './enums';
import {
  ConditionalFormat,
  GridRange,
  RangeValue,
  SheetModel,
  StyleKey,
  ValidationRule,
  gridA1,
} from './model';
import { conditionHolds, passesValidation } from './rules';
import { ReadRecord, WriteRecord } from './runtime';
import {
  LocalHtmlService,
  LocalLockService,
  LocalLogger,
  LocalPropertiesService,
  LocalScriptApp,
  LocalSession,
  LocalUtilities,
  scriptConsole,
} from './services';
import { ChartType } from './enums';
import { decodeNames } from './formulas';
import { LocalSpreadsheetApp } from './spreadsheet';
import { checkTimeZone, dateToSerial, serialToTime } from './values';

export type { AlertRecord, HtmlRecord, MenuEntry, MenuRecord, ReadRecord, Toast, WriteRecord };

export interface LocalWorkbookOptions {
  /** The spreadsheet's locale; default 'ru_RU'. */
  locale?: string;
  /**
   * How the script is authorized; default 'FULL'. 'NONE' is an add-on's onOpen before
   * the user used it in this document. 'LIMITED' is treated as 'FULL' (what it forbids
   * beyond NONE is not emulated).
   */
  authMode?: 'NONE' | 'LIMITED' | 'FULL';
  /**
   * The spreadsheet's time zone (an IANA name, Spreadsheet.getSpreadsheetTimeZone); default
   * 'Europe/Moscow'. Date cells reach the script as Dates at their day's start in this zone,
   * and Dates written are stored as the day and time they are in it. The script's zone
   * (Session.getScriptTimeZone) is appsscript.json's, whatever this is.
   */
  timeZone?: string;
  /** The user's locale (Session.getActiveUserLocale); default the spreadsheet's. */
  userLocale?: string;
  /** What Session.getActiveUser().getEmail() gives; default '' (as for consumer accounts seen by an add-on). */
  userEmail?: string;
  /** Where createHtmlOutputFromFile reads the .html files; default dist/. */
  distDir?: string;
  /**
   * false: LockService.getDocumentLock() gives null, as Apps Script documents it may (the
   * script then needs another lock); default true.
   */
  documentLock?: boolean;
}

export interface LoadedBundle {
  readonly context: vm.Context;
  /** Calls a global of the bundle as one Apps Script execution; the result comes back through JSON. */
  run(name: string, ...args: unknown[]): unknown;
}

export interface ValidationSnapshot {
  readonly criteria: string;
  /** Criteria values; a range (requireValueInRange) as its A1 notation with the sheet. */
  readonly values: unknown[];
  readonly helpText: string;
  readonly allowInvalid: boolean;
}

export interface ConditionalFormatSnapshot {
  readonly ranges: string[];
  readonly criteria: string;
  readonly values: unknown[];
  readonly format: ConditionalFormat;
}

export interface ProtectionSnapshot {
  readonly type: 'RANGE' | 'SHEET';
  readonly sheet: string;
  readonly range: string;
  readonly description: string;
  readonly warningOnly: boolean;
}

export interface CellSnapshot {
  readonly value: CellValue;
  readonly display: string;
  readonly formula: string;
  /** The number format set on the cell; undefined when automatic. */
  readonly format: string | undefined;
  readonly note: string;
  readonly validation: ValidationSnapshot | null;
  /** The styles set on the cell (defaults left out). */
  readonly style: Partial<Record<StyleKey, string | number | boolean | null>>;
  /** The message of an error value (what Sheets shows on hover). */
  readonly error: string | undefined;
}

export interface SheetSnapshot {
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly lastRow: number;
  readonly lastColumn: number;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly tabColor: string | null;
  readonly hidden: boolean;
  /** Widths set by the script, by column number. */
  readonly columnWidths: Record<number, number>;
}

export interface InvalidCell {
  readonly a1: string;
  readonly value: CellValue;
  readonly criteria: string;
}

function validationSnapshot(rule: ValidationRule): ValidationSnapshot {
  return {
    criteria: rule.criteria,
    values: rule.values.map((v) =>
      v instanceof RangeValue ? gridA1(v.grid) : Array.isArray(v) ? [...v] : v,
    ),
    helpText: rule.helpText,
    allowInvalid: rule.allowInvalid,
  };
}

export class LocalWorkbook {
  private readonly doc: Doc;
  private readonly userLocale: string;
  private readonly userEmail: string;
  private readonly distDir: string;
  private readonly documentLock: boolean;
  private cachedGlobals: Record<string, unknown> | undefined;
  private loaded: LoadedBundle | undefined;
  private readonly customCalls = new Map<string, number>();

  constructor(opts: LocalWorkbookOptions = {}) {
    const locale = opts.locale ?? 'ru_RU';
    const timeZone = opts.timeZone ?? 'Europe/Moscow';
    checkTimeZone(timeZone);
    this.doc = new Doc(locale, opts.authMode ?? 'FULL', timeZone);
    this.userLocale = opts.userLocale ?? locale;
    this.userEmail = opts.userEmail ?? '';
    this.distDir = opts.distDir ?? dirname(BUNDLE_PATH);
    this.documentLock = opts.documentLock ?? true;
  }

  /** The services as globals for the vm: each call of a method on them is counted. */
  globals(): Record<string, unknown> {
    const doc = this.doc;
    const rt = doc.runtime;
    return (this.cachedGlobals ??= {
      SpreadsheetApp: rt.expose('SpreadsheetApp', new LocalSpreadsheetApp(doc)),
      PropertiesService: rt.expose('PropertiesService', new LocalPropertiesService(doc)),
      LockService: rt.expose('LockService', new LocalLockService(doc, this.documentLock)),
      HtmlService: rt.expose('HtmlService', new LocalHtmlService(doc, this.distDir)),
      ScriptApp: rt.expose('ScriptApp', new LocalScriptApp()),
      Charts: rt.expose('Charts', { ChartType }),
      Session: rt.expose('Session', new LocalSession(doc, this.userLocale, this.userEmail, scriptTimeZone())),
      Utilities: rt.expose('Utilities', new LocalUtilities()),
      Logger: rt.expose('Logger', new LocalLogger(doc)),
      console: scriptConsole(doc),
    });
  }

  /**
   * Loads dist/Code.js into a vm with globals(), and makes each global function whose
   * JSDoc has @customfunction a formula function calling the bundle. Loading twice
   * gives the same context.
   *
   * The script's Dates take their local fields (getDate…) from this process's time zone,
   * which must then be the script's (appsscript.json), as in Apps Script: jest.config.mjs
   * sets TZ, and scripts call useScriptTimeZone() first.
   */
  load(): LoadedBundle {
    if (this.loaded) return this.loaded;
    const zone = scriptTimeZone();
    if (processTimeZone() !== zone) {
      throw new Error(
        `This process runs in the time zone ${processTimeZone()}, but Apps Script runs the script in ` +
          `appsscript.json's, ${zone}: set TZ=${zone} or call useScriptTimeZone() before loading.`,
      );
    }
    const source = bundleSource();
    const context = vm.createContext({ ...this.globals() });
    vm.runInContext(source, context, { filename: 'Code.js' });
    this.doc.runtime.realm.attach(context);
    const names = customFunctionNames(source).filter((n) => typeof context[n] === 'function');
    this.doc.engine.useFunctions(bundlePlugin(names, this.customFunctionHost(context)));
    const run = (name: string, ...args: unknown[]): unknown => {
      const fn = context[name];
      if (typeof fn !== 'function') throw new Error(`The bundle has no global function ${name}`);
      try {
        const json = JSON.stringify(
          (fn as (...a: unknown[]) => unknown)(...this.doc.runtime.realm.import(args)),
        );
        return json === undefined ? undefined : JSON.parse(json);
      } finally {
        // Apps Script releases an execution's locks when it ends.
        this.doc.heldLocks.clear();
      }
    };
    this.loaded = { context, run };
    return this.loaded;
  }

  private customFunctionHost(context: vm.Context): CustomFunctionHost {
    const { engine, runtime } = this.doc;
    const sheetOf = (a: SimpleCellAddress) => engine.sheetByEngineId(a.sheet);
    return {
      isDateCell: (a) => {
        const sheet = sheetOf(a);
        return sheet !== undefined && engine.isDateCell(sheet, a.row + 1, a.col + 1, false);
      },
      date: (serial) => runtime.realm.date(serialToTime(serial, engine.timeZone)),
      serial: (date) => dateToSerial(date, engine.timeZone),
      learnedSize: (a) => engine.learnedSize(a),
      learnSize: (a, height, width) => engine.learnSize(a, height, width),
      rowsFrom: (a) => engine.rowsFrom(a),
      namedCell: (id) => {
        const range = engine.namedRange(decodeNames(id));
        return range && { sheet: range.sheet.hfId, row: range.row - 1, col: range.column - 1 };
      },
      call: (name, args) => {
        this.customCalls.set(name, (this.customCalls.get(name) ?? 0) + 1);
        const fn = context[name] as (...a: unknown[]) => unknown;
        return runtime.asCustomFunction(name, () => fn(...runtime.realm.import(args)));
      },
      markDates: (anchor, height, width, dates) => {
        const sheet = sheetOf(anchor);
        if (!sheet) return;
        for (let r = 0; r < height; r++)
          for (let c = 0; c < width; c++)
            sheet.autoDates.delete(`${anchor.row + 1 + r},${anchor.col + 1 + c}`);
        for (const [r, c] of dates) sheet.autoDates.add(`${anchor.row + 1 + r},${anchor.col + 1 + c}`);
      },
    };
  }

  // ── service calls ─────────────────────────────────────────────────────────

  /** Calls the script made on service objects (custom functions' calls are counted apart). */
  calls(): number {
    return this.doc.runtime.calls();
  }
  callsByMethod(): Record<string, number> {
    return this.doc.runtime.callsByMethod();
  }
  /** Service calls made from inside custom functions while formulas were evaluated. */
  customFunctionServiceCalls(): Record<string, number> {
    return this.doc.runtime.customFunctionServiceCalls();
  }
  /** Forgets the counted calls and the write log. */
  resetCalls(): void {
    this.doc.runtime.resetCalls();
    this.doc.engine.recalculationMs = 0;
  }
  /**
   * Milliseconds the formula engine spent recalculating after the changes made since the last
   * resetCalls (custom functions included): Sheets does that apart from the script, so a
   * script's own time is its run's time less this.
   */
  recalculationMs(): number {
    return this.doc.engine.recalculationMs;
  }
  /** How many times each custom function was called by formula evaluation. */
  customFunctionCalls(): Record<string, number> {
    return Object.fromEntries(this.customCalls);
  }
  /** Every write the script made (Range/Sheet/Spreadsheet changes) with the locks it held. */
  writes(): readonly WriteRecord[] {
    return this.doc.runtime.writes();
  }
  /** Every read of cell contents or formats the script made (getValues, getFormulas…), with the cells it covered. */
  reads(): readonly ReadRecord[] {
    return this.doc.runtime.reads();
  }

  // ── driving the document as a user or as Apps Script ──────────────────────

  setAuthMode(mode: 'NONE' | 'LIMITED' | 'FULL'): void {
    this.doc.runtime.authMode = mode;
  }
  /** The event object Apps Script passes to onOpen / onInstall in the current AuthMode. */
  openEvent(): { authMode: GoogleAppsScript.Script.AuthMode } {
    return { authMode: AuthModeEnum[this.doc.runtime.authMode] };
  }
  /**
   * Does what a user does by hand (types data, adds a sheet), through the same typed
   * services but uncounted and fully authorized.
   */
  asUser<T>(fn: (spreadsheet: GSpreadsheet) => T): T {
    return this.doc.runtime.uncounted(() => fn(this.doc.spreadsheet()));
  }
  /** The user selects a range (what getActiveRange then gives). */
  select(sheetName: string, a1: string): void {
    const grid = this.grid(sheetName, a1);
    this.doc.activeSheet = grid.sheet;
    grid.sheet.activeRange = grid;
  }
  /** Another execution holds the locks, so waitLock times out and tryLock fails. */
  holdLocksElsewhere(held = true): void {
    this.doc.otherExecutionHoldsLocks = held;
  }
  /**
   * The `nth` call of a service method from now (`'Range.setValues'`) throws `message`, as a
   * service that fails halfway through an execution does; calls as a user are not affected.
   */
  failCall(method: string, nth = 1, message = 'Service Spreadsheets failed while accessing document.'): void {
    this.doc.runtime.failCall(method, nth, message);
  }
  /** Answers for the next alerts and prompts, in order (a button name like 'YES', and a prompt's text). */
  answerDialogs(...answers: Array<{ button?: string; text?: string }>): void {
    this.doc.answers.push(...answers);
  }

  // ── inspection (uncounted) ────────────────────────────────────────────────

  private sheet(name: string): SheetModel {
    const sheet = this.doc.engine.sheetByName(name);
    if (!sheet) throw new Error(`No sheet named ${name}; sheets: ${this.sheetNames().join(', ')}`);
    return sheet;
  }

  /** A range of a sheet; without A1, the data range (empty when the sheet is). */
  private grid(sheetName: string, a1?: string): GridRange {
    const sheet = this.sheet(sheetName);
    if (a1 !== undefined) return this.doc.engine.resolve(a1, sheet);
    const rows = this.doc.engine.lastRow(sheet);
    const columns = this.doc.engine.lastColumn(sheet);
    return { sheet, row: 1, column: 1, numRows: rows, numColumns: columns };
  }

  private each<T>(sheetName: string, a1: string | undefined, f: (grid: GridRange) => T[][]): T[][] {
    const grid = this.grid(sheetName, a1);
    return grid.numRows === 0 ? [] : f(grid);
  }

  sheetNames(): string[] {
    return this.doc.engine.sheets.map((s) => s.name);
  }
  activeSheetName(): string {
    return this.doc.activeSheet.name;
  }
  locale(): string {
    return this.doc.engine.locale;
  }
  sheetInfo(sheetName: string): SheetSnapshot {
    const s = this.sheet(sheetName);
    return {
      maxRows: s.maxRows,
      maxColumns: s.maxColumns,
      lastRow: this.doc.engine.lastRow(s),
      lastColumn: this.doc.engine.lastColumn(s),
      frozenRows: s.frozenRows,
      frozenColumns: s.frozenColumns,
      tabColor: s.tabColor,
      hidden: s.hidden,
      columnWidths: Object.fromEntries(s.columnWidths),
    };
  }
  /** Values as getValues gives them (dates as Dates, errors as '#N/A'…), in this realm. */
  values(sheetName: string, a1?: string): CellValue[][] {
    return this.each(sheetName, a1, (g) => this.doc.engine.values(g));
  }
  value(sheetName: string, a1: string): CellValue {
    return this.doc.engine.values(this.grid(sheetName, a1))[0][0];
  }
  displayValues(sheetName: string, a1?: string): string[][] {
    return this.each(sheetName, a1, (g) => this.doc.engine.displayValues(g));
  }
  formulas(sheetName: string, a1?: string): string[][] {
    return this.each(sheetName, a1, (g) => this.doc.engine.formulas(g));
  }
  /** Number formats set on the cells ('' where automatic). */
  numberFormats(sheetName: string, a1: string): string[][] {
    return this.doc.engine.grid(this.grid(sheetName, a1), (m) => m?.format ?? '');
  }
  /** The styles set on the cells (defaults left out), as cell() gives them one by one. */
  styles(sheetName: string, a1: string): Array<Array<CellSnapshot['style']>> {
    return this.doc.engine.grid(this.grid(sheetName, a1), (m) => ({ ...m?.style }));
  }
  notes(sheetName: string, a1: string): string[][] {
    return this.doc.engine.grid(this.grid(sheetName, a1), (m) => m?.note ?? '');
  }
  validations(sheetName: string, a1: string): Array<Array<ValidationSnapshot | null>> {
    return this.doc.engine.grid(this.grid(sheetName, a1), (m) =>
      m?.validation ? validationSnapshot(m.validation) : null,
    );
  }
  errorMessage(sheetName: string, a1: string): string | undefined {
    const g = this.grid(sheetName, a1);
    return this.doc.engine.errorMessage(g.sheet, g.row, g.column);
  }
  cell(sheetName: string, a1: string): CellSnapshot {
    const g = this.grid(sheetName, a1);
    const one = { ...g, numRows: 1, numColumns: 1 };
    const m = g.sheet.meta(g.row, g.column);
    return {
      value: this.doc.engine.values(one)[0][0],
      display: this.doc.engine.displayValues(one)[0][0],
      formula: m?.formula ?? '',
      format: m?.format,
      note: m?.note ?? '',
      validation: m?.validation ? validationSnapshot(m.validation) : null,
      style: { ...m?.style },
      error: this.doc.engine.errorMessage(g.sheet, g.row, g.column),
    };
  }

  conditionalFormats(sheetName: string): ConditionalFormatSnapshot[] {
    return this.sheet(sheetName).conditionalRules.map((r) => ({
      ranges: r.ranges.map((g) => boxA1(g)),
      criteria: r.criteria,
      values: [...r.values],
      format: r.format,
    }));
  }
  /**
   * The format the sheet's conditional rules give a cell: the first rule (in order)
   * whose ranges hold the cell and whose condition holds, as Sheets applies them; null
   * when none does. Custom formulas are evaluated by the formula engine with their
   * relative references moved to the cell.
   */
  conditionalFormatAt(sheetName: string, a1: string): ConditionalFormat | null {
    const g = this.grid(sheetName, a1);
    const one = { ...g, numRows: 1, numColumns: 1 };
    const value = this.doc.engine.values(one)[0][0];
    const display = this.doc.engine.displayValues(one)[0][0];
    for (const rule of g.sheet.conditionalRules) {
      const inside = rule.ranges.some(
        (r) =>
          g.row >= r.row &&
          g.row < r.row + r.numRows &&
          g.column >= r.column &&
          g.column < r.column + r.numColumns,
      );
      if (inside && conditionHolds(this.doc, rule, value, display, g.row, g.column)) return rule.format;
    }
    return null;
  }
  protections(sheetName?: string): ProtectionSnapshot[] {
    const sheets = sheetName === undefined ? this.doc.engine.sheets : [this.sheet(sheetName)];
    return sheets.flatMap((s) =>
      s.protections.map((p) => ({
        type: p.type,
        sheet: s.name,
        range: boxA1(p.range),
        description: p.description,
        warningOnly: p.warningOnly,
      })),
    );
  }
  /** Cells whose value fails their validation rule, as the Sheets UI would flag them. */
  invalidCells(sheetName: string): InvalidCell[] {
    const sheet = this.sheet(sheetName);
    const out: InvalidCell[] = [];
    for (const [row, column, m] of sheet.allMeta()) {
      if (!m.validation) continue;
      const one = { sheet, row, column, numRows: 1, numColumns: 1 };
      const value = this.doc.engine.values(one)[0][0];
      const display = this.doc.engine.displayValues(one)[0][0];
      if (!passesValidation(this.doc, m.validation, value, display, { sheet, row, column })) {
        out.push({ a1: boxA1(one), value, criteria: m.validation.criteria });
      }
    }
    return out;
  }
  /** The embedded charts of a sheet: type, data ranges in A1, anchor cell, options. */
  charts(
    sheetName: string,
  ): Array<{ type: string; ranges: string[]; anchor: string; options: Record<string, unknown> }> {
    return this.sheet(sheetName).charts.map((c) => ({
      type: c.type,
      ranges: c.ranges.map(gridA1),
      anchor: `${columnLetters(c.column)}${c.row}`,
      options: { ...c.options },
    }));
  }

  documentProperties(): Record<string, string> {
    return Object.fromEntries(this.doc.properties.document);
  }
  /** Named ranges as Sheet!A1:B2 (the sheet quoted where Sheets needs it). */
  namedRanges(): Record<string, string> {
    const engine = this.doc.engine;
    return Object.fromEntries(
      engine.namedRangeNames().flatMap((n) => {
        const g = engine.namedRange(n);
        return g ? [[n, gridA1(g)]] : [];
      }),
    );
  }
  toasts(): Toast[] {
    return [...this.doc.toasts];
  }
  alerts(): AlertRecord[] {
    return [...this.doc.alerts];
  }
  /** Menus added to the UI, in order (onOpen running twice adds twice). */
  menus(): MenuRecord[] {
    return [...this.doc.menus];
  }
  /** Function names of menu items (sub-menus included) that are not global functions of the loaded bundle. */
  menuFunctionsMissingFromBundle(): string[] {
    const context = this.load().context;
    const names = (items: readonly MenuEntry[]): string[] =>
      items.flatMap((item) =>
        'functionName' in item ? [item.functionName] : 'subMenu' in item ? names(item.subMenu.items) : [],
      );
    return [...new Set(this.doc.menus.flatMap((m) => names(m.items)))].filter(
      (n) => typeof context[n] !== 'function',
    );
  }
  sidebars(): HtmlRecord[] {
    return this.doc.html.filter((h) => h.kind === 'sidebar');
  }
  dialogs(): HtmlRecord[] {
    return this.doc.html.filter((h) => h.kind !== 'sidebar');
  }
  /** Logger.log and console output of the script. */
  logs(): string[] {
    return [...this.doc.logs];
  }
}
