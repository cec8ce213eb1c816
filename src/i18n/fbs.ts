import { defineTexts } from './define';

/**
 * Full Backing System (docs/method.md): how a function without a name is shown in lists, and the
 * two ways an absence leaves a function short: it stops (nobody holding it is present) or it is
 * left without reserve (someone is present, fewer than an owner plus the backups required).
 */
export const fbsTexts = defineTexts({
  en: {
    row: (n: number) => `row ${n}`,
    more: (n: number) => `…and ${n} more`,
    stopped: (names: string) => `Stop: ${names}.`,
    noReserve: (names: string) => `No reserve: ${names}.`,
    state: { stopped: 'Stopped', noReserve: 'No reserve' },
  },
  ru: {
    row: (n: number) => `строка ${n}`,
    more: (n: number) => `…и ещё ${n}`,
    stopped: (names: string) => `Встанут: ${names}.`,
    noReserve: (names: string) => `Без резерва: ${names}.`,
    state: { stopped: 'Встала', noReserve: 'Без резерва' },
  },
});
