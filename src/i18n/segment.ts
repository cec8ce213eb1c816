import { defineTexts } from './define';

/**
 * Short names of the segments of New segmentation (docs/method.md), shown after the group digit, and what the
 * method says to do with each: the Clients sheet's "What to do" column and the sidebar's
 * result step show the same words. Segment 1 is asked to keep its pre-crisis volume only when
 * it buys less than that; otherwise it gets `notBelow`.
 */
export const segmentTexts = defineTexts({
  en: {
    groups: ['No crisis signal', 'Expects a fall', 'Fall recorded', 'Insolvent'],
    actions: [
      'Keep monitoring',
      'Persuade it to keep pre-crisis purchase volumes',
      'Agree purchases not below actual sell-out',
      'Cut deliveries to a safe minimum, keep the door open, track solvency',
    ],
    notBelow:
      'Get ahead of bad news with good offers: a selected assortment, the optimal order, fast delivery',
  },
  ru: {
    groups: ['Нет сигнала кризиса', 'Ожидает падения', 'Падение зафиксировано', 'Неплатёжеспособен'],
    actions: [
      'Следить за динамикой (мониторинг)',
      'Убедить сохранить докризисный объём закупок',
      'Согласовать закупки не ниже фактических продаж',
      'Сократить поставки до безопасного минимума, сохранить возможность вернуться, следить за платежами',
    ],
    notBelow:
      'Опередить плохие новости хорошими предложениями: подобранный ассортимент, оптимальный заказ, быстрая доставка',
  },
});
