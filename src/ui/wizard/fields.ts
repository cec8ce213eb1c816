/**
 * Which step asks for each field, and each field's name in a message. A message is read on
 * its own, so a monitoring field is named with its block ("Sales of our assortment:
 * Dynamics, %"), which the step shows only once, as the group's legend.
 */
import { type BlockKey, BLOCKS } from '../../core/blocks';
import type { TextField } from '../../core/review';
import { type Lang, texts } from '../../i18n';

export type WizardTexts = (typeof texts)[Lang]['wizard'];

export const STEP_FIELDS: readonly (readonly TextField[])[] = [
  ['name', 'region', 'manager', 'contact', 'phone', 'email', 'creditLimit', 'paymentTerms'],
  ['purchasesBefore', 'purchasesNow', 'retailChange', 'retailForecast', 'overdueDays', 'overdueAmount'],
  ['period', ...BLOCKS.flatMap((b) => [`${b.key}Dynamics`, `${b.key}Forecast`] as const)],
  ['priceAsked', 'priceAnswer'],
  ['nextContact'],
];

export const LAST_STEP = STEP_FIELDS.length - 1;

/**
 * Blocks whose dynamics step 2 already asks, so step 3 doesn't ask them again: the recorded
 * retail change is block 1's, the days overdue block 6's.
 */
export const ASKED_IN_STEP_2: ReadonlySet<BlockKey> = new Set(['totalSales', 'solvency']);

export function stepOf(field: TextField): number {
  return STEP_FIELDS.findIndex((fields) => fields.includes(field));
}

export function dynamicsLabel(t: WizardTexts['monitoring'], type: (typeof BLOCKS)[number]['type']): string {
  return type === 'percent' ? t.percent : type === 'integer' ? t.integer : t.choice;
}

type BlockField = `${BlockKey}Dynamics` | `${BlockKey}Forecast`;

export function fieldLabel(lang: Lang, field: TextField): string {
  const t = texts[lang].wizard;
  const block = BLOCKS.find((b) => field === `${b.key}Dynamics` || field === `${b.key}Forecast`);
  if (block) {
    const label = field.endsWith('Dynamics')
      ? dynamicsLabel(t.monitoring, block.type)
      : t.monitoring.forecast;
    return `${block[lang]}: ${label}`;
  }
  const { client, why } = t;
  const labels: Readonly<Record<Exclude<TextField, BlockField>, string>> = {
    name: client.name,
    region: client.region,
    manager: client.manager,
    contact: client.contact,
    phone: client.phone,
    email: client.email,
    creditLimit: client.creditLimit,
    paymentTerms: client.paymentTerms,
    purchasesBefore: why.purchasesBefore,
    purchasesNow: why.purchasesNow,
    retailChange: why.retailChange,
    retailForecast: why.retailForecast,
    overdueDays: why.overdueDays,
    overdueAmount: why.overdueAmount,
    period: t.monitoring.period,
    priceAsked: t.price.asked,
    priceAnswer: t.price.answer,
    nextContact: t.result.nextContact,
  };
  return labels[field as Exclude<TextField, BlockField>];
}
