import { defineTexts } from './define';

/**
 * Class names of the assortment analyses (Updated offers and Standard formulas, docs/method.md). Russian practice keeps the
 * Latin letters too («ABC-анализ», «XYZ-анализ»), so sheets can filter on one value. The trend marks
 * sales that fell or grew at every step of the recent periods.
 */
export const offersTexts = defineTexts({
  en: {
    abc: { A: 'A', B: 'B', C: 'C' },
    xyz: { X: 'X', Y: 'Y', Z: 'Z' },
    trend: { falling: '↓ falling', growing: '↑ growing' },
  },
  ru: {
    abc: { A: 'A', B: 'B', C: 'C' },
    xyz: { X: 'X', Y: 'Y', Z: 'Z' },
    trend: { falling: '↓ падает', growing: '↑ растёт' },
  },
});
