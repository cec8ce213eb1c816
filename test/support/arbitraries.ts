/** fast-check generators for what Sheets can pass in a cell or a range. */
import fc from 'fast-check';
import { type Cell } from '../../src/core/vocabulary';

export const cellValue: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(''),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.string(),
  fc.constantFrom(
    '-12%',
    '0,1',
    '-12,5 %',
    'TRUE',
    'ИСТИНА',
    'Владелец',
    '1 Бэкапер',
    'Backup 2',
    '=1+1',
    'Высший (1)',
  ),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
);

/** A column of `height` cells as Sheets passes a range. */
export const column = (height: number): fc.Arbitrary<Cell[][]> =>
  fc.array(cellValue, { minLength: height, maxLength: height }).map((cells) => cells.map((c) => [c]));

export const matrix = (height: number, width: number): fc.Arbitrary<Cell[][]> =>
  fc.array(fc.array(cellValue, { minLength: width, maxLength: width }), {
    minLength: height,
    maxLength: height,
  });

/** A result cell is fine when it is a number, '' or a text; never NaN, undefined or an object. */
export function isWellFormedResult(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string';
}
