import { type IsoDay, ruDay } from '../core/days';
import { enDays, ruDays } from './common';
import { defineTexts } from './define';

/** The client card: one client on one page, its labels and values. */
export const cardTexts = defineTexts({
  en: {
    labels: {
      region: 'Region',
      manager: 'Manager',
      contact: 'Contact person',
      phone: 'Phone',
      email: 'E-mail',
      segment: 'Segment',
      reason: 'Reason',
      actions: 'What to do',
      signals: 'Latest signals',
      requests: 'Open discount requests',
      lost: 'Lost client',
      next: 'Next contact',
      who: 'Who does it',
    },
    /** The reasons of New segmentation, by group: why the client buys less. */
    reasons: [
      'No sign of a crisis',
      'The distributor expects a fall in retail demand',
      'The distributor has already recorded a fall in retail sales',
      'The distributor has become insolvent',
    ],
    pick: 'Pick a client in the cell above',
    unknown: (name: string) => `⚠ "${name}" is not on Clients`,
    none: 'none',
    noRecords: 'no period on Monitoring yet',
    signals: (period: IsoDay, signals: string) => `period from ${period}: ${signals}`,
    request: (date: string, discount: string, verdict: string) =>
      [date, discount ? `${discount} off` : '', verdict].filter(Boolean).join(' · '),
    more: (n: number) => `…and ${n} more`,
    notLost: 'no',
    lost: (leftOn: string, reason: string, status: string) =>
      [leftOn ? `left ${leftOn}` : 'left', reason && `(${reason})`, status && `· ${status}`]
        .filter(Boolean)
        .join(' '),
    next: {
      overdue: (day: IsoDay, n: number) => `${day}, overdue by ${enDays(n)}`,
      today: (day: IsoDay) => `${day}, today`,
      later: (day: IsoDay, n: number) => `${day}, in ${enDays(n)}`,
      unset: 'not set',
      notDate: (v: string) => `⚠ not a date: "${v}"`,
    },
  },
  ru: {
    labels: {
      region: 'Регион',
      manager: 'Менеджер',
      contact: 'Контактное лицо',
      phone: 'Телефон',
      email: 'Эл. почта',
      segment: 'Сегмент',
      reason: 'Причина',
      actions: 'Что делать',
      signals: 'Последние сигналы',
      requests: 'Открытые запросы скидки',
      lost: 'Ушедший клиент',
      next: 'Следующий контакт',
      who: 'Кто связывается',
    },
    reasons: [
      'Признаков кризиса нет',
      'Дистрибутор ожидает падения спроса со стороны розничных покупателей',
      'Дистрибутор уже зафиксировал падение розничных продаж',
      'Дистрибутор стал неплатёжеспособным',
    ],
    pick: 'Выберите клиента в ячейке выше',
    unknown: (name: string) => `⚠ «${name}» нет на листе «Клиенты»`,
    none: 'нет',
    noRecords: 'в «Мониторинге» пока нет периодов',
    signals: (period: IsoDay, signals: string) => `период с ${ruDay(period)}: ${signals}`,
    request: (date: string, discount: string, verdict: string) =>
      [date, discount ? `скидка ${discount}` : '', verdict].filter(Boolean).join(' · '),
    more: (n: number) => `…и ещё ${n}`,
    notLost: 'нет',
    lost: (leftOn: string, reason: string, status: string) =>
      [leftOn ? `ушёл ${leftOn}` : 'ушёл', reason && `(${reason})`, status && `· ${status}`]
        .filter(Boolean)
        .join(' '),
    next: {
      overdue: (day: IsoDay, n: number) => `${ruDay(day)}, просрочен на ${ruDays(n)}`,
      today: (day: IsoDay) => `${ruDay(day)}, сегодня`,
      later: (day: IsoDay, n: number) => `${ruDay(day)}, через ${ruDays(n)}`,
      unset: 'не назначен',
      notDate: (v: string) => `⚠ не дата: «${v}»`,
    },
  },
});
