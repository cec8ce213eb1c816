import type { Agreement } from '../core/winback';
import { enDays, isoDay, ruDay, ruDays } from './common';
import { defineTexts } from './define';

const ruAgreement = {
  contract: { name: 'договор', expired: 'истёк' },
  poa: { name: 'доверенность', expired: 'истекла' },
} as const;
const enAgreement = { contract: 'contract', poa: 'power of attorney' } as const;

/** Playbook §5: what would block a fast return of a lost client. */
export const winbackTexts = defineTexts({
  en: {
    expired: (a: Agreement, on: Date) => `${enAgreement[a]} expired ${isoDay(on)}`,
    expiring: (a: Agreement, inDays: number) =>
      `${enAgreement[a]} expires ${inDays === 0 ? 'today' : `in ${enDays(inDays)}`}`,
    silence: (days: number) => `no contact for ${enDays(days)}`,
  },
  ru: {
    expired: (a: Agreement, on: Date) => `${ruAgreement[a].name} ${ruAgreement[a].expired} ${ruDay(on)}`,
    expiring: (a: Agreement, inDays: number) =>
      `${ruAgreement[a].name} истекает ${inDays === 0 ? 'сегодня' : `через ${ruDays(inDays)}`}`,
    silence: (days: number) => `нет контакта ${ruDays(days)}`,
  },
});
