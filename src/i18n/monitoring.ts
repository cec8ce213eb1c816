import { defineTexts } from './define';

/** Client monitoring (docs/method.md): each signal is a short name and the action it calls for (no "; " inside: it joins signals). */
export const monitoringTexts = defineTexts({
  en: {
    signals: {
      demandFall: "Total demand falls: re-check the client's segment",
      switching: 'Switching to competitors: ask why, check price sensitivity, update the offer',
      destocking: 'Destocking: its shelf will empty, offer the optimal order size',
      overstocking: 'Overstocking: a cut in orders will follow, agree volumes on actual sell-out',
      insolvent: "Insolvent: cut deliveries to a safe minimum, don't burn bridges",
      solvencyWarning: 'Solvency worsening: remind of payment, tighten credit terms',
      newDecisionMaker: 'New decision maker: meet them and present our offers',
    },
  },
  ru: {
    signals: {
      demandFall: 'Общий спрос падает: пересмотрите сегмент клиента',
      switching:
        'Уходит к конкурентам: выясните причину, проверьте чувствительность к цене, обновите предложение',
      destocking: 'Распродаёт запасы: полка опустеет, предложите оптимальный размер заказа',
      overstocking: 'Затоваривание: закупки сократятся, согласуйте объём по фактическим продажам',
      insolvent: 'Неплатежеспособен: сократите поставки до безопасного минимума, не сжигайте мосты',
      solvencyWarning: 'Платежеспособность ухудшается: напомните об оплате, ужесточите условия отсрочки',
      newDecisionMaker: 'Новое лицо, принимающее решение: встретьтесь и представьте наши предложения',
    },
  },
});
