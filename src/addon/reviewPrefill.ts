/**
 * The review of an existing client starts from what the workbook knows: its master data on
 * Clients and its latest period on Monitoring, typed back into the form as a manager types
 * (numbers in the spreadsheet's locale, yes / no, the gains a discount buys), so that saving
 * it unchanged writes the same values again.
 */
import {
  BLOCK_KEYS,
  DISCOUNT_GAINS,
  type ReviewForm,
  type TextField,
  blockType,
  figureText,
  reviewForm,
} from '../core/review';
import { readBooleanLike } from '../core/cells';
import type { IsoDay } from '../core/days';
import { recordDay } from '../core/import/values';
import { type Cell, type Conventions, isDate } from '../core/vocabulary';
import { texts } from '../i18n';

/** A row of a table by template key. */
export type KeyedRow = (key: string) => Cell;

/** The latest of a client's Monitoring rows (the lower of equal periods), with its day. */
export function latestOf(
  rows: readonly KeyedRow[],
  conv: Conventions,
): { readonly row: KeyedRow; readonly day: IsoDay } | undefined {
  let best: { row: KeyedRow; day: IsoDay } | undefined;
  for (const row of rows) {
    const day = recordDay(row('period'), conv.timeZone);
    if (day && (!best || day >= best.day)) best = { row, day };
  }
  return best;
}

function text(cell: Cell): string {
  if (cell === null || cell === undefined || isDate(cell)) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

/** A figure as typed back: a number in the locale's way, anything else as it stands. */
function figure(cell: Cell, kind: 'percent' | 'number', conv: Conventions): string {
  return typeof cell === 'number' && Number.isFinite(cell) ? figureText(cell, kind, conv) : text(cell);
}

function yesNo(cell: Cell): string {
  const flag = readBooleanLike(cell);
  return flag === undefined ? '' : flag ? 'yes' : 'no';
}

/** The gains a discount buys, from the words the review wrote (either language). */
function gainsOf(cell: Cell): ReviewForm['discountBuys'] {
  const written = text(cell)
    .split(',')
    .map((s) => s.trim().toLowerCase());
  return DISCOUNT_GAINS.filter((g) =>
    [texts.ru, texts.en].some((t) => written.includes(t.wizard.price.gains[g].toLowerCase())),
  );
}

/**
 * The form for a client: master data from its Clients row, the rest from its latest Monitoring
 * period (blank without one). The period and the next contact are left for this review.
 */
export function prefillForm(client: KeyedRow, latest: KeyedRow | undefined, conv: Conventions): ReviewForm {
  const fields: Partial<Record<TextField, string>> = {
    name: text(client('name')),
    region: text(client('region')),
    manager: text(client('manager')),
    contact: text(client('contact')),
    phone: text(client('phone')),
    email: text(client('email')),
    creditLimit: figure(client('creditLimit'), 'number', conv),
    paymentTerms: figure(client('paymentTerms'), 'number', conv),
    purchasesBefore: figure(client('purchasesBefore'), 'number', conv),
    priceAsked: yesNo(client('priceAsked')),
    priceAnswer: text(client('priceAnswer')),
  };
  let insolvent = false;
  if (latest) {
    const days = latest('solvencyDynamics');
    insolvent = readBooleanLike(days) === true;
    Object.assign(fields, {
      purchasesNow: figure(latest('shipments'), 'number', conv),
      retailChange: figure(latest('totalSalesDynamics'), 'percent', conv),
      retailForecast: figure(latest('retailForecast'), 'percent', conv),
      overdueDays: readBooleanLike(days) === undefined ? figure(days, 'number', conv) : '',
      overdueAmount: figure(latest('overdueAmount'), 'number', conv),
    });
    for (const b of BLOCK_KEYS) {
      if (b === 'totalSales' || b === 'solvency') continue;
      const cell = latest(`${b}Dynamics`);
      const type = blockType(b);
      fields[`${b}Dynamics`] =
        type === 'choice' ? yesNo(cell) : figure(cell, type === 'percent' ? 'percent' : 'number', conv);
    }
    for (const b of BLOCK_KEYS) fields[`${b}Forecast`] = text(latest(`${b}Forecast`));
  }
  return reviewForm({ ...fields, insolvent, discountBuys: gainsOf(client('discountBuys')) });
}
