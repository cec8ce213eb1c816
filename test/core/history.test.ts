import fc from 'fast-check';
import { clientLatest, periodChange, previousValue } from '../../src/core/history';
import { normalizeWords } from '../../src/core/words';
import { type Cell, CellProblem, ShapeError } from '../../src/core/vocabulary';
import { cellValue, matrix } from '../support/arbitraries';
import { RU } from '../support/sheets';

const col = (...cells: Cell[]): Cell[][] => cells.map((c) => [c]);
const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);

/** The rows as plain values: a problem as "⚠ code arg value [row]". */
function shown(rows: ReadonlyArray<ReadonlyArray<Cell | CellProblem> | CellProblem>): unknown[] {
  const one = (c: Cell | CellProblem) =>
    c instanceof CellProblem ? `⚠ ${c.code} ${c.arg} ${String(c.value)}${c.row ? ` @${c.row}` : ''}` : c;
  return rows.map((r) => (r instanceof CellProblem ? one(r) : r.map(one)));
}

const latest = (keys: unknown, k: unknown, dates: unknown, values: unknown) =>
  shown(clientLatest(keys, k, dates, values, RU).rows);
const change = (k: unknown, dates: unknown, values: unknown) =>
  shown(periodChange(k, dates, values, RU).rows);
const previous = (k: unknown, dates: unknown, values: unknown) =>
  shown(previousValue(k, dates, values, RU).rows);

describe('clientLatest (=CLIENT_LATEST)', () => {
  const keys = col('Уралснаб', 'ТД «Северный»', 'Дон-Трейд', '', 'Нет такого');
  const recordKeys = col('Уралснаб', 'тд  «северный» ', 'Уралснаб', 'ТД «Северный»', 'Уралснаб', 'Дон-Трейд');
  const dates = col(d(2026, 8, 1), d(2026, 9, 1), d(2026, 10, 1), d(2026, 8, 1), d(2026, 9, 1), '');
  const values: Cell[][] = [
    [100, 'a'],
    [200, 'b'],
    [300, ''],
    [400, 'd'],
    [500, 'e'],
    [600, 'f'],
  ];

  it('gives each key the values of its record with the latest date, N keys by K columns', () => {
    expect(latest(keys, recordKeys, dates, values)).toEqual([
      [300, ''],
      [200, 'b'],
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
  });

  it('matches names ignoring case, surrounding and repeated spaces, and ё/е', () => {
    expect(
      latest(
        col('  ООО  «Алёна»'),
        col('ооо «алена»', 'OOO «Алена»'),
        col('2026-09-01', '2026-10-01'),
        col(1, 2),
      ),
    ).toEqual([[1]]);
  });

  it('lets the lower row, entered later, win between equal latest dates', () => {
    expect(
      latest('А', col('А', 'А', 'А'), col('01.10.2026', '01.10.2026', '01.09.2026'), col(1, 2, 3)),
    ).toEqual([[2]]);
    // The same day given as a date cell and as text.
    expect(latest('А', col('А', 'А'), col('2026-10-01', d(2026, 10, 1)), col(1, 2))).toEqual([[2]]);
  });

  it('skips records without a date, and keeps a blank cell of the chosen record blank', () => {
    expect(
      latest('А', col('А', 'А'), col('01.09.2026', ''), [
        ['', 5],
        [7, 8],
      ]),
    ).toEqual([['', 5]]);
    expect(latest('А', col('А'), col(d(2026, 9, 1)), [[null]])).toEqual([['']]);
  });

  it('gives a key whose record has a date it can’t read a ⚠ quoting it, in the first cell', () => {
    const out = clientLatest(
      col('А', 'Б'),
      col('Б', 'А', 'А'),
      col('01.09.2026', '31.02.2026', 'вчера'),
      [
        [1, 'x'],
        [2, 'y'],
        [3, 'z'],
      ],
      RU,
    );
    expect(shown(out.rows)).toEqual(['⚠ notDate record_dates 31.02.2026 @2', [1, 'x']]);
    expect(out.width).toBe(2);
  });

  it('reads dates as Sheets passes them, or dd.mm.yyyy / yyyy-mm-dd text, and refuses numbers', () => {
    expect(
      latest('А', col('А', 'А', 'А'), col(d(2026, 9, 1), '15.09.2026', '2026-09-10'), col(1, 2, 3)),
    ).toEqual([[2]]);
    expect(latest('А', col('А'), col(46000), col(1))).toEqual(['⚠ notDate record_dates 46000 @1']);
  });

  it('with skip_blank, passes over records whose values are all blank: the latest value there is', () => {
    const k = col('Дон-Трейд', 'Дон-Трейд', 'Уралснаб');
    const dates = col('01.10.2026', '01.11.2026', '01.11.2026');
    const segments = col('2 — Падение зафиксировано', '', '');
    expect(shown(clientLatest(col('Дон-Трейд', 'Уралснаб'), k, dates, segments, RU, true).rows)).toEqual([
      ['2 — Падение зафиксировано'],
      [''],
    ]);
    expect(latest('Дон-Трейд', k, dates, segments)).toEqual([['']]);
    expect(shown(clientLatest('Дон-Трейд', k, dates, segments, RU, 'нет').rows)).toEqual([['']]);
    // A record with any value is not blank: the value and its blank neighbour come back together.
    const two: Cell[][] = [
      ['2', 'причина'],
      ['', 'импорт'],
      ['', ''],
    ];
    expect(shown(clientLatest('Дон-Трейд', k, dates, two, RU, 'ИСТИНА').rows)).toEqual([['', 'импорт']]);
  });

  it('names a skip_blank that is no yes or no on every row', () => {
    const out = clientLatest(col('А', 'Б'), col('А'), col('01.10.2026'), col(1), RU, 'может быть');
    expect(out.width).toBe(1);
    expect(shown(out.rows)).toEqual([
      '⚠ notBoolean skip_blank может быть',
      '⚠ notBoolean skip_blank может быть',
    ]);
  });

  it('takes a single key, and single-record ranges', () => {
    expect(latest('А', 'А', '01.09.2026', 5)).toEqual([[5]]);
  });

  it('throws when the ranges of records differ in height, or a one-column argument has several', () => {
    expect(() => clientLatest('А', col('А', 'Б'), col('01.09.2026'), col(1, 2), RU)).toThrow(ShapeError);
    expect(() => clientLatest('А', col('А'), col('01.09.2026'), col(1, 2), RU)).toThrow(
      expect.objectContaining({ kind: 'height', arg: 'record_values', otherArg: 'record_keys' }),
    );
    expect(() => clientLatest([['А', 'Б']], col('А'), col('01.09.2026'), col(1), RU)).toThrow(
      expect.objectContaining({ kind: 'width', arg: 'keys' }),
    );
  });
});

describe('periodChange (=PERIOD_CHANGE)', () => {
  it('gives value ÷ previous − 1 against the same key’s latest earlier record, per column', () => {
    expect(
      change(
        col('А', 'Б', 'а ', 'А', 'Б'),
        col('01.08.2026', '01.08.2026', '01.09.2026', '01.10.2026', '01.10.2026'),
        [
          [100, 10],
          [50, ''],
          [110, 5],
          [99, 10],
          [25, 1],
        ],
      ),
    ).toEqual([
      ['', ''],
      ['', ''],
      [0.1, -0.5],
      [-0.1, 1],
      [-0.5, ''],
    ]);
  });

  it('finds the previous period whatever the order of the rows; equal dates share it, the lower row of a date counts', () => {
    expect(
      change(
        col('А', 'А', 'А', 'А'),
        col('01.10.2026', '01.09.2026', '01.09.2026', '01.10.2026'),
        col(120, 50, 100, 80),
      ),
    ).toEqual([[0.2], [''], [''], [-0.2]]);
  });

  it('is blank without a previous value, with a previous of 0 or less, or without a key or a date', () => {
    expect(change(col('А', 'А'), col('01.09.2026', '01.10.2026'), col(0, 5))).toEqual([[''], ['']]);
    expect(change(col('А', 'А'), col('01.09.2026', '01.10.2026'), col(-5, 5))).toEqual([[''], ['']]);
    expect(change(col('А', 'А'), col('01.09.2026', '01.10.2026'), col('', 5))).toEqual([[''], ['']]);
    expect(change(col('А', 'А'), col('01.09.2026', '01.10.2026'), col(5, ''))).toEqual([[''], ['']]);
    expect(change(col('', 'А'), col('01.09.2026', '01.10.2026'), col(5, 6))).toEqual([[''], ['']]);
    expect(change(col('А', 'А'), col('', '01.10.2026'), col(5, 6))).toEqual([[''], ['']]);
  });

  it('reads numbers typed as text in the spreadsheet’s locale, and quotes a value that is none', () => {
    expect(
      change(
        col('А', 'А', 'А'),
        col('01.08.2026', '01.09.2026', '01.10.2026'),
        col('1 000', '1 250,5', 'много'),
      ),
    ).toEqual([[''], [0.2505], ['⚠ notNumber values много']]);
  });

  it('gives a record whose date can’t be read a ⚠ in its first cell, and leaves it out of the others’ history', () => {
    expect(
      change(col('А', 'А', 'А'), col('01.08.2026', 'потом', '01.10.2026'), [
        [100, 1],
        [500, 1],
        [150, 1],
      ]),
    ).toEqual([['', ''], '⚠ notDate record_dates потом', [0.5, 0]]);
  });

  it('keeps the 15 significant digits Sheets shows', () => {
    expect(change(col('А', 'А'), col('01.09.2026', '01.10.2026'), col(100, 110))).toEqual([[''], [0.1]]);
  });

  it('throws when the ranges differ in height', () => {
    expect(() => periodChange(col('А', 'А'), col('01.09.2026', '01.10.2026'), col(1), RU)).toThrow(
      expect.objectContaining({ kind: 'height', arg: 'values' }),
    );
  });
});

describe('previousValue (=PREVIOUS_VALUE)', () => {
  it('gives the same key’s previous record, blanks without one', () => {
    expect(
      previous(
        col('А', 'Б', 'А', 'А'),
        col('01.08.2026', '01.08.2026', '01.09.2026', '01.09.2026'),
        col('1 — x', 7, true, ''),
      ),
    ).toEqual([[''], [''], ['1 — x'], ['1 — x']]);
  });
});

/** The rules said plainly, record by record: what the linear versions must agree with. */
function naiveLatest(keys: Cell[][], k: Cell[][], dates: Cell[][], values: Cell[][]) {
  const day = (c: Cell) => (c instanceof Date ? c.getTime() : undefined);
  return keys.map(([key]) => {
    const name = typeof key === 'string' ? normalizeWords(key) : '';
    let best = -1;
    if (name !== '')
      k.forEach(([rk], i) => {
        if (typeof rk !== 'string' || normalizeWords(rk) !== name || day(dates[i][0]) === undefined) return;
        if (best < 0 || day(dates[i][0])! >= day(dates[best][0])!) best = i;
      });
    return best < 0 ? values[0].map(() => '') : values[best].map((v) => v ?? '');
  });
}

/** The row of each record's previous record, said plainly: the latest earlier day, the lower row of a day. */
function naivePrevious(k: Cell[][], dates: Cell[][]): number[] {
  const day = (c: Cell) => (c instanceof Date ? c.getTime() : undefined);
  const name = (c: Cell) => (typeof c === 'string' ? normalizeWords(c) : '');
  return k.map(([key], i) => {
    const own = day(dates[i][0]);
    let best = -1;
    if (name(key) === '' || own === undefined) return best;
    k.forEach(([other], j) => {
      const d = day(dates[j][0]);
      if (name(other) !== name(key) || d === undefined || d >= own) return;
      if (best < 0 || d >= day(dates[best][0])!) best = j;
    });
    return best;
  });
}

const names = fc.constantFrom('Альфа', 'альфа ', 'Бета', 'Ёлка', 'елка', '');
const days = fc.option(
  fc.integer({ min: 0, max: 5 }).map((m) => new Date(2026, m, 1)),
  { nil: '' as const },
);

describe('history functions on any input', () => {
  it('agree with the rules said plainly, record by record', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(names, days, fc.integer({ min: -5, max: 50 })), { minLength: 1, maxLength: 40 }),
        fc.array(names, { minLength: 1, maxLength: 6 }),
        (records, wanted) => {
          const k = records.map(([n]) => [n as Cell]);
          const dates = records.map(([, day]) => [day as Cell]);
          const values = records.map(([, , v]) => [v as Cell]);
          const keys = wanted.map((n) => [n as Cell]);
          const got = clientLatest(keys, k, dates, values, RU).rows;
          expect(got).toEqual(naiveLatest(keys, k, dates, values));
        },
      ),
    );
  });

  it('find each record’s previous one as said plainly, rows in order of period or in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(names, days, fc.integer({ min: -5, max: 50 })), { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        (records, inOrder) => {
          // In order of period, as a sheet is typed, each client's records come in order of day.
          const day = (c: Cell) => (c instanceof Date ? c.getTime() : -1);
          const rows = inOrder ? [...records].sort((a, b) => day(a[1]) - day(b[1])) : records;
          const k = rows.map(([n]) => [n as Cell]);
          const dates = rows.map(([, d]) => [d as Cell]);
          const values = rows.map(([, , v]) => [v as Cell]);
          const rowNumbers = rows.map((_, i) => [i as Cell]);
          const expected = naivePrevious(k, dates);
          expect(previousValue(k, dates, rowNumbers, RU).rows).toEqual(expected.map((j) => [j < 0 ? '' : j]));
          const changes = periodChange(k, dates, values, RU).rows;
          expected.forEach((j, i) => {
            const [v, base] = [values[i][0] as number, j < 0 ? NaN : (values[j][0] as number)];
            if (base > 0) expect((changes[i] as Cell[])[0]).toBeCloseTo(v / base - 1, 12);
            else expect(changes[i]).toEqual(['']);
          });
        },
      ),
    );
  });

  it('with skip_blank, are the latest of the records that have a value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(names, days, fc.constantFrom<Cell>('', null, 0, 'x', 7)), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.array(names, { minLength: 1, maxLength: 6 }),
        (records, wanted) => {
          const keys = wanted.map((n) => [n as Cell]);
          const kept = records.filter(([, , v]) => v !== '' && v !== null);
          const column = (rows: typeof records, i: 0 | 1 | 2) => rows.map((r) => [r[i] as Cell]);
          const skipping = clientLatest(
            keys,
            column(records, 0),
            column(records, 1),
            column(records, 2),
            RU,
            true,
          );
          const over = (rows: typeof records) =>
            rows.length === 0
              ? keys.map(() => [''])
              : clientLatest(keys, column(rows, 0), column(rows, 1), column(rows, 2), RU).rows;
          expect(skipping.rows).toEqual(over(kept));
        },
      ),
    );
  });

  it('never crash, nor give NaN, undefined or an object that is not a date for any mix of cells', () => {
    const wellFormed = (c: unknown) =>
      c instanceof CellProblem ||
      c instanceof Date ||
      typeof c === 'string' ||
      typeof c === 'boolean' ||
      (typeof c === 'number' && Number.isFinite(c));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 8 })
          .chain((h) =>
            fc.tuple(
              matrix(h, 1),
              matrix(h, 1),
              matrix(h, 2),
              fc.array(cellValue, { minLength: 1, maxLength: 4 }),
            ),
          ),
        ([k, dates, values, keys]) => {
          for (const result of [
            clientLatest(
              keys.map((c) => [c]),
              k,
              dates,
              values,
              RU,
            ),
            periodChange(k, dates, values, RU),
            previousValue(k, dates, values, RU),
          ]) {
            for (const row of result.rows) {
              if (row instanceof CellProblem) continue;
              expect(row).toHaveLength(result.width);
              for (const c of row) expect(wellFormed(c)).toBe(true);
            }
          }
        },
      ),
    );
  });

  it('take a year of 10,000 clients (120,000 records) in one call; npm run bench times it', () => {
    const clients = Array.from({ length: 10_000 }, (_, i) => `Клиент ${i}`);
    const periods = Array.from({ length: 12 }, (_, m) => new Date(2026, m, 1));
    const k: Cell[][] = [];
    const dates: Cell[][] = [];
    const values: Cell[][] = [];
    periods.forEach((p, m) =>
      clients.forEach((c, i) => {
        k.push([c]);
        dates.push([p]);
        values.push([1000 + ((i * 7 + m * 13) % 500)]);
      }),
    );
    const out = clientLatest(
      clients.map((c) => [c]),
      k,
      dates,
      values,
      RU,
    );
    expect(periodChange(k, dates, values, RU).rows).toHaveLength(120_000);
    expect(out.rows[0]).toEqual([values[11 * 10_000][0]]);
  });
});
