import { defineTexts } from './define';

/**
 * Client monitoring (docs/method.md): each signal is a short name and the action it calls for (no "; " inside: it joins
 * signals). An insolvent client gets that one recommendation, with the other signals named after
 * it as what is also seen.
 */
export const monitoringTexts = defineTexts({
  en: {
    signals: {
      demandFall: "Total demand falls: re-check the client's segment",
      buysLess: 'Buys less from us: ask why (demand, competitors, stock or money) before offering anything',
      switching: 'Switching to competitors: ask why, check price sensitivity, update the offer',
      destocking: 'Destocking: its shelf will empty, offer the optimal order size',
      overstocking: 'Overstocking: a cut in orders will follow, agree volumes on actual sell-out',
      insolvent: "Insolvent: cut deliveries to a safe minimum, don't burn bridges",
      solvencyWarning: 'Solvency worsening: remind of payment, tighten credit terms',
      newDecisionMaker: 'New decision maker: meet them and present our offers',
    },
    names: {
      demandFall: 'total demand falls',
      buysLess: 'buys less from us',
      switching: 'switching to competitors',
      destocking: 'destocking',
      overstocking: 'overstocking',
      insolvent: 'insolvent',
      solvencyWarning: 'solvency worsening',
      newDecisionMaker: 'new decision maker',
    },
    alsoSeen: (names: string) => ` (also seen: ${names})`,
  },
  ru: {
    signals: {
      demandFall: 'Общий спрос падает: пересмотрите сегмент клиента',
      buysLess:
        'Закупает у нас меньше: выясните причину (спрос, конкуренты, склад или деньги), прежде чем что-то предлагать',
      switching:
        'Уходит к конкурентам: выясните причину, проверьте чувствительность к цене, обновите предложение',
      destocking: 'Распродаёт запасы: полка опустеет, предложите оптимальный размер заказа',
      overstocking: 'Затоваривание: закупки сократятся, согласуйте объём по фактическим продажам',
      insolvent: 'Неплатёжеспособен: сократите поставки до безопасного минимума, не сжигайте мосты',
      solvencyWarning: 'Платёжеспособность ухудшается: напомните об оплате, ужесточите условия отсрочки',
      newDecisionMaker: 'Новое лицо, принимающее решение: встретьтесь и представьте наши предложения',
    },
    names: {
      demandFall: 'общий спрос падает',
      buysLess: 'закупает у нас меньше',
      switching: 'уходит к конкурентам',
      destocking: 'распродаёт запасы',
      overstocking: 'затоваривание',
      insolvent: 'неплатёжеспособен',
      solvencyWarning: 'платёжеспособность ухудшается',
      newDecisionMaker: 'сменился ЛПР',
    },
    alsoSeen: (names: string) => ` (видно также: ${names})`,
  },
});
