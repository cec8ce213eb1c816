/**
 * The sheet «Карточка клиента» / "Client card" with the sample data, in the local workbook:
 * CLIENT_CARD and CLIENT_HISTORY over the real sheets, the picker, the chart, one A4 page.
 */
import { TEMPLATES } from '../../sheets-templates';
import type { ViewTemplate } from '../../sheets-templates/types';
import { LocalWorkbook } from '../../tools/local-workbook';

const CARD = 'Карточка клиента';
const view = TEMPLATES.find((t): t is ViewTemplate => t.id === 'clientCard')!;

function sampleWorkbook(locale = 'ru_RU') {
  const wb = new LocalWorkbook({ locale });
  const { run } = wb.load();
  run('setupWorkbook');
  run('addSampleData');
  return wb;
}

const pick = (wb: LocalWorkbook, client: string, sheet = CARD) =>
  wb.asUser((ss) => ss.getSheetByName(sheet)!.getRange('B2').setValue(client));

/** The card's lines as label → value. */
const lines = (wb: LocalWorkbook, sheet = CARD) =>
  Object.fromEntries(
    wb
      .displayValues(sheet, 'A4:B23')
      .filter(([label]) => label !== '')
      .map(([label, value]) => [label, value]),
  );

describe('«Карточка клиента» with the sample data (ru_RU)', () => {
  const wb = sampleWorkbook();

  it('is a sheet of exactly that name, whose picker offers the clients of Clients', () => {
    expect(wb.sheetNames()).toContain(CARD);
    const picker = wb.validations(CARD, 'B2')[0][0]!;
    expect(picker).toMatchObject({ criteria: 'VALUE_IN_RANGE', allowInvalid: true });
    expect(String(picker.values[0])).toMatch(/Клиенты'?!A2:A/);
    expect(wb.value(CARD, 'A4')).toBe('Выберите клиента в ячейке выше');
  });

  it('shows master data, segment with reason and actions, signals, lost status, next contact and who does it', () => {
    pick(wb, '  уралснаб ');
    const card = lines(wb);
    expect(card).toMatchObject({
      Регион: 'Екатеринбург',
      Менеджер: 'Иванова',
      Сегмент: '3 — Неплатёжеспособен',
      'Что делать':
        'Сократить поставки до безопасного минимума, сохранить возможность вернуться, следить за платежами',
      'Открытые запросы скидки': 'нет',
      'Кто связывается': 'Иванова',
    });
    // Clients' reason, with the numbers that decided it (SEGMENT_REASON).
    expect(card['Причина']).toMatch(/^Просрочка 120 дн\. на сумму 450\s000 — больше предела в 90 дн\.$/);
    expect(card['Последние сигналы']).toMatch(
      /^период с 01\.10\.2026: Неплатёжеспособен: сократите поставки/,
    );
    expect(card['Ушедший клиент']).toMatch(
      /^ушёл \d\d\.\d\d\.\d{4} \(Неплатежи\) · .*срок доверенности истёк/,
    );
    expect(card['Следующий контакт']).toMatch(/^\d\d\.\d\d\.\d{4}, через 3 дня$/);
  });

  it('lists open discount requests with their verdicts, and the backup of a manager away', () => {
    pick(wb, 'Дон-Трейд');
    const card = lines(wb);
    expect(card['Открытые запросы скидки']).toMatch(
      /^\d\d\.\d\d\.\d{4} · скидка 10\s% · ✗ Скидка ничего не покупает$/,
    );
    expect(card['Следующий контакт']).toMatch(/просрочен на 5 дней$/);
    expect(card['Кто связывается']).toBe('Сидоров — вместо: Петров (отпуск)');
  });

  it('shows the client’s last periods, oldest first, and a line chart over them', () => {
    pick(wb, 'Уралснаб');
    const history = wb.displayValues(CARD, 'A24:E28');
    expect(history[0]).toEqual(['Период', 'Сегмент', 'Отгрузки, ₽', 'Изменение', 'Просрочка, дней']);
    // The sample's three months, oldest first: the fall, then insolvency (Monitoring's own rows).
    expect(history.slice(1, 4).map((r) => [r[0], r[1].charAt(0), r[4]])).toEqual([
      ['01.08.2026', '2', '20'],
      ['01.09.2026', '2', '65'],
      ['01.10.2026', '3', '120'],
    ]);
    expect(history[2][3]).toMatch(/^-28,6\s?%$/);
    expect(history[4]).toEqual(['', '', '', '', '']);
    const [chart] = wb.charts(CARD);
    expect(chart).toMatchObject({ type: 'LINE', anchor: 'A38' });
    // Periods and shipments.
    expect(chart.ranges).toEqual(["'Карточка клиента'!A24:A36", "'Карточка клиента'!C24:C36"]);
  });

  it('says when the client typed is not on Clients', () => {
    pick(wb, 'Восток-Снаб');
    expect(wb.value(CARD, 'A4')).toBe('⚠ «Восток-Снаб» нет на листе «Клиенты»');
  });

  it('fits one A4 portrait page: its columns within the page width, its rows and chart within its height', () => {
    pick(wb, 'Уралснаб');
    const info = wb.sheetInfo(CARD);
    const width = view.widths.reduce((a, b) => a + b, 0);
    // A4 portrait with Sheets' normal margins prints about 700 px across at 100 %.
    expect(width).toBeLessThanOrEqual(720);
    expect(info.lastColumn).toBeLessThanOrEqual(view.widths.length);
    // The chart keeps Sheets' own width, 600 px.
    // Up to the chart: 37 rows of 21 px and a 240 px chart, about 1 020 px: the page's 1 000 px height
    // at "Fit to page" scales it by 0.98 at most.
    const height = (view.chart!.row - 1) * 21 + view.chart!.height;
    expect(height).toBeLessThanOrEqual(1050);
  });
});

describe('"Client card" in an English spreadsheet', () => {
  it('is named Client card and speaks English', () => {
    const wb = sampleWorkbook('en_US');
    pick(wb, 'Дон-Трейд', 'Client card');
    expect(lines(wb, 'Client card')).toMatchObject({
      Segment: '2 — Fall recorded',
      Reason: 'Retail sales changed by -5%: a fall of at least the 5% threshold.',
      'Who does it': 'Сидоров, for Петров (holiday)',
    });
  });
});
