import { addonTexts } from './addon';
import { agendaTexts } from './agenda';
import { cardTexts } from './card';
import { commonTexts } from './common';
import { Lang } from './define';
import { offersTexts } from './offers';
import { fbsTexts } from './fbs';
import { importTexts } from './import';
import { monitoringTexts } from './monitoring';
import { segmentTexts } from './segment';
import { wizardTexts } from './wizard';
import { winbackTexts } from './winback';

export { type Lang, langFromLocale } from './define';

/** Every text a user can see, by language; each area keeps its own file. */
export const texts = {
  en: {
    common: commonTexts.en,
    segment: segmentTexts.en,
    offers: offersTexts.en,
    monitoring: monitoringTexts.en,
    winback: winbackTexts.en,
    fbs: fbsTexts.en,
    addon: addonTexts.en,
    agenda: agendaTexts.en,
    card: cardTexts.en,
    wizard: wizardTexts.en,
    import: importTexts.en,
  },
  ru: {
    common: commonTexts.ru,
    segment: segmentTexts.ru,
    offers: offersTexts.ru,
    monitoring: monitoringTexts.ru,
    winback: winbackTexts.ru,
    fbs: fbsTexts.ru,
    addon: addonTexts.ru,
    agenda: agendaTexts.ru,
    card: cardTexts.ru,
    wizard: wizardTexts.ru,
    import: importTexts.ru,
  },
} as const satisfies Record<Lang, unknown>;
