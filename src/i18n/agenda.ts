import { type IsoDay, ruDay } from '../core/days';
import { defineTexts } from './define';

/** What can be wrong with a cell the agenda reads, by where it stands. */
type FixField = 'nextContact' | 'lastContact' | 'lostNextContact' | 'contractEnd' | 'poaEnd' | 'absence';
type AbsenceFault = 'missing' | 'notDate' | 'beforeStart';

/**
 * The manager's week: the agenda's reasons and actions (the method's words: keep a hand on
 * the pulse, don't burn bridges, keep agreements current, the Full Backing System), who does
 * each one, and the cells to fix.
 */
export const agendaTexts = defineTexts({
  en: {
    day: (d: IsoDay) => d,
    nothing: (through: IsoDay) => `Nothing due through ${through}`,
    why: {
      contact: (segment: string) =>
        segment ? `Next contact as planned (segment ${segment})` : 'Next contact as planned',
      lostContact: 'Lost client: next contact as planned',
      signals: (period: IsoDay, names: string) =>
        `Signals of the period from ${period}, no contact since: ${names}`,
      fix: {
        nextContact: (v: string) => `Next contact is not a date: "${v}"`,
        lastContact: (v: string) => `Last contact is not a date: "${v}"`,
        lostNextContact: (v: string) => `Lost client: next contact is not a date: "${v}"`,
        contractEnd: (v: string) => `Lost client: the contract's last day is not a date: "${v}"`,
        poaEnd: (v: string) => `Lost client: the power of attorney's last day is not a date: "${v}"`,
      } satisfies Record<Exclude<FixField, 'absence'>, (v: string) => string>,
      absence: {
        missing: () => 'An absence without its first or last day',
        notDate: (v: string) => `An absence whose day is not a date: "${v}"`,
        beforeStart: (v: string) => `An absence that ends before it begins: "${v}"`,
      } satisfies Record<AbsenceFault, (v: string) => string>,
    },
    what: {
      contactFallback: 'Get in touch and bring the client’s data up to date',
      lostContact: 'Keep in touch: be the first to learn that things are improving; don’t burn bridges',
      contract: 'Renew the contract, so our goods can return to the shelves without delay',
      poa: 'Get a new power of attorney, so our goods can return to the shelves without delay',
      fix: {
        nextContact: 'Type a date on Clients',
        lastContact: 'Type a date on Clients',
        lostNextContact: 'Type a date on Lost clients',
        contractEnd: 'Type a date on Lost clients',
        poaEnd: 'Type a date on Lost clients',
        absence: 'Correct the row on FBS Absences',
      } satisfies Record<FixField, string>,
    },
    who: {
      backup: (backup: string, absent: string, reason: string) =>
        `${backup}, for ${absent}${reason ? ` (${reason})` : ''}`,
      uncovered: (absent: string, reason: string, through: IsoDay, backupsAway: string) =>
        `⚠ ${absent} is away${reason ? ` (${reason})` : ''} through ${through}` +
        (backupsAway ? `, and so is the backup (${backupsAway})` : ', with no backup named') +
        ': the client is uncovered; name a backup on FBS Plan',
      noManager: '⚠ No manager on Clients',
    },
    summary: { header: ['Manager', 'Due this week', 'Overdue'], noManager: '(no manager)' },
  },
  ru: {
    day: (d: IsoDay) => ruDay(d),
    nothing: (through: IsoDay) => `Дел нет по ${ruDay(through)} включительно`,
    why: {
      contact: (segment: string) => (segment ? `Плановый контакт (сегмент ${segment})` : 'Плановый контакт'),
      lostContact: 'Ушедший клиент: плановый контакт',
      signals: (period: IsoDay, names: string) =>
        `Сигналы периода с ${ruDay(period)}, контакта с тех пор не было: ${names}`,
      fix: {
        nextContact: (v: string) => `В столбце «Следующий контакт» не дата: «${v}»`,
        lastContact: (v: string) => `В столбце «Последний контакт» не дата: «${v}»`,
        lostNextContact: (v: string) => `Ушедший клиент: в столбце «Следующий контакт» не дата: «${v}»`,
        contractEnd: (v: string) => `Ушедший клиент: в столбце «Договор действует до» не дата: «${v}»`,
        poaEnd: (v: string) => `Ушедший клиент: в столбце «Доверенность действует до» не дата: «${v}»`,
      },
      absence: {
        missing: () => 'Отсутствие без первого или последнего дня',
        notDate: (v: string) => `В строке отсутствия не дата: «${v}»`,
        beforeStart: (v: string) => `Отсутствие заканчивается раньше, чем начинается: «${v}»`,
      },
    },
    what: {
      contactFallback: 'Связаться и обновить данные клиента',
      lostContact: 'Поддерживать связь: первыми узнать, что дела налаживаются; не сжигать мосты',
      contract: 'Продлить договор, чтобы товар вернулся на полки без задержки',
      poa: 'Оформить новую доверенность, чтобы товар вернулся на полки без задержки',
      fix: {
        nextContact: 'Впишите дату на листе «Клиенты»',
        lastContact: 'Впишите дату на листе «Клиенты»',
        lostNextContact: 'Впишите дату на листе «Ушедшие клиенты»',
        contractEnd: 'Впишите дату на листе «Ушедшие клиенты»',
        poaEnd: 'Впишите дату на листе «Ушедшие клиенты»',
        absence: 'Исправьте строку на листе «FBS Отсутствия»',
      },
    },
    who: {
      // Names can't be declined reliably, so the absent colleague stands after a colon, in the nominative.
      backup: (backup: string, absent: string, reason: string) =>
        `${backup} — вместо: ${absent}${reason ? ` (${reason})` : ''}`,
      uncovered: (absent: string, reason: string, through: IsoDay, backupsAway: string) =>
        `⚠ ${absent} отсутствует${reason ? ` (${reason})` : ''} по ${ruDay(through)}` +
        (backupsAway ? `, замена (${backupsAway}) тоже отсутствует` : ', замена не назначена') +
        ': клиент без прикрытия — назначьте замену в «FBS План»',
      noManager: '⚠ Менеджер не указан на листе «Клиенты»',
    },
    summary: { header: ['Менеджер', 'На этой неделе', 'Просрочено'], noManager: '(без менеджера)' },
  },
});
