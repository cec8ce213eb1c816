/**
 * The deck's FBS matrix (method: Full Backing System) as tests use it, read from the FBS Matrix template's
 * sample rows so the deck's data lives in one place. Russian texts, as the deck has them.
 */
import { DECK_EMPLOYEES as EMPLOYEES, fbsMatrix } from '../../sheets-templates/fbs';
import type { SampleValue } from '../../sheets-templates/types';

export const ru = (v: SampleValue | undefined): string | number =>
  v === undefined ? '' : typeof v === 'object' && 'ru' in v ? v.ru : (v as string | number);

/** Every sample row of the matrix, as the deck has them: functions and their continuation rows. */
export const DECK_ROWS = fbsMatrix.samples ?? [];
const rows = DECK_ROWS.filter((r) => ru(r.function) !== '');
const employeeKeys = EMPLOYEES.map((_, i) => `employee${i + 1}`);

/** The roles of a sample row of the matrix, one per deck employee. */
export const rolesOf = (r: (typeof DECK_ROWS)[number]): string[] => employeeKeys.map((k) => String(ru(r[k])));

/** First row of each function of the deck: [level, roles per employee]; function 7 has no backup, function 8 no level. */
export const DECK_MATRIX: Array<[number | string, string[]]> = rows.map((r) => [
  ru(r.level),
  employeeKeys.map((k) => String(ru(r[k]))),
]);

/** The deck's employees, one per column of DECK_MATRIX. */
export const DECK_EMPLOYEES: string[] = EMPLOYEES.map((e) => e.ru);

/** The deck's functions, one per row of DECK_MATRIX. */
export const DECK_FUNCTIONS: string[] = rows.map((r) => String(ru(r.function)));

/** DECK_MATRIX as Sheets passes its ranges: a level column and a roles block. */
export const deckLevels = (): Array<[number | string]> => DECK_MATRIX.map(([level]) => [level]);
export const deckRoles = (): string[][] => DECK_MATRIX.map(([, roles]) => [...roles]);
