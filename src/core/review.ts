/**
 * The review of a client (the sidebar wizard), new or existing: what the manager typed, checked
 * and read the same way in the browser, for inline messages, and on the server, which never
 * trusts what the browser sent. Numbers are read by the cell readers, so "-12%" or "0,1" mean
 * in the form what they mean in a cell.
 */
import { BLOCKS, type BlockKey } from './blocks';
import { isBlank, readChange, readNonNegative } from './cells';
import { type SegmentGroup, readPaymentStatus } from './segment';
import { isIsoDay } from './days';
import { normalizeWords } from './words';
import { type Cell, CellProblem, type ProblemCode, type Conventions } from './vocabulary';

export const BLOCK_KEYS: readonly BlockKey[] = BLOCKS.map((b) => b.key);

export const DISCOUNT_GAINS = ['shelf', 'information', 'loyalty'] as const;
export type DiscountGain = (typeof DISCOUNT_GAINS)[number];

/** The form's free-text and typed-number fields; a block's fields carry the Monitoring column's key. */
export const TEXT_FIELDS = [
  'name',
  'region',
  'manager',
  'contact',
  'phone',
  'email',
  'creditLimit',
  'paymentTerms',
  'purchasesBefore',
  'purchasesNow',
  'retailChange',
  'retailForecast',
  'overdueDays',
  'overdueAmount',
  'period',
  ...BLOCK_KEYS.flatMap((b) => [`${b}Dynamics`, `${b}Forecast`] as const),
  'priceAsked',
  'priceAnswer',
  'nextContact',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** The form as typed, exactly what crosses google.script.run: strings, ticks and a list of gains. */
export type ReviewForm = Readonly<Record<TextField, string>> & {
  readonly insolvent: boolean;
  readonly discountBuys: readonly DiscountGain[];
};

export type ReviewProblemCode = ProblemCode | 'required' | 'email' | 'phone' | 'date' | 'choice' | 'tooLong';

/** One field's problem; `value` is the text as typed, for quoting. */
export interface FieldError {
  readonly field: TextField;
  readonly code: ReviewProblemCode;
  readonly value: string;
}

/** The form read into values. */
export interface Review {
  readonly text: Readonly<Record<TextField, string>>;
  readonly numbers: Readonly<Partial<Record<TextField, number>>>;
  /** What the overdue column gets: days, TRUE for insolvent, or blank. */
  readonly overdue: number | boolean | '';
  readonly yesNo: Readonly<Partial<Record<TextField, boolean>>>;
  readonly discountBuys: readonly DiscountGain[];
  /** yyyy-mm-dd, checked to be a real day. */
  readonly nextContact: string;
  /** The Monitoring period the review is for, yyyy-mm-dd; '' for this month. */
  readonly period: string;
}

export type ReviewCheck =
  { readonly ok: true; readonly review: Review } | { readonly ok: false; readonly errors: FieldError[] };

/** A cell holds 50 000 characters; nobody types a tenth of that into a form field. */
export const MAX_FIELD_LENGTH = 5000;
const EMAIL = /^[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:.]+(\.[^\s@<>()[\]",;:.]+)+$/;
const PHONE = /^\+?[\d\s()\-.]+$/;

/** The form from whatever arrived: unknown keys dropped, missing or odd values made blank. */
export function reviewForm(input: unknown): ReviewForm {
  const source = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const text = (v: unknown) =>
    typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
  const gains = Array.isArray(source.discountBuys) ? source.discountBuys : [];
  return {
    ...(Object.fromEntries(TEXT_FIELDS.map((f) => [f, text(source[f])])) as Record<TextField, string>),
    insolvent: source.insolvent === true,
    discountBuys: DISCOUNT_GAINS.filter((g) => gains.includes(g)),
  };
}

/** The same client typed twice: case, spaces, ё/е and invisible characters don't tell names apart. */
export function clientKey(name: unknown): string {
  return normalizeWords(String(name ?? ''));
}

export function isEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}

/** Digits with the usual separators, 5 to 15 digits (E.164 allows at most 15). */
export function isPhone(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  return PHONE.test(text.trim()) && digits >= 5 && digits <= 15;
}

function readYesNo(text: string): boolean | undefined {
  if (text === 'yes') return true;
  if (text === 'no') return false;
  return undefined;
}

export const blockType = (b: BlockKey) => BLOCKS.find((x) => x.key === b)!.type;

/**
 * Every problem of the form at once, or the form read into values; never throws. Numbers are
 * read as the spreadsheet's locale writes them, in the browser and on the server alike.
 */
export function validateReview(input: unknown, conv: Conventions): ReviewCheck {
  const form = reviewForm(input);
  const errors: FieldError[] = [];
  const fail = (field: TextField, code: ReviewProblemCode) =>
    errors.push({ field, code, value: form[field] });
  const read = <T>(
    field: TextField,
    reader: (cell: Cell, arg: string, conv: Conventions) => T,
  ): T | undefined => {
    try {
      return reader(form[field], field, conv);
    } catch (e) {
      if (!(e instanceof CellProblem)) throw e;
      fail(field, e.code);
      return undefined;
    }
  };
  const text = Object.fromEntries(TEXT_FIELDS.map((f) => [f, form[f].trim()])) as Record<TextField, string>;
  for (const f of TEXT_FIELDS) if (form[f].length > MAX_FIELD_LENGTH) fail(f, 'tooLong');
  if (errors.length) return { ok: false, errors };

  if (text.name === '') fail('name', 'required');
  if (text.phone !== '' && !isPhone(text.phone)) fail('phone', 'phone');
  if (text.email !== '' && !isEmail(text.email)) fail('email', 'email');

  const numbers: Partial<Record<TextField, number>> = {};
  const keep = (field: TextField, n: number | undefined) => {
    if (n !== undefined) numbers[field] = n;
  };
  keep('creditLimit', read('creditLimit', readNonNegative));
  keep('paymentTerms', read('paymentTerms', readNonNegative));
  keep('purchasesBefore', read('purchasesBefore', readNonNegative));
  keep('purchasesNow', read('purchasesNow', readNonNegative));
  keep('overdueAmount', read('overdueAmount', readNonNegative));
  keep('retailChange', read('retailChange', readChange));
  keep('retailForecast', read('retailForecast', readChange));
  const payment = read('overdueDays', (cell) => readPaymentStatus(form.insolvent ? true : cell, conv));
  const overdue = !payment
    ? ''
    : payment.insolvent
      ? true
      : isBlank(form.overdueDays)
        ? ''
        : payment.overdueDays;

  const yesNo: Partial<Record<TextField, boolean>> = {};
  const choice = (field: TextField) => {
    const v = readYesNo(text[field]);
    if (v !== undefined) yesNo[field] = v;
    else if (text[field] !== '') fail(field, 'choice');
  };
  for (const b of BLOCK_KEYS) {
    const field = `${b}Dynamics` as const;
    const type = blockType(b);
    if (type === 'percent') keep(field, read(field, readChange));
    else if (type === 'integer') keep(field, read(field, readNonNegative));
    else choice(field);
  }
  choice('priceAsked');
  if (text.nextContact !== '' && !isIsoDay(text.nextContact)) fail('nextContact', 'date');
  if (text.period !== '' && !isIsoDay(text.period)) fail('period', 'date');

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    review: {
      text,
      numbers,
      overdue,
      yesNo,
      discountBuys: form.discountBuys,
      nextContact: text.nextContact,
      period: text.period,
    },
  };
}

/** How a figure of a cell is typed back into the form: the way a person types it in this locale. */
export type FigureKind = 'percent' | 'number';

/**
 * A number as the form shows it, readable back by the same readers: "-12,5%" or "1200000" in a
 * "," locale, "-12.5%" in a "." one; no grouping, so nothing can be misread as a thousands mark.
 */
export function figureText(n: number, kind: FigureKind, conv: Conventions): string {
  const value = kind === 'percent' ? Number((n * 100).toPrecision(12)) : Number(n.toPrecision(15));
  const text = String(value).replace('.', conv.decimal);
  return kind === 'percent' ? `${text}%` : text;
}

/**
 * How soon to call again, by segment: an insolvent client weekly (its solvency can change
 * fast), a falling or worried one in two weeks (the playbook's "hand on the pulse"), a calm
 * one in a month; without a segment yet, in two weeks.
 */
export const NEXT_CONTACT_DAYS: Readonly<Record<SegmentGroup, number>> = { 3: 7, 2: 14, 1: 14, 0: 30 };
export const NEXT_CONTACT_UNKNOWN = 14;

export function nextContactDays(group: SegmentGroup | undefined): number {
  return group === undefined ? NEXT_CONTACT_UNKNOWN : NEXT_CONTACT_DAYS[group];
}
