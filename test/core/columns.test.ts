import { CellProblem } from '../../src/core/cells';
import { mapRows, ShapeError, toGrid } from '../../src/core/columns';

describe('toGrid', () => {
  it('wraps a single value and keeps a range', () => {
    expect(toGrid(5)).toEqual([[5]]);
    expect(toGrid(undefined)).toEqual([[undefined]]);
    expect(toGrid([[1], [2]])).toEqual([[1], [2]]);
  });
});

describe('mapRows', () => {
  const spec = { a: 'cell', b: 'row' } as const;

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
    );
    expect(out).toEqual(['10:xy', '10:z']);
  });

  it('keeps a problem on its own row and lets the others compute', () => {
    const out = mapRows(spec, { a: [[1], [2], [3]], b: [['']] }, (r) => {
      if (r.a === 2) throw new CellProblem('notNumber', 'a', 2);
      return r.a;
    });
    expect(out[0]).toBe(1);
    expect(out[1]).toBeInstanceOf(CellProblem);
    expect(out[2]).toBe(3);
  });

  it('lets a real bug escape instead of hiding it in a row', () => {
    expect(() =>
      mapRows(spec, { a: 1, b: [['']] }, () => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });

  it('refuses a cell argument given several columns, and ranges of unequal height', () => {
    expect(() => mapRows(spec, { a: [[1, 2]], b: [['']] }, (r) => r.a)).toThrow(ShapeError);
    expect(() => mapRows(spec, { a: [[1], [2]], b: [[''], [''], ['']] }, (r) => r.a)).toThrow(
      expect.objectContaining({ kind: 'height', arg: 'a', count: 2, otherArg: 'b', otherCount: 3 }),
    );
  });
});
