/**
 * Set up workbook on damaged workbooks (issue 11, "Damaged workbooks"): each case ends with
 * the add-on's parts whole, the user's cells untouched, and a summary that says what was
 * repaired and what was left alone and why. The built bundle runs in the local workbook.
 */
import { settingRangeName } from '../../src/addon/registry';
import { texts } from '../../src/i18n';
import { reviewForm } from '../../src/core/review';
import {
  dashboardTemplate,
  errorCells,
  lastAlert,
  letterOf,
  openWorkbook,
  settingsTemplate,
} from '../support/workbook';
import type { LocalWorkbook } from '../../tools/local-workbook';

const t = texts.ru.addon.setup;
const review = { ...reviewForm({}), name: 'ООО «Ремонт»', retailChange: '-12%' };

/** Row number of the cell a setting's name points at (Настройки!B7 → 7). */
const settingRow = (wb: LocalWorkbook, key: string) =>
  Number(/(\d+)$/.exec(wb.namedRanges()[settingRangeName(key)] ?? '')?.[1]);

describe('A sheet cut short', () => {
  it('gives a Clients sheet cut to its header its rows back, with its formulas, checks and protection', () => {
    const { wb, run } = openWorkbook('ru_RU', 'setup');
    wb.asUser((ss) => {
      const sheet = ss.getSheetByName('Клиенты')!;
      sheet.deleteRows(2, sheet.getMaxRows() - 1);
    });
    run('setupWorkbook');
    // Clients' computed columns spill from CLIENT_LATEST in the latest-period column.
    const segment = letterOf('clients', 'latestPeriod');
    expect(wb.sheetInfo('Клиенты').maxRows).toBeGreaterThan(1);
    expect(wb.formulas('Клиенты', `${segment}2`)[0][0]).toMatch(/^=CLIENT_LATEST\(/);
    expect(wb.validations('Клиенты', `${letterOf('clients', 'priceAsked')}2`)[0][0]).not.toBeNull();
    expect(wb.protections('Клиенты').some((p) => p.range.startsWith(`${segment}2:`))).toBe(true);
    expect(lastAlert(wb)).toContain(t.rowsAdded('Клиенты'));
  });

  it('gives a Dashboard cut to 10 rows its lines back and keeps the first ten as they were', () => {
    const { wb, run } = openWorkbook('ru_RU', 'samples');
    wb.asUser((ss) => {
      const sheet = ss.getSheetByName('Координаты')!;
      sheet.getRange('A2').setValue('моя заметка');
      sheet.deleteRows(11, sheet.getMaxRows() - 10);
    });
    const kept = wb.values('Координаты', 'A1:C10');
    run('setupWorkbook');
    expect(wb.values('Координаты', 'A1:C10')).toEqual(kept);
    const last = dashboardTemplate.lines.length + 2;
    expect(wb.value('Координаты', `A${last}`)).toBe(dashboardTemplate.lines.at(-1)!.label.ru);
    // The last line: lost clients ready to restart.
    expect(wb.formulas('Координаты', `B${last}`)[0][0]).toMatch(/^=ARRAYFORMULA\(SUM\(/);
    expect(errorCells(wb, ['Координаты'])).toEqual([]);
    expect(lastAlert(wb)).toContain(t.rowsAdded('Координаты'));
  });

  it('lets a wizard save that needs setup go through on such a workbook', () => {
    const { wb, run } = openWorkbook('ru_RU', 'setup');
    wb.asUser((ss) => {
      ss.deleteSheet(ss.getSheetByName('Мониторинг')!);
      const dashboard = ss.getSheetByName('Координаты')!;
      dashboard.deleteRows(11, dashboard.getMaxRows() - 10);
    });
    expect(run('saveClientReview', review, 'new')).toMatchObject({ status: 'saved', row: 2 });
    expect(wb.sheetNames()).toContain('Мониторинг');
  });

  it('answers a save that meets an error of Sheets in Russian only', () => {
    const { wb, run, context } = openWorkbook('ru_RU', 'setup');
    const app = context.SpreadsheetApp as object;
    context.SpreadsheetApp = new Proxy(app, {
      get: (target, prop) =>
        prop === 'flush'
          ? () => {
              throw new Error('Service Spreadsheets failed while accessing document.');
            }
          : Reflect.get(target, prop),
    });
    const result = run('saveClientReview', review, 'new') as { message: string };
    expect(result).toEqual({
      status: 'failed',
      message: texts.ru.wizard.failed(texts.ru.wizard.unexpected),
    });
    expect(wb.logs().join('\n')).toContain('Service Spreadsheets failed');
  });
});

describe('A sheet grown past its rows', () => {
  it('gets its protection, colour rules and checks extended to the new end, never a second one', () => {
    const { wb, run } = openWorkbook('ru_RU', 'setup');
    const protections = wb.protections('Клиенты').length;
    const rules = wb.conditionalFormats('Клиенты').length;
    wb.asUser((ss) => ss.getSheetByName('Клиенты')!.insertRowsAfter(1000, 500));
    run('setupWorkbook');
    expect(lastAlert(wb)).toContain(t.extended('Клиенты'));
    run('setupWorkbook');
    expect(lastAlert(wb)).toBe(t.unchanged);
    const guards = wb.protections('Клиенты');
    expect(guards).toHaveLength(protections);
    for (const p of guards) expect(p.range).toMatch(/1500$/);
    const colours = wb.conditionalFormats('Клиенты');
    expect(colours).toHaveLength(rules);
    for (const r of colours) expect(r.ranges).toEqual([expect.stringMatching(/1500$/)]);
    for (const key of ['priceAsked', 'nextContact', 'purchasesBefore'])
      expect(wb.validations('Клиенты', `${letterOf('clients', key)}1500`)[0][0]).not.toBeNull();
  });

  it('recognises its colour rules when Sheets gives them back with "," between arguments', () => {
    const { wb, run } = openWorkbook('ru_RU', 'setup');
    const before = wb.conditionalFormats('Клиенты');
    wb.asUser((ss) => {
      const sheet = ss.getSheetByName('Клиенты')!;
      const rules = sheet.getConditionalFormatRules().map((r) => {
        const formula = String(r.getBooleanCondition()!.getCriteriaValues()[0]);
        return r.copy().whenFormulaSatisfied(formula.replace(/;/g, ',')).build();
      });
      sheet.setConditionalFormatRules(rules);
    });
    run('setupWorkbook');
    expect(wb.conditionalFormats('Клиенты')).toHaveLength(before.length);
    expect(lastAlert(wb)).toBe(t.unchanged);
  });
});

describe('Settings', () => {
  const defaultOf = (value: (typeof settingsTemplate.settings)[number]['value']) =>
    typeof value === 'object' ? value.ru : value;

  it('come back with their default values when the Settings sheet was deleted', () => {
    const { wb, run } = openWorkbook('ru_RU', 'samples');
    wb.asUser((ss) => ss.deleteSheet(ss.getSheetByName('Настройки')!));
    run('setupWorkbook');
    for (const s of settingsTemplate.settings) {
      const row = settingRow(wb, s.key);
      expect(wb.value('Настройки', `A${row}`)).toBe(s.label.ru);
      const value = wb.value('Настройки', `B${row}`);
      if (s.type === 'date') expect(value).toBeInstanceOf(Date);
      else expect(value).toEqual(defaultOf(s.value));
    }
    expect(wb.sheetInfo('Настройки').lastRow).toBe(settingsTemplate.settings.length + 1);
    expect(errorCells(wb)).toEqual([]);
  });

  it('link a setting whose name was deleted back to its row, keeping the value typed there', () => {
    const { wb, run } = openWorkbook('ru_RU', 'setup');
    const row = settingRow(wb, 'dropThreshold');
    wb.asUser((ss) => {
      ss.getRangeByName('AC_DROP_THRESHOLD')!.setValue(0.1);
      ss.removeNamedRange('AC_DROP_THRESHOLD');
    });
    const lastRow = wb.sheetInfo('Настройки').lastRow;
    run('setupWorkbook');
    expect(settingRow(wb, 'dropThreshold')).toBe(row);
    expect(wb.value('Настройки', `B${row}`)).toBe(0.1);
    expect(wb.sheetInfo('Настройки').lastRow).toBe(lastRow);
    expect(lastAlert(wb)).toContain(t.settingsRelinked('«Порог падения»'));
  });

  it('find the row by its label in the other language, or by its position when the label was changed', () => {
    const { wb, run } = openWorkbook('ru_RU', 'setup');
    const overdue = settingRow(wb, 'overdueLimit');
    const share = settingRow(wb, 'insolventShare');
    wb.asUser((ss) => {
      ss.getRangeByName('AC_OVERDUE_LIMIT')!.setValue(60);
      ss.getSheetByName('Настройки')!.getRange(`A${share}`).setValue('Доля для сегмента 3');
      ss.removeNamedRange('AC_OVERDUE_LIMIT');
      ss.removeNamedRange('AC_INSOLVENT_SHARE');
      ss.setSpreadsheetLocale('en_US');
    });
    const lastRow = wb.sheetInfo('Настройки').lastRow;
    run('setupWorkbook');
    expect([settingRow(wb, 'overdueLimit'), settingRow(wb, 'insolventShare')]).toEqual([overdue, share]);
    expect(wb.value('Настройки', `B${overdue}`)).toBe(60);
    expect(wb.sheetInfo('Настройки').lastRow).toBe(lastRow);
  });

  it('find a row under the label an earlier version gave it, wherever the row stands', () => {
    const { wb, run } = openWorkbook('ru_RU', 'setup');
    const drop = settingRow(wb, 'dropThreshold');
    const overdue = settingRow(wb, 'overdueLimit');
    wb.asUser((ss) => {
      const sheet = ss.getSheetByName('Настройки')!;
      sheet.getRange(`A${drop}:B${drop}`).setValues([['Просрочка неплатежеспособности, дней', 60]]);
      sheet.getRange(`A${overdue}:B${overdue}`).setValues([['Порог падения', 0.1]]);
      ss.removeNamedRange('AC_DROP_THRESHOLD');
      ss.removeNamedRange('AC_OVERDUE_LIMIT');
    });
    const lastRow = wb.sheetInfo('Настройки').lastRow;
    run('setupWorkbook');
    expect([settingRow(wb, 'overdueLimit'), settingRow(wb, 'dropThreshold')]).toEqual([drop, overdue]);
    expect(wb.value('Настройки', `B${drop}`)).toBe(60);
    expect(wb.sheetInfo('Настройки').lastRow).toBe(lastRow);
  });

  it('get the market segments’ table and the focus threshold back when they were deleted, never a retired row', () => {
    const { wb, run } = openWorkbook('ru_RU', 'samples');
    const focus = settingRow(wb, 'focusOutsideMax');
    const table = settingsTemplate.marketSegments;
    wb.asUser((ss) => {
      const sheet = ss.getSheetByName('Настройки')!;
      sheet.getRange(`E1:F${table.rows.length + 1}`).clearContent();
      sheet.deleteRow(focus);
      ss.removeNamedRange('AC_FOCUS_OUTSIDE_MAX');
      // An older version's focus threshold where today's first setting stood, which lost its name.
      sheet.getRange('A2').setValue('Минимум скидок целевым сегментам 1–2');
      ss.removeNamedRange('AC_DROP_THRESHOLD');
    });
    run('setupWorkbook');
    expect(wb.values('Настройки', `E1:F3`)).toEqual([
      ['Сегмент рынка', 'Целевой'],
      ['Розничные сети', 'Да'],
      ['Независимая розница', 'Да'],
    ]);
    const added = settingRow(wb, 'focusOutsideMax');
    expect(wb.value('Настройки', `B${added}`)).toBe(0.5);
    expect(settingRow(wb, 'dropThreshold')).not.toBe(2);
    expect(lastAlert(wb)).toContain(t.setting('Сегмент рынка'));
    expect(errorCells(wb)).toEqual([]);
  });

  it('keep a market segments’ table the user cut to its header as it is', () => {
    const { wb, run } = openWorkbook('ru_RU', 'setup');
    wb.asUser((ss) => ss.getSheetByName('Настройки')!.getRange('E2:F20').clearContent());
    run('setupWorkbook');
    expect(wb.values('Настройки', 'E1:F2')).toEqual([
      ['Сегмент рынка', 'Целевой'],
      ['', ''],
    ]);
  });

  it('of the user’s own sheet named «Настройки» stay untouched, and the summary names the formulas that need it', () => {
    const { wb, run } = openWorkbook('ru_RU');
    wb.asUser((ss) =>
      ss
        .insertSheet('Настройки')
        .getRange('A1:B2')
        .setValues([
          ['Мой параметр', 'Значение'],
          ['Скидка', 5],
        ]),
    );
    const own = wb.values('Настройки');
    run('setupWorkbook');
    expect(wb.values('Настройки')).toEqual(own);
    const summary = lastAlert(wb);
    expect(summary).toContain(texts.ru.addon.setup.needsSettings('Настройки', '…').split('…')[0]);
    expect(summary).toContain(`Мониторинг!${letterOf('monitoring', 'segment')}2`);
    expect(errorCells(wb).filter((e) => e.includes('#NAME?'))).toEqual([]);
    wb.asUser((ss) => ss.getSheetByName('Настройки')!.setName('Мои настройки'));
    run('setupWorkbook');
    expect(wb.sheetNames()).toContain('Настройки');
    expect(wb.formulas('Мониторинг', `${letterOf('monitoring', 'segment')}2`)[0][0]).toMatch(/^=SEGMENT\(/);
  });
});

describe('Computed columns', () => {
  it('puts back a deleted computed column and restores the formulas its deletion broke, on every sheet', () => {
    const { wb, run } = openWorkbook('ru_RU', 'samples');
    const at = wb.values('Клиенты', '1:1')[0].indexOf('Последний период') + 1;
    const before = `A1:${letterOf('clients', 'nextContact')}13`;
    const typed = wb.values('Клиенты', before);
    wb.asUser((ss) => ss.getSheetByName('Клиенты')!.deleteColumn(at));
    run('setupWorkbook');
    expect(wb.values('Клиенты', before)).toEqual(typed);
    expect(wb.values('Клиенты', '1:1')[0].filter((h) => h === 'Последний период')).toHaveLength(1);
    expect(errorCells(wb)).toEqual([]);
    const summary = lastAlert(wb);
    expect(summary).toContain('«Последний период»');
    // The column comes back after the last one in use; the formulas its deletion broke are named.
    expect(summary).toMatch(new RegExp(`${t.formulasRestored('').slice(0, 20)}.*![A-Z]+2`));
    expect(summary).not.toContain(t.occupied('').slice(0, 20));
  });

  it('names the typed value that blocks a computed column, and leaves it as typed', () => {
    const { wb, run } = openWorkbook('ru_RU', 'samples');
    const segment = letterOf('clients', 'segment');
    wb.asUser((ss) => ss.getSheetByName('Клиенты')!.getRange(`${segment}20`).setValue('abc'));
    run('setupWorkbook');
    expect(wb.value('Клиенты', `${segment}20`)).toBe('abc');
    expect(lastAlert(wb)).toContain(t.blocked(`Клиенты!${segment}2`, 'Сегмент', `${segment}20 «abc»`));
  });

  it('puts back a deleted FBS column once, and never copies the employee columns', () => {
    const { wb, run } = openWorkbook('ru_RU', 'samples');
    const roles = wb.values('FBS Матрица', 'F1:Q13');
    wb.asUser((ss) => ss.getSheetByName('FBS Матрица')!.deleteColumn(4));
    run('setupWorkbook');
    const header = wb.values('FBS Матрица', '1:1')[0].filter((h) => h !== '');
    expect(header).toHaveLength(17);
    expect(header.filter((h) => h === 'На месте сегодня')).toHaveLength(1);
    expect(wb.values('FBS Матрица', 'E1:P13')).toEqual(roles);
    expect(wb.formulas('FBS Матрица', 'C2')[0][0]).toContain('E2:P');
    expect(wb.formulas('FBS Матрица', 'Q2')[0][0]).toMatch(/^=FBS_COVERAGE\(E2:P;E1:P1;/);
    // Today reads the coverage where it now stands.
    expect(wb.formulas('FBS Матрица', 'D2')[0][0]).toContain('Q2:Q');
    expect(errorCells(wb)).toEqual([]);
    expect(lastAlert(wb)).toContain('«На месте сегодня»');
    expect(lastAlert(wb)).not.toContain(t.occupied('').slice(0, 20));
  });
});

describe('Formulas', () => {
  it('that compare with dropdown words still read the Russian rows after a switch to English', () => {
    const { wb, run } = openWorkbook('ru_RU', 'samples');
    const line = dashboardTemplate.lines.findIndex((l) => l.label.en.includes('without the method’s ✓')) + 3;
    wb.asUser((ss) =>
      ss
        .getSheetByName('Цены')!
        .getRange(`${letterOf('pricing', 'decision')}2`)
        .setValue('Дать'),
    );
    expect(wb.value('Координаты', `B${line}`)).toBe(1);
    const lostRules = wb.conditionalFormats('Ушедшие клиенты').length;
    wb.asUser((ss) => ss.setSpreadsheetLocale('en_US'));
    run('setupWorkbook');
    const damage = letterOf('costs', 'damage');
    expect(wb.values('Затраты', `${damage}2:${damage}4`).every(([d]) => d !== '')).toBe(true);
    expect(wb.value('Координаты', `B${line}`)).toBe(1);
    expect(wb.conditionalFormats('Ушедшие клиенты')).toHaveLength(lostRules);
  });

  it('of a line this version measures otherwise get its new label over the old one, never over the user’s own', () => {
    const { wb, run } = openWorkbook('ru_RU', 'setup');
    const row = (en: string) => dashboardTemplate.lines.findIndex((l) => l.label.en.startsWith(en)) + 3;
    const [share, against] = [row('Price: share of clients granted'), row('Price: granted discount against')];
    wb.asUser((ss) => {
      const sheet = ss.getSheetByName('Координаты')!;
      sheet.getRange(`A${share}`).setValue('Цена: доля клиентов, просивших скидку');
      sheet.getRange(`A${against}`).setValue('Моя подпись');
    });
    run('setupWorkbook');
    expect(wb.value('Координаты', `A${share}`)).toBe('Цена: доля клиентов, получивших скидку');
    expect(wb.value('Координаты', `A${against}`)).toBe('Моя подпись');
    expect(lastAlert(wb)).toContain(
      t.relabelled(
        'Координаты',
        'Цена: доля клиентов, просивших скидку',
        'Цена: доля клиентов, получивших скидку',
      ),
    );
  });

  it('of a dashboard set up before a line was added get their labels back in their new rows, the user’s own kept', () => {
    const { wb, run } = openWorkbook('ru_RU', 'setup');
    const labels = dashboardTemplate.lines.map((l) => l.label.ru);
    const added = dashboardTemplate.lines.findIndex((l) =>
      l.label.en.startsWith('Staff: sales functions owned'),
    );
    const mine = labels.length - 1;
    // The older version had no such line: every label below it sat one row higher.
    wb.asUser((ss) => {
      const sheet = ss.getSheetByName('Координаты')!;
      for (let i = added; i < labels.length; i++)
        sheet
          .getRange(`A${i + 3}`)
          .setValue(i + 1 < mine ? labels[i + 1] : i + 1 === mine ? 'Моя строка' : '');
    });
    run('setupWorkbook');
    const column = wb.values('Координаты', `A3:A${labels.length + 2}`).map(([v]) => v);
    expect(column).toEqual(labels.map((l, i) => (i === mine - 1 ? 'Моя строка' : l)));
    expect(lastAlert(wb)).toContain(t.relabelled('Координаты', labels[added + 1], labels[added]));
  });

  it('leave the daily demand of an item without sales blank, not divided by zero', () => {
    const { wb, run } = openWorkbook('ru_RU', 'setup');
    wb.asUser((ss) =>
      ss
        .getSheetByName('Предложения')!
        .getRange(`${letterOf('offers', 'item')}2`)
        .setValue('Новинка'),
    );
    run('setupWorkbook');
    expect(errorCells(wb, ['Предложения'])).toEqual([]);
    for (const key of ['dailyDemand', 'dailySd'])
      expect(wb.value('Предложения', `${letterOf('offers', key)}2`)).toBe('');
  });

  it('of the focus line measured by crisis segments get the market segments’ label', () => {
    const { wb, run } = openWorkbook('ru_RU', 'setup');
    const line = dashboardTemplate.lines.findIndex((l) => l.label.en.startsWith('Focus')) + 3;
    wb.asUser((ss) =>
      ss
        .getSheetByName('Координаты')!
        .getRange(`A${line}`)
        .setValue('Фокус: доля запросов скидки от сегментов 1–2'),
    );
    run('setupWorkbook');
    expect(wb.value('Координаты', `A${line}`)).toBe(
      'Фокус: доля скидок и предложений вне целевых сегментов рынка',
    );
  });
});

describe('Help', () => {
  it.each([
    ['ru_RU', 'ru'],
    ['en_US', 'en'],
  ] as const)(
    'explains every formula itself, without a README a manager cannot reach (%s)',
    (locale, _lang) => {
      const { wb, run } = openWorkbook(locale);
      run('showHelp');
      const help = lastAlert(wb);
      expect(help).not.toMatch(/README/i);
      for (const name of ['SEGMENT', 'BACKUP_GAP', 'FBS_COVERAGE', 'FBS_KEY_PEOPLE', 'FBS_ABSENCE_GAPS'])
        expect(help).toContain(name);
      for (const name of ['SAFETY_STOCK', 'ORDER_SIZE', 'ABC_CLASS', 'XYZ_CLASS', 'DISCOUNT_BREAKEVEN'])
        expect(help).toContain(name);
      for (const name of ['CLIENT_SIGNALS', 'WINBACK_STATUS']) expect(help).toContain(name);
    },
  );
});

describe('FBS Absences of a version that put the weeks right beside the absences', () => {
  /** The sheet as that version laid it out: no empty column before «Неделя с». */
  function olderAbsences() {
    const opened = openWorkbook('ru_RU', 'samples');
    const weeks = letterOf('fbsAbsences', 'periodStart');
    opened.wb.asUser((ss) => ss.getSheetByName('FBS Отсутствия')!.deleteColumn(weeks.charCodeAt(0) - 65));
    return opened;
  }

  it('gets the empty column inserted, the weeks and their values moved with it, and says so', () => {
    const { wb, run } = olderAbsences();
    // What was typed: the absences in A–D, the weeks in E, and a note of the user's right of the table.
    wb.asUser((ss) => ss.getSheetByName('FBS Отсутствия')!.getRange('I3').setValue('моя заметка'));
    const absences = wb.values('FBS Отсутствия', 'A1:D12');
    const weeks = wb.values('FBS Отсутствия', 'E1:E12');
    const rules = wb.conditionalFormats('FBS Отсутствия').length;
    run('setupWorkbook');
    expect(wb.values('FBS Отсутствия', 'A1:D12')).toEqual(absences);
    expect(
      wb
        .values('FBS Отсутствия', 'E1:E12')
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
    expect(wb.values('FBS Отсутствия', 'F1:F12')).toEqual(weeks);
    expect(wb.value('FBS Отсутствия', 'J3')).toBe('моя заметка');
    expect(wb.values('FBS Отсутствия', 'G1:H1')[0]).toEqual(['Функций без прикрытия', 'Какие функции']);
    expect(wb.formulas('FBS Отсутствия', 'G2')[0][0]).toMatch(/^=FBS_ABSENCE_GAPS\(.*;F2:F;7;/);
    expect(wb.validations('FBS Отсутствия', 'F5')[0][0]?.criteria).toBe('DATE_IS_VALID_DATE');
    // Its colours, checks and protection moved with it: none added beside them.
    expect(wb.conditionalFormats('FBS Отсутствия')).toHaveLength(rules);
    expect(wb.conditionalFormats('FBS Отсутствия').flatMap((r) => r.ranges)).toEqual(
      Array(rules).fill(expect.stringMatching(/^G2:G/)),
    );
    expect(errorCells(wb)).toEqual([]);
    expect(lastAlert(wb)).toBe(t.spaced(t.spacedColumn('FBS Отсутствия', 'Неделя с', 'F')));
    run('setupWorkbook');
    expect(lastAlert(wb)).toBe(t.unchanged);
  });

  it('leaves a sheet whose weeks the user moved away from the absences as it is', () => {
    const { wb, run } = olderAbsences();
    wb.asUser((ss) => ss.getSheetByName('FBS Отсутствия')!.insertColumnsBefore(5, 2));
    const before = wb.values('FBS Отсутствия', 'A1:I12');
    run('setupWorkbook');
    expect(wb.values('FBS Отсутствия', 'A1:I12')).toEqual(before);
    expect(lastAlert(wb)).toBe(t.unchanged);
  });
});
