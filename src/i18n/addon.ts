import { defineTexts } from './define';

/** Menu items, progress toasts and summaries of the menu actions. */
export const addonTexts = defineTexts({
  en: {
    title: 'Anti-crisis sales',
    protection: 'Computed by the add-on: type your data in the other columns',
    busy: 'Someone else is changing this workbook through the add-on right now. Try again in a minute.',
    failed:
      'Something went wrong: Google Sheets returned an error. The add-on never changes what you typed; run the action again and it carries on from what is already done.',
    menu: {
      setup: 'Set up workbook',
      sample: 'Add sample data',
      review: 'Client review',
      importData: 'Import data',
      fbs: 'Check FBS coverage',
      help: 'Help',
    },
    setup: {
      started: 'Setting up the workbook…',
      created: (names: string) => `Created: ${names}.`,
      updated: (names: string) => `Completed: ${names}.`,
      unchanged: 'Everything was already in place; nothing changed.',
      foreign: (names: string) =>
        `Left alone (a sheet with this name is not the add-on’s): ${names}. Rename it and run Set up workbook again to get the template.`,
      occupied: (cells: string) => `Formula not written because the cell holds your data: ${cells}.`,
      unresolved: (sheet: string, cells: string) =>
        `Formulas not written because the sheet “${sheet}” they need is not the add-on’s: ${cells}.`,
      needsSettings: (sheet: string, cells: string) =>
        `The sheet “${sheet}” is not the add-on’s, so these formulas, which need its thresholds, were not written: ${cells}. Rename that sheet and run Set up workbook again.`,
      blocked: (cell: string, column: string, typed: string) =>
        `The formula in ${cell} (“${column}”) cannot fill its column: values are typed below it (${typed}). The add-on leaves them; delete them and the column fills itself.`,
      rowsAdded: (names: string) => `Rows added to sheets that had too few for the add-on: ${names}.`,
      columnsRestored: (columns: string) => `Columns of the add-on put back: ${columns}.`,
      columnsRenamed: (columns: string) =>
        `Columns and lines renamed as this version calls them, values kept: ${columns}.`,
      renamed: (sheet: string, before: string, after: string, letter: string) =>
        `${sheet} — “${before}” is now “${after}” (column ${letter})`,
      relabelled: (sheet: string, before: string, after: string) =>
        `${sheet} — “${before}” is now “${after}”`,
      column: (sheet: string, header: string, letter: string) => `${sheet} — “${header}” (column ${letter})`,
      spaced: (tables: string) =>
        `Two tables of one sheet set apart by an empty column inserted between them; the second one and everything right of it moved one column right, values included: ${tables}.`,
      spacedColumn: (sheet: string, header: string, letter: string) =>
        `${sheet} — from “${header}” on (now column ${letter})`,
      typedCell: (cell: string, value: string) => `${cell} “${value}”`,
      setting: (label: string) => `“${label}”`,
      formulasRestored: (cells: string) => `Add-on formulas restored: ${cells}.`,
      extended: (names: string) =>
        `Protection, colours and checks of the columns extended to the end of the sheet: ${names}.`,
      settingsRelinked: (labels: string) => `Settings linked to their rows again, values kept: ${labels}.`,
      settingsAdded: (labels: string) => `Settings added with their default values: ${labels}.`,
      moved: (clients: number, from: string, to: string) =>
        `Client history: purchases now, retail change, forecast and days overdue of ${clients} clients were copied from “${from}” to “${to}” as each client’s latest period, so the segments stay as they were. “${from}” now shows each client’s latest period; the old columns keep their values, and new periods go to “${to}”.`,
      done: 'Workbook ready',
    },
    sample: {
      added: (names: string) => `Sample data added to: ${names}.`,
      skipped: (names: string) => `Not added where you already have data: ${names}.`,
      nothing: 'Every sheet already has data; no samples added.',
      done: 'Sample data',
    },
    fbs: {
      title: 'FBS coverage',
      ok: (n: number) => `All ${n} functions have an owner and enough backups.`,
      noMatrix: 'No FBS Matrix sheet yet: run Set up workbook first.',
      empty: 'The FBS Matrix has no functions yet.',
      short: (fn: string, missing: number) => `${fn}: ${missing} backup(s) missing`,
      problem: (fn: string, what: string) => `${fn}: ${what}`,
      summary: (bad: number, total: number) => `${bad} of ${total} functions need attention:`,
      more: (n: number) => `…and ${n} more.`,
      badLevels: (what: string) => `FBS Levels, backups required: ${what}. Checked by the method’s 2, 1, 0.`,
      continuationsTitle: (n: number) =>
        `Matrix rows with roles but neither a function nor a level: ${n}. They continue the function above; BACKUP_GAP marks them ⚠ and the absence planner leaves them out. Give each its own name and level.`,
      continuation: (rows: readonly number[], of: string) =>
        `• ${rows.length === 1 ? 'row' : 'rows'} ${rows.join(', ')}: ${of === '' ? 'no function above' : `under “${of}”`}`,
      missingTitle: (n: number) =>
        `Functions on FBS Functions that are not in the matrix (nobody answers for them): ${n}.`,
      levelsTitle: (n: number) => `Functions whose level on FBS Functions differs from the matrix: ${n}.`,
      levelDiffers: (fn: string, listed: number, matrix: number) =>
        `• ${fn}: level ${listed} on FBS Functions, ${matrix} in the matrix`,
    },
    help: {
      title: 'Anti-crisis sales: help',
      body: [
        'Set up workbook: creates the anti-crisis method’s sheets (clients, monitoring, offers, pricing, lost clients, cost cuts, FBS, dashboard, settings). It never changes what you typed. Run it again at any time: it puts back what is missing or broken and says what it did, and what it left alone and why.',
        'Add sample data: fills empty sheets with examples to learn from.',
        'Client review: a step-by-step review of a new or existing distributor; its details are saved on Clients, the period on Monitoring.',
        'Import data: a month of shipments and receivables from a 1C or CRM export (a CSV file or a sheet), into Monitoring and Clients.',
        'Check FBS coverage: lists functions without an owner or short of backups, the matrix rows that only continue a function, the functions of FBS Functions missing from the matrix, and levels that differ between the two sheets.',
        'Formulas. Each one computes a whole column at once; thresholds are on the Settings sheet. As you type one, Sheets shows its arguments. A cell starting with ⚠ names the argument and the value it could not read.',
        [
          '=SEGMENT(retail change, client’s forecast, days overdue): the client’s segment, 0 to 3, and why.',
          '=CLIENT_SIGNALS(…the seven monitoring blocks…): what the client’s figures signal, and what to do.',
          '=ABC_CLASS(value), =XYZ_CLASS(sales per period): how liquid and how steady an item is.',
          '=ORDER_SIZE(daily demand, its deviation, lead time, days between orders, service level, stock, on order): the order that covers demand until the next delivery; =SAFETY_STOCK(deviation, lead time, service level): the stock for demand swings.',
          '=DISCOUNT_BREAKEVEN(discount, margin): how much volume must grow for a discount to pay back.',
          '=WINBACK_STATUS(contract expiry, power of attorney expiry, last contact, today, warning days): what blocks a lost client’s fast return.',
          '=BACKUP_GAP(level, roles): backups a function is short of; =FBS_COVERAGE: how many of its holders are in today; =FBS_KEY_PEOPLE: whom functions stop without; =FBS_ABSENCE_GAPS: functions left uncovered, week by week.',
          '=CLIENT_LATEST, =PERIOD_CHANGE, =PREVIOUS_VALUE: each client’s latest period on Monitoring, and how its figures changed since the period before.',
          '=AGENDA, =AGENDA_BY_MANAGER, =CLIENT_CARD, =CLIENT_HISTORY: the manager’s week (who calls whom, by when and why) and one client on one page.',
        ].join('\n'),
      ].join('\n\n'),
    },
  },
  ru: {
    title: 'Антикризисные продажи',
    protection: 'Считается надстройкой: вводите данные в другие столбцы',
    busy: 'Сейчас книгу через надстройку меняет кто-то ещё. Попробуйте через минуту.',
    failed:
      'Что-то пошло не так: Google Таблицы вернули ошибку. Ваши данные надстройка не трогает; запустите действие ещё раз — оно продолжится с того места, где остановилось.',
    menu: {
      setup: 'Настроить книгу',
      sample: 'Добавить пример данных',
      review: 'Обзор клиента',
      importData: 'Импорт данных',
      fbs: 'Проверить покрытие FBS',
      help: 'Справка',
    },
    setup: {
      started: 'Настраиваю книгу…',
      created: (names: string) => `Созданы листы: ${names}.`,
      updated: (names: string) => `Дополнены: ${names}.`,
      unchanged: 'Всё уже было на месте, ничего не изменено.',
      foreign: (names: string) =>
        `Не тронуты листы с такими же именами, созданные не надстройкой: ${names}. Переименуйте их и снова выберите «Настроить книгу».`,
      occupied: (cells: string) => `Формула не записана, потому что в ячейке ваши данные: ${cells}.`,
      unresolved: (sheet: string, cells: string) =>
        `Формулы не записаны, потому что нужный им лист «${sheet}» создан не надстройкой: ${cells}.`,
      needsSettings: (sheet: string, cells: string) =>
        `Лист «${sheet}» создан не надстройкой, поэтому не записаны формулы, которым нужны пороги из настроек: ${cells}. Переименуйте этот лист и снова выберите «Настроить книгу».`,
      blocked: (cell: string, column: string, typed: string) =>
        `Формула в ${cell} («${column}») не может заполнить столбец: ниже введены значения (${typed}). Надстройка их не трогает — удалите их, и столбец заполнится сам.`,
      rowsAdded: (names: string) => `Добавлены недостающие строки на листах: ${names}.`,
      columnsRestored: (columns: string) => `Возвращены столбцы надстройки: ${columns}.`,
      columnsRenamed: (columns: string) =>
        `Столбцы и строки переименованы, как их называет эта версия, значения сохранены: ${columns}.`,
      renamed: (sheet: string, before: string, after: string, letter: string) =>
        `${sheet} — «${before}» теперь «${after}» (столбец ${letter})`,
      relabelled: (sheet: string, before: string, after: string) =>
        `${sheet} — «${before}» теперь «${after}»`,
      column: (sheet: string, header: string, letter: string) => `${sheet} — «${header}» (столбец ${letter})`,
      spaced: (tables: string) =>
        `Две таблицы на одном листе разделены вставленным между ними пустым столбцом; вторая таблица и всё, что правее, сдвинуты на один столбец вправо вместе со значениями: ${tables}.`,
      spacedColumn: (sheet: string, header: string, letter: string) =>
        `${sheet} — начиная с «${header}» (теперь столбец ${letter})`,
      typedCell: (cell: string, value: string) => `${cell} «${value}»`,
      setting: (label: string) => `«${label}»`,
      formulasRestored: (cells: string) => `Восстановлены формулы надстройки: ${cells}.`,
      extended: (names: string) => `Защита, цвета и проверки столбцов продлены до конца листа: ${names}.`,
      settingsRelinked: (labels: string) =>
        `Настройки снова связаны со своими строками, значения сохранены: ${labels}.`,
      settingsAdded: (labels: string) => `Добавлены настройки со значениями по умолчанию: ${labels}.`,
      moved: (clients: number, from: string, to: string) =>
        `История клиентов: у ${clients} ${clients % 10 === 1 && clients % 100 !== 11 ? 'клиента' : 'клиентов'} закупки сейчас, изменение розничных продаж, прогноз и просрочка скопированы с листа «${from}» на лист «${to}» как последний период — сегменты прежние. Лист «${from}» теперь показывает последний период клиента; старые столбцы сохранили значения, а новые периоды вводите на листе «${to}».`,
      done: 'Книга готова',
    },
    sample: {
      added: (names: string) => `Пример данных добавлен на листы: ${names}.`,
      skipped: (names: string) => `Не добавлен там, где уже есть данные: ${names}.`,
      nothing: 'На всех листах уже есть данные, пример не добавлен.',
      done: 'Пример данных',
    },
    fbs: {
      title: 'Покрытие FBS',
      ok: (n: number) => `У всех ${n} функций есть владелец и достаточно бэкаперов.`,
      noMatrix: 'Листа «FBS Матрица» ещё нет: сначала выберите «Настроить книгу».',
      empty: 'В «FBS Матрице» пока нет функций.',
      short: (fn: string, missing: number) => `${fn}: не хватает бэкаперов — ${missing}`,
      problem: (fn: string, what: string) => `${fn}: ${what}`,
      summary: (bad: number, total: number) => `Требуют внимания ${bad} из ${total} функций:`,
      more: (n: number) => `…и ещё ${n}.`,
      badLevels: (what: string) => `«FBS Уровни», «Бэкаперов нужно»: ${what}. Проверено по методу: 2, 1, 0.`,
      continuationsTitle: (n: number) =>
        `Строк матрицы с ролями, но без названия функции и без уровня: ${n}. Они продолжают функцию выше; BACKUP_GAP помечает их ⚠, а план отсутствий их не учитывает. Дайте каждой строке своё название и уровень.`,
      continuation: (rows: readonly number[], of: string) =>
        `• ${rows.length === 1 ? 'строка' : 'строки'} ${rows.join(', ')}: ${of === '' ? 'выше нет функции' : `под «${of}»`}`,
      missingTitle: (n: number) =>
        `Функций на листе «FBS Функции», которых нет в матрице (за них никто не отвечает): ${n}.`,
      levelsTitle: (n: number) =>
        `Функций, у которых уровень на листе «FBS Функции» и в матрице разный: ${n}.`,
      levelDiffers: (fn: string, listed: number, matrix: number) =>
        `• ${fn}: в «FBS Функциях» уровень ${listed}, в матрице — ${matrix}`,
    },
    help: {
      title: 'Антикризисные продажи: справка',
      body: [
        'Настроить книгу: создаёт листы антикризисного метода (клиенты, мониторинг, предложения, цены, ушедшие клиенты, затраты, FBS, координаты, настройки). Ваши данные не меняются. Запускайте снова в любой момент: вернёт недостающее, починит сломанное и скажет, что сделано, а что оставлено как есть и почему.',
        'Добавить пример данных: заполняет пустые листы примерами для знакомства.',
        'Обзор клиента: пошаговый разбор нового или уже известного дистрибутора — данные клиента сохраняются на листе «Клиенты», период — на листе «Мониторинг».',
        'Импорт данных: отгрузки и дебиторка за месяц из выгрузки 1С или CRM (файл CSV или лист) — в «Мониторинг» и «Клиенты».',
        'Проверить покрытие FBS: показывает функции без владельца или с нехваткой бэкаперов, строки матрицы, которые лишь продолжают функцию, функции с листа «FBS Функции», которых нет в матрице, и уровни, которые на двух листах разные.',
        'Формулы. Каждая считает сразу весь столбец; пороги — на листе «Настройки». Пока вы набираете формулу, Таблицы подсказывают её аргументы. Ячейка, начинающаяся с ⚠, называет аргумент и значение, которое не удалось прочитать.',
        [
          '=SEGMENT(изменение розницы; прогноз клиента; дней просрочки): сегмент клиента от 0 до 3 и почему.',
          '=CLIENT_SIGNALS(…семь блоков мониторинга…): о чём говорят цифры клиента и что делать.',
          '=ABC_CLASS(оборот), =XYZ_CLASS(продажи по периодам): насколько позиция ликвидна и стабилен ли спрос.',
          '=ORDER_SIZE(спрос в день; его разброс; срок поставки; дней между заказами; уровень сервиса; остаток; в пути): заказ, которого хватит до следующей поставки; =SAFETY_STOCK(разброс; срок поставки; уровень сервиса): запас на колебания спроса.',
          '=DISCOUNT_BREAKEVEN(скидка; маржа): на сколько должен вырасти объём, чтобы скидка окупилась.',
          '=WINBACK_STATUS(окончание договора; окончание доверенности; последний контакт; сегодня; дней предупреждения): что мешает быстро вернуть ушедшего клиента.',
          '=BACKUP_GAP(уровень; роли): сколько бэкаперов не хватает функции; =FBS_COVERAGE: сколько её исполнителей сегодня на месте; =FBS_KEY_PEOPLE: без кого встают функции; =FBS_ABSENCE_GAPS: какие функции остаются без прикрытия по неделям.',
          '=CLIENT_LATEST, =PERIOD_CHANGE, =PREVIOUS_VALUE: последний период каждого клиента на листе «Мониторинг» и как изменились его цифры с прошлого периода.',
          '=AGENDA, =AGENDA_BY_MANAGER, =CLIENT_CARD, =CLIENT_HISTORY: неделя менеджера (кому, когда и зачем звонить) и клиент на одной странице.',
        ].join('\n'),
      ].join('\n\n'),
    },
  },
});
