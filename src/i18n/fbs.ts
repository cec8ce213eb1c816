import { defineTexts } from './define';

/** Full Backing System (docs/method.md): how a function without a name is shown in lists. */
export const fbsTexts = defineTexts({
  en: { row: (n: number) => `row ${n}`, more: (n: number) => `…and ${n} more` },
  ru: { row: (n: number) => `строка ${n}`, more: (n: number) => `…и ещё ${n}` },
});
