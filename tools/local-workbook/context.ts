/**
 * What the service objects (spreadsheet.ts, rules.ts, charts.ts, services.ts) need from
 * the document behind them. document.ts's Doc implements it; the facades see only this
 * interface, so they and the document that creates them do not import each other.
 */
import type { Engine } from './engine';
import type { ConditionalRule, GridRange, ProtectionData, SheetModel, ValidationRule } from './model';
import type { Runtime } from './runtime';

export type GRange = GoogleAppsScript.Spreadsheet.Range;
export type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
export type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Toast {
  readonly message: string;
  readonly title: string;
  readonly timeoutSeconds: number | null;
}

export type LockName = 'document' | 'script' | 'user';

export type MenuEntry =
  | { readonly caption: string; readonly functionName: string }
  | { readonly separator: true }
  | { readonly subMenu: MenuRecord };

export interface MenuRecord {
  /** 'addon': Extensions › (add-on name); 'menu': a menu of its own in the menu bar. */
  readonly kind: 'addon' | 'menu';
  readonly caption: string | null;
  readonly items: readonly MenuEntry[];
}

export interface AlertRecord {
  readonly title: string | null;
  readonly prompt: string;
  readonly buttons: string;
  readonly kind: 'alert' | 'prompt';
}

export interface HtmlRecord {
  readonly kind: 'sidebar' | 'modal' | 'modeless';
  readonly title: string;
  readonly content: string;
  readonly width: number | undefined;
  readonly height: number | undefined;
}

export interface DocContext {
  readonly engine: Engine;
  readonly runtime: Runtime;
  activeSheet: SheetModel;
  readonly toasts: Toast[];
  readonly id: string;
  name: string;
  /** Locks this execution holds, and whether another execution holds the document's. */
  readonly heldLocks: Set<LockName>;
  readonly otherExecutionHoldsLocks: boolean;
  readonly properties: {
    readonly document: Map<string, string>;
    readonly script: Map<string, string>;
    readonly user: Map<string, string>;
  };
  /** What the UI showed, and the answers tests queued for alerts and prompts. */
  readonly menus: MenuRecord[];
  readonly alerts: AlertRecord[];
  readonly html: HtmlRecord[];
  readonly answers: Array<{ button?: string; text?: string }>;
  readonly logs: string[];

  spreadsheet(): GSpreadsheet;
  sheet(model: SheetModel): GSheet;
  ui(): GoogleAppsScript.Base.Ui;
  range(grid: GridRange): GRange;
  /** The position of a Range the script passed in. */
  gridOf(range: unknown, what?: string): GridRange;
  sheetOf(sheet: unknown, what?: string): SheetModel;
  protection(data: ProtectionData): GoogleAppsScript.Spreadsheet.Protection;
  dataValidation(rule: ValidationRule): GoogleAppsScript.Spreadsheet.DataValidation;
  validationOf(rule: unknown): ValidationRule;
  conditionalRule(rule: ConditionalRule): GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
  conditionalRuleOf(rule: unknown): ConditionalRule;
  booleanCondition(rule: ConditionalRule): GoogleAppsScript.Spreadsheet.BooleanCondition;
  namedRange(name: string): GoogleAppsScript.Spreadsheet.NamedRange;
  /** Values handed to the script are made in its realm. */
  out<T>(value: T): T;
}
