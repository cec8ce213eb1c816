/** The colours of a segment wherever a sheet shows one, and of its change between two periods. */
import { fx } from '../src/core/formula';
import type { ColourRule } from './types';

/** Red 3, yellow 2, green 1, and a ⚠ text in red. */
export function segmentColours(column: string): ColourRule[] {
  const digit = (cell: (key: string) => string) => fx('LEFT', cell(column), 1);
  return [
    { column, formula: (_c, cell) => `${digit(cell)}="3"`, background: '#f4c7c3' },
    { column, formula: (_c, cell) => `${digit(cell)}="2"`, background: '#fce8b2' },
    { column, formula: (_c, cell) => `${digit(cell)}="1"`, background: '#b7e1cd' },
    { column, formula: (_c, cell) => `${digit(cell)}="⚠"`, background: '#ffffff', fontColor: '#c5221f' },
  ];
}

/** "1 → 2": red when the segment got worse (a higher digit), green when it got better. */
export function segmentChangeColours(column: string): ColourRule[] {
  const from = (cell: (key: string) => string) => fx('LEFT', cell(column), 1);
  const to = (cell: (key: string) => string) => fx('RIGHT', cell(column), 1);
  return [
    { column, formula: (_c, cell) => `${to(cell)}>${from(cell)}`, background: '#f4c7c3' },
    { column, formula: (_c, cell) => `${to(cell)}<${from(cell)}`, background: '#b7e1cd' },
  ];
}
