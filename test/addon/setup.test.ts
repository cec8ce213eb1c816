/**
 * The template workbook as a manager gets it: the built bundle's menu actions run in the
 * local workbook (HyperFormula evaluating every template formula and custom function).
 */
import { TEMPLATES } from '../../sheets-templates';
import type { Lang } from '../../src/i18n';
import type { TableTemplate } from '../../sheets-templates/types';
import { BACKUP_GAP_ARGS, backupGapRule } from '../../src/core/backup';
import { expandColumns, columnLetter } from '../../sheets-templates/layout';
import { SEGMENT_ARGS, segmentRow } from '../../src/core/segment';
import { sheetIn } from '../support/sheets';
import { LocalWorkbook, typeOlderClientsSheet } from '../../tools/local-workbook';
import { runColumn } from '../../src/addon/functions/column';
import { segmentLabel } from '../../src/present/segment';

const ERRORS = /^#(NAME\?|ERROR!|VALUE!|REF!|N\/A|DIV\/0!|NUM!|NULL!)/;
const LANG: Record<string, Lang> = { ru_RU: 'ru', en_US: 'en' };
const tables = TEMPLATES.filter((t): t is TableTemplate => t.kind === 'table');
const template = (id: string) => tables.find((t) => t.id === id)!;

function open(locale = 'ru_RU') {
  const wb = new LocalWorkbook({ locale });
  const bundle = wb.load();
  return { wb, run: bundle.run };
}

/** Column letter of a template column in a sheet the add-on laid out. */
const letterOf = (id: string, key: string) =>
  columnLetter(expandColumns(template(id)).find((p) => p.key === key)!.index);

/** Everything a user could have typed or seen, cell by cell, on every sheet. */
function snapshot(wb: LocalWorkbook) {
  return Object.fromEntries(
    wb.sheetNames().map((name) => [name, { values: wb.values(name), formulas: wb.formulas(name) }]),
  );
}

/** The protection covering a column from row 2 to the sheet's end (one may cover adjacent columns). */
function guardOf(wb: LocalWorkbook, sheet: string, column: number) {
  const maxRows = wb.sheetInfo(sheet).maxRows;
  return wb.protections(sheet).find((p) => {
    const [, first, row, last, end] = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(p.range) ?? [];
    const at = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return first && at(first) <= column && column <= at(last) && row === '2' && Number(end) === maxRows;
  });
}

function errorCells(wb: LocalWorkbook): string[] {
  const found: string[] = [];
  for (const name of wb.sheetNames()) {
    wb.values(name).forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === 'string' && ERRORS.test(v)) {
          found.push(
            `${name}!${columnLetter(c + 1)}${r + 1}: ${v} ${wb.errorMessage(name, `${columnLetter(c + 1)}${r + 1}`) ?? ''}`,
          );
        }
      }),
    );
  }
  return found;
}

describe.each(['ru_RU', 'en_US'])('Set up workbook on an empty spreadsheet in %s', (locale) => {
  const lang = LANG[locale];
  const { wb, run } = open(locale);
  run('setupWorkbook');

  it('creates every sheet in the spreadsheet’s language', () => {
    for (const t of TEMPLATES) expect(wb.sheetNames()).toContain(t.name[lang]);
  });

  it.each(tables.map((t) => [t.id, t] as const))(
    'lays out %s: headers, notes, frozen row, validations',
    (_id, t) => {
      const name = t.name[lang];
      const placed = expandColumns(t);
      // The empty column before a table of its own (FBS Absences' weeks) has neither header nor note.
      const slots = Array.from({ length: placed.at(-1)!.index }, (_, i) =>
        placed.find((p) => p.index === i + 1),
      );
      const row = `A1:${columnLetter(slots.length)}1`;
      expect(wb.values(name, row)[0]).toEqual(slots.map((p) => p?.header[lang] ?? ''));
      expect(wb.notes(name, row)[0]).toEqual(slots.map((p) => p?.column.note[lang] ?? ''));
      expect(wb.sheetInfo(name).frozenRows).toBe(1);
      for (const p of placed) {
        const validation = wb.validations(name, `${columnLetter(p.index)}2`)[0][0];
        if (p.column.type === 'choice') {
          expect(validation?.values[0]).toEqual(p.column.choices![lang]);
          expect(validation?.allowInvalid).toBe(true);
        }
        if (p.column.type === 'date') expect(validation?.criteria).toBe('DATE_IS_VALID_DATE');
      }
    },
  );

  it('sets FBS Absences’ weeks apart from the absences: an empty narrow column, headers of their own colour', () => {
    const name = template('fbsAbsences').name[lang];
    // 0-based, the empty column right before the weeks' first one.
    const gap = expandColumns(template('fbsAbsences')).find((p) => p.key === 'periodStart')!.index - 2;
    const backgrounds = wb.styles(name, 'A1:H1')[0].map((s) => s.background);
    expect(wb.values(name, 'A1:H1')[0][gap]).toBe('');
    expect(wb.sheetInfo(name).columnWidths[gap + 1]).toBeLessThan(40);
    // No fill, which Sheets reports as white.
    expect(backgrounds[gap] ?? '#ffffff').toBe('#ffffff');
    expect(new Set(backgrounds.slice(0, gap)).size).toBe(1);
    expect(new Set(backgrounds.slice(gap + 1)).size).toBe(1);
    expect(backgrounds[gap + 1]).not.toBe(backgrounds[0]);
    // Settings, laid out next, copies its header's style: never the weeks' colour.
    const settings = TEMPLATES.find((t) => t.kind === 'settings')!.name[lang];
    expect(wb.styles(settings, 'A1:C1')[0].map((s) => s.background)).toEqual(Array(3).fill(backgrounds[0]));
  });

  it('writes one array formula per computed column, in row 2 only, and protects the column with a warning', () => {
    for (const t of tables) {
      const name = t.name[lang];
      for (const p of expandColumns(t).filter((x) => x.column.formula)) {
        const letter = columnLetter(p.index);
        const column = wb.formulas(name, `${letter}2:${letter}50`).map(([f]) => f);
        expect(column[0]).toMatch(/^=[A-Z_]+\(/);
        expect(column.slice(1).every((f) => f === '')).toBe(true);
        expect(guardOf(wb, name, p.index)?.warningOnly).toBe(true);
      }
    }
  });

  it('names every setting and fills its default', () => {
    const settings = TEMPLATES.find((t) => t.kind === 'settings')!;
    const named = wb.namedRanges();
    if (settings.kind !== 'settings') throw new Error('no settings');
    for (const s of settings.settings)
      expect(Object.keys(named)).toContain(`AC_${s.key.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}`);
    expect(wb.value(settings.name[lang], 'B2')).toBe(0.05);
  });

  it('ends with a summary in the user’s language', () => {
    const alert = wb.alerts().at(-1)!;
    expect(JSON.stringify(alert)).toContain(lang === 'ru' ? 'Созданы листы' : 'Created');
  });
});

describe('Add sample data', () => {
  const { wb, run } = open('ru_RU');
  run('setupWorkbook');
  run('addSampleData');
  const clients = template('clients');
  const matrix = template('fbsMatrix');

  it('fills every sheet, and every formula evaluates without an error value', () => {
    expect(errorCells(wb)).toEqual([]);
    const names = wb.values('Клиенты', 'A2:A100').filter(([n]) => n !== '');
    expect(names).toHaveLength(clients.samples!.length);
  });

  it('shows on Monitoring the segment the rule gives for each period, and on Clients each client’s latest, all four groups', () => {
    const monitoring = template('monitoring');
    const range = (key: string) => {
      const l = letterOf('monitoring', key);
      return wb.values('Мониторинг', `${l}2:${l}${1 + monitoring.samples!.length}`);
    };
    const expected = runColumn(
      sheetIn('ru'),
      'SEGMENT',
      SEGMENT_ARGS,
      {
        retail_change: range('totalSalesDynamics'),
        retail_forecast: range('retailForecast'),
        overdue_days: range('solvencyDynamics'),
        drop_threshold: 0.05,
        overdue_limit: 90,
        overdue_amount: range('overdueAmount'),
        materiality: 10000,
      },
      segmentRow,
      segmentLabel,
    );
    expect(range('segment')).toEqual(expected);
    // The samples are typed month after month: each client's last row is its latest period.
    const latest = new Map(range('client').map(([name], i) => [name, expected[i][0]]));
    const l = letterOf('clients', 'segment');
    const names = wb.values('Клиенты', 'A2:A13').map(([n]) => n);
    const shown = wb.values('Клиенты', `${l}2:${l}13`).map(([s]) => s);
    expect(shown).toEqual(names.map((n) => latest.get(n)));
    expect(new Set(shown.map((s) => String(s).charAt(0)))).toEqual(new Set(['0', '1', '2', '3']));
  });

  it('shows the deck’s matrix gaps: function 7 misses one backup, function 8 and the continuation rows have no level', () => {
    const gap = letterOf('fbsMatrix', 'gap');
    const shown = wb.values('FBS Матрица', `${gap}2:${gap}13`);
    const roles = wb.values(
      'FBS Матрица',
      `${letterOf('fbsMatrix', 'employee1')}2:${letterOf('fbsMatrix', 'employee12')}13`,
    );
    const levels = wb.values('FBS Матрица', `B2:B13`);
    expect(shown).toEqual(
      runColumn(
        sheetIn('ru'),
        'BACKUP_GAP',
        BACKUP_GAP_ARGS,
        { level: levels, roles },
        backupGapRule('', sheetIn('ru').conv),
        (g) => g,
      ),
    );
    expect(shown[10]).toEqual([1]);
    for (const i of [3, 6, 7, 9, 11]) expect(String(shown[i][0])).toMatch(/^⚠ уровень: пусто/);
    expect(wb.values('FBS Матрица', `${letterOf('fbsMatrix', 'employee1')}1`)[0][0]).toBe('Администратор');
    expect(matrix.samples).toHaveLength(12);
  });

  it('keeps a client name that looks like a formula as the same text', () => {
    const names = wb.values('Клиенты', 'A2:A13').map(([n]) => n);
    expect(names).toContain('+Плюс Дистрибуция');
    expect(wb.formulas('Клиенты', 'A2:A13').every(([f]) => f === '')).toBe(true);
  });

  it('does not add samples twice: a sheet with data is skipped', () => {
    const before = snapshot(wb);
    run('addSampleData');
    expect(snapshot(wb)).toEqual(before);
    expect(JSON.stringify(wb.alerts().at(-1))).toContain('уже есть данные');
  });

  it('finds a sheet the manager renamed, by the id setup recorded', () => {
    wb.asUser((ss) => ss.getSheetByName('FBS Матрица')!.setName('Матрица отдела'));
    run('checkFbsCoverage');
    expect(JSON.stringify(wb.alerts().at(-1))).toContain('2 из 8');
    wb.asUser((ss) => ss.getSheetByName('Матрица отдела')!.setName('FBS Матрица'));
  });

  it('lists the deck’s FBS problems when asked to check coverage', () => {
    run('checkFbsCoverage');
    const text = JSON.stringify(wb.alerts().at(-1));
    expect(text).toContain('Выездные переговоры');
    expect(text).toContain('Регулярный аудит отношений с клиентом');
    expect(text).toContain('2 из 8');
    // The deck's continuation rows, the 11 functions the matrix lacks; the samples' levels agree.
    expect(text).toContain('без названия функции и без уровня: 4');
    expect(text).toContain('строки 8, 9: под «Консультирование клиентов');
    expect(text).toContain('которых нет в матрице (за них никто не отвечает): 11');
    expect(text).toContain('Координация специальных акций');
    expect(text).not.toContain('уровень на листе «FBS Функции» и в матрице разный');
  });

  it('reports a level that differs between FBS Functions and the matrix, and a table of backups it can’t read', () => {
    wb.asUser((ss) => {
      ss.getSheetByName('FBS Функции')!.getRange('D5').setValue(2);
      ss.getSheetByName('FBS Уровни')!.getRange('D3').setValue('один');
    });
    run('checkFbsCoverage');
    const text = JSON.stringify(wb.alerts().at(-1));
    expect(text).toContain('Холодные звонки: в «FBS Функциях» уровень 2, в матрице — 1');
    expect(text).toContain('«Бэкаперов нужно»: ⚠ норма бэкаперов: «один» — не число');
    wb.asUser((ss) => {
      ss.getSheetByName('FBS Функции')!.getRange('D5').setValue(1);
      ss.getSheetByName('FBS Уровни')!.getRange('D3').setValue(1);
    });
  });
});

describe('Set up workbook never touches what the user typed', () => {
  it('changes nothing when run twice on a populated workbook', () => {
    const { wb, run } = open('ru_RU');
    run('setupWorkbook');
    run('addSampleData');
    wb.asUser((ss) => {
      const sheet = ss.getSheetByName('Клиенты')!;
      sheet.getRange('A20:C20').setValues([['Мой клиент', 'Тверь', 'Я']]);
      // A note of the user's beside the table, in a column added right of the add-on's last one.
      sheet.insertColumnsAfter(sheet.getMaxColumns(), 2);
      sheet.getRange(5, sheet.getMaxColumns()).setValue('заметка на полях');
    });
    const before = snapshot(wb);
    wb.resetCalls();
    run('setupWorkbook');
    expect(snapshot(wb)).toEqual(before);
    expect(JSON.stringify(wb.alerts().at(-1))).toContain('ничего не изменено');
  });

  it('leaves a foreign sheet with a template’s name alone, cell by cell, and says so', () => {
    const { wb, run } = open('ru_RU');
    wb.asUser((ss) => {
      const sheet = ss.insertSheet('Клиенты');
      sheet.getRange('A1:C3').setValues([
        ['Бюджет', 'Сумма', 'Комментарий'],
        ['Реклама', 1000, '=1+1 не формула'],
        ['Аренда', 2000, ''],
      ]);
    });
    const before = wb.values('Клиенты');
    const formulas = wb.formulas('Клиенты');
    run('setupWorkbook');
    expect(wb.values('Клиенты')).toEqual(before);
    expect(wb.formulas('Клиенты')).toEqual(formulas);
    expect(JSON.stringify(wb.alerts().at(-1))).toContain('Не тронуты');
    run('addSampleData');
    expect(wb.values('Клиенты')).toEqual(before);
    expect(wb.formulas('Клиенты')).toEqual(formulas);
    expect(errorCells(wb).filter((e) => !e.startsWith('Клиенты!'))).toEqual([]);
  });

  it('brings a workbook of an older template up to date and keeps every data cell', () => {
    const { wb, run } = open('ru_RU');
    run('setupWorkbook');
    run('addSampleData');
    // An older template: no discount-request column on Clients, no absence planner, no level dropdown.
    const requests = letterOf('clients', 'discountRequests');
    wb.asUser((ss) => {
      const sheet = ss.getSheetByName('Клиенты')!;
      sheet.getRange(`${requests}1:${requests}2`).clearContent();
      ss.deleteSheet(ss.getSheetByName('FBS Отсутствия')!);
      ss.getSheetByName('FBS Матрица')!.getRange('B2:B1000').clearDataValidations();
    });
    const data = wb.values('Клиенты', `A1:J13`);
    const matrixData = wb.values('FBS Матрица', 'A1:B9');
    run('setupWorkbook');
    expect(wb.values('Клиенты', `A1:J13`)).toEqual(data);
    expect(wb.values('FBS Матрица', 'A1:B9')).toEqual(matrixData);
    // The column comes back after the last one used, wherever that now is.
    const back = columnLetter(wb.values('Клиенты', '1:1')[0].indexOf('Запросов скидки') + 1);
    expect(wb.formulas('Клиенты', `${back}2`)[0][0]).toMatch(/^=ARRAYFORMULA\(/);
    expect(wb.sheetNames()).toContain('FBS Отсутствия');
    expect(wb.validations('FBS Матрица', 'B5')[0][0]?.values[0]).toEqual(['1', '2', '3']);
    expect(Object.keys(JSON.parse(wb.documentProperties()['ac.sheets']))).toContain('fbsAbsences');
  });
});

describe('Set up workbook writes in batches', () => {
  it.each(['ru_RU', 'en_US'])(
    'lays out a new %s spreadsheet in at most 580 service calls, reading nothing it wrote',
    (locale) => {
      // The target is 400: setup met it (393) before the client history, the agenda and the rules of
      // issue 15 (Offers per client at today's rate, the pricing verdict's colour, FBS Today, Lost clients'
      // two columns, the market segments' table and dropdown, the focus columns of Clients, Pricing and
      // Offers, their settings) added columns, colour rules and settings; docs/benchmark.md breaks the
      // figure down.
      const { wb, run } = open(locale);
      wb.resetCalls();
      run('setupWorkbook');
      expect(wb.calls()).toBeLessThanOrEqual(580);
      expect(wb.reads()).toEqual([]);
    },
  );

  function callsForRows(rows: number): number {
    const { wb, run } = open('ru_RU');
    typeOlderClientsSheet(wb, rows);
    wb.resetCalls();
    run('setupWorkbook');
    return wb.calls();
  }

  it('makes as many Spreadsheet calls for 5,000 rows as for 10', () => {
    expect(callsForRows(5000)).toBe(callsForRows(10));
  });
});

describe('the menu', () => {
  it('builds in AuthMode.NONE without touching the spreadsheet, in the user’s language', () => {
    const wb = new LocalWorkbook({ locale: 'ru_RU', authMode: 'NONE', userLocale: 'en_US' });
    const { run, context } = wb.load();
    run('onOpen', wb.openEvent());
    const menu = wb.menus().at(-1)!;
    const items = JSON.stringify(menu);
    expect(items).toContain('Set up workbook');
    for (const fn of ['setupWorkbook', 'addSampleData', 'checkFbsCoverage', 'showHelp']) {
      expect(items).toContain(fn);
      expect(typeof context[fn]).toBe('function');
    }
  });

  it('uses the spreadsheet’s language once authorized, and keeps today’s date current', () => {
    const { wb, run } = open('ru_RU');
    run('setupWorkbook');
    wb.asUser((ss) => ss.getRangeByName('AC_AS_OF')!.setValue(new Date(2020, 0, 1)));
    run('onOpen', wb.openEvent());
    expect(JSON.stringify(wb.menus().at(-1))).toContain('Настроить книгу');
    const asOf = wb.value('Настройки', wb.namedRanges()['AC_AS_OF'].split('!')[1].replace(/\$/g, '')) as Date;
    const today = new Date();
    expect([asOf.getFullYear(), asOf.getMonth(), asOf.getDate()]).toEqual([
      today.getFullYear(),
      today.getMonth(),
      today.getDate(),
    ]);
  });

  it('leaves the date alone when the manager switched the refresh off', () => {
    const { wb, run } = open('en_US');
    run('setupWorkbook');
    wb.asUser((ss) => {
      ss.getRangeByName('AC_AS_OF')!.setValue(new Date(2020, 0, 1));
      ss.getRangeByName('AC_AUTO_TODAY')!.setValue('No');
    });
    run('onOpen', wb.openEvent());
    const asOf = wb.value('Settings', wb.namedRanges()['AC_AS_OF'].split('!')[1].replace(/\$/g, '')) as Date;
    expect(asOf.getFullYear()).toBe(2020);
  });
});
