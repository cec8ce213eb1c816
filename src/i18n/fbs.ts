import { defineTexts } from './define';

/** Full Backing System (§9): how a function without a name is shown in lists. */
export const fbsTexts = defineTexts({
  en: { row: (n: number) => `row ${n}`, more: (n: number) => `…and ${n} more` },
  ru: { row: (n: number) => `строка ${n}`, more: (n: number) => `…и ещё ${n}` },
});
