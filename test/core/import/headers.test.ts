import fc from 'fast-check';
import {
  HEADER_SEARCH_ROWS,
  findHeader,
  guessHeader,
  recognizeHeader,
  recognizeRow,
} from '../../../src/core/import/headers';

const field = (text: string) => recognizeHeader(text)?.field;

describe('recognizeHeader', () => {
  it.each([
    ['Контрагент', 'client'],
    ['Покупатель', 'client'],
    ['Клиент', 'client'],
    ['Client', 'client'],
    ['Customer', 'client'],
    ['Период', 'period'],
    ['Месяц', 'period'],
    ['Дата', 'period'],
    ['Period', 'period'],
    ['Month', 'period'],
    ['Date', 'period'],
    ['Сумма', 'purchases'],
    ['Выручка', 'purchases'],
    ['Отгрузка', 'purchases'],
    ['Сумма отгрузки', 'purchases'],
    ['Amount', 'purchases'],
    ['Sales', 'purchases'],
    ['Revenue', 'purchases'],
    ['Net', 'purchases'],
    ['Дней просрочки', 'overdueDays'],
    ['Просрочка, дней', 'overdueDays'],
    ['Days overdue', 'overdueDays'],
    ['Сумма просрочки', 'overdueAmount'],
    ['Просроченная задолженность', 'overdueAmount'],
    ['Overdue amount', 'overdueAmount'],
    ['Менеджер', 'manager'],
    ['Регион', 'region'],
  ])('knows %j as %s', (text, expected) => {
    expect(field(text)).toBe(expected);
  });

  it('ignores case, punctuation, ё and spaces', () => {
    expect(field('  КОНТРАГЕНТ:  ')).toBe('client');
    expect(field('сумма   ОТГРУЗКИ')).toBe('purchases');
    expect(field('«Дней просрочки»')).toBe('overdueDays');
    expect(field('просрочка-дней')).toBe('overdueDays');
    expect(field('DAYS_OVERDUE')).toBe('overdueDays');
  });

  it('takes a header with a unit, VAT or the span it covers', () => {
    expect(field('Сумма отгрузки, руб.')).toBe('purchases');
    expect(field('Выручка с НДС, тыс. руб.')).toBe('purchases');
    expect(field('Sales, RUB incl. VAT')).toBe('purchases');
    expect(field('Отгрузка за период, ₽')).toBe('purchases');
    expect(field('Сумма просрочки (руб.)')).toBe('overdueAmount');
    expect(field('Контрагент (ИНН)')).toBe('client');
    expect(field('Просрочка (дней)')).toBe('overdueDays');
  });

  it('lets the most specific synonym win', () => {
    expect(recognizeHeader('Сумма просрочки')).toEqual({ field: 'overdueAmount', specificity: 2 });
    expect(recognizeHeader('Сумма')).toEqual({ field: 'purchases', specificity: 1 });
    expect(field('Overdue amount, USD')).toBe('overdueAmount');
    expect(field('Amount')).toBe('purchases');
  });

  it('does not take a synonym among other words', () => {
    for (const text of [
      'Сумма задолженности',
      'Дата документа',
      'Код клиента',
      'Номенклатура',
      'Долг на начало',
      'Просрочено 1–30 дней',
      '',
      'Сумма 2',
    ]) {
      expect({ text, field: field(text) }).toEqual({ text, field: undefined });
    }
  });

  it('takes only text cells', () => {
    expect(recognizeHeader(2026)).toBeUndefined();
    expect(recognizeHeader(new Date())).toBeUndefined();
    expect(recognizeHeader(null)).toBeUndefined();
  });

  it('recognises every synonym of the issue whatever its case, punctuation and unit (property)', () => {
    const cases: Array<[string, string]> = [
      ['Контрагент', 'client'],
      ['Сумма отгрузки', 'purchases'],
      ['Сумма просрочки', 'overdueAmount'],
      ['Просроченная задолженность', 'overdueAmount'],
      ['Дней просрочки', 'overdueDays'],
      ['Days overdue', 'overdueDays'],
      ['Period', 'period'],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        fc.constantFrom('', ':', ',', '.', ' ', '  '),
        fc.constantFrom('', ', руб.', ' (₽)', ', RUB', ' с НДС', ' '),
        ([text, expected], upper, punctuation, unit) => {
          const cased = [...text].map((c, i) => (upper[i % 40] ? c.toUpperCase() : c.toLowerCase())).join('');
          const header = `${cased.replace(' ', ` ${punctuation}`)}${unit}`;
          return recognizeHeader(header)?.field === expected;
        },
      ),
    );
  });
});

describe('recognizeRow', () => {
  it('gives each field its column, the most specific one first, else the leftmost', () => {
    expect(recognizeRow(['№', 'Покупатель', 'Сумма', 'Сумма просрочки', 'Сумма отгрузки', 'Дата'])).toEqual({
      client: 1,
      purchases: 4,
      overdueAmount: 3,
      period: 5,
    });
    expect(recognizeRow(['Клиент', 'Контрагент', 'Выручка'])).toEqual({ client: 0, purchases: 2 });
  });
});

describe('findHeader', () => {
  const title = [
    ['Продажи по контрагентам'],
    ['Период: Ноябрь 2026 г.'],
    [],
    ['Отбор: Организация = ООО «Поставщик»', '', ''],
  ];

  it('passes over the title block to the first row with a client and a shipments column', () => {
    const table = [...title, ['Контрагент', 'Сумма отгрузки, руб.'], ['ТД «Северный»', '1 200']];
    expect(findHeader(table)).toEqual({ index: 4, columns: { client: 0, purchases: 1 } });
  });

  it('looks only at the first 20 rows', () => {
    const padding = Array.from({ length: HEADER_SEARCH_ROWS }, () => ['']);
    expect(findHeader([...padding, ['Клиент', 'Сумма']])).toEqual({ failure: 'noHeader' });
    expect(findHeader([...padding.slice(1), ['Клиент', 'Сумма']])).toMatchObject({ index: 19 });
  });

  it('needs a shipments column, unless the sidebar guesses with any figure', () => {
    const aging = [['Контрагент', 'Просроченная задолженность', 'Дней просрочки']];
    expect(findHeader(aging)).toEqual({ failure: 'noHeader' });
    expect(guessHeader(aging)).toEqual({
      index: 0,
      columns: { client: 0, overdueAmount: 1, overdueDays: 2 },
    });
    expect(guessHeader([['Клиент', 'Регион']])).toBeUndefined();
  });

  it('finds the row holding every mapped header, and recognises the fields left out of the mapping', () => {
    const table = [...title, ['Фирма', 'Отгружено, шт', 'Деньги', 'Регион'], ['А', '1', '2', 'Тула']];
    expect(findHeader(table, { client: 'фирма', purchases: 'ДЕНЬГИ' })).toEqual({
      index: 4,
      columns: { client: 0, purchases: 2, region: 3 },
    });
  });

  it('leaves out a field mapped to nothing, and a recognised column mapped elsewhere', () => {
    const table = [['Клиент', 'Сумма', 'Регион', 'Выручка']];
    expect(findHeader(table, { region: '', purchases: 'Выручка' })).toEqual({
      index: 0,
      columns: { client: 0, purchases: 3 },
    });
    expect(findHeader(table, { client: 'Регион' })).toEqual({
      index: 0,
      columns: { client: 2, purchases: 1 },
    });
  });

  it('names the mapped header it can’t find', () => {
    const table = [['Клиент', 'Сумма'], ['Дата']];
    expect(findHeader(table, { client: 'Фирма', purchases: 'Сумма' })).toEqual({
      failure: 'unknownMapping',
      detail: 'Фирма',
    });
    expect(findHeader(table, { client: 'Клиент', period: 'Дата' })).toEqual({
      failure: 'unknownMapping',
      detail: 'Клиент',
    });
  });
});
