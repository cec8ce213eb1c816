import { defineTexts } from './define';

/**
 * Class names of the assortment analyses (Updated offers and Standard formulas, docs/method.md). Russian practice keeps the
 * Latin letters too («ABC-анализ», «XYZ-анализ»), so sheets can filter on one value.
 */
export const offersTexts = defineTexts({
  en: {
    abc: { A: 'A', B: 'B', C: 'C' },
    xyz: { X: 'X', Y: 'Y', Z: 'Z' },
  },
  ru: {
    abc: { A: 'A', B: 'B', C: 'C' },
    xyz: { X: 'X', Y: 'Y', Z: 'Z' },
  },
});
