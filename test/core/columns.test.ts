import { mapColumn, mapRows, toGrid } from '../../src/core/columns';
import { CellProblem, ShapeError } from '../../src/core/vocabulary';
import { runWholeColumn } from '../../src/addon/functions/column';
import { RU, sheetIn } from '../support/sheets';

describe('toGrid', () => {
  it('wraps a single value and keeps a range', () => {
    expect(toGrid(5)).toEqual([[5]]);
    expect(toGrid(undefined)).toEqual([[undefined]]);
    expect(toGrid([[1], [2]])).toEqual([[1], [2]]);
  });
});

describe('mapRows', () => {
  const spec = { a: 'cell', b: 'row' } as const;

  it('reads a column given as bare values, or with empty rows, as its cells', () => {
    expect(mapRows({ a: 'cell' } as const, { a: [1, [2], []] }, (r) => r.a, RU)).toEqual([1, 2, undefined]);
  });

  it('broadcasts single values to every row of the tallest range', () => {
    const out = mapRows(
      spec,
      {
        a: 10,
        b: [
          ['x', 'y'],
          ['z', ''],
        ],
      },
      (r) => `${r.a}:${r.b.join('')}`,
      RU,
    );
    expect(out).toEqual(['10:xy', '10:z']);
  });

  it('keeps a problem on its own row and lets the others compute', () => {
    const out = mapRows(
      spec,
      { a: [[1], [2], [3]], b: [[''], [''], ['']] },
      (r) => {
        if (r.a === 2) throw new CellProblem('notNumber', 'a', 2);
        return r.a;
      },
      RU,
    );
    expect(out[0]).toBe(1);
    expect(out[1]).toBeInstanceOf(CellProblem);
    expect(out[2]).toBe(3);
  });

  it('lets a real bug escape instead of hiding it in a row', () => {
    expect(() =>
      mapRows(
        spec,
        { a: 1, b: [['']] },
        () => {
          throw new TypeError('bug');
        },
        RU,
      ),
    ).toThrow(TypeError);
  });

  it('repeats a single cell on every row, never a one-row range of a per-row argument', () => {
    expect(mapRows(spec, { a: 7, b: [['x'], ['y']] }, (r) => `${r.a}${r.b[0]}`, RU)).toEqual(['7x', '7y']);
    // One row of roles beside three levels is a range typed wrong, not a row to copy.
    expect(() => mapRows(spec, { a: [[1], [2], [3]], b: [['x', 'y']] }, (r) => r.a, RU)).toThrow(
      expect.objectContaining({ kind: 'height', arg: 'b', count: 1, otherCount: 3 }),
    );
  });

  it('refuses a cell argument given several columns, and ranges of unequal height', () => {
    expect(() => mapRows(spec, { a: [[1, 2]], b: [['']] }, (r) => r.a, RU)).toThrow(ShapeError);
    // A wide row anywhere in the column, before any height is compared.
    expect(() => mapRows(spec, { a: [[1], [2, 3]], b: [['']] }, (r) => r.a, RU)).toThrow(
      expect.objectContaining({ kind: 'width', arg: 'a', count: 2 }),
    );
    expect(() => mapRows(spec, { a: [[1], [2]], b: [[''], [''], ['']] }, (r) => r.a, RU)).toThrow(
      expect.objectContaining({ kind: 'height', arg: 'a', count: 2, otherArg: 'b', otherCount: 3 }),
    );
  });
});

describe('mapColumn and runWholeColumn (rules that need the whole column)', () => {
  const spec = { v: 'cell' } as const;
  const read = (r: { v: unknown }) => {
    if (r.v === 'bad') throw new CellProblem('notNumber', 'v', 'bad');
    return r.v === '' ? undefined : Number(r.v);
  };
  /** Each value's share of the column total: needs every row before any result. */
  const shares = (values: readonly (number | undefined)[]) => {
    const total = values.reduce<number>((s, v) => s + (v ?? 0), 0);
    return values.map((v) => (v === undefined ? undefined : v / total));
  };

  it('combines only the rows that read well, in order, and keeps each problem on its own row', () => {
    const seen: unknown[] = [];
    const out = mapColumn(
      spec,
      { v: [[1], ['bad'], [''], [3]] },
      {
        read,
        combine: (values) => {
          seen.push(...values);
          return shares(values);
        },
      },
      RU,
    );
    expect(seen).toEqual([1, undefined, 3]);
    expect(out[0]).toBe(0.25);
    expect(out[1]).toBeInstanceOf(CellProblem);
    expect(out[2]).toBeUndefined();
    expect(out[3]).toBe(0.75);
  });

  it('presents results, blanks and ⚠ texts like runColumn, in the sheet language', () => {
    const out = runWholeColumn(
      sheetIn('ru'),
      'SHARE',
      spec,
      { v: [[1], ['bad'], [''], [3]] },
      { read, combine: shares },
      (s) => String(s),
    );
    expect(out).toEqual([['0.25'], ['⚠ v: «bad» — не число'], [''], ['0.75']]);
  });

  it('fails the whole call on a range of several columns, as a per-row rule does', () => {
    expect(() =>
      runWholeColumn(sheetIn('en'), 'SHARE', spec, { v: [[1, 2]] }, { read, combine: shares }, (s) =>
        String(s),
      ),
    ).toThrow('SHARE: v must be one column');
  });
});
