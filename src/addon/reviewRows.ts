/**
 * The rows a client review writes: its Clients row and its Monitoring row, by column key,
 * every text literal so a name like "=IMPORTXML(…)" stays text.
 */
import { clients } from '../../sheets-templates/clients';
import { monitoring } from '../../sheets-templates/monitoring';
import type { TableTemplate } from '../../sheets-templates/types';
import { dateOf, monthStart } from '../core/days';
import { BLOCK_KEYS, type Review, type TextField, blockType } from '../core/review';
import type { Cell } from '../core/vocabulary';
import { type Lang, texts } from '../i18n';
import { literal, type Today } from './samples';

function choiceText(template: TableTemplate, key: string, lang: Lang, yes: boolean | undefined): Cell {
  if (yes === undefined) return '';
  const choices = template.columns.find((c) => c.key === key)?.choices?.[lang];
  if (!choices) throw new Error(`${template.id}.${key} has no choices`);
  return literal(choices[yes ? 0 : 1]);
}

/**
 * The Clients row (master data) and the Monitoring row (this period) of a review, by column
 * key: only the columns the review asks about, so updating a client never blanks a column the
 * form doesn't have. Every text is literal (a name like "=IMPORTXML(…)" or "+7 999…" stays
 * text). The period is the form's, else the first day of this month; its block 1 and block 6
 * take the retail change and the days overdue of step 2 (the segment the sidebar showed), else
 * the dynamics of step 3 (which an older sidebar asked).
 */
export function reviewRows(
  review: Review,
  lang: Lang,
  today: Today,
): { clients: Record<string, Cell>; monitoring: Record<string, Cell> } {
  const { text, numbers } = review;
  const t = (f: TextField) => literal(text[f]);
  const n = (f: TextField) => numbers[f] ?? '';
  const gains = texts[lang].wizard.price.gains;
  const clientRow: Record<string, Cell> = {
    name: t('name'),
    region: t('region'),
    manager: t('manager'),
    contact: t('contact'),
    phone: t('phone'),
    email: t('email'),
    creditLimit: n('creditLimit'),
    paymentTerms: n('paymentTerms'),
    purchasesBefore: n('purchasesBefore'),
    priceAsked: choiceText(clients, 'priceAsked', lang, review.yesNo.priceAsked),
    priceAnswer: t('priceAnswer'),
    discountBuys: literal(review.discountBuys.map((g) => gains[g]).join(', ')),
    // A review is a contact: signals of this period need no further follow-up on the agenda.
    lastContact: dateOf(today.day, today.timeZone),
    nextContact: review.nextContact ? dateOf(review.nextContact, today.timeZone) : '',
  };
  const blocks: Record<string, Cell> = {};
  for (const b of BLOCK_KEYS) {
    const dynamics = `${b}Dynamics` as const;
    blocks[dynamics] =
      blockType(b) === 'choice'
        ? choiceText(monitoring, dynamics, lang, review.yesNo[dynamics])
        : n(dynamics);
    blocks[`${b}Forecast`] = t(`${b}Forecast`);
  }
  const monitoringRow: Record<string, Cell> = {
    client: t('name'),
    period: dateOf(review.period || monthStart(today.day), today.timeZone),
    ...blocks,
    shipments: n('purchasesNow'),
    totalSalesDynamics: numbers.retailChange ?? blocks.totalSalesDynamics,
    solvencyDynamics: review.overdue !== '' ? review.overdue : blocks.solvencyDynamics,
    retailForecast: n('retailForecast'),
    overdueAmount: n('overdueAmount'),
  };
  return { clients: clientRow, monitoring: monitoringRow };
}
