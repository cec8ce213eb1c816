import { commonTexts, quoteValue, WARNING } from './common';
import { defineTexts, type Lang } from './define';
import { CellProblem, type ProblemCode } from '../core/vocabulary';

/** The client review: the sidebar's steps, fields, messages, and what its save writes into cells. */
export const wizardTexts = defineTexts({
  en: {
    title: 'Client review',
    stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
    buttons: {
      back: 'Back',
      next: 'Next',
      save: 'Save',
      saving: 'Saving…',
      update: (row: number) => `Update row ${row}`,
      replace: (row: number) => `Replace row ${row}`,
      cancel: 'Cancel',
      again: 'Review another client',
    },
    client: {
      title: 'Client',
      pick: 'Client to review',
      pickNew: '— A new client —',
      pickHint: 'Pick a client to start from its latest period, or review a new one',
      loading: 'Loading its latest period…',
      prefilled: (period: string) => `Filled in from its latest period, ${period}: change what is new.`,
      noHistory: 'No period on Monitoring yet: filled in from Clients.',
      name: 'Client name',
      region: 'Region',
      manager: 'Manager',
      managerHint: 'Who on our side handles the client',
      contact: 'Contact person',
      phone: 'Phone',
      phoneHint: 'e.g. +7 999 123-45-67',
      email: 'E-mail',
      emailHint: 'e.g. buyer@distributor.com',
      creditLimit: 'Credit limit',
      creditLimitHint: 'How much the client may owe us, in money',
      paymentTerms: 'Payment terms, days',
    },
    why: {
      title: 'Why purchases change',
      intro:
        'Why does the distributor cut its purchases, and should we keep working with it? (method: New segmentation)',
      purchasesBefore: 'Pre-crisis purchases, per month',
      purchasesNow: 'Purchases now, per month',
      moneyHint: 'In money, e.g. 1 200 000',
      retailChange: 'Recorded retail sales change',
      retailChangeHint: 'Against pre-crisis, in %, e.g. -12%',
      retailForecast: 'Client’s forecast of retail demand',
      retailForecastHint: 'In %, e.g. -10%',
      overdueDays: 'Days overdue',
      overdueHint: 'Of the oldest unpaid invoice; blank or 0 = pays on time',
      overdueAmount: 'Overdue amount',
      overdueAmountHint: 'In money; below the materiality in Settings, a long overdue is not insolvency',
      insolvent: 'The client is insolvent',
      segment: 'Segment',
      noSegment: 'Fill in the sales change, the forecast or the days overdue to see the segment.',
      fixFirst: 'Correct the highlighted values to see the segment.',
    },
    reasons: {
      insolvent: 'The client is marked insolvent.',
      overdue: (days: string, limit: string, amount?: string) =>
        amount === undefined
          ? `${days} days overdue: more than the ${limit}-day limit.`
          : `${days} days overdue on ${amount}: more than the ${limit}-day limit.`,
      immaterial: (days: string, amount: string, materiality: string) =>
        `${days} days overdue on only ${amount}, below the materiality of ${materiality}: not insolvent for that.`,
      fall: (change: string, drop: string) =>
        `Retail sales changed by ${change}: a fall of at least the ${drop} threshold.`,
      expects: (forecast: string, drop: string) =>
        `No recorded fall, but the client expects retail demand to change by ${forecast}: a fall of at least ${drop}.`,
      none: (drop: string) => `No fall of ${drop} or more in sales or in the forecast, and no long overdue.`,
    },
    monitoring: {
      title: 'Monitoring period',
      intro:
        'The seven blocks of client monitoring for this period. Dynamics is the change over the period, e.g. -8%; the forecast is in the client’s words. Every field is optional.',
      period: 'Period',
      periodHint: 'The first day of the month or week this review is for',
      fromStep2: 'Dynamics: in step 2',
      percent: 'Dynamics, %',
      integer: 'Days overdue',
      choice: 'Did they change?',
      forecast: 'Client’s forecast',
      unset: '—',
      yes: 'Yes',
      no: 'No',
    },
    price: {
      title: 'Price',
      intro: 'Check price sensitivity. How? Ask. (method: Price cuts)',
      asked: 'Did you ask how much price matters to the client?',
      yes: 'Yes',
      no: 'No',
      answer: 'What the client said about price',
      discussed: 'A discount was discussed',
      buys: 'What would the discount buy us?',
      buysHint: 'Use an extra discount only if the result will predictably improve.',
      gains: {
        shelf: 'More of our assortment on the shelf',
        information: 'Information about the buyer’s business',
        loyalty: 'The client’s loyalty',
      },
    },
    result: {
      title: 'Result',
      segment: 'Segment',
      why: 'Why',
      todo: 'What to do (the method)',
      unknown: 'Not enough data for a segment yet: step 2 is blank.',
      nextContact: 'Next contact',
      nextContactHint: (days: number) => `Proposed: in ${days} days. Change it if you agreed otherwise.`,
      savesTo: (clients: string, monitoring: string) =>
        `Save adds or updates the client on “${clients}” and adds this period to “${monitoring}”.`,
      advice: [
        [
          'Keep the client in monitoring: a change in any of the seven blocks is an early signal.',
          'Keep the offer current: liquid, fast-turning items, the optimal order size, fast delivery (Updated offers).',
        ],
        [
          'The most promising group: the client only expects hard times.',
          'Get ahead of bad news with good offers: a selected assortment, the optimal order size, fast delivery (Updated offers).',
        ],
        [
          'The target: purchases not below the revenue from the client’s real sell-out (the Clients sheet computes it).',
          'Offer only liquid, fast-turning items, so the stock the client buys sells (Updated offers).',
        ],
        [
          'High risk of non-payment: ship only the safe minimum, preferably prepaid.',
          'Don’t burn bridges: keep the way back to former volumes open and the agreements current (If the client has left).',
          'Track how its solvency changes.',
        ],
      ],
    },
    problems: {
      required: (label: string) => `${label}: required`,
      email: (label: string, value: string) =>
        `${label}: "${value}" is not an e-mail address, e.g. name@company.com`,
      phone: (label: string, value: string) =>
        `${label}: "${value}" is not a phone number; use digits, spaces, + ( ) -`,
      date: (label: string, value: string) => `${label}: "${value}" is not a date`,
      choice: (label: string, value: string) => `${label}: "${value}" is not one of the choices`,
      tooLong: (label: string) => `${label}: too long`,
    },
    checkFields: 'Check the highlighted fields.',
    saved: (sheet: string, row: number) => `Saved: “${sheet}”, row ${row}. The row is selected in the sheet.`,
    updated: (sheet: string, row: number) =>
      `Updated: “${sheet}”, row ${row}. The row is selected in the sheet.`,
    duplicate: (name: string, sheet: string, row: number) =>
      `“${name}” is already in “${sheet}”, row ${row}. Update that client with this review, or cancel?`,
    periodExists: (period: string, sheet: string, row: number) =>
      `The client already has a row for the period ${period} in “${sheet}”, row ${row}. Replace it with this review, or cancel?`,
    foreign: (sheet: string) =>
      `The sheet “${sheet}” is not the add-on’s. Rename it and run Set up workbook, then save again.`,
    busy: 'Someone else is saving to this workbook right now. Try again in a moment.',
    startFailed: (message: string) =>
      `Could not open the review: ${message}. Close the sidebar and try again.`,
    failed: (message: string) => `Could not save: ${message}. What you typed is still here; try again.`,
    unexpected: 'Google Sheets returned an error',
  },
  ru: {
    title: 'Обзор клиента',
    stepOf: (n: number, total: number) => `Шаг ${n} из ${total}`,
    buttons: {
      back: 'Назад',
      next: 'Далее',
      save: 'Сохранить',
      saving: 'Сохраняю…',
      update: (row: number) => `Обновить строку ${row}`,
      replace: (row: number) => `Заменить строку ${row}`,
      cancel: 'Отмена',
      again: 'Обзор другого клиента',
    },
    client: {
      title: 'Клиент',
      pick: 'Клиент для обзора',
      pickNew: '— Новый клиент —',
      pickHint: 'Выберите клиента, чтобы начать с его последнего периода, или оставьте «Новый клиент»',
      loading: 'Загружаю последний период…',
      prefilled: (period: string) =>
        `Заполнено по последнему периоду (${period}): исправьте то, что изменилось.`,
      noHistory: 'Периодов в «Мониторинге» ещё нет: заполнено по листу «Клиенты».',
      name: 'Название клиента',
      region: 'Регион',
      manager: 'Менеджер',
      managerHint: 'Кто из нас ведёт клиента',
      contact: 'Контактное лицо',
      phone: 'Телефон',
      phoneHint: 'например +7 999 123-45-67',
      email: 'Эл. почта',
      emailHint: 'например buyer@distributor.ru',
      creditLimit: 'Кредитный лимит',
      creditLimitHint: 'Сколько клиент может быть нам должен, в деньгах',
      paymentTerms: 'Отсрочка платежа, дней',
    },
    why: {
      title: 'Почему меняются закупки',
      intro:
        'Почему дистрибутор сокращает закупки и стоит ли продолжать с ним работать? (метод: «Новая сегментация»)',
      purchasesBefore: 'Закупки до кризиса, в месяц',
      purchasesNow: 'Закупки сейчас, в месяц',
      moneyHint: 'В деньгах, например 1 200 000',
      retailChange: 'Зафиксированное изменение розничных продаж',
      retailChangeHint: 'К докризисному уровню, в %, например -12%',
      retailForecast: 'Прогноз клиента по розничному спросу',
      retailForecastHint: 'В %, например -10%',
      overdueDays: 'Просрочка, дней',
      overdueHint: 'Самого старого неоплаченного счёта; пусто или 0 — платит вовремя',
      overdueAmount: 'Сумма просрочки',
      overdueAmountHint:
        'В деньгах; сумма меньше минимальной значимой из «Настроек» — ещё не неплатёжеспособность',
      insolvent: 'Клиент неплатёжеспособен',
      segment: 'Сегмент',
      noSegment: 'Заполните изменение продаж, прогноз или просрочку — и здесь появится сегмент.',
      fixFirst: 'Исправьте отмеченные значения — и здесь появится сегмент.',
    },
    reasons: {
      insolvent: 'Клиент отмечен как неплатёжеспособный.',
      overdue: (days: string, limit: string, amount?: string) =>
        amount === undefined
          ? `Просрочка ${days} дн. — больше предела в ${limit} дн.`
          : `Просрочка ${days} дн. на сумму ${amount} — больше предела в ${limit} дн.`,
      immaterial: (days: string, amount: string, materiality: string) =>
        `Просрочка ${days} дн. лишь на ${amount} — меньше значимой суммы ${materiality}: это ещё не неплатёжеспособность.`,
      fall: (change: string, drop: string) =>
        `Розничные продажи изменились на ${change}: падение не меньше порога ${drop}.`,
      expects: (forecast: string, drop: string) =>
        `Падение не зафиксировано, но клиент ждёт изменения розничного спроса на ${forecast}: падение не меньше ${drop}.`,
      none: (drop: string) =>
        `Нет ни падения продаж или прогноза на ${drop} и больше, ни просрочки сверх предела.`,
    },
    monitoring: {
      title: 'Мониторинг: период',
      intro:
        'Семь блоков мониторинга клиента за этот период. Динамика — изменение за период, например -8%; прогноз — словами клиента. Все поля необязательны.',
      period: 'Период',
      periodHint: 'Первый день месяца или недели, к которым относится обзор',
      fromStep2: 'Динамика — на шаге 2',
      percent: 'Динамика, %',
      integer: 'Просрочка, дней',
      choice: 'Сменились?',
      forecast: 'Прогноз клиента',
      unset: '—',
      yes: 'Да',
      no: 'Нет',
    },
    price: {
      title: 'Цена',
      intro: 'Проверить чувствительность к цене. Как? Спросить. (метод: «Снижение цены»)',
      asked: 'Спросили, насколько клиенту важна цена?',
      yes: 'Да',
      no: 'Нет',
      answer: 'Что клиент сказал о цене',
      discussed: 'Обсуждали скидку',
      buys: 'Что мы получим за скидку?',
      buysHint: 'Дополнительная скидка — только если результат предсказуемо улучшится.',
      gains: {
        shelf: 'Больше нашего ассортимента на полке',
        information: 'Информацию о бизнесе покупателя',
        loyalty: 'Лояльность клиента',
      },
    },
    result: {
      title: 'Итог',
      segment: 'Сегмент',
      why: 'Почему',
      todo: 'Что делать (по методу)',
      unknown: 'Для сегмента пока не хватает данных: шаг 2 не заполнен.',
      nextContact: 'Следующий контакт',
      nextContactHint: (days: number) => `Предложено: через ${days} дн. Измените, если договорились иначе.`,
      savesTo: (clients: string, monitoring: string) =>
        `«Сохранить» добавит или обновит клиента на листе «${clients}» и добавит этот период на лист «${monitoring}».`,
      advice: [
        [
          'Держите клиента в мониторинге: изменение в любом из семи блоков — ранний сигнал.',
          'Поддерживайте актуальное предложение: ликвидные позиции, оптимальный размер заказа, быстрая доставка («Актуализируем предложения»).',
        ],
        [
          'Самая перспективная группа: клиент только ожидает трудностей.',
          'Опередите плохие новости хорошими предложениями: подобранный ассортимент, оптимальный размер заказа, быстрая доставка («Актуализируем предложения»).',
        ],
        [
          'Цель: закупки не ниже выручки от реальных продаж клиента (лист «Клиенты» посчитает её).',
          'Предлагайте только ликвидные, быстро оборачиваемые позиции, чтобы закупленное продавалось («Актуализируем предложения»).',
        ],
        [
          'Высокий риск неоплаты: отгружайте только безопасный минимум, лучше по предоплате.',
          'Не сжигайте мосты: сохраните путь к прежним объёмам и актуальные договоры («Если клиент ушёл»).',
          'Следите за изменением платёжеспособности.',
        ],
      ],
    },
    problems: {
      required: (label: string) => `${label}: обязательное поле`,
      email: (label: string, value: string) =>
        `${label}: «${value}» — не адрес электронной почты, например name@company.ru`,
      phone: (label: string, value: string) =>
        `${label}: «${value}» — не номер телефона; используйте цифры, пробелы, + ( ) -`,
      date: (label: string, value: string) => `${label}: «${value}» — не дата`,
      choice: (label: string, value: string) => `${label}: «${value}» — нет среди вариантов`,
      tooLong: (label: string) => `${label}: слишком длинно`,
    },
    checkFields: 'Проверьте отмеченные поля.',
    saved: (sheet: string, row: number) =>
      `Сохранено: лист «${sheet}», строка ${row}. Строка выделена в таблице.`,
    updated: (sheet: string, row: number) =>
      `Обновлено: лист «${sheet}», строка ${row}. Строка выделена в таблице.`,
    duplicate: (name: string, sheet: string, row: number) =>
      `«${name}» уже есть на листе «${sheet}», строка ${row}. Обновить этого клиента данными обзора или отменить?`,
    periodExists: (period: string, sheet: string, row: number) =>
      `У клиента уже есть строка за период ${period}: лист «${sheet}», строка ${row}. Заменить её данными обзора или отменить?`,
    foreign: (sheet: string) =>
      `Лист «${sheet}» создан не надстройкой. Переименуйте его, выберите «Настроить книгу» и сохраните снова.`,
    busy: 'Сейчас в книгу сохраняет кто-то ещё. Попробуйте через минуту.',
    startFailed: (message: string) =>
      `Не удалось открыть обзор: ${message}. Закройте боковую панель и попробуйте ещё раз.`,
    failed: (message: string) =>
      `Не удалось сохранить: ${message}. Введённое осталось в форме — попробуйте ещё раз.`,
    unexpected: 'Google Таблицы вернули ошибку',
  },
});

type OwnProblem = keyof (typeof wizardTexts)['en']['problems'];

/** A field's problem as the sidebar shows it: "⚠ label: «value» — …", in the words the cells use for numbers. */
export function fieldProblem(
  lang: Lang,
  code: ProblemCode | OwnProblem,
  label: string,
  value: string,
): string {
  const own = wizardTexts[lang].problems;
  if (Object.prototype.hasOwnProperty.call(own, code))
    return `${WARNING} ${own[code as OwnProblem](label, quoteValue(value, lang))}`;
  return commonTexts[lang].problem(new CellProblem(code as ProblemCode, label, value));
}
