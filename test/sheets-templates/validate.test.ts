import { TEMPLATES } from '../../sheets-templates';
import { clients } from '../../sheets-templates/clients';
import type { TableTemplate } from '../../sheets-templates/types';
import { formulaProblems, validateTemplates } from '../../sheets-templates/validate';

describe('the templates', () => {
  it('hold the sheets named exactly as the issues fix them: the absence planner, the agenda and the client card', () => {
    expect(TEMPLATES.map((t) => `${t.name.ru} / ${t.name.en}`).sort()).toEqual(
      [
        'Клиенты / Clients',
        'Мониторинг / Monitoring',
        'Предложения / Offers',
        'Ушедшие клиенты / Lost clients',
        'Цены / Pricing',
        'Затраты / Cost cuts',
        'FBS Функции / FBS Functions',
        'FBS Уровни / FBS Levels',
        'FBS Матрица / FBS Matrix',
        'FBS План / FBS Plan',
        'FBS Отсутствия / FBS Absences',
        'Координаты / Dashboard',
        'Настройки / Settings',
        'План контактов / Agenda',
        'Карточка клиента / Client card',
      ].sort(),
    );
  });

  it('pass validation', () => {
    expect(validateTemplates(TEMPLATES)).toEqual([]);
  });

  it('catch a broken template', () => {
    const broken: TableTemplate = {
      ...clients,
      columns: [
        ...clients.columns,
        {
          key: 'name',
          header: { ru: '', en: 'X' },
          note: { ru: 'x', en: 'x' },
          type: 'text',
          formula: () => 'A1*0.5',
        },
      ],
      samples: [{ nope: 1 }],
    };
    const errors = validateTemplates([broken]);
    expect(errors).toEqual(
      expect.arrayContaining([
        'clients.name: duplicate key',
        'clients.name: empty ru header',
        'clients.name: a formula belongs to computed columns only',
        'clients: sample uses unknown column nope',
      ]),
    );
  });
});

describe('formulaProblems', () => {
  it('flags what a locale or the local engine would misread, but not text inside quotes', () => {
    expect(formulaProblems('IF(A2>0.5;1;0)')).toEqual([
      'decimal literal (locale-dependent): put it in Settings',
    ]);
    expect(formulaProblems('SUM({1;2})')).toEqual(['array literal']);
    expect(formulaProblems('IF(A2,1,0)')).toEqual(['"," separator: build formulas with fx()']);
    expect(formulaProblems('IF(A2="1,5 {x}";1;0)')).toEqual([]);
    expect(formulaProblems('QUERY(A:B;"select A")')).toEqual(['a function the local workbook cannot check']);
  });
});
