/**
 * Data validation, conditional format rules, protections and named ranges, with the
 * builders Apps Script makes them with, and how a rule judges a cell (for tests).
 */
import type { DocContext as Doc } from './context';
import { BooleanCriteria, DataValidationCriteria, ProtectionType, nameOf, valueOf } from './enums';
import type { CellValue } from './engine';
import { shiftFormula } from './formulas';
import {
  ConditionalFormat,
  ConditionalRule,
  GridRange,
  ProtectionData,
  RangeValue,
  SheetModel,
  ValidationRule,
  gridA1,
} from './model';
import { DESCRIBE, chain } from './runtime';
import { dateToSerial, daySerial, isDateObject, serialToFields } from './values';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GDataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GConditionalFormatRuleBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

/** Criteria values as the script gets them back: Ranges as Range objects, arrays copied. */
function criteriaOut(doc: Doc, values: readonly unknown[]): unknown[] {
  return doc.out(values.map((v) => (v instanceof RangeValue ? doc.range(v.grid) : v)));
}

function copyIn(v: unknown): unknown {
  return Array.isArray(v) ? Array.from(v as unknown[]) : v;
}

// ── data validation ─────────────────────────────────────────────────────────

export class LocalDataValidationBuilder implements Partial<GDataValidationBuilder> {
  private criteria: string | undefined;
  private values: unknown[] = [];
  private helpText: string | null = null;
  // A new rule warns about invalid input rather than rejecting it (Apps Script's default).
  private allowInvalid = true;

  constructor(
    private readonly doc: Doc,
    from?: ValidationRule,
  ) {
    if (from) {
      this.criteria = from.criteria;
      this.values = [...from.values];
      this.helpText = from.helpText || null;
      this.allowInvalid = from.allowInvalid;
    }
  }

  private set(criteria: string, values: unknown[]): GDataValidationBuilder {
    this.criteria = criteria;
    this.values = values.map(copyIn);
    return chain(this);
  }

  requireValueInList(values: string[], showDropdown = true): GDataValidationBuilder {
    return this.set('VALUE_IN_LIST', [Array.from(values), showDropdown]);
  }
  requireValueInRange(range: GRange, showDropdown = true): GDataValidationBuilder {
    return this.set('VALUE_IN_RANGE', [new RangeValue(this.doc.gridOf(range)), showDropdown]);
  }
  requireCheckbox(...values: unknown[]): GDataValidationBuilder {
    return this.set('CHECKBOX', values);
  }
  requireNumberBetween(start: number, end: number): GDataValidationBuilder {
    return this.set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberNotBetween(start: number, end: number): GDataValidationBuilder {
    return this.set('NUMBER_NOT_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(n: number): GDataValidationBuilder {
    return this.set('NUMBER_EQUAL_TO', [n]);
  }
  requireNumberNotEqualTo(n: number): GDataValidationBuilder {
    return this.set('NUMBER_NOT_EQUAL_TO', [n]);
  }
  requireNumberGreaterThan(n: number): GDataValidationBuilder {
    return this.set('NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): GDataValidationBuilder {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThan(n: number): GDataValidationBuilder {
    return this.set('NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): GDataValidationBuilder {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireDate(): GDataValidationBuilder {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: GoogleAppsScript.Base.Date): GDataValidationBuilder {
    return this.set('DATE_AFTER', [date]);
  }
  requireDateBefore(date: GoogleAppsScript.Base.Date): GDataValidationBuilder {
    return this.set('DATE_BEFORE', [date]);
  }
  requireDateOnOrAfter(date: GoogleAppsScript.Base.Date): GDataValidationBuilder {
    return this.set('DATE_ON_OR_AFTER', [date]);
  }
  requireDateOnOrBefore(date: GoogleAppsScript.Base.Date): GDataValidationBuilder {
    return this.set('DATE_ON_OR_BEFORE', [date]);
  }
  requireDateBetween(
    start: GoogleAppsScript.Base.Date,
    end: GoogleAppsScript.Base.Date,
  ): GDataValidationBuilder {
    return this.set('DATE_BETWEEN', [start, end]);
  }
  requireTextContains(text: string): GDataValidationBuilder {
    return this.set('TEXT_CONTAINS', [text]);
  }
  requireTextDoesNotContain(text: string): GDataValidationBuilder {
    return this.set('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  requireTextEqualTo(text: string): GDataValidationBuilder {
    return this.set('TEXT_EQUAL_TO', [text]);
  }
  requireTextIsEmail(): GDataValidationBuilder {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): GDataValidationBuilder {
    return this.set('TEXT_IS_VALID_URL', []);
  }
  requireFormulaSatisfied(formula: string): GDataValidationBuilder {
    return this.set('CUSTOM_FORMULA', [formula]);
  }
  withCriteria(
    criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria,
    args: unknown[],
  ): GDataValidationBuilder {
    return this.set(nameOf(criteria), Array.from(args));
  }
  setAllowInvalid(allowInvalidData: boolean): GDataValidationBuilder {
    this.allowInvalid = allowInvalidData;
    return chain(this);
  }
  setHelpText(helpText: string): GDataValidationBuilder {
    this.helpText = helpText;
    return chain(this);
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return valueOf(this.criteria ?? '');
  }
  getCriteriaValues(): unknown[] {
    return criteriaOut(this.doc, this.values);
  }
  getHelpText(): string | null {
    return this.helpText;
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  copy(): GDataValidationBuilder {
    return this.doc.runtime.expose(
      'DataValidationBuilder',
      new LocalDataValidationBuilder(this.doc, this.rule()),
    );
  }
  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    return this.doc.dataValidation(this.rule());
  }

  private rule(): ValidationRule {
    if (!this.criteria) throw new Error('The data validation rule has no criteria.');
    if (!(this.criteria in DataValidationCriteria)) throw new Error(`Unknown criteria: ${this.criteria}`);
    return {
      criteria: this.criteria,
      values: [...this.values],
      helpText: this.helpText ?? '',
      allowInvalid: this.allowInvalid,
    };
  }
}

export class LocalDataValidation implements Partial<GoogleAppsScript.Spreadsheet.DataValidation> {
  constructor(
    private readonly doc: Doc,
    readonly rule: ValidationRule,
  ) {}
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return valueOf(this.rule.criteria);
  }
  getCriteriaValues(): unknown[] {
    return criteriaOut(this.doc, this.rule.values);
  }
  /** '' when the rule has none (Apps Script's exact answer then is not verified). */
  getHelpText(): string {
    return this.rule.helpText;
  }
  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }
  copy(): GDataValidationBuilder {
    return this.doc.runtime.expose(
      'DataValidationBuilder',
      new LocalDataValidationBuilder(this.doc, this.rule),
    );
  }
}

/** Dates are compared as serial numbers of the spreadsheet's time zone, as the cells hold them. */
const asNumber = (v: CellValue, timeZone: string): number | undefined =>
  typeof v === 'number' ? v : isDateObject(v) ? dateToSerial(v, timeZone) : undefined;
const day = (v: unknown, timeZone: string): number | undefined =>
  isDateObject(v) ? Math.floor(dateToSerial(v, timeZone)) : undefined;

/** The day a RelativeDate names, counted from today in the spreadsheet's time zone. */
function relativeDay(name: unknown, timeZone: string): number {
  const [y, m, d] = serialToFields(Math.floor(dateToSerial(new Date(), timeZone)));
  const days: Record<string, [number, number, number]> = {
    TODAY: [y, m, d],
    TOMORROW: [y, m, d + 1],
    YESTERDAY: [y, m, d - 1],
    PAST_WEEK: [y, m, d - 7],
    PAST_MONTH: [y, m - 1, d],
    PAST_YEAR: [y - 1, m, d],
  };
  const fields = days[String(name)];
  if (!fields) throw new Error(`Unknown relative date: ${String(name)}`);
  return daySerial(...fields);
}

function compareNumber(criteria: string, n: number, args: readonly unknown[], timeZone: string): boolean {
  const [a, b] = args.map((x) => (isDateObject(x) ? dateToSerial(x, timeZone) : Number(x)));
  switch (criteria.replace(/^(NUMBER|DATE)_/, '')) {
    case 'BETWEEN':
      return n >= Math.min(a, b) && n <= Math.max(a, b);
    case 'NOT_BETWEEN':
      return n < Math.min(a, b) || n > Math.max(a, b);
    case 'EQUAL_TO':
      return n === a;
    case 'NOT_EQUAL_TO':
      return n !== a;
    case 'GREATER_THAN':
    case 'AFTER':
      return n > a;
    case 'GREATER_THAN_OR_EQUAL_TO':
    case 'ON_OR_AFTER':
      return n >= a;
    case 'LESS_THAN':
    case 'BEFORE':
      return n < a;
    case 'LESS_THAN_OR_EQUAL_TO':
    case 'ON_OR_BEFORE':
      return n <= a;
    default:
      throw new Error(`LocalWorkbook cannot judge ${criteria}`);
  }
}

/** Does a custom formula hold for the cell `row`, `column`, written for the top-left cell of `anchor`? */
function formulaHolds(doc: Doc, formula: string, anchor: GridRange, row: number, column: number): boolean {
  const v = doc.engine.evaluate(
    shiftFormula(formula, row - anchor.row, column - anchor.column),
    anchor.sheet,
  );
  return v === true || (typeof v === 'number' && v !== 0);
}

/**
 * Whether a value passes a validation rule, as the Sheets UI judges typed input
 * (Apps Script writes ignore validation). Blank cells always pass. List items are
 * compared with the displayed text, exactly.
 */
export function passesValidation(
  doc: Doc,
  rule: ValidationRule,
  value: CellValue,
  display: string,
  at: { sheet: SheetModel; row: number; column: number },
): boolean {
  if (value === '') return true;
  const [first, second] = rule.values;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return (first as unknown[]).map(String).includes(display);
    case 'VALUE_IN_RANGE': {
      const grid = (first as RangeValue).grid;
      return doc.engine.displayValues(grid).flat().includes(display);
    }
    case 'CHECKBOX':
      return rule.values.length === 0 ? typeof value === 'boolean' : value === first || value === second;
    case 'DATE_IS_VALID_DATE':
      return isDateObject(value);
    case 'TEXT_CONTAINS':
      return display.includes(String(first));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !display.includes(String(first));
    case 'TEXT_EQUAL_TO':
      return display === String(first);
    case 'TEXT_IS_VALID_EMAIL':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(display);
    case 'TEXT_IS_VALID_URL':
      return /^(https?:\/\/)?[^\s.]+\.[^\s]+$/.test(display);
    case 'CUSTOM_FORMULA':
      return formulaHolds(doc, String(first), { ...at, numRows: 1, numColumns: 1 }, at.row, at.column);
    default: {
      const zone = doc.engine.timeZone;
      if (rule.criteria.startsWith('DATE_')) {
        const d = day(value, zone);
        return (
          d !== undefined &&
          compareNumber(
            rule.criteria,
            d,
            rule.values.map((x) => day(x, zone) ?? x),
            zone,
          )
        );
      }
      const n = asNumber(value, zone);
      return n !== undefined && compareNumber(rule.criteria, n, rule.values, zone);
    }
  }
}

// ── conditional formats ─────────────────────────────────────────────────────

const NO_FORMAT: ConditionalFormat = {
  background: null,
  fontColor: null,
  bold: null,
  italic: null,
  strikethrough: null,
  underline: null,
};

export class LocalConditionalFormatRuleBuilder implements Partial<GConditionalFormatRuleBuilder> {
  private criteria: string | undefined;
  private values: unknown[] = [];
  private format: ConditionalFormat = NO_FORMAT;
  private ranges: GridRange[] = [];

  constructor(
    private readonly doc: Doc,
    from?: ConditionalRule,
  ) {
    if (from) {
      this.criteria = from.criteria;
      this.values = [...from.values];
      this.format = from.format;
      this.ranges = [...from.ranges];
    }
  }

  private when(criteria: string, values: unknown[]): GConditionalFormatRuleBuilder {
    this.criteria = criteria;
    this.values = values;
    return chain(this);
  }
  private style(change: Partial<ConditionalFormat>): GConditionalFormatRuleBuilder {
    this.format = { ...this.format, ...change };
    return chain(this);
  }

  whenFormulaSatisfied(formula: string): GConditionalFormatRuleBuilder {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  whenCellEmpty(): GConditionalFormatRuleBuilder {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): GConditionalFormatRuleBuilder {
    return this.when('CELL_NOT_EMPTY', []);
  }
  whenTextContains(text: string): GConditionalFormatRuleBuilder {
    return this.when('TEXT_CONTAINS', [text]);
  }
  whenTextDoesNotContain(text: string): GConditionalFormatRuleBuilder {
    return this.when('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  whenTextEqualTo(text: string): GConditionalFormatRuleBuilder {
    return this.when('TEXT_EQUAL_TO', [text]);
  }
  whenTextStartsWith(text: string): GConditionalFormatRuleBuilder {
    return this.when('TEXT_STARTS_WITH', [text]);
  }
  whenTextEndsWith(text: string): GConditionalFormatRuleBuilder {
    return this.when('TEXT_ENDS_WITH', [text]);
  }
  whenNumberBetween(start: number, end: number): GConditionalFormatRuleBuilder {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }
  whenNumberNotBetween(start: number, end: number): GConditionalFormatRuleBuilder {
    return this.when('NUMBER_NOT_BETWEEN', [start, end]);
  }
  whenNumberEqualTo(n: number): GConditionalFormatRuleBuilder {
    return this.when('NUMBER_EQUAL_TO', [n]);
  }
  whenNumberNotEqualTo(n: number): GConditionalFormatRuleBuilder {
    return this.when('NUMBER_NOT_EQUAL_TO', [n]);
  }
  whenNumberGreaterThan(n: number): GConditionalFormatRuleBuilder {
    return this.when('NUMBER_GREATER_THAN', [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number): GConditionalFormatRuleBuilder {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberLessThan(n: number): GConditionalFormatRuleBuilder {
    return this.when('NUMBER_LESS_THAN', [n]);
  }
  whenNumberLessThanOrEqualTo(n: number): GConditionalFormatRuleBuilder {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  whenDateAfter(
    date: GoogleAppsScript.Base.Date | GoogleAppsScript.Spreadsheet.RelativeDate,
  ): GConditionalFormatRuleBuilder {
    return this.whenDate('DATE_AFTER', date);
  }
  whenDateBefore(
    date: GoogleAppsScript.Base.Date | GoogleAppsScript.Spreadsheet.RelativeDate,
  ): GConditionalFormatRuleBuilder {
    return this.whenDate('DATE_BEFORE', date);
  }
  whenDateEqualTo(
    date: GoogleAppsScript.Base.Date | GoogleAppsScript.Spreadsheet.RelativeDate,
  ): GConditionalFormatRuleBuilder {
    return this.whenDate('DATE_EQUAL_TO', date);
  }
  private whenDate(criteria: string, date: unknown): GConditionalFormatRuleBuilder {
    return isDateObject(date)
      ? this.when(criteria, [date])
      : this.when(`${criteria}_RELATIVE`, [nameOf(date)]);
  }
  withCriteria(
    criteria: GoogleAppsScript.Spreadsheet.BooleanCriteria,
    args: unknown[],
  ): GConditionalFormatRuleBuilder {
    return this.when(nameOf(criteria), Array.from(args));
  }
  setBackground(color: string | null): GConditionalFormatRuleBuilder {
    return this.style({ background: color });
  }
  setFontColor(color: string | null): GConditionalFormatRuleBuilder {
    return this.style({ fontColor: color });
  }
  setBold(bold: boolean | null): GConditionalFormatRuleBuilder {
    return this.style({ bold });
  }
  setItalic(italic: boolean | null): GConditionalFormatRuleBuilder {
    return this.style({ italic });
  }
  setStrikethrough(strikethrough: boolean | null): GConditionalFormatRuleBuilder {
    return this.style({ strikethrough });
  }
  setUnderline(underline: boolean | null): GConditionalFormatRuleBuilder {
    return this.style({ underline });
  }
  setRanges(ranges: GRange[]): GConditionalFormatRuleBuilder {
    this.ranges = Array.from(ranges, (r) => this.doc.gridOf(r));
    return chain(this);
  }
  getRanges(): GRange[] {
    return this.doc.out(this.ranges.map((g) => this.doc.range(g)));
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return this.criteria ? this.doc.booleanCondition(this.rule()) : null;
  }
  getGradientCondition(): null {
    return null;
  }
  copy(): GConditionalFormatRuleBuilder {
    return this.doc.runtime.expose(
      'ConditionalFormatRuleBuilder',
      new LocalConditionalFormatRuleBuilder(this.doc, this.rule()),
    );
  }
  build(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
    return this.doc.conditionalRule(this.rule());
  }

  private rule(): ConditionalRule {
    if (!this.criteria) throw new Error('The conditional format rule has no condition.');
    if (!(this.criteria in BooleanCriteria)) throw new Error(`Unknown criteria: ${this.criteria}`);
    return { criteria: this.criteria, values: this.values, format: this.format, ranges: [...this.ranges] };
  }
}

export class LocalConditionalFormatRule implements Partial<GoogleAppsScript.Spreadsheet.ConditionalFormatRule> {
  constructor(
    private readonly doc: Doc,
    readonly rule: ConditionalRule,
  ) {}
  getRanges(): GRange[] {
    return this.doc.out(this.rule.ranges.map((g) => this.doc.range(g)));
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition {
    return this.doc.booleanCondition(this.rule);
  }
  getGradientCondition(): null {
    return null;
  }
  copy(): GConditionalFormatRuleBuilder {
    return this.doc.runtime.expose(
      'ConditionalFormatRuleBuilder',
      new LocalConditionalFormatRuleBuilder(this.doc, this.rule),
    );
  }
}

export class LocalBooleanCondition implements Partial<GoogleAppsScript.Spreadsheet.BooleanCondition> {
  constructor(private readonly rule: ConditionalRule) {}
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return valueOf(this.rule.criteria);
  }
  getCriteriaValues(): unknown[] {
    return [...this.rule.values];
  }
  getBackground(): string | null {
    return this.rule.format.background;
  }
  getFontColor(): string | null {
    return this.rule.format.fontColor;
  }
  getBold(): boolean | null {
    return this.rule.format.bold;
  }
  getItalic(): boolean | null {
    return this.rule.format.italic;
  }
  getStrikethrough(): boolean | null {
    return this.rule.format.strikethrough;
  }
  getUnderline(): boolean | null {
    return this.rule.format.underline;
  }
}

/**
 * Whether a rule's condition holds for a cell. A custom formula is written for the
 * top-left cell of the rule's first range; its relative references move with the cell
 * judged, as in Sheets. Text conditions ignore case (as the Sheets UI describes them).
 */
export function conditionHolds(
  doc: Doc,
  rule: ConditionalRule,
  value: CellValue,
  display: string,
  row: number,
  column: number,
): boolean {
  const [first] = rule.values;
  const text = display.toLowerCase();
  const arg = String(first ?? '').toLowerCase();
  switch (rule.criteria) {
    case 'CUSTOM_FORMULA':
      return formulaHolds(doc, String(first), rule.ranges[0], row, column);
    case 'CELL_EMPTY':
      return value === '';
    case 'CELL_NOT_EMPTY':
      return value !== '';
    case 'TEXT_CONTAINS':
      return text.includes(arg);
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(arg);
    case 'TEXT_EQUAL_TO':
      return text === arg;
    case 'TEXT_STARTS_WITH':
      return text.startsWith(arg);
    case 'TEXT_ENDS_WITH':
      return text.endsWith(arg);
    default: {
      const zone = doc.engine.timeZone;
      if (rule.criteria.endsWith('_RELATIVE')) {
        const d = day(value, zone);
        return (
          d !== undefined &&
          compareNumber(rule.criteria.replace(/_RELATIVE$/, ''), d, [relativeDay(first, zone)], zone)
        );
      }
      if (rule.criteria.startsWith('DATE_')) {
        const d = day(value, zone);
        return (
          d !== undefined &&
          compareNumber(
            rule.criteria,
            d,
            rule.values.map((x) => day(x, zone) ?? x),
            zone,
          )
        );
      }
      const n = asNumber(value, zone);
      return n !== undefined && compareNumber(rule.criteria, n, rule.values, zone);
    }
  }
}

// ── protections and named ranges ────────────────────────────────────────────

export class LocalProtection implements Partial<GoogleAppsScript.Spreadsheet.Protection> {
  constructor(
    private readonly doc: Doc,
    private readonly data: ProtectionData,
  ) {}
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return ProtectionType[this.data.type];
  }
  getRange(): GRange {
    return this.doc.range(this.data.range);
  }
  setRange(range: GRange): GoogleAppsScript.Spreadsheet.Protection {
    this.data.range = this.doc.gridOf(range);
    return chain(this);
  }
  getDescription(): string {
    return this.data.description;
  }
  setDescription(description: string): GoogleAppsScript.Spreadsheet.Protection {
    this.data.description = description;
    return chain(this);
  }
  isWarningOnly(): boolean {
    return this.data.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): GoogleAppsScript.Spreadsheet.Protection {
    this.data.warningOnly = warningOnly;
    return chain(this);
  }
  /** The script runs as the document's owner, who may edit everything. */
  canEdit(): boolean {
    return true;
  }
  remove(): void {
    const sheet = this.data.range.sheet;
    sheet.protections = sheet.protections.filter((p) => p !== this.data);
  }
  [DESCRIBE](): string {
    return gridA1(this.data.range);
  }
}

export class LocalNamedRange implements Partial<GoogleAppsScript.Spreadsheet.NamedRange> {
  constructor(
    private readonly doc: Doc,
    private name: string,
  ) {}
  getName(): string {
    return this.name;
  }
  getRange(): GRange {
    const grid = this.doc.engine.namedRange(this.name);
    if (!grid) throw new Error(`The named range ${this.name} no longer refers to a range.`);
    return this.doc.range(grid);
  }
  setRange(range: GRange): GoogleAppsScript.Spreadsheet.NamedRange {
    this.doc.engine.setNamedRange(this.name, this.doc.gridOf(range));
    return chain(this);
  }
  setName(name: string): GoogleAppsScript.Spreadsheet.NamedRange {
    const grid = this.doc.engine.namedRange(this.name);
    if (!grid) throw new Error(`The named range ${this.name} no longer refers to a range.`);
    this.doc.engine.removeNamedRange(this.name);
    this.doc.engine.setNamedRange(name, grid);
    this.name = name;
    return chain(this);
  }
  remove(): void {
    this.doc.engine.removeNamedRange(this.name);
  }
  [DESCRIBE](): string {
    return this.name;
  }
}
