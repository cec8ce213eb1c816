/**
 * One new-client review, as a manager fills in the sidebar wizard and saves it: the same
 * server functions the sidebar calls through google.script.run, with the form as it
 * crosses (typed text, ticks, the gains a discount buys).
 */
import { type ReviewForm, reviewForm } from '../../src/core/review';
import type { Lang } from '../../src/i18n';
import type { LoadedBundle } from '../../tools/local-workbook';

/** A distributor that expects a fall (segment 1): what the manager learnt on the first call. */
export function demoReview(lang: Lang): ReviewForm {
  return reviewForm({
    name: 'ООО «Новый рубеж»',
    region: lang === 'ru' ? 'Тула' : 'Tula',
    manager: 'Смирнов',
    contact: lang === 'ru' ? 'Анна Ковалёва, закупки' : 'Anna Kovaleva, purchasing',
    phone: '+7 4872 55-12-34',
    email: 'zakupki@rubezh.example',
    purchasesBefore: '900 000',
    purchasesNow: '820 000',
    retailChange: '-3%',
    retailForecast: '-12%',
    overdueDays: '0',
    totalSalesDynamics: '-4%',
    ourSalesDynamics: '-6%',
    competitorSalesDynamics: '2%',
    ourPurchasesDynamics: '-15%',
    competitorPurchasesDynamics: '0%',
    solvencyDynamics: '0',
    decisionMakerDynamics: 'no',
    priceAsked: 'yes',
    priceAnswer:
      lang === 'ru' ? 'Важнее отсрочка 45 дней, чем скидка' : '45 days’ credit matters more than a discount',
    discountBuys: ['shelf'],
  });
}

export interface SavedReview {
  readonly client: string;
  /** What saveClientReview answered (status, sheet and row). */
  readonly result: unknown;
}

/** wizardStart, then saveClientReview as a new client, as the sidebar does. */
export function saveDemoReview(run: LoadedBundle['run'], lang: Lang): SavedReview {
  run('wizardStart');
  const form = demoReview(lang);
  return { client: form.name, result: run('saveClientReview', form, 'new') };
}
