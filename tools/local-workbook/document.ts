/**
 * The document behind the services: the engine, the runtime, what the UI showed,
 * and factories for the service objects the script sees (each one counted).
 */
import { Engine } from './engine';
import { SheetModel, GridRange, ProtectionData, ValidationRule, ConditionalRule } from './model';
import { AuthMode, Runtime } from './runtime';
import { LocalRange, LocalSheet, LocalSpreadsheet } from './spreadsheet';
import { LocalUi } from './services';
import {
  LocalBooleanCondition,
  LocalConditionalFormatRule,
  LocalDataValidation,
  LocalNamedRange,
  LocalProtection,
} from './rules';
import type {
  AlertRecord,
  DocContext,
  GRange,
  GSheet,
  GSpreadsheet,
  HtmlRecord,
  LockName,
  MenuRecord,
  Toast,
} from './context';

export class Doc implements DocContext {
  readonly engine: Engine;
  readonly runtime: Runtime;
  activeSheet: SheetModel;
  readonly toasts: Toast[] = [];
  readonly id = 'local-spreadsheet';
  name = 'Local workbook';
  /** Locks this execution holds, and whether another execution holds the document's. */
  readonly heldLocks = new Set<LockName>();
  otherExecutionHoldsLocks = false;
  readonly properties = {
    document: new Map<string, string>(),
    script: new Map<string, string>(),
    user: new Map<string, string>(),
  };
  /** What the UI showed, and the answers tests queued for alerts and prompts. */
  readonly menus: MenuRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly html: HtmlRecord[] = [];
  readonly answers: Array<{ button?: string; text?: string }> = [];
  readonly logs: string[] = [];
  private readonly sheetFacades = new WeakMap<SheetModel, GSheet>();
  private spreadsheetFacade: GSpreadsheet | undefined;

  constructor(locale: string, authMode: AuthMode, timeZone: string) {
    this.engine = Engine.create(locale, timeZone);
    this.activeSheet = this.engine.sheets[0];
    this.runtime = new Runtime(authMode, () => [...this.heldLocks]);
  }

  spreadsheet(): GSpreadsheet {
    return (this.spreadsheetFacade ??= this.runtime.expose<GSpreadsheet>(
      'Spreadsheet',
      new LocalSpreadsheet(this),
    ));
  }

  sheet(model: SheetModel): GSheet {
    let facade = this.sheetFacades.get(model);
    if (!facade) {
      facade = this.runtime.expose<GSheet>('Sheet', new LocalSheet(this, model));
      this.sheetFacades.set(model, facade);
    }
    return facade;
  }

  ui(): GoogleAppsScript.Base.Ui {
    return this.runtime.expose('Ui', new LocalUi(this));
  }

  range(grid: GridRange): GRange {
    return this.runtime.expose<GRange>('Range', new LocalRange(this, grid));
  }

  /** The position of a Range the script passed in. */
  gridOf(range: unknown, what = 'range'): GridRange {
    return this.runtime.unwrap<LocalRange>(range, what).grid;
  }

  sheetOf(sheet: unknown, what = 'sheet'): SheetModel {
    return this.runtime.unwrap<LocalSheet>(sheet, what).model;
  }

  protection(data: ProtectionData): GoogleAppsScript.Spreadsheet.Protection {
    return this.runtime.expose('Protection', new LocalProtection(this, data));
  }

  dataValidation(rule: ValidationRule): GoogleAppsScript.Spreadsheet.DataValidation {
    return this.runtime.expose('DataValidation', new LocalDataValidation(this, rule));
  }

  validationOf(rule: unknown): ValidationRule {
    return this.runtime.unwrap<LocalDataValidation>(rule, 'data validation rule').rule;
  }

  conditionalRule(rule: ConditionalRule): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
    return this.runtime.expose('ConditionalFormatRule', new LocalConditionalFormatRule(this, rule));
  }

  conditionalRuleOf(rule: unknown): ConditionalRule {
    return this.runtime.unwrap<LocalConditionalFormatRule>(rule, 'conditional format rule').rule;
  }

  booleanCondition(rule: ConditionalRule): GoogleAppsScript.Spreadsheet.BooleanCondition {
    return this.runtime.expose('BooleanCondition', new LocalBooleanCondition(rule));
  }

  namedRange(name: string): GoogleAppsScript.Spreadsheet.NamedRange {
    return this.runtime.expose('NamedRange', new LocalNamedRange(this, name));
  }

  /** Values handed to the script are made in its realm. */
  out<T>(value: T): T {
    return this.runtime.realm.import(value);
  }
}
