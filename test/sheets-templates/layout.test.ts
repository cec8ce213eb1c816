import { clients } from '../../sheets-templates/clients';
import { fbsAbsences, fbsMatrix, fbsPlan } from '../../sheets-templates/fbs';
import { pricing } from '../../sheets-templates/pricing';
import {
  columnLetter,
  expandColumns,
  findLayout,
  formulaContext,
  looksLikeTemplate,
  quoteSheetName,
  spacersWanted,
  withSpacers,
} from '../../sheets-templates/layout';

describe('columnLetter', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
  ])('%i → %s', (n, letter) => expect(columnLetter(n)).toBe(letter));
});

describe('expandColumns', () => {
  it('numbers repeated columns after the fixed ones', () => {
    const placed = expandColumns(fbsMatrix);
    expect(placed.slice(0, 6).map((p) => p.key)).toEqual([
      'function',
      'level',
      'gap',
      'coverage',
      'today',
      'employee1',
    ]);
    expect(placed[5].header.ru).toBe('Сотрудник 1');
    expect(placed.filter((p) => p.repeated)).toHaveLength(12);
  });
});

describe('findLayout', () => {
  const headers = (lang: 'ru' | 'en') => expandColumns(clients).map((p) => p.header[lang]);

  it('gives the template order for a sheet the add-on created, in either language', () => {
    for (const lang of ['ru', 'en'] as const) {
      const layout = findLayout(clients, headers(lang));
      expect(layout.missing).toEqual([]);
      expect(layout.columns.get('name')).toBe(1);
      expect(layout.columns.get('segment')).toBe(18);
    }
  });

  it('finds moved columns and appends missing ones after the last used column', () => {
    const typed = headers('ru').filter((_, i) => clients.columns[i].type !== 'computed');
    const inputs = typed.length;
    const moved = [typed[1], typed[0], ...typed.slice(2), 'Мой столбец'];
    const layout = findLayout(clients, moved);
    expect(layout.columns.get('region')).toBe(1);
    expect(layout.columns.get('name')).toBe(2);
    const computed = clients.columns.filter((c) => c.type === 'computed').map((c) => c.key);
    expect(layout.missing.map((m) => m.key)).toEqual(computed);
    // After the inputs and «Мой столбец»: the computed columns, in the template's order.
    expect(layout.columns.get('segment')).toBe(inputs + 2 + computed.indexOf('segment'));
    expect(layout.columns.get('safeCap')).toBe(inputs + 2 + computed.indexOf('safeCap'));
  });

  it('places employee columns after the column before them, whatever their headers say', () => {
    const row = [
      'Функция',
      'Уровень',
      'Не хватает бэкаперов',
      'На месте сегодня',
      'Логист',
      'Менеджер отдела',
    ];
    const layout = findLayout(fbsMatrix, row);
    expect(layout.columns.get('employee1')).toBe(5);
    expect(layout.columns.get('employee12')).toBe(16);
    // A matrix of an older version has no "Today": it comes after the employees, never between them.
    expect(layout.missing.map((p) => p.key)).toEqual(['today']);
    expect(layout.columns.get('today')).toBe(17);
    const current = findLayout(fbsMatrix, [...row.slice(0, 4), 'Сегодня', ...row.slice(4)]);
    expect(current.columns.get('employee1')).toBe(6);
    expect(current.missing).toEqual([]);
  });

  it('finds a column under the header an earlier version gave it', () => {
    const row = expandColumns(fbsPlan).map((p) => p.header.ru);
    const at = row.indexOf('Кто подменяет');
    row[at] = 'Кто делает back up';
    const layout = findLayout(fbsPlan, row);
    expect(layout.columns.get('backedUpBy')).toBe(at + 1);
    expect(layout.renamed.map((p) => p.key)).toEqual(['backedUpBy']);
    expect(layout.missing).toEqual([]);
  });
});

describe('findLayout with an older header', () => {
  const headers = (lang: 'ru' | 'en') => expandColumns(pricing).map((p) => p.header[lang]);
  const verdictAt = headers('ru').indexOf('Вывод по методу');

  it('finds Pricing’s verdict under the title «Решение» it had, to be renamed in place', () => {
    const old = headers('ru').map((h, i) => (i === verdictAt ? 'Решение' : h));
    const layout = findLayout(pricing, old);
    expect(layout.columns.get('verdict')).toBe(verdictAt + 1);
    expect(layout.renamed.map((p) => p.key)).toEqual(['verdict']);
    expect(layout.missing).toEqual([]);
  });

  it('renames nothing in a sheet of this version, in either language', () => {
    for (const lang of ['ru', 'en'] as const) {
      const layout = findLayout(pricing, headers(lang));
      expect(layout.renamed).toEqual([]);
      expect(layout.columns.get('verdict')).toBe(verdictAt + 1);
    }
  });

  it('never takes a column of today for an older header: the current one wins, the other is the user’s', () => {
    const layout = findLayout(pricing, [...headers('ru'), 'Решение']);
    expect(layout.columns.get('verdict')).toBe(verdictAt + 1);
    expect(layout.renamed).toEqual([]);
  });
});

describe('a table of its own beside the first (FBS Absences’ weeks)', () => {
  const older = [
    'Кто отсутствует',
    'С',
    'По',
    'Причина',
    'Неделя с',
    'Функций без прикрытия',
    'Какие функции',
  ];
  const at = (layout: ReturnType<typeof findLayout>) =>
    ['periodStart', 'uncoveredFunctions'].map((k) => layout.columns.get(k));

  it('comes after an empty column, in the template and in a new sheet', () => {
    expect(expandColumns(fbsAbsences).map((p) => p.index)).toEqual([1, 2, 3, 4, 6, 7, 8]);
    expect(at(findLayout(fbsAbsences, []))).toEqual([6, 8]);
  });

  it('asks for that column in a sheet of an older version, and finds its columns past it', () => {
    expect(spacersWanted(fbsAbsences, older)).toEqual([5]);
    const spaced = withSpacers(older, [5], '');
    expect(spaced.slice(3, 6)).toEqual(['Причина', '', 'Неделя с']);
    const layout = findLayout(fbsAbsences, spaced);
    expect(at(layout)).toEqual([6, 8]);
    expect(layout.missing).toEqual([]);
  });

  it('asks for nothing where a blank column already stands before it, or where it is the first', () => {
    expect(
      spacersWanted(
        fbsAbsences,
        expandColumns(fbsAbsences).flatMap((p, i) => (i === 4 ? ['', p.header.en] : [p.header.en])),
      ),
    ).toEqual([]);
    expect(spacersWanted(fbsAbsences, older.slice(4))).toEqual([]);
    expect(spacersWanted(fbsAbsences, older.slice(0, 4))).toEqual([]);
  });

  it('keeps the empty column when its columns are missing and added after the last one used', () => {
    const layout = findLayout(fbsAbsences, [...older.slice(0, 4), 'Мой столбец']);
    expect(at(layout)).toEqual([7, 9]);
  });
});

describe('looksLikeTemplate', () => {
  it('accepts the template header in both languages, ignoring case and spaces', () => {
    expect(
      looksLikeTemplate(
        clients,
        expandColumns(clients).map((p) => ` ${p.header.en.toUpperCase()} `),
      ),
    ).toBe(true);
  });

  it('rejects a foreign sheet that only shares the name of the first column', () => {
    expect(looksLikeTemplate(clients, ['Клиент', 'Телефон', 'Адрес'])).toBe(false);
    expect(looksLikeTemplate(clients, ['Бюджет', 'Сумма'])).toBe(false);
  });
});

describe('formulaContext', () => {
  const ctx = formulaContext(
    {
      lang: 'ru',
      names: { clients: 'Клиенты', fbsMatrix: 'FBS Матрица' } as never,
      tables: { clients: new Map([['segment', 11]]), fbsMatrix: new Map([['employee1', 4]]) },
      settingName: (k) => `AC_${k}`,
      marketSegmentsColumn: () => 5,
    },
    'clients',
  );

  it('gives open-ended ranges, prefixed by the quoted sheet name only on other sheets', () => {
    expect(ctx.range('clients', 'segment')).toBe('K2:K');
    expect(ctx.range('clients', 'segment', 'dashboard')).toBe("'Клиенты'!K2:K");
    expect(ctx.span('fbsMatrix', 'employee1', 12)).toBe("'FBS Матрица'!D2:O");
    expect(ctx.setting('asOf')).toBe('AC_asOf');
  });

  it('fails loudly on a column the workbook does not have', () => {
    expect(() => ctx.range('clients', 'nope')).toThrow('no column clients.nope');
  });

  it('quotes apostrophes in sheet names', () => {
    expect(quoteSheetName("O'Neil")).toBe("'O''Neil'");
  });
});
