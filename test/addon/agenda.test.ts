/**
 * The sheet «План контактов» / "Agenda" with the sample data, in the local workbook: the
 * built bundle's AGENDA over the real sheets, the picker, absent managers, bad input, the
 * colours on Clients and the dashboard's counts.
 */
import { TEMPLATES } from '../../sheets-templates';
import type { ReportTemplate, TableTemplate } from '../../sheets-templates/types';
import { columnLetter, expandColumns } from '../../sheets-templates/layout';
import { LocalWorkbook } from '../../tools/local-workbook';

const table = (id: string) => TEMPLATES.find((t): t is TableTemplate => t.id === id && t.kind === 'table')!;
const col = (id: string, key: string) =>
  columnLetter(expandColumns(table(id)).find((p) => p.key === key)!.index);
const AGENDA = 'План контактов';
const CLIENTS = 'Клиенты';

function sampleWorkbook(locale = 'ru_RU') {
  const wb = new LocalWorkbook({ locale });
  const { run } = wb.load();
  run('setupWorkbook');
  run('addSampleData');
  return wb;
}

/** The agenda's rows as shown: due date (dd.mm.yyyy), days overdue, who, client, why, what. */
function agendaRows(wb: LocalWorkbook, name = AGENDA) {
  return wb
    .displayValues(name, 'A5:F60')
    .filter((r) => r.some((v) => v !== ''))
    .map(([due, overdue, who, client, why, what]) => ({ due, overdue, who, client, why, what }));
}

const typeIn = (wb: LocalWorkbook, sheet: string, a1: string, value: unknown) =>
  wb.asUser((ss) => ss.getSheetByName(sheet)!.getRange(a1).setValue(value));

/** Every cell of every sheet but the agenda and the card, to prove they only read. */
const othersSnapshot = (wb: LocalWorkbook) =>
  wb
    .sheetNames()
    .filter((n) => n !== AGENDA && n !== 'Карточка клиента')
    .map((n) => [n, wb.formulas(n), wb.values(n)]);

describe('«План контактов» with the sample data (ru_RU)', () => {
  const wb = sampleWorkbook();
  const rowOf = (client: string, why: RegExp) =>
    agendaRows(wb).find((r) => r.client === client && why.test(r.why))!;

  it('is a sheet of exactly that name, one formula for the whole list and one for the managers', () => {
    expect(wb.sheetNames()).toEqual(expect.arrayContaining([AGENDA, 'Карточка клиента']));
    expect(wb.formulas(AGENDA, 'A5')[0][0]).toMatch(/^=AGENDA\(B2;AC_AS_OF;AC_AGENDA_HORIZON;AC_WARN_DAYS;/);
    expect(
      wb
        .formulas(AGENDA, 'A6:A20')
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    expect(wb.value(AGENDA, 'A4')).toBe('Срок');
  });

  it('lists overdue actions first, most overdue at the top, then by date', () => {
    const rows = agendaRows(wb);
    const overdue = rows.map((r) => (r.overdue === '' ? 0 : Number(r.overdue)));
    const firstCurrent = overdue.findIndex((n) => n === 0);
    expect(firstCurrent).toBeGreaterThan(0);
    expect(overdue.slice(firstCurrent).every((n) => n === 0)).toBe(true);
    expect(overdue.slice(0, firstCurrent)).toEqual([...overdue.slice(0, firstCurrent)].sort((a, b) => b - a));
    const days = wb.values(AGENDA, `A5:A${4 + rows.length}`).map(([d]) => (d as Date).getTime());
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it('names the backup of a manager who is away, and warns when nobody covers the client', () => {
    // Петров is on holiday this week: Сидоров, his backup on FBS План, calls his clients.
    expect(rowOf('Дон-Трейд', /Плановый контакт/)).toMatchObject({
      overdue: '5',
      who: 'Сидоров — вместо: Петров (отпуск)',
      what: 'Согласовать закупки не ниже фактических продаж',
    });
    // Кузнецова is ill on the day and has no backup named.
    expect(rowOf('Черноземье', /Плановый контакт/).who).toMatch(
      /^⚠ Кузнецова отсутствует \(больничный\) по \d\d\.\d\d\.\d{4}, замена не назначена: клиент без прикрытия/,
    );
    expect(rowOf('Восток-Снаб', /договора истёк/).who).toBe('⚠ Менеджер не указан на листе «Клиенты»');
  });

  it('has a picker of the managers on Clients, blank for everyone, typed in any case and spacing', () => {
    const picker = wb.validations(AGENDA, 'B2')[0][0]!;
    expect(picker.criteria).toBe('VALUE_IN_RANGE');
    expect(String(picker.values[0])).toMatch(/I5:I/);
    expect(wb.values(AGENDA, 'I5:I9').flat()).toEqual(['Иванова', 'Кузнецова', 'Петров', 'Сидоров', '']);
    const everyone = agendaRows(wb).length;

    typeIn(wb, AGENDA, 'B2', '  ПЕТРОВ ');
    expect(new Set(agendaRows(wb).map((r) => r.client))).toEqual(
      new Set(['ООО «Волга-Дистрибуция»', 'Дон-Трейд']),
    );
    typeIn(wb, AGENDA, 'B2', 'Сидоров');
    const sidorov = agendaRows(wb);
    expect(sidorov.map((r) => r.client)).toEqual(expect.arrayContaining(['Дон-Трейд', 'Южный альянс']));
    expect(sidorov.every((r) => r.who.startsWith('Сидоров'))).toBe(true);
    typeIn(wb, AGENDA, 'B2', '');
    expect(agendaRows(wb)).toHaveLength(everyone);
  });

  it('updates by itself when the data or the Settings date changes, and changes nothing it reads', () => {
    const before = othersSnapshot(wb);
    typeIn(wb, AGENDA, 'B2', 'Иванова');
    expect(othersSnapshot(wb)).toEqual(before);
    typeIn(wb, AGENDA, 'B2', '');

    const cell = `${col('clients', 'nextContact')}5`; // Сибирский партнёр, in 10 days: beyond the horizon
    expect(agendaRows(wb).some((r) => r.client === 'Сибирский партнёр')).toBe(false);
    wb.asUser((ss) => {
      const asOf = ss.getRangeByName('AC_AS_OF')!;
      asOf.setValue(new Date((asOf.getValue() as Date).getTime() + 4 * 86_400_000));
    });
    expect(agendaRows(wb).some((r) => r.client === 'Сибирский партнёр')).toBe(true);
    typeIn(wb, CLIENTS, cell, '');
    expect(agendaRows(wb).some((r) => r.client === 'Сибирский партнёр')).toBe(false);
  });
});

describe('«План контактов» with bad input', () => {
  const wb = sampleWorkbook();

  it('lists a next contact that is no date first, quoting it, and never drops the others', () => {
    const count = agendaRows(wb).length;
    typeIn(wb, CLIENTS, `${col('clients', 'nextContact')}12`, "'после праздников"); // Центр-Опт
    const rows = agendaRows(wb);
    expect(rows[0]).toMatchObject({
      due: '',
      client: 'Центр-Опт',
      why: 'В столбце «Следующий контакт» не дата: «после праздников»',
      what: 'Впишите дату на листе «Клиенты»',
    });
    expect(rows).toHaveLength(count + 1);
    expect(wb.value(CLIENTS, `${col('clients', 'contactDue')}12`)).toBe('⚠ не дата');
  });

  it('says why when the Settings date is missing, instead of an empty list', () => {
    wb.asUser((ss) => ss.getRangeByName('AC_AS_OF')!.setValue(''));
    expect(String(wb.value(AGENDA, 'A5'))).toBe('⚠ сегодняшняя дата: не указано значение');
  });
});

describe('Clients and the dashboard with the sample data', () => {
  const wb = sampleWorkbook();
  const next = col('clients', 'nextContact');

  it('colours the next contact red when overdue and yellow within the horizon', () => {
    const colour = (row: number) => wb.conditionalFormatAt(CLIENTS, `${next}${row}`)?.background;
    expect(colour(2)).toBe('#f4c7c3'); // ТД «Северный», 2 days overdue
    expect(colour(4)).toBe('#fce8b2'); // Уралснаб, in 3 days
    expect(colour(5)).toBeUndefined(); // Сибирский партнёр, in 10 days
    expect(wb.value(CLIENTS, `${col('clients', 'contactDue')}2`)).toBe('просрочен на 2 дн.');
    expect(wb.value(CLIENTS, `${col('clients', 'contactDue')}8`)).toBe('не назначен');
  });

  it('counts per manager the actions due this week and overdue, and the clients without a next contact', () => {
    const dashboard = TEMPLATES.find((t): t is ReportTemplate => t.kind === 'report')!;
    const block = dashboard.blocks!.find((b) => b.title.en.startsWith('Agenda'))!;
    const at = `${columnLetter(block.column)}${block.row + 1}:${columnLetter(block.column + 2)}${block.row + 6}`;
    const table = wb.values('Координаты', at);
    expect(table[0]).toEqual(['Менеджер', 'На этой неделе', 'Просрочено']);
    const overdue = Object.fromEntries(table.slice(1).map((r) => [r[0], r[2]]));
    expect(overdue).toMatchObject({ Иванова: 4, Петров: 2, Сидоров: 1, Кузнецова: 0, '(без менеджера)': 1 });
    const line =
      dashboard.lines.findIndex((l) => l.label.ru.startsWith('Клиенты без следующего контакта')) + 3;
    expect(wb.value('Координаты', `B${line}`)).toBe(2);
  });
});

describe('"Agenda" in an English spreadsheet', () => {
  it('is named Agenda and speaks English', () => {
    const wb = sampleWorkbook('en_US');
    expect(wb.sheetNames()).toEqual(expect.arrayContaining(['Agenda', 'Client card']));
    const row = agendaRows(wb, 'Agenda').find((r) => r.client === 'Дон-Трейд')!;
    expect(row.who).toBe('Сидоров, for Петров (holiday)');
    expect(row.why).toBe('Next contact as planned (segment 2 — Fall recorded)');
  });
});
