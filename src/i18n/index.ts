import { addonTexts } from './addon';
import { commonTexts } from './common';
import { Lang } from './define';
import { segmentTexts } from './segment';
import { wizardTexts } from './wizard';

export { type Lang, langFromLocale } from './define';

/** Every text a user can see, by language; each area keeps its own file. */
export const texts = {
  en: { common: commonTexts.en, segment: segmentTexts.en, addon: addonTexts.en, wizard: wizardTexts.en },
  ru: { common: commonTexts.ru, segment: segmentTexts.ru, addon: addonTexts.ru, wizard: wizardTexts.ru },
} as const satisfies Record<Lang, unknown>;

export type Texts = (typeof texts)[Lang];
