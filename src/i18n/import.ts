import { quoteValue } from './common';
import { defineTexts, type Lang } from './define';
import type {
  ImportFailure,
  ImportFailureCode,
  ImportField,
  SkipCode,
  SkippedRow,
} from '../core/importCodes';

type Fields = Readonly<Record<ImportField, string>>;
type Reasons = Readonly<Record<SkipCode, (field: string, value: string, firstRow: number) => string>>;
type Failures = Readonly<Record<ImportFailureCode | 'xlsx', (detail: string) => string>>;

/** Importing a 1C or CRM export into Monitoring: the sidebar, the rows skipped and why, the refusals. */
export const importTexts = defineTexts({
  en: {
    title: 'Import data',
    fields: {
      client: 'Client',
      period: 'Period',
      purchases: 'Our shipments in the period',
      overdueDays: 'Days overdue',
      overdueAmount: 'Overdue amount',
      manager: 'Manager',
      region: 'Region',
    } as Fields,
    reasons: {
      noClient: () => 'no client name',
      noPeriod: () => 'no period: choose a month for the whole file',
      badPeriod: (_f, v) => `period "${v}" is neither a date nor a month`,
      badNumber: (f, v) => `${f}: "${v}" is not a number`,
      negative: (f, v) => `${f}: "${v}" can't be below zero`,
      noFigures: () => 'no figures in the row (a group heading?)',
      repeated: (_f, _v, first) => `the same client and period as row ${first}`,
    } as Reasons,
    failures: {
      empty: () => 'The file is empty: there is nothing to import.',
      onlyHeader: () => 'The table holds only its headers: there are no rows of data below them.',
      noHeader: () =>
        'No header row found: none of the first 20 rows names both a client column (Контрагент, Покупатель, Client, Customer…) and a shipments column (Сумма, Выручка, Отгрузка, Amount, Sales…). Choose the columns by hand.',
      unknownMapping: (d) => `The first 20 rows of the table have no column "${d}".`,
      noFigureColumn: () =>
        'Nothing to import besides the client: choose a column of shipments, days overdue or the overdue amount.',
      noPeriod: () => 'The table has no period column: choose the month for the whole file.',
      badPeriodOption: (d) => `"${d}" is not a month: choose the month for the file.`,
      binary: () =>
        'This is not a table of text: the file looks like a program or a picture. Export the report as CSV.',
      tooLarge: () => 'The file is larger than 5 MB: import a shorter period, or split the file.',
      notTable: () => 'The table arrived empty or damaged: open the sidebar again and retry.',
      xlsx: () =>
        'This is an Excel workbook, not a CSV: bring it into this spreadsheet with File › Import (a new sheet), then choose that sheet here.',
    } as Failures,
    busy: 'Another import or review is being saved right now. Try again in a minute.',
    noSheet: (name: string) => `There is no sheet "${name}" any more: choose another.`,
    foreign: (name: string) =>
      `The sheet "${name}" is not the add-on’s: rename it and run Set up workbook, then import again.`,
    failed: (message: string) => `The import stopped and nothing was written: ${message}`,
    partial: (message: string) =>
      `The import stopped halfway and could not undo everything: check Clients and Monitoring. ${message}`,
    sidebar: {
      source: 'Where the data is',
      fromSheet: 'A sheet of this spreadsheet',
      fromFile: 'A CSV file',
      sheet: 'Sheet',
      sheetHint: 'Bring an xlsx export in with File › Import, then choose its sheet.',
      chooseSheet: '— choose a sheet —',
      noSheets: 'There is no sheet to import from yet: bring the export in with File › Import.',
      file: 'CSV file',
      fileHint: 'Up to 5 MB; separators ; , or tab; UTF-8 or Windows-1251.',
      encoding: 'Encoding',
      encodings: { 'utf-8': 'UTF-8', 'windows-1251': 'Windows-1251 (Cyrillic)', 'utf-16le': 'UTF-16' },
      detected: (encoding: string, separator: string, rows: number) =>
        `${encoding}, separator ${separator}, ${rows} rows.`,
      separators: { ';': '“;”', ',': '“,”', '\t': 'tab' } as Readonly<Record<string, string>>,
      reading: 'Reading…',
      preview: 'First rows',
      previewHint: (shown: number, total: number) => `${shown} of ${total} rows after the header.`,
      mapping: 'Columns',
      mappingIntro: 'What each column of the file holds. Change a guess that is wrong.',
      notImported: '— not imported —',
      period: 'Period',
      periodFromColumn: 'From the period column',
      periodForFile: 'One month for the whole file',
      month: 'Month of the whole file',
      check: 'Check',
      checking: 'Checking…',
      confirm: 'Import',
      importing: 'Importing…',
      summary: (added: number, updated: number, clients: number) =>
        `Rows to add: ${added}. Rows to update: ${updated}. New clients: ${clients}.`,
      skippedTitle: (n: number) => `Rows to skip: ${n}`,
      skippedRow: (row: number, reason: string) => `Row ${row}: ${reason}`,
      more: (n: number) => `…and ${n} more.`,
      confirmQuestion: (clients: string, monitoring: string) =>
        `Write these rows into "${monitoring}" and the new clients into "${clients}"?`,
      cancel: 'Cancel',
      nothingToImport: 'No row can be imported: see the reasons above.',
      done: (added: number, updated: number, clients: number) =>
        `Imported: ${added} rows added, ${updated} updated, ${clients} new clients.`,
      startFailed: (message: string) => `The import could not start: ${message}`,
    },
  },
  ru: {
    title: 'Импорт данных',
    fields: {
      client: 'Клиент',
      period: 'Период',
      purchases: 'Наши отгрузки за период',
      overdueDays: 'Дней просрочки',
      overdueAmount: 'Сумма просрочки',
      manager: 'Менеджер',
      region: 'Регион',
    } as Fields,
    reasons: {
      noClient: () => 'не указан клиент',
      noPeriod: () => 'нет периода: укажите месяц для всего файла',
      badPeriod: (_f, v) => `период «${v}» — не дата и не месяц`,
      badNumber: (f, v) => `${f}: «${v}» — не число`,
      negative: (f, v) => `${f}: «${v}» — не может быть меньше нуля`,
      noFigures: () => 'в строке нет ни одной суммы (заголовок группы?)',
      repeated: (_f, _v, first) => `тот же клиент и период, что в строке ${first}`,
    } as Reasons,
    failures: {
      empty: () => 'Файл пуст: импортировать нечего.',
      onlyHeader: () => 'В таблице только заголовки: строк с данными под ними нет.',
      noHeader: () =>
        'Не найдена строка заголовков: ни в одной из первых 20 строк нет сразу столбца клиента (Контрагент, Покупатель, Клиент…) и столбца суммы отгрузки (Сумма, Выручка, Отгрузка…). Укажите столбцы вручную.',
      unknownMapping: (d) => `В первых 20 строках таблицы нет столбца «${d}».`,
      noFigureColumn: () =>
        'Кроме клиента импортировать нечего: укажите столбец отгрузок, дней просрочки или суммы просрочки.',
      noPeriod: () => 'В таблице нет столбца периода: укажите месяц для всего файла.',
      badPeriodOption: (d) => `«${d}» — не месяц: укажите месяц для файла.`,
      binary: () => 'Это не таблица с текстом: файл похож на программу или картинку. Выгрузите отчёт в CSV.',
      tooLarge: () => 'Файл больше 5 МБ: импортируйте период покороче или разделите файл.',
      notTable: () => 'Таблица пришла пустой или повреждённой: откройте боковую панель заново и повторите.',
      xlsx: () =>
        'Это книга Excel, а не CSV: загрузите её в эту таблицу через Файл › Импорт (на новый лист) и выберите здесь этот лист.',
    } as Failures,
    busy: 'Сейчас сохраняется другой импорт или обзор. Повторите через минуту.',
    noSheet: (name: string) => `Листа «${name}» больше нет: выберите другой.`,
    foreign: (name: string) =>
      `Лист «${name}» создан не надстройкой: переименуйте его и выберите «Настроить книгу», затем повторите импорт.`,
    failed: (message: string) => `Импорт прерван, ничего не записано: ${message}`,
    partial: (message: string) =>
      `Импорт прерван на середине, и отменить всё не удалось: проверьте листы «Клиенты» и «Мониторинг». ${message}`,
    sidebar: {
      source: 'Откуда данные',
      fromSheet: 'Лист этой таблицы',
      fromFile: 'Файл CSV',
      sheet: 'Лист',
      sheetHint: 'Выгрузку xlsx загрузите через Файл › Импорт и выберите её лист.',
      chooseSheet: '— выберите лист —',
      noSheets: 'Листа для импорта пока нет: загрузите выгрузку через Файл › Импорт.',
      file: 'Файл CSV',
      fileHint: 'До 5 МБ; разделитель ; , или табуляция; UTF-8 или Windows-1251.',
      encoding: 'Кодировка',
      encodings: {
        'utf-8': 'UTF-8 (Юникод)',
        'windows-1251': 'Windows-1251 (кириллица)',
        'utf-16le': 'UTF-16 (Юникод)',
      },
      detected: (encoding: string, separator: string, rows: number) =>
        `${encoding}, разделитель ${separator}, строк: ${rows}.`,
      separators: { ';': '«;»', ',': '«,»', '\t': 'табуляция' } as Readonly<Record<string, string>>,
      reading: 'Читаю файл…',
      preview: 'Первые строки',
      previewHint: (shown: number, total: number) => `${shown} из ${total} строк под заголовком.`,
      mapping: 'Столбцы',
      mappingIntro: 'Что в каждом столбце файла. Исправьте, если догадка неверна.',
      notImported: '— не импортировать —',
      period: 'Период',
      periodFromColumn: 'Из столбца периода',
      periodForFile: 'Один месяц для всего файла',
      month: 'Месяц для всего файла',
      check: 'Проверить',
      checking: 'Проверяю…',
      confirm: 'Импортировать',
      importing: 'Импортирую…',
      summary: (added: number, updated: number, clients: number) =>
        `Будет добавлено строк: ${added}. Обновлено: ${updated}. Новых клиентов: ${clients}.`,
      skippedTitle: (n: number) => `Будут пропущены строки: ${n}`,
      skippedRow: (row: number, reason: string) => `Строка ${row}: ${reason}`,
      more: (n: number) => `…и ещё ${n}.`,
      confirmQuestion: (clients: string, monitoring: string) =>
        `Записать эти строки на лист «${monitoring}», а новых клиентов — на лист «${clients}»?`,
      cancel: 'Отмена',
      nothingToImport: 'Ни одну строку импортировать нельзя: причины выше.',
      done: (added: number, updated: number, clients: number) =>
        `Импорт выполнен: добавлено строк — ${added}, обновлено — ${updated}, новых клиентов — ${clients}.`,
      startFailed: (message: string) => `Импорт не запустился: ${message}`,
    },
  },
});

/** Why a row is skipped, in words, naming the field and quoting the cell. */
export function skipReason(lang: Lang, skip: SkippedRow): string {
  const t = importTexts[lang];
  const field = skip.field ? t.fields[skip.field] : '';
  return t.reasons[skip.code](field, quoteValue(skip.value ?? '', lang), skip.firstRow ?? 0);
}

/** Why a table is refused, in words. */
export function failureText(lang: Lang, f: ImportFailure | { readonly failure: 'xlsx' }): string {
  return importTexts[lang].failures[f.failure]('detail' in f ? quoteValue(f.detail ?? '', lang) : '');
}
