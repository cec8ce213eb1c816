/**
 * The spreadsheet's time zone (the `timeZone` option) against the script's (appsscript.json):
 * date cells reach the script as Dates at their day's start in the spreadsheet's zone, and
 * Dates written are stored as the day they are there, whatever zone the process runs in.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import vm from 'node:vm';
import { LocalWorkbook, scriptTimeZone } from '../../../tools/local-workbook';

const ROOT = join(__dirname, '../../..');

/** Midnight of 2026-12-01 and of 2026-07-01 in each zone, as instants. */
const ZONES = [
  ['Europe/Kaliningrad', '2026-11-30T22:00:00.000Z', '2026-06-30T22:00:00.000Z'],
  ['Asia/Vladivostok', '2026-11-30T14:00:00.000Z', '2026-06-30T14:00:00.000Z'],
  ['America/Los_Angeles', '2026-12-01T08:00:00.000Z', '2026-07-01T07:00:00.000Z'],
] as const;

function workbook(timeZone: string) {
  const wb = new LocalWorkbook({ locale: 'ru_RU', timeZone });
  const { context, run } = wb.load();
  const sheetName = wb.sheetNames()[0];
  const sheet = wb.asUser((ss) => ss.getSheetByName(sheetName)!);
  const script = <T>(code: string): T => vm.runInContext(code, context) as T;
  return { wb, run, context, sheet, sheetName, script };
}

/** The bundle's SEGMENT replaced by a probe: a custom function giving what it was handed. */
function probeCustomFunction(context: vm.Context, body: string): void {
  vm.runInContext(`SEGMENT = function (value) { ${body} };`, context);
}

describe.each(ZONES)('a spreadsheet in %s', (zone, december, july) => {
  it('says its time zone apart from the script’s', () => {
    const { wb, script } = workbook(zone);
    expect(wb.asUser((ss) => ss.getSpreadsheetTimeZone())).toBe(zone);
    expect(script('SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()')).toBe(zone);
    expect(script('Session.getScriptTimeZone()')).toBe(scriptTimeZone());
    expect(scriptTimeZone()).toBe('Europe/Moscow');
  });

  it('hands a typed date to a custom function as that zone’s midnight', () => {
    const { wb, sheet, sheetName, context } = workbook(zone);
    probeCustomFunction(context, 'return value instanceof Date ? value.toISOString() : typeof value;');
    sheet.getRange('A1:A2').setValues([['2026-12-01'], ['01.07.2026']]);
    sheet.getRange('B1:B2').setFormulas([['=SEGMENT(A1)'], ['=SEGMENT(A2)']]);
    expect(wb.values(sheetName, 'B1:B2')).toEqual([[december], [july]]);
  });

  it('gives a typed date to getValues as that zone’s midnight', () => {
    const { wb, sheet, sheetName, script } = workbook(zone);
    sheet.getRange('A1:A2').setValues([['2026-12-01'], ['01.07.2026']]);
    const times = script<string[]>(
      `SpreadsheetApp.getActiveSpreadsheet().getRange('${sheetName}!A1:A2').getValues()` +
        '.map(function (row) { return row[0].toISOString(); })',
    );
    expect(times).toEqual([december, july]);
    expect(wb.values(sheetName, 'A1:A2').map(([d]) => (d as Date).toISOString())).toEqual([december, july]);
  });

  it('reads a Date written at that zone’s midnight back as the same calendar day', () => {
    const { wb, sheet, sheetName, script } = workbook(zone);
    const written = script<Date>(`new Date('${december}')`);
    sheet.getRange('A1').setValue(written);
    sheet.getRange('B1').setFormula('=DAY(A1)&"."&MONTH(A1)');
    expect(wb.cell(sheetName, 'A1')).toMatchObject({ display: '01.12.2026', format: 'dd.MM.yyyy' });
    expect(wb.value(sheetName, 'B1')).toBe('1.12');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe(december);
    expect(sheet.getRange('A1').setNumberFormat('0').getValue()).toBe(46357);
  });

  it('stores a Date a custom function returns as the day it is in that zone', () => {
    const { wb, sheet, sheetName, context } = workbook(zone);
    probeCustomFunction(context, `return new Date('${july}');`);
    sheet.getRange('B1').setFormula('=SEGMENT(1)');
    expect(wb.displayValues(sheetName, 'B1')).toEqual([['01.07.2026']]);
    expect((wb.value(sheetName, 'B1') as Date).toISOString()).toBe(july);
  });

  it('judges date validation rules by that zone’s days', () => {
    const { wb, sheet, sheetName, script } = workbook(zone);
    const rule = script<GoogleAppsScript.Spreadsheet.DataValidation>(
      `SpreadsheetApp.newDataValidation().requireDateOnOrAfter(new Date('${december}')).build()`,
    );
    sheet.getRange('A1:A2').setValues([['2026-12-01'], ['2026-11-30']]);
    wb.asUser(() => sheet.getRange('A1:A2').setDataValidation(rule));
    expect(wb.invalidCells(sheetName).map((c) => c.a1)).toEqual(['A2']);
  });
});

describe('time zones', () => {
  it('default to Europe/Moscow for the spreadsheet', () => {
    const wb = new LocalWorkbook();
    expect(wb.asUser((ss) => ss.getSpreadsheetTimeZone())).toBe('Europe/Moscow');
  });

  it('keep a cell’s day when the spreadsheet changes zone, so its Date moves', () => {
    const { wb, sheet, sheetName } = workbook('Europe/Kaliningrad');
    sheet.getRange('A1').setValue('2026-12-01');
    wb.asUser((ss) => ss.setSpreadsheetTimeZone('Asia/Vladivostok'));
    expect(wb.cell(sheetName, 'A1').display).toBe('2026-12-01');
    expect((wb.value(sheetName, 'A1') as Date).toISOString()).toBe('2026-11-30T14:00:00.000Z');
  });

  it('refuse a name that is not a time zone', () => {
    expect(() => new LocalWorkbook({ timeZone: 'Europe/Nowhere' })).toThrow(
      'Invalid time zone: Europe/Nowhere',
    );
  });

  it('are honoured by Utilities.formatDate', () => {
    const { script } = workbook('Asia/Vladivostok');
    const format = (zone: string) =>
      script<string>(
        `Utilities.formatDate(new Date('2026-11-30T14:00:00Z'), '${zone}', "yyyy-MM-dd'T'HH:mm:ss dd.MM.yyyy")`,
      );
    expect(format('Asia/Vladivostok')).toBe('2026-12-01T00:00:00 01.12.2026');
    expect(format('Europe/Kaliningrad')).toBe('2026-11-30T16:00:00 30.11.2026');
    expect(format('America/Los_Angeles')).toBe('2026-11-30T06:00:00 30.11.2026');
    expect(format('UTC')).toBe('2026-11-30T14:00:00 30.11.2026');
  });

  it('need the process in the script’s zone to load the bundle, which useScriptTimeZone() sets', () => {
    // Jest's sandbox keeps its own copy of process.env, so another process tries it.
    const program = [
      "import { LocalWorkbook, useScriptTimeZone } from './tools/local-workbook';",
      'try { new LocalWorkbook().load(); } catch (e) { console.log((e as Error).message); }',
      'useScriptTimeZone();',
      'new LocalWorkbook().load();',
      "console.log('loaded; 2026-12-01 local is', new Date(2026, 11, 1).toISOString());",
    ].join('\n');
    const out = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['-e', program], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, TZ: 'Asia/Vladivostok' },
    });
    expect(out.split('\n')).toEqual([
      "This process runs in the time zone Asia/Vladivostok, but Apps Script runs the script in appsscript.json's, " +
        'Europe/Moscow: set TZ=Europe/Moscow or call useScriptTimeZone() before loading.',
      'loaded; 2026-12-01 local is 2026-11-30T21:00:00.000Z',
      '',
    ]);
  });
});
