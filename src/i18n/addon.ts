import { defineTexts } from './define';

/** Menu items, progress toasts and summaries of the menu actions. */
export const addonTexts = defineTexts({
  en: {
    title: 'Anti-crisis sales',
    protection: 'Computed by the add-on: type your data in the other columns',
    menu: {
      setup: 'Set up workbook',
      sample: 'Add sample data',
      review: 'New client review',
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
      unresolved: (cells: string) =>
        `Formulas not written because a sheet they need was left alone: ${cells}.`,
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
    },
    help: {
      title: 'Anti-crisis sales: help',
      body: [
        'Set up workbook: creates the playbook’s sheets (clients, monitoring, offers, pricing, lost clients, cost cuts, FBS, dashboard, settings). It never changes what you typed; running it again only adds what is missing.',
        'Add sample data: fills empty sheets with examples to learn from.',
        'New client review: a step-by-step review of a distributor, saved into Clients and Monitoring.',
        'Import data: a month of shipments and receivables from a 1C or CRM export (a CSV file or a sheet), into Monitoring and Clients.',
        'Check FBS coverage: lists functions without an owner or short of backups.',
        'Formulas: =SEGMENT(…), =BACKUP_GAP(…) and others — see the README of the add-on. Thresholds live on the Settings sheet.',
      ].join('\n\n'),
    },
  },
  ru: {
    title: 'Антикризисные продажи',
    protection: 'Считается надстройкой: вводите данные в другие столбцы',
    menu: {
      setup: 'Настроить книгу',
      sample: 'Добавить пример данных',
      review: 'Обзор нового клиента',
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
        `Не тронуты (лист с таким именем не от надстройки): ${names}. Переименуйте его и снова выберите «Настроить книгу».`,
      occupied: (cells: string) => `Формула не записана, потому что в ячейке ваши данные: ${cells}.`,
      unresolved: (cells: string) => `Формулы не записаны, потому что нужный им лист не тронут: ${cells}.`,
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
    },
    help: {
      title: 'Антикризисные продажи: справка',
      body: [
        'Настроить книгу: создаёт листы playbook (клиенты, мониторинг, предложения, цены, ушедшие клиенты, затраты, FBS, координаты, настройки). Введённое вами не меняется; повторный запуск только добавляет недостающее.',
        'Добавить пример данных: заполняет пустые листы примерами для знакомства.',
        'Обзор нового клиента: пошаговый разбор дистрибутора с сохранением в «Клиенты» и «Мониторинг».',
        'Импорт данных: отгрузки и дебиторка за месяц из выгрузки 1С или CRM (файл CSV или лист) — в «Мониторинг» и «Клиенты».',
        'Проверить покрытие FBS: показывает функции без владельца или с нехваткой бэкаперов.',
        'Формулы: =SEGMENT(…), =BACKUP_GAP(…) и другие — см. README надстройки. Пороги — на листе «Настройки».',
      ].join('\n\n'),
    },
  },
});
