import { type IsoDay, ruDay } from '../core/days';
import { enDays, ruDays } from './common';
import { defineTexts } from './define';
import { type Agreement } from '../core/vocabulary';

/** In the genitive: «срок договора», «срок доверенности» (so one verb form fits both). */
const ruAgreement = { contract: 'договора', poa: 'доверенности' } as const;
const enAgreement = { contract: 'contract', poa: 'power of attorney' } as const;

/** If the client has left (docs/method.md): what would block a fast return of a lost client. */
export const winbackTexts = defineTexts({
  en: {
    /** Words the Lost clients sheet colours its status by; each text below contains its marker. */
    markers: { expired: 'expired', expiring: 'expires', silence: 'no contact', missing: 'no record' },
    expired: (a: Agreement, on: IsoDay) => `${enAgreement[a]} expired ${on}`,
    expiring: (a: Agreement, inDays: number) =>
      `${enAgreement[a]} expires ${inDays === 0 ? 'today' : `in ${enDays(inDays)}`}`,
    silence: (days: number) => `no contact for ${enDays(days)}`,
    noAgreement: 'no record of a contract or power of attorney',
    noContact: 'no record of any contact',
  },
  ru: {
    markers: { expired: 'истёк', expiring: 'истекает', silence: 'нет контакта', missing: 'нет ни' },
    expired: (a: Agreement, on: IsoDay) => `срок ${ruAgreement[a]} истёк ${ruDay(on)}`,
    expiring: (a: Agreement, inDays: number) =>
      `срок ${ruAgreement[a]} истекает ${inDays === 0 ? 'сегодня' : `через ${ruDays(inDays)}`}`,
    silence: (days: number) => `нет контакта ${ruDays(days)}`,
    noAgreement: 'нет ни договора, ни доверенности',
    noContact: 'нет ни одного записанного контакта',
  },
});
