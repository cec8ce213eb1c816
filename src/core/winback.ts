/**
 * If the client has left (docs/method.md): don't burn bridges. Expired contracts and powers
 * of attorney block a fast return of our goods to its shelves, and silence means we
 * won't be the first to learn that things are improving.
 */
import { readDay, readNonNegative } from './cells';
import { type IsoDay, dayNumber } from './days';
import type { RowOf } from './columns';
import { type Agreement, CellProblem, type Conventions } from './vocabulary';

export const DEFAULT_WARN_DAYS = 30;

/** One thing that would block a fast return. */
export type Blocker =
  | { readonly kind: 'expired'; readonly agreement: Agreement; readonly on: IsoDay }
  | { readonly kind: 'expiring'; readonly agreement: Agreement; readonly inDays: number }
  | { readonly kind: 'silence'; readonly days: number }
  /** In touch, but neither a contract nor a power of attorney is on file. */
  | { readonly kind: 'noAgreement' }
  /** Agreements on file, but no contact on record. */
  | { readonly kind: 'noContact' };

export interface LostClient {
  readonly contractExpiry?: IsoDay;
  readonly poaExpiry?: IsoDay;
  readonly lastContact?: IsoDay;
}

const NO_AGREEMENT: Blocker = { kind: 'noAgreement' };
const NO_CONTACT: Blocker = { kind: 'noContact' };

/** An agreement is valid through its expiry day, so it has expired from the day after. */
function agreementBlocker(agreement: Agreement, expiry: IsoDay | undefined, today: number, warnDays: number) {
  if (expiry === undefined) return undefined;
  const inDays = dayNumber(expiry) - today;
  if (inDays < 0) return { kind: 'expired', agreement, on: expiry } as const;
  if (inDays <= warnDays) return { kind: 'expiring', agreement, inDays } as const;
  return undefined;
}

/**
 * What blocks a return as of `asOf`, by calendar day; empty when nothing does. Missing data
 * blocks too: with neither a contract nor a power of attorney on file there is nothing to
 * return under, and a client never contacted can't tell us that things are improving.
 */
export function winbackBlockers(c: LostClient, asOf: IsoDay, warnDays: number): Blocker[] {
  const today = dayNumber(asOf);
  const blockers: Blocker[] = [];
  if (c.contractExpiry === undefined && c.poaExpiry === undefined) blockers.push(NO_AGREEMENT);
  const contract = agreementBlocker('contract', c.contractExpiry, today, warnDays);
  if (contract) blockers.push(contract);
  const poa = agreementBlocker('poa', c.poaExpiry, today, warnDays);
  if (poa) blockers.push(poa);
  if (c.lastContact === undefined) blockers.push(NO_CONTACT);
  else {
    const silence = today - dayNumber(c.lastContact);
    if (silence > warnDays) blockers.push({ kind: 'silence', days: silence });
  }
  return blockers;
}

export const WINBACK_STATUS_ARGS = {
  contract_expiry: 'cell',
  poa_expiry: 'cell',
  last_contact: 'cell',
  as_of: 'cell',
  warn_days: 'cell',
} as const;

/** One row of =WINBACK_STATUS(); undefined when the client's three dates are blank. */
export function winbackRow(row: RowOf<typeof WINBACK_STATUS_ARGS>, conv: Conventions): Blocker[] | undefined {
  const client: LostClient = {
    contractExpiry: readDay(row.contract_expiry, 'contract_expiry', conv),
    poaExpiry: readDay(row.poa_expiry, 'poa_expiry', conv),
    lastContact: readDay(row.last_contact, 'last_contact', conv),
  };
  const warnDays = readNonNegative(row.warn_days, 'warn_days', conv) ?? DEFAULT_WARN_DAYS;
  if (!client.contractExpiry && !client.poaExpiry && !client.lastContact) return undefined;
  // Never the clock: a custom function isn't recalculated when the day changes, so today
  // comes from a sheet cell that the add-on refreshes.
  const asOf = readDay(row.as_of, 'as_of', conv);
  if (asOf === undefined) throw new CellProblem('missing', 'as_of', row.as_of);
  if (client.lastContact && client.lastContact > asOf)
    throw new CellProblem('afterAsOf', 'last_contact', row.last_contact);
  return winbackBlockers(client, asOf, warnDays);
}
