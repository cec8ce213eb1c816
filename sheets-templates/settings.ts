import type { SettingsTemplate } from './types';

/** The playbook's thresholds are defaults to adapt ("cook before use"), so formulas read them from here. */
export const settings: SettingsTemplate = {
  kind: 'settings',
  id: 'settings',
  name: { ru: 'Настройки', en: 'Settings' },
  tabColor: '#9e9e9e',
  headers: [
    { ru: 'Параметр', en: 'Setting' },
    { ru: 'Значение', en: 'Value' },
    { ru: 'Пояснение', en: 'Explanation' },
  ],
  settings: [
    {
      key: 'dropThreshold',
      label: { ru: 'Порог падения', en: 'Drop threshold' },
      note: {
        ru: 'Падение продаж или прогноза, которое считается падением (сегменты 1 и 2). По умолчанию 5 %.',
        en: 'A fall of sales or of the forecast that counts as a drop (segments 1 and 2). Default 5 %.',
      },
      value: 0.05,
      type: 'percent',
    },
    {
      key: 'overdueLimit',
      label: { ru: 'Порог неплатёжеспособности, дней просрочки', en: 'Insolvency overdue limit, days' },
      formerLabels: ['Просрочка неплатежеспособности, дней'],
      note: {
        ru: 'Просрочка больше этого числа дней = клиент неплатёжеспособен (сегмент 3). Базель: более 90 дней.',
        en: 'More days past due than this = insolvent (segment 3). Basel: more than 90 days.',
      },
      value: 90,
      type: 'integer',
    },
    {
      key: 'materiality',
      label: { ru: 'Минимальная значимая сумма просрочки', en: 'Overdue materiality' },
      formerLabels: ['Порог существенности просрочки'],
      note: {
        ru: 'Просрочка на меньшую сумму не делает клиента неплатёжеспособным, сколько бы дней она ни длилась (Базель: «существенное обязательство»). Пусто — любая сумма.',
        en: 'An overdue of a smaller amount does not make the client insolvent, however many days it lasts (Basel: "a material obligation"). Blank: any amount.',
      },
      value: 10000,
      type: 'money',
    },
    {
      key: 'insolventShare',
      label: { ru: 'Безопасная доля поставок (сегмент 3)', en: 'Safe delivery share (segment 3)' },
      note: {
        ru: 'Какую долю текущих закупок ещё отгружать неплатёжеспособному клиенту, лучше по предоплате.',
        en: 'Share of current purchases still shipped to an insolvent client, preferably prepaid.',
      },
      value: 0.25,
      type: 'percent',
    },
    {
      key: 'warnDays',
      label: { ru: 'Срок предупреждения, дней', en: 'Warn ahead, days' },
      formerLabels: ['Предупреждать за, дней'],
      note: {
        ru: 'За сколько дней предупреждать об истечении договора и доверенности; сколько дней без контакта допустимо.',
        en: 'How many days ahead to warn of expiring contracts and powers of attorney; how long without contact is fine.',
      },
      value: 30,
      type: 'integer',
    },
    {
      key: 'agendaHorizon',
      label: { ru: 'Горизонт плана контактов, дней', en: 'Agenda horizon, days' },
      note: {
        ru: 'На сколько дней вперёд «План контактов» показывает дела; на «Клиентах» следующий контакт в эти дни желтеет, просроченный — краснеет.',
        en: 'How many days ahead the Agenda lists actions; on Clients a next contact within them turns yellow, an overdue one red.',
      },
      value: 7,
      type: 'integer',
    },
    {
      key: 'periodDays',
      label: { ru: 'Длина периода продаж, дней', en: 'Sales period length, days' },
      note: {
        ru: 'Сколько дней в одном периоде листа «Предложения» (месяц = 30, неделя = 7).',
        en: 'How many days one period of the Offers sheet covers (month = 30, week = 7).',
      },
      value: 30,
      type: 'integer',
    },
    {
      key: 'serviceLevel',
      label: { ru: 'Уровень сервиса', en: 'Service level' },
      note: {
        ru: 'Вероятность не остаться без товара за цикл заказа; задаёт страховой запас в размере заказа.',
        en: 'The chance of not running out within an order cycle; sets the safety stock in the order size.',
      },
      value: 0.95,
      type: 'percent',
    },
    {
      key: 'xLimit',
      label: { ru: 'Граница X (вариация спроса)', en: 'X limit (demand variation)' },
      note: {
        ru: 'Коэффициент вариации до этой границы — стабильный спрос (X). Российская практика: 10 %; иногда 50 %.',
        en: 'A coefficient of variation up to this is stable demand (X). Russian practice: 10 %; some use 50 %.',
      },
      value: 0.1,
      type: 'percent',
    },
    {
      key: 'yLimit',
      label: { ru: 'Граница Y (вариация спроса)', en: 'Y limit (demand variation)' },
      note: {
        ru: 'До этой границы — колеблющийся спрос (Y), выше — нерегулярный (Z). Обычно 25 %; иногда 100 %.',
        en: 'Up to this is fluctuating demand (Y), above it irregular (Z). Usually 25 %; some use 100 %.',
      },
      value: 0.25,
      type: 'percent',
    },
    {
      key: 'stockGap',
      label: { ru: 'Заметный разрыв закупок и продаж', en: 'Clear gap between buying and selling' },
      note: {
        ru: 'Если клиент закупает наш товар медленнее продаж на столько пунктов — он распродаёт склад (сигнал мониторинга).',
        en: 'When the client buys ours this many points slower than it sells, it is destocking (a monitoring signal).',
      },
      value: 0.1,
      type: 'percent',
    },
    {
      key: 'overdueWarning',
      label: { ru: 'Тревожная просрочка, дней', en: 'Overdue warning, days' },
      formerLabels: ['Просрочка-предупреждение, дней'],
      note: {
        ru: 'С этой просрочки платёжеспособность считается ухудшающейся — раньше порога неплатёжеспособности.',
        en: 'From this many days past due solvency counts as worsening, before the insolvency limit.',
      },
      value: 30,
      type: 'integer',
    },
    {
      key: 'discountedMax',
      label: { ru: 'Максимум клиентов со скидкой', en: 'Maximum share of clients discounted' },
      note: {
        ru: 'Больше — признак «тотального снижения цены» и падения рентабельности.',
        en: 'More is a sign of a "total price cut" and falling profitability.',
      },
      value: 0.3,
      type: 'percent',
    },
    {
      key: 'functionsMax',
      label: { ru: 'Максимум функций на человека', en: 'Maximum functions per person' },
      note: {
        ru: 'Больше — перегрузка и «демотивация» при мобилизации всего персонала. Функция во владении считается за 1, бэкап — за ½.',
        en: 'More means overload and "demotivation" when the whole staff is mobilised. A function owned counts 1, a backup ½.',
      },
      value: 6,
      type: 'integer',
    },
    {
      key: 'level1OwnedMax',
      label: { ru: 'Максимум функций уровня 1 на владельца', en: 'Maximum level-1 functions owned' },
      formerLabels: ['Максимум функций уровня 1 во владении'],
      note: {
        ru: 'Сколько критичных функций может вести один человек без риска выгорания.',
        en: 'How many critical functions one person may own without burning out.',
      },
      value: 2,
      type: 'integer',
    },
    {
      key: 'asOf',
      label: { ru: 'Сегодня', en: 'Today' },
      note: {
        ru: 'Дата, от которой считаются сроки. Надстройка обновляет её при открытии книги, если ниже стоит «Да».',
        en: 'The date deadlines are counted from. The add-on refreshes it when the workbook opens if the line below says "Yes".',
      },
      value: '',
      type: 'date',
    },
    {
      key: 'autoToday',
      label: { ru: 'Обновлять дату при открытии', en: 'Refresh the date on open' },
      note: {
        ru: '«Нет» — чтобы посмотреть книгу на другую дату: впишите её в строку «Сегодня».',
        en: '"No" to look at the workbook as of another date: type it into the "Today" line.',
      },
      value: { ru: 'Да', en: 'Yes' },
      type: 'choice',
      choices: { ru: ['Да', 'Нет'], en: ['Yes', 'No'] },
    },
    {
      key: 'grantedMarginMax',
      label: { ru: 'Максимум данной скидки к марже', en: 'Maximum granted discount against margin' },
      note: {
        ru: 'Какую долю маржи в среднем съедают данные скидки. Больше — «тотальное снижение цены»: при половине маржи объём должен вырасти вдвое, чтобы прибыль не упала.',
        en: 'How much of the margin the granted discounts eat on average. More is a "total price cut": at half the margin the volume must double for profit to hold.',
      },
      value: 0.5,
      type: 'percent',
    },
    {
      key: 'recentPeriods',
      label: { ru: 'Спрос по последним периодам', en: 'Demand from the latest periods' },
      note: {
        ru: 'Сколько последних периодов листа «Предложения» задают спрос в день: продажи идут по сегодняшнему темпу, а не по среднему за полгода. Если продажи в них каждый раз падают или растут, берётся их линия тренда.',
        en: 'How many of the latest periods of the Offers sheet set the daily demand: today’s rate, not a six-month average. When sales fall or grow at every step of them, their trend line is taken.',
      },
      value: 3,
      type: 'integer',
    },
    {
      key: 'fasterDays',
      label: { ru: 'Ускорение доставки, дней', en: 'Faster delivery by, days' },
      note: {
        ru: 'На сколько дней быстрее могли бы доставлять: лист «Предложения» показывает, каким стал бы заказ клиента и сколько денег освободилось бы у него в запасе.',
        en: 'How many days sooner we could deliver: the Offers sheet shows what the client’s order would be and how much of its money the stock would free.',
      },
      value: 2,
      type: 'integer',
    },
    {
      key: 'nonSalesPositions',
      label: { ru: 'Должности вне продаж', en: 'Positions outside sales' },
      note: {
        ru: 'Люди или должности из заголовка «FBS Матрицы» через точку с запятой. Если кто-то из них владеет функцией группы продаж, на листе «Координаты» появится предупреждение.',
        en: 'People or positions from the FBS Matrix header, separated by semicolons. If one of them owns a function of the sales group, the Dashboard warns.',
      },
      value: { ru: 'Логист', en: 'Logistician' },
      type: 'text',
    },
    {
      key: 'focusOutsideMax',
      label: {
        ru: 'Максимум скидок и предложений вне целевых сегментов рынка',
        en: 'Maximum of discounts and offers outside the target market segments',
      },
      note: {
        ru: 'Какая доля выданных скидок и сделанных предложений может приходиться на клиентов нецелевых сегментов рынка (таблица справа). Больше — «круговая атака на сегменты рынка»: теряем целевой сегмент.',
        en: 'What share of the discounts granted and offers made to clients may go outside the target market segments (the table on the right). More is a "circular attack on the market segments": the target segment is lost.',
      },
      value: 0.5,
      type: 'percent',
    },
  ],
  // The threshold of a focus dose that counted crisis segments 1–2: its row stays, unread.
  retiredLabels: ['Минимум скидок целевым сегментам 1–2', 'Minimum of discounts to target segments 1–2'],
  marketSegments: {
    column: 5,
    headers: [
      { ru: 'Сегмент рынка', en: 'Market segment' },
      { ru: 'Целевой', en: 'Target' },
    ],
    notes: [
      {
        ru: 'Сегменты рынка или каналы сбыта клиентов: из них выбирают на листе «Клиенты». Добавляйте строки под свой рынок.',
        en: 'The clients’ market segments or sales channels: the Clients sheet picks from them. Add rows for your market.',
      },
      {
        ru: '«Да» — сегмент, на котором сосредоточены усилия. Скидки и предложения клиентам остальных сегментов — доза «круговой атаки» на листе «Координаты».',
        en: '"Yes" for a segment the effort is focused on. Discounts and offers to clients of the others are the dose of the "circular attack" on the Dashboard.',
      },
    ],
    marks: { ru: ['Да', 'Нет'], en: ['Yes', 'No'] },
    rows: [
      { name: { ru: 'Розничные сети', en: 'Retail chains' }, marked: true },
      { name: { ru: 'Независимая розница', en: 'Independent retail' }, marked: true },
      { name: { ru: 'Общепит', en: 'Food service' }, marked: false },
      { name: { ru: 'Оптовые перекупщики', en: 'Wholesale resellers' }, marked: false },
      { name: { ru: 'Интернет-торговля', en: 'Online retail' }, marked: false },
    ],
  },
};
