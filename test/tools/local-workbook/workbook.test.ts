/**
 * The local workbook itself: the built bundle runs in it unmodified, its custom
 * functions evaluate inside real formulas, and the services behave as Sheets does
 * where the add-on relies on it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { LocalWorkbook, bundleSource, customFunctionNames } from '../../../tools/local-workbook';
import { Runtime } from '../../../tools/local-workbook/runtime';

type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

function open(locale = 'ru_RU', authMode: 'NONE' | 'FULL' = 'FULL') {
  const wb = new LocalWorkbook({ locale, authMode });
  const { context, run } = wb.load();
  const app = context.SpreadsheetApp as GApp;
  const sheetName = locale.startsWith('ru') ? 'Лист1' : 'Sheet1';
  return { wb, context, run, app, sheetName };
}

function withSheet(locale = 'ru_RU') {
  const o = open(locale);
  const ss = o.app.getActiveSpreadsheet();
  return { ...o, ss, sheet: ss.getSheetByName(o.sheetName)! };
}

/** Client inputs of three rows: a recorded fall, an expected fall, insolvent. */
const CLIENTS = [
  [-0.12, '', 0],
  ['', -0.1, ''],
  ['', '', true],
];

describe('custom functions of the real bundle in formulas', () => {
  it('registers exactly the globals whose JSDoc says @customfunction', () => {
    const names = customFunctionNames(bundleSource());
    expect(names).toEqual(expect.arrayContaining(['BACKUP_GAP', 'SEGMENT', 'CLIENT_SIGNALS']));
    expect(names).not.toContain('onOpen');
    expect(names).not.toContain('setupWorkbook');
    const source =
      '/** Menu entry. */\nfunction onOpen(e) {}\n/**\n * Doubles.\n * @customfunction\n */\nfunction DOUBLE(x) {}';
    expect(customFunctionNames(source)).toEqual(['DOUBLE']);
  });

  it('spills SEGMENT over open-ended columns: one label per client in ru_RU, blanks below', () => {
    const { wb, sheet, sheetName, run } = withSheet();
    sheet.getRange('F2:H4').setValues(CLIENTS);
    sheet.getRange('I2').setFormula('=SEGMENT(F2:F; G2:G; H2:H)');
    expect(wb.values(sheetName, 'I2:I4')).toEqual([
      ['2 — Падение зафиксировано'],
      ['1 — Ожидает падения'],
      ['3 — Неплатёжеспособен'],
    ]);
    expect(wb.values(sheetName, 'I2:I4')).toEqual(
      run(
        'SEGMENT',
        CLIENTS.map((r) => [r[0]]),
        CLIENTS.map((r) => [r[1]]),
        CLIENTS.map((r) => [r[2]]),
      ),
    );
    expect(
      wb
        .values(sheetName, 'I5:I1000')
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
    expect(wb.formulas(sheetName, 'I2:I3')).toEqual([['=SEGMENT(F2:F; G2:G; H2:H)'], ['']]);
    expect(wb.customFunctionCalls()).toEqual({ SEGMENT: 1 });
  });

  it('follows the spreadsheet locale (en_US labels) and takes function names in any case', () => {
    const { wb, sheet, sheetName } = withSheet('en_US');
    sheet.getRange('F2:H4').setValues(CLIENTS);
    sheet.getRange('I2').setFormula('=segment(F2:F4; G2:G4; H2:H4)');
    expect(wb.values(sheetName, 'I2:I4')).toEqual([
      ['2 — Fall recorded'],
      ['1 — Expects a fall'],
      ['3 — Insolvent'],
    ]);
  });

  it('recomputes when an argument changes, and a single cell arrives as a value', () => {
    const { wb, sheet, sheetName } = withSheet('en_US');
    sheet.getRange('F2:H2').setValues([[-0.01, '', '']]);
    sheet.getRange('I2').setFormula('=SEGMENT(F2; G2; H2; 5%)');
    expect(wb.value(sheetName, 'I2')).toBe('0 — No crisis signal');
    sheet.getRange('F2').setValue(-0.2);
    expect(wb.value(sheetName, 'I2')).toBe('2 — Fall recorded');
  });

  it('passes a row range as rows (BACKUP_GAP over the matrix) and agrees with a direct call', () => {
    const { wb, sheet, sheetName, run } = withSheet();
    const levels = [[1], [3]];
    const roles = [
      ['Владелец', '1 Бэкапер', ''],
      ['Владелец', '', ''],
    ];
    sheet.getRange('B2:B3').setValues(levels);
    sheet.getRange('C2:E3').setValues(roles);
    sheet.getRange('F2').setFormula('=BACKUP_GAP(B2:B3; C2:E3)');
    expect(wb.values(sheetName, 'F2:F3')).toEqual([[1], [0]]);
    expect(wb.values(sheetName, 'F2:F3')).toEqual(run('BACKUP_GAP', levels, roles));
  });

  it('shows a thrown Error as #ERROR! and keeps its message', () => {
    const { wb, sheet, sheetName } = withSheet();
    sheet.getRange('B2:B3').setValues([[1], [2]]);
    sheet.getRange('F2').setFormula('=BACKUP_GAP(B2:B3; C2:E4)');
    expect(wb.value(sheetName, 'F2')).toBe('#ERROR!');
    expect(wb.errorMessage(sheetName, 'F2')).toBe(
      'BACKUP_GAP: диапазоны разной высоты: уровень — строк: 2, роли — строк: 3',
    );
    expect(sheet.getRange('F2').getValue()).toBe('#ERROR!');
  });

  it('gives #NAME? for a function that does not exist', () => {
    const { wb, sheet, sheetName } = withSheet();
    sheet.getRange('A1').setFormula('=SEGMENTS(F2:F; G2:G; H2:H)');
    sheet.getRange('A2').setFormula('=QUERY(F2:H; "select F")');
    expect(wb.values(sheetName, 'A1:A2')).toEqual([['#NAME?'], ['#NAME?']]);
  });

  it('hands a date-formatted cell to the function as a Date made inside the script realm', () => {
    const { wb, sheet, sheetName, run, context } = withSheet();
    const date = vm.runInContext('new Date(2026, 10, 26)', context);
    sheet.getRange('F2').setValue(date);
    sheet.getRange('F3').setNumberFormat('dd.mm.yyyy').setValue(46000);
    sheet.getRange('I2').setFormula('=SEGMENT(F2; G2; H2)');
    sheet.getRange('I3').setFormula('=SEGMENT(F3; G3; H3)');
    const direct = run('SEGMENT', date, '', '') as string[][];
    expect(direct[0][0]).toContain('2026-11-26');
    expect(wb.value(sheetName, 'I2')).toBe(direct[0][0]);
    const serialDate = vm.runInContext('new Date(2025, 11, 9)', context);
    expect(wb.value(sheetName, 'I3')).toBe((run('SEGMENT', serialDate, '', '') as string[][])[0][0]);
  });

  it('hands an error value to the function as its text', () => {
    const { wb, sheet, sheetName, run } = withSheet('en_US');
    sheet.getRange('F2').setFormula('=NA()');
    sheet.getRange('I2').setFormula('=SEGMENT(F2; G2; H2)');
    expect(wb.value(sheetName, 'I2')).toBe((run('SEGMENT', '#N/A', '', '') as string[][])[0][0]);
  });

  it('counts the service calls a custom function makes apart from the script’s', () => {
    const { wb, sheet } = withSheet();
    wb.resetCalls();
    sheet.getRange('I2').setFormula('=SEGMENT(F2:F; G2:G; H2:H)');
    expect(wb.callsByMethod()).toEqual({ 'Range.setFormula': 1, 'Sheet.getRange': 1 });
    expect(wb.customFunctionServiceCalls()).toEqual({
      'Spreadsheet.getSpreadsheetLocale': 1,
      'Spreadsheet.getSpreadsheetTimeZone': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
  });

  it('refuses writes and UI from inside a custom function, as Apps Script does', () => {
    const runtime = new Runtime('FULL', () => []);
    const range = runtime.expose<{ setValue(v: unknown): unknown; getA1Notation(): string }>('Range', {
      setValue: () => 'written',
      getA1Notation: () => 'A1',
    });
    const app = runtime.expose<{ getUi(): unknown }>('SpreadsheetApp', { getUi: () => ({}) });
    runtime.asCustomFunction('F', () => {
      expect(range.getA1Notation()).toBe('A1');
      expect(() => range.setValue(1)).toThrow('You do not have permission to call setValue');
      expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    });
    expect(range.setValue(1)).toBe('written');
  });
});

describe('open-ended ranges and references', () => {
  it('reads F2:F down to the last row and keeps following the sheet as it grows', () => {
    const { wb, sheet, sheetName } = withSheet();
    sheet.getRange('F2:F3').setValues([[1], [2]]);
    sheet.getRange('A1').setFormula('=SUM(F2:F)');
    sheet.getRange('A2').setFormula('=COUNTA(F:F)');
    sheet.insertRowsAfter(sheet.getMaxRows(), 10);
    sheet.getRange('F1010').setValue(7);
    expect(wb.values(sheetName, 'A1:A2')).toEqual([[10], [3]]);
    expect(wb.formulas(sheetName, 'A1:A2')).toEqual([['=SUM(F2:F)'], ['=COUNTA(F:F)']]);
  });

  it('reads other sheets, Cyrillic names with spaces quoted or plain, and follows a rename', () => {
    const { wb, ss, sheet, sheetName } = withSheet();
    const matrix = ss.insertSheet('FBS Матрица');
    const clients = ss.insertSheet('Клиенты');
    matrix.getRange('A2:A4').setValues([[1], [2], [3]]);
    clients.getRange('A2:A3').setValues([['x'], ['y']]);
    sheet.getRange('A1').setFormula("=SUM('FBS Матрица'!A2:A)");
    sheet.getRange('A2').setFormula('=COUNTA(Клиенты!A2:A)');
    expect(wb.values(sheetName, 'A1:A2')).toEqual([[6], [2]]);
    matrix.insertRowsAfter(1000, 5);
    matrix.getRange('A1004').setValue(4);
    expect(wb.value(sheetName, 'A1')).toBe(10);
    matrix.setName('FBS Matrix');
    expect(wb.formulas(sheetName, 'A1:A2')).toEqual([["=SUM('FBS Matrix'!A2:A)"], ['=COUNTA(Клиенты!A2:A)']]);
    expect(wb.value(sheetName, 'A1')).toBe(10);
  });

  it('moves references when rows are inserted above them, and keeps the open end open', () => {
    const { wb, sheet, sheetName } = withSheet();
    sheet.getRange('F5').setValue(3);
    sheet.getRange('B1').setFormula('=F5*2');
    sheet.getRange('C1').setFormula('=SUM(F2:F)');
    sheet.insertRowsBefore(3, 2);
    expect(wb.formulas(sheetName, 'B1:C1')).toEqual([['=F7*2', '=SUM(F2:F)']]);
    expect(wb.values(sheetName, 'B1:C1')).toEqual([[6, 3]]);
    expect(sheet.getMaxRows()).toBe(1002);
  });

  it('keeps an ARRAYFORMULA over an open range whole when rows added at the end are deleted again', () => {
    const { wb, sheet, sheetName } = withSheet();
    sheet.getRange('F2').setValue(2);
    sheet.getRange('G2').setFormula('=ARRAYFORMULA(IF(F2:F="";"";F2:F*10))');
    sheet.insertRowsAfter(1000, 1);
    sheet.deleteRows(1001, 1);
    expect(sheet.getMaxRows()).toBe(1000);
    expect(wb.values(sheetName, 'G2:G3')).toEqual([[20], ['']]);
    expect(wb.errorMessage(sheetName, 'G2')).toBeUndefined();
  });

  it('evaluates one ARRAYFORMULA per column over a custom function’s spill', () => {
    const { wb, sheet, sheetName } = withSheet();
    sheet.getRange('A2:A4').setValues([['Север'], ['Юг'], ['Восток']]);
    sheet.getRange('F2:H4').setValues(CLIENTS);
    sheet.getRange('I2').setFormula('=SEGMENT(F2:F; G2:G; H2:H)');
    sheet.getRange('J2').setFormula('=ARRAYFORMULA(IF(A2:A=""; ""; VALUE(LEFT(I2:I; 1))))');
    sheet.getRange('K1').setFormula('=COUNTIF(J2:J; 2)');
    expect(wb.values(sheetName, 'J2:J5')).toEqual([[2], [1], [3], ['']]);
    expect(wb.value(sheetName, 'K1')).toBe(1);
  });

  it('spills a short result into the free cells above a cell typed further down, and no further', () => {
    const { wb, sheet, sheetName } = withSheet();
    sheet.getRange('C2:C5').setValues([['Петров'], ['Иванова'], ['петров '], ['Сидоров']]);
    sheet.getRange('E10').setValue('Итого');
    sheet.getRange('F4').setValue('занято');
    // One name per manager: fewer rows than its argument, so it is predicted no further than E9.
    sheet.getRange('E2').setFormula('=AGENDA_MANAGERS(C2:C)');
    sheet.getRange('F2').setFormula('=AGENDA_MANAGERS(C2:C)');
    expect(wb.values(sheetName, 'E2:E5')).toEqual([['Иванова'], ['Петров'], ['Сидоров'], ['']]);
    expect(wb.value(sheetName, 'E10')).toBe('Итого');
    // Three names don't fit above F4: Sheets shows #REF! there too.
    expect(wb.value(sheetName, 'F2')).toBe('#REF!');
  });

  it('grows a result entered over empty ranges when they fill, as Sheets spills it', () => {
    const { wb, sheet, sheetName } = withSheet();
    sheet.getRange('E2').setFormula('=AGENDA_MANAGERS(C2:C)');
    sheet.getRange('C2:C5').setValues([['Петров'], ['Иванова'], ['петров '], ['Сидоров']]);
    expect(wb.values(sheetName, 'E2:E5')).toEqual([['Иванова'], ['Петров'], ['Сидоров'], ['']]);
  });

  it('refuses to spill past the last row, as Sheets asks for more rows instead', () => {
    const { wb, sheet, sheetName } = withSheet();
    sheet.getRange('F2').setValue(1);
    sheet.getRange('A2').setFormula('=ARRAYFORMULA(F:F*2)');
    sheet.getRange('B2').setFormula('=SEGMENT(F:F; G:G; H:H)');
    sheet.getRange('C2').setFormula('=ARRAYFORMULA(F2:F*2)');
    expect(wb.values(sheetName, 'A2:C3')).toEqual([
      ['#REF!', '#REF!', 2],
      ['', '', 0],
    ]);
    expect(wb.errorMessage(sheetName, 'A2')).toBe(
      'Result was not automatically expanded, please insert more rows (1).',
    );
    expect(sheet.getLastRow()).toBe(1000);
  });

  it('gives #REF! for a sheet that does not exist, and resolves it once the sheet is added', () => {
    const { wb, ss, sheet, sheetName } = withSheet();
    sheet.getRange('A1').setFormula("=SUM('Настройки'!B2:B)");
    expect(wb.value(sheetName, 'A1')).toBe('#REF!');
    ss.insertSheet('Настройки').getRange('B2').setValue(5);
    expect(wb.value(sheetName, 'A1')).toBe(5);
  });
});

describe('writing values as Sheets takes them', () => {
  it('makes a formula of text starting with "=" and keeps "\'=" as text', () => {
    const { wb, sheet, sheetName } = withSheet();
    sheet.getRange('A1:A3').setValues([['=1+1'], ["'=1+1"], ['=Клиент']]);
    expect(wb.values(sheetName, 'A1:A3')).toEqual([[2], ['=1+1'], ['#NAME?']]);
    expect(wb.formulas(sheetName, 'A1:A3')).toEqual([['=1+1'], [''], ['=Клиент']]);
  });

  it('keeps strings as they are in a plain-text (@) cell', () => {
    const { wb, sheet, sheetName } = withSheet();
    sheet
      .getRange('A1:A3')
      .setNumberFormat('@')
      .setValues([['=1+1'], ['007'], ["'x"]]);
    expect(wb.values(sheetName, 'A1:A3')).toEqual([['=1+1'], ['007'], ["'x"]]);
  });

  it.each([
    ['ru_RU', '12,5', 12.5],
    ['ru_RU', '1 234,5', 1234.5],
    ['ru_RU', '-12 %', -0.12],
    ['ru_RU', 'ИСТИНА', true],
    ['ru_RU', 'false', false],
    ['ru_RU', '12.5', '12.5'],
    ['ru_RU', "'0042", '0042'],
    ['ru_RU', 'ООО «Ромашка»', 'ООО «Ромашка»'],
    ['ru_RU', '+7 999 123 45 67', '#ERROR!'],
    ['ru_RU', '-нет', '#NAME?'],
    ['ru_RU', '=Итого*2', '#NAME?'],
    ['en_US', '1,234.5', 1234.5],
    ['en_US', '12,5', '12,5'],
    ['en_US', '.5', 0.5],
  ])('in %s, "%s" is stored as %p', (locale, typed, stored) => {
    const { wb, sheet, sheetName } = withSheet(locale);
    sheet.getRange('A1').setValue(typed);
    expect(wb.value(sheetName, 'A1')).toEqual(stored);
  });

  it.each([
    ['ru_RU', '31.01.2026', 'dd.MM.yyyy', '31.01.2026'],
    ['en_US', '1/31/2026', 'M/d/yyyy', '1/31/2026'],
    ['en_US', '2026-01-31', 'yyyy-MM-dd', '2026-01-31'],
  ])('in %s, the date "%s" becomes a date formatted %s', (locale, typed, format, display) => {
    const { wb, sheet, sheetName } = withSheet(locale);
    sheet.getRange('A1').setValue(typed);
    const cell = wb.cell(sheetName, 'A1');
    expect(cell.value).toEqual(new Date(2026, 0, 31));
    expect(cell.format).toBe(format);
    expect(cell.display).toBe(display);
  });

  it('stores a Date as a date serial with a date format, and gives it back as a Date of the script realm', () => {
    const { wb, sheet, sheetName, context } = withSheet();
    sheet.getRange('A1').setValue(vm.runInContext('new Date(2026, 0, 31)', context));
    sheet.getRange('B1').setFormula('=A1+1');
    sheet.getRange('C1').setFormula('=DATE(2026; 2; 1)');
    const values = sheet.getRange('A1:C1').getValues();
    expect(values).toBeInstanceOf(vm.runInContext('Array', context));
    expect(values[0][0]).toBeInstanceOf(vm.runInContext('Date', context));
    expect(values[0][0].getTime()).toBe(new Date(2026, 0, 31).getTime());
    expect(values[0][2].getTime()).toBe(new Date(2026, 1, 1).getTime());
    expect(sheet.getRange('A1').getNumberFormat()).toBe('dd.MM.yyyy');
    expect(wb.numberFormats(sheetName, 'B1')).toEqual([['']]);
    expect(sheet.getRange('A1').setNumberFormat('0').getValue()).toBe(46053);
  });

  it('fills a range with setValue and moves relative references with setFormula, as Sheets fills', () => {
    const { wb, sheet, sheetName } = withSheet();
    sheet.getRange('A1:A3').setValue(2);
    sheet.getRange('B1:B3').setFormula('=A1*$A$1');
    expect(wb.formulas(sheetName, 'B1:B3')).toEqual([['=A1*$A$1'], ['=A2*$A$1'], ['=A3*$A$1']]);
    expect(wb.values(sheetName, 'B1:B3')).toEqual([[4], [4], [4]]);
    sheet.getRange('B2').setFormula('');
    expect(wb.formulas(sheetName, 'B2')).toEqual([['']]);
  });

  it('refuses data of the wrong shape and ranges outside the sheet, with Sheets’ messages', () => {
    const { sheet } = withSheet();
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1]])).toThrow('The number of columns in the data');
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('AA1')).toThrow('outside the dimensions');
  });

  it('shows a blocked spill as #REF!', () => {
    const { wb, sheet, sheetName } = withSheet();
    sheet.getRange('F2:H4').setValues(CLIENTS);
    sheet.getRange('I3').setValue('typed by a user');
    sheet.getRange('I2').setFormula('=SEGMENT(F2:F4; G2:G4; H2:H4)');
    expect(wb.value(sheetName, 'I2')).toBe('#REF!');
    expect(wb.errorMessage(sheetName, 'I2')).toContain('overwrite data');
  });
});

describe('sheets and their shape', () => {
  it('starts with one 1000 × 26 sheet named in the locale’s language', () => {
    for (const [locale, name] of [
      ['ru_RU', 'Лист1'],
      ['en_US', 'Sheet1'],
    ]) {
      const { wb, app } = open(locale);
      expect(wb.sheetNames()).toEqual([name]);
      const sheet = app.getActiveSheet();
      expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([
        1000, 26, 0, 0,
      ]);
      expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    }
  });

  it('inserts, finds, orders, activates and deletes sheets', () => {
    const { wb, ss, app } = withSheet();
    const first = ss.insertSheet('Настройки', 0);
    expect(wb.sheetNames()).toEqual(['Настройки', 'Лист1']);
    expect(first.getIndex()).toBe(1);
    expect(app.getActiveSheet().getName()).toBe('Настройки');
    expect(ss.getSheetByName('настройки')?.getName()).toBe('Настройки');
    expect(ss.getSheetByName('Нет такого')).toBeNull();
    expect(() => ss.insertSheet('Настройки')).toThrow('A sheet with the name "Настройки" already exists.');
    expect(ss.insertSheet().getName()).toBe('Лист3');
    ss.deleteSheet(first);
    expect(wb.sheetNames()).toEqual(['Лист1', 'Лист3']);
  });

  it('tracks the last row and column with content, grows with inserted rows and columns, and appends rows', () => {
    const { wb, sheet, sheetName } = withSheet();
    sheet.getRange('B2:C3').setValues([
      [1, 2],
      [3, ''],
    ]);
    sheet.getRange('E10').setNote('a note is not content');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C3');
    sheet.appendRow(['a', 'b']);
    expect(wb.values(sheetName, 'A4:B4')).toEqual([['a', 'b']]);
    sheet.insertColumnsAfter(sheet.getMaxColumns(), 4);
    expect(sheet.getMaxColumns()).toBe(30);
    expect(sheet.getRange('AD1').getA1Notation()).toBe('AD1');
    sheet.getRange(1, 27).setValue('new column');
    expect(sheet.getLastColumn()).toBe(27);
  });

  it('keeps formats, notes, widths, frozen rows and styles', () => {
    const { wb, sheet, sheetName } = withSheet();
    const header = sheet.getRange('A1:C1');
    header
      .setValues([['Клиент', 'Регион', 'Закупки']])
      .setFontWeight('bold')
      .setBackground('#d9ead3')
      .setWrap(true);
    sheet.getRange('C2:C').setNumberFormat('#,##0.00');
    sheet.getRange('C2').setValue(1234.5);
    sheet.getRange('A1').setNote('Название дистрибьютора');
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 220);
    sheet.setTabColor('#ff0000');
    expect(sheet.getRange('C2').getDisplayValue()).toBe('1\u00a0234,50');
    expect(wb.notes(sheetName, 'A1:B1')).toEqual([['Название дистрибьютора', '']]);
    expect(wb.cell(sheetName, 'B1').style).toEqual({ fontWeight: 'bold', background: '#d9ead3', wrap: true });
    expect(header.getFontWeights()).toEqual([['bold', 'bold', 'bold']]);
    expect(wb.sheetInfo(sheetName)).toMatchObject({
      frozenRows: 1,
      tabColor: '#ff0000',
      columnWidths: { 1: 220 },
    });
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(2)]).toEqual([220, 100]);
    expect(wb.numberFormats(sheetName, 'C1000')).toEqual([['#,##0.00']]);
  });
});

describe('service calls', () => {
  it('counts one setValues as one call whatever its size, and inspection not at all', () => {
    const { wb, sheet, sheetName } = withSheet();
    sheet.insertRowsAfter(1000, 4001);
    sheet.getRange('P2').setFormula('=SEGMENT(F2:F; G2:G; H2:H)');
    const rowOf = (i: number) =>
      Array.from({ length: 15 }, (_, c) =>
        c === 5 ? -((i % 9) / 50) : c === 6 ? '' : c === 7 ? i % 120 : `Клиент ${i}·${c}`,
      );
    wb.resetCalls();
    sheet.getRange(2, 1, 1, 15).setValues([rowOf(0)]);
    const one = wb.callsByMethod();
    wb.resetCalls();
    sheet.getRange(2, 1, 5000, 15).setValues(Array.from({ length: 5000 }, (_, i) => rowOf(i)));
    expect(wb.callsByMethod()).toEqual(one);
    expect(one).toEqual({ 'Range.setValues': 1, 'Sheet.getRange': 1 });
    wb.values(sheetName, 'A1:P5001');
    wb.cell(sheetName, 'P2');
    expect(wb.calls()).toBe(2);
    expect(wb.value(sheetName, 'P5001')).toBe('2 — Падение зафиксировано');
  });

  it('logs each write with the locks held, and releases locks when an execution ends', () => {
    const { wb, context, sheet, run } = withSheet();
    const lock = (context.LockService as GoogleAppsScript.Lock.LockService).getDocumentLock();
    lock.waitLock(10_000);
    sheet.getRange('A1').setValue('под замком');
    lock.releaseLock();
    sheet.getRange('A2').setValue('без замка');
    expect(wb.writes()).toEqual([
      { call: 'Range.setValue', target: 'Лист1!A1', locks: ['document'], cells: 1 },
      { call: 'Range.setValue', target: 'Лист1!A2', locks: [], cells: 1 },
    ]);
    expect(lock.tryLock(0)).toBe(true);
    run('SEGMENT', 1, '', '');
    expect(lock.hasLock()).toBe(false);
    wb.holdLocksElsewhere();
    expect(lock.tryLock(100)).toBe(false);
    expect(() => lock.waitLock(100)).toThrow('Lock timeout');
  });

  it('gives null for the document lock when told to, and the script lock still works', () => {
    const wb = new LocalWorkbook({ documentLock: false });
    const locks = wb.load().context.LockService as GoogleAppsScript.Lock.LockService;
    expect(locks.getDocumentLock()).toBeNull();
    const lock = locks.getScriptLock();
    lock.waitLock(100);
    expect(lock.hasLock()).toBe(true);
  });

  it('formats every range of a RangeList by one call, logged as one write over all their cells', () => {
    const { wb, sheet, sheetName } = withSheet();
    wb.resetCalls();
    const list = sheet.getRangeList(['A2:A5', 'C2:D3']);
    list.setNumberFormat('0.0%').setFontWeight('bold').setBackground('#e8eaed');
    expect(wb.callsByMethod()).toEqual({
      'RangeList.setBackground': 1,
      'RangeList.setFontWeight': 1,
      'RangeList.setNumberFormat': 1,
      'Sheet.getRangeList': 1,
    });
    expect(wb.writes()[0]).toEqual({
      call: 'RangeList.setNumberFormat',
      target: 'Лист1!A2:A5,Лист1!C2:D3',
      locks: [],
      cells: 8,
    });
    expect(wb.numberFormats(sheetName, 'A5:D5')).toEqual([['0.0%', '', '', '']]);
    expect(wb.cell(sheetName, 'D3').style).toEqual({ fontWeight: 'bold', background: '#e8eaed' });
    expect(list.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:A5', 'C2:D3']);
    expect(() => sheet.getRangeList(["'Другой'!A1"])).toThrow('Range not found');
  });

  it('copies a range’s formats to another sheet by one call, repeating the source to fit', () => {
    const { wb, ss, sheet, sheetName } = withSheet();
    const header = sheet.getRange('A1:B1').setValue('Клиент').setFontWeight('bold').setBackground('#e8eaed');
    sheet.getRange('B1').setNumberFormat('0.0%');
    ss.insertSheet('Второй');
    wb.resetCalls();
    header.copyFormatToRange(ss.getSheetByName('Второй')!, 1, 3, 1, 1);
    expect(wb.writes()).toEqual([
      { call: 'Range.copyFormatToRange', target: `${sheetName}!A1:B1`, locks: [], cells: 2 },
    ]);
    expect(wb.styles('Второй', 'A1:C1')).toEqual([
      [
        { fontWeight: 'bold', background: '#e8eaed' },
        { fontWeight: 'bold', background: '#e8eaed' },
        { fontWeight: 'bold', background: '#e8eaed' },
      ],
    ]);
    expect(wb.numberFormats('Второй', 'A1:C1')).toEqual([['', '0.0%', '']]);
    expect(wb.values('Второй', 'A1:C1')).toEqual([['', '', '']]);
  });

  it('logs how many cells each write and each read of cells covered', () => {
    const { wb, sheet } = withSheet();
    sheet.getRange('A1:C4').setValues([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
      [1, 2, 3],
    ]);
    sheet.getRange('B2:B11').setNumberFormat('0.0');
    sheet.setFrozenRows(1);
    sheet.getRange('A1:C4').getValues();
    sheet.getRange('A1:C4').getValue();
    sheet.getRange('A1:B2').getFormulas();
    sheet.getMaxRows();
    expect(wb.writes().map((w) => [w.call, w.cells])).toEqual([
      ['Range.setValues', 12],
      ['Range.setNumberFormat', 10],
      ['Sheet.setFrozenRows', 1],
    ]);
    expect(wb.reads()).toEqual([
      { call: 'Range.getValues', target: 'Лист1!A1:C4', cells: 12 },
      { call: 'Range.getValue', target: 'Лист1!A1:C4', cells: 1 },
      { call: 'Range.getFormulas', target: 'Лист1!A1:B2', cells: 4 },
    ]);
  });

  it('lets a test act as a user without counting', () => {
    const { wb, sheetName } = open();
    wb.asUser((ss) => ss.getSheetByName(sheetName)!.getRange('A1').setValue('typed'));
    expect(wb.calls()).toBe(0);
    expect(wb.writes()).toEqual([]);
    expect(wb.value(sheetName, 'A1')).toBe('typed');
  });
});

describe('named ranges', () => {
  it('are usable in formulas and move with inserted rows', () => {
    const { wb, ss, sheet, sheetName, run } = withSheet('en_US');
    sheet.getRange('K1').setValue(0.1);
    ss.setNamedRange('DropThreshold', sheet.getRange('K1'));
    sheet.getRange('F2').setValue(-0.08);
    sheet.getRange('I2').setFormula('=SEGMENT(F2; G2; H2; DropThreshold)');
    expect(wb.value(sheetName, 'I2')).toBe((run('SEGMENT', -0.08, '', '', 0.1) as string[][])[0][0]);
    expect(ss.getRangeByName('DropThreshold')?.getA1Notation()).toBe('K1');
    sheet.insertRowsBefore(1, 1);
    expect(wb.namedRanges()).toEqual({ DropThreshold: 'Sheet1!K2' });
    expect(ss.getNamedRanges().map((n) => n.getName())).toEqual(['DropThreshold']);
    expect(ss.getRangeByName('Missing')).toBeNull();
  });
});

describe('validations, conditional formats and protections', () => {
  it('round-trips a dropdown and a checkbox, and finds cells that break them', () => {
    const { wb, app, sheet, sheetName } = withSheet();
    const list = app
      .newDataValidation()
      .requireValueInList(['да', 'нет'], true)
      .setAllowInvalid(false)
      .setHelpText('Выберите да или нет')
      .build();
    sheet.getRange('J2:J').setDataValidation(list);
    sheet.getRange('K2:K3').setDataValidation(app.newDataValidation().requireCheckbox().build());
    sheet.getRange('J2:K4').setValues([
      ['да', true],
      ['может быть', 'нет'],
      ['', ''],
    ]);
    const rule = sheet.getRange('J5').getDataValidation()!;
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([['да', 'нет'], true]);
    expect([rule.getHelpText(), rule.getAllowInvalid()]).toEqual(['Выберите да или нет', false]);
    expect(sheet.getRange('K4').getDataValidation()).toBeNull();
    expect(wb.validations(sheetName, 'K2')).toEqual([
      [{ criteria: 'CHECKBOX', values: [], helpText: '', allowInvalid: true }],
    ]);
    expect(wb.invalidCells(sheetName)).toEqual([
      { a1: 'J3', value: 'может быть', criteria: 'VALUE_IN_LIST' },
      { a1: 'K3', value: 'нет', criteria: 'CHECKBOX' },
    ]);
    sheet.getRange('J3').clearDataValidations();
    expect(wb.invalidCells(sheetName)).toEqual([{ a1: 'K3', value: 'нет', criteria: 'CHECKBOX' }]);
  });

  it('judges number and date rules and copies a rule into a builder', () => {
    const { wb, app, sheet, sheetName } = withSheet();
    const share = app.newDataValidation().requireNumberBetween(-1, 1).build();
    sheet.getRange('A1:A2').setDataValidation(share);
    sheet.getRange('B1:B2').setDataValidation(app.newDataValidation().requireDate().build());
    sheet.getRange('C1').setDataValidation(share.copy().requireNumberGreaterThanOrEqualTo(0).build());
    sheet.getRange('A1:C2').setValues([
      [-0.5, '31.01.2026', -1],
      [5, 'завтра', 0],
    ]);
    expect(wb.invalidCells(sheetName).map((c) => c.a1)).toEqual(['C1', 'A2', 'B2']);
    expect(sheet.getRange('C1').getDataValidation()?.getCriteriaValues()).toEqual([0]);
  });

  it('round-trips conditional format rules and evaluates a formula rule cell by cell', () => {
    const { wb, app, sheet, sheetName } = withSheet();
    sheet.getRange('B2:B3').setValues([['01.01.2020'], ['01.01.2099']]);
    sheet.getRange('A2:A3').setValues([['ООО Север'], ['ООО Юг']]);
    const expired = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=AND($B2<>""; $B2<TODAY())')
      .setBackground('#f4cccc')
      .setRanges([sheet.getRange('A2:C10')])
      .build();
    const south = app
      .newConditionalFormatRule()
      .whenTextStartsWith('ооо ю')
      .setBold(true)
      .setRanges([sheet.getRange('A2:A')])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), expired, south]);
    const [first] = sheet.getConditionalFormatRules();
    const condition = first.getBooleanCondition()!;
    expect(condition.getCriteriaType()).toBe(app.BooleanCriteria.CUSTOM_FORMULA);
    expect(condition.getCriteriaValues()).toEqual(['=AND($B2<>""; $B2<TODAY())']);
    expect([condition.getBackground(), condition.getBold()]).toEqual(['#f4cccc', null]);
    expect(first.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:C10']);
    expect(wb.conditionalFormatAt(sheetName, 'C2')?.background).toBe('#f4cccc');
    expect(wb.conditionalFormatAt(sheetName, 'A3')?.bold).toBe(true);
    expect(wb.conditionalFormatAt(sheetName, 'C3')).toBeNull();
    expect(wb.conditionalFormatAt(sheetName, 'C11')).toBeNull();
    expect(wb.conditionalFormats(sheetName).map((r) => [r.criteria, r.ranges])).toEqual([
      ['CUSTOM_FORMULA', ['A2:C10']],
      ['TEXT_STARTS_WITH', ['A2:A1000']],
    ]);
  });

  it('round-trips warning-only range protections', () => {
    const { wb, app, ss, sheet, sheetName } = withSheet();
    sheet.getRange('I2:I').protect().setWarningOnly(true).setDescription('Формулы');
    const [protection] = sheet.getProtections(app.ProtectionType.RANGE);
    expect([
      protection.isWarningOnly(),
      protection.getDescription(),
      protection.getRange().getA1Notation(),
    ]).toEqual([true, 'Формулы', 'I2:I1000']);
    expect(protection.getProtectionType()).toBe(app.ProtectionType.RANGE);
    expect(ss.getProtections(app.ProtectionType.SHEET)).toEqual([]);
    expect(wb.protections()).toEqual([
      { type: 'RANGE', sheet: sheetName, range: 'I2:I1000', description: 'Формулы', warningOnly: true },
    ]);
    protection.remove();
    expect(wb.protections(sheetName)).toEqual([]);
  });
});

describe('authorization, properties and the UI', () => {
  it('in AuthMode.NONE builds menus but refuses the document and its properties', () => {
    const { wb, app, context } = open('ru_RU', 'NONE');
    expect(wb.openEvent().authMode).toBe(
      (context.ScriptApp as GoogleAppsScript.Script.ScriptApp).AuthMode.NONE,
    );
    expect(() => app.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
    );
    expect(() =>
      (context.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getDocumentProperties(),
    ).toThrow('You do not have permission');
    const ui = app.getUi();
    ui.createAddonMenu()
      .addItem('Настроить книгу', 'setupWorkbook')
      .addSeparator()
      .addItem('Справка', 'noSuchFunction')
      .addToUi();
    expect(wb.menus()).toEqual([
      {
        kind: 'addon',
        caption: null,
        items: [
          { caption: 'Настроить книгу', functionName: 'setupWorkbook' },
          { separator: true },
          { caption: 'Справка', functionName: 'noSuchFunction' },
        ],
      },
    ]);
    expect(wb.menuFunctionsMissingFromBundle()).toEqual(['noSuchFunction']);
    wb.setAuthMode('FULL');
    expect(app.getActiveSpreadsheet().getSpreadsheetLocale()).toBe('ru_RU');
  });

  it('keeps document properties as strings, with Apps Script’s size limit', () => {
    const { wb, context } = open();
    const props = (
      context.PropertiesService as GoogleAppsScript.Properties.PropertiesService
    ).getDocumentProperties();
    props.setProperty('templateVersion', '2').setProperties({ a: '1', b: '2' });
    props.deleteProperty('a');
    expect(props.getProperty('missing')).toBeNull();
    expect(props.getProperties()).toEqual({ templateVersion: '2', b: '2' });
    expect(wb.documentProperties()).toEqual({ templateVersion: '2', b: '2' });
    expect(() => props.setProperty('big', 'x'.repeat(10_000))).toThrow('Argument too large');
  });

  it('records toasts, alerts with their answers, sidebars, and reads HTML files from dist', () => {
    const dist = mkdtempSync(join(tmpdir(), 'workbook-dist-'));
    writeFileSync(join(dist, 'Sidebar.html'), '<p>Помощник</p>');
    const wb = new LocalWorkbook({ distDir: dist });
    const { context } = wb.load();
    const app = context.SpreadsheetApp as GApp;
    const html = context.HtmlService as GoogleAppsScript.HTML.HtmlService;
    app.getActiveSpreadsheet().toast('Готово', 'Настройка', 5);
    const ui = app.getUi();
    wb.answerDialogs({ button: 'NO' });
    expect(ui.alert('Заменить?', 'Лист уже есть', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Готово')).toBe(ui.Button.OK);
    ui.showSidebar(html.createHtmlOutputFromFile('Sidebar').setTitle('Помощник'));
    expect(() => html.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
    expect(wb.toasts()).toEqual([{ message: 'Готово', title: 'Настройка', timeoutSeconds: 5 }]);
    expect(wb.alerts()).toEqual([
      { title: 'Заменить?', prompt: 'Лист уже есть', buttons: 'YES_NO', kind: 'alert' },
      { title: null, prompt: 'Готово', buttons: 'OK', kind: 'alert' },
    ]);
    expect(wb.sidebars()).toEqual([
      { kind: 'sidebar', title: 'Помощник', content: '<p>Помощник</p>', width: undefined, height: undefined },
    ]);
  });

  it('gives the user’s language and the selection the user made', () => {
    const wb = new LocalWorkbook({ locale: 'ru_RU', userLocale: 'en_GB' });
    const { context } = wb.load();
    expect((context.Session as GoogleAppsScript.Base.Session).getActiveUserLocale()).toBe('en');
    wb.select('Лист1', 'B3:C4');
    expect((context.SpreadsheetApp as GApp).getActiveRange().getA1Notation()).toBe('B3:C4');
  });
});

describe('charts', () => {
  it('records a chart built and inserted by the script, and counts the calls', () => {
    const wb = new LocalWorkbook({ locale: 'en_US' });
    const { context } = wb.load();
    const app = context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const charts = context.Charts as GoogleAppsScript.Charts.Charts;
    const sheet = app.getActiveSpreadsheet().getActiveSheet();
    wb.resetCalls();
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(charts.ChartType.PIE)
        .addRange(sheet.getRange('A1:B3'))
        .setPosition(2, 4, 0, 0)
        .build(),
    );
    expect(wb.charts(sheet.getName())).toEqual([
      { type: 'PIE', ranges: [`${sheet.getName()}!A1:B3`], anchor: 'D2', options: {} },
    ]);
    expect(sheet.getCharts()).toHaveLength(1);
    expect(wb.callsByMethod()['Sheet.insertChart']).toBe(1);
    expect(() => sheet.newChart().build()).toThrow('at least one data range');
  });
});
