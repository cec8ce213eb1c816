/**
 * The seven blocks of client monitoring, in the method's order: what each block records
 * and how its dynamics are typed.
 */
export const BLOCKS = [
  { key: 'totalSales', ru: 'Общие продажи клиента', en: 'Client’s total sales', type: 'percent' },
  { key: 'ourSales', ru: 'Продажи нашего ассортимента', en: 'Sales of our assortment', type: 'percent' },
  {
    key: 'competitorSales',
    ru: 'Продажи ассортимента конкурентов',
    en: 'Sales of competitors’ assortment',
    type: 'percent',
  },
  {
    key: 'ourPurchases',
    ru: 'Закупки нашего ассортимента',
    en: 'Purchases of our assortment',
    type: 'percent',
  },
  {
    key: 'competitorPurchases',
    ru: 'Закупки ассортимента конкурентов',
    en: 'Purchases of competitors’ assortment',
    type: 'percent',
  },
  {
    key: 'solvency',
    ru: 'Платёжеспособность (просрочка, дней)',
    en: 'Solvency (days overdue)',
    type: 'integer',
  },
  { key: 'decisionMaker', ru: 'Смена ЛПР', en: 'New decision maker', type: 'choice' },
] as const;

export type BlockKey = (typeof BLOCKS)[number]['key'];
