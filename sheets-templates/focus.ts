import { fx, perRow, str } from '../src/core/formula';
import { settings } from './settings';
import type { Column, FormulaContext, L10n } from './types';

/**
 * What a client is to the focus dose. Clients says it once per client, and Pricing and Offers
 * once per row by one lookup of it, so the Dashboard counts words with COUNTIFS instead of
 * joining every row to the clients on each recalculation.
 */
export const FOCUS_WORDS = {
  target: { ru: 'целевой', en: 'target' },
  outside: { ru: 'вне цели', en: 'outside' },
  none: { ru: 'без сегмента', en: 'no segment' },
} as const satisfies Record<string, L10n>;

/** The marks of a target market segment on Settings, both languages' at once: marks typed before a change of locale count. */
const TARGET_MARKS = `|${settings.marketSegments.marks.ru[0]}|${settings.marketSegments.marks.en[0]}|`;

/** The Clients column `key` of each client in `client` (a range): one VLOOKUP, an error for a client not there. */
export const clientsColumnOf = (c: FormulaContext, client: string, key: string): string => {
  const table = `${c.sheet('clients')}!${c.col('clients', 'name')}2:${c.col('clients', key)}`;
  return fx('VLOOKUP', client, table, c.position('clients', key) - c.position('clients', 'name') + 1, 0);
};

const word = (c: FormulaContext, key: keyof typeof FOCUS_WORDS) => str(FOCUS_WORDS[key][c.lang]);

/** Clients' focus: its market segment against the target ones on Settings. */
export const clientFocusColumn: Column = {
  key: 'focus',
  header: { ru: 'Фокус', en: 'Focus' },
  note: {
    ru: 'Входит ли сегмент рынка клиента в целевые, отмеченные на листе «Настройки»: «целевой», «вне цели» или «без сегмента». По этому столбцу считается доза «Фокус» на листе «Координаты».',
    en: 'The client’s market segment against the target ones on Settings: "target", "outside" or "no segment". The Dashboard’s Focus dose is counted from it.',
  },
  type: 'computed',
  width: 110,
  formula: (c) => {
    const segment = c.range('clients', 'marketSegment');
    const mark = fx('VLOOKUP', segment, c.marketSegments('table', 'clients'), 2, 0);
    const target = fx('ISNUMBER', fx('FIND', `"|"&${mark}&"|"`, str(TARGET_MARKS)));
    const judged = fx('IF', fx('IFERROR', target, fx('FALSE')), word(c, 'target'), word(c, 'outside'));
    return perRow(c.range('clients', 'name'), fx('IF', `${fx('LEN', segment)}=0`, word(c, 'none'), judged));
  },
};

/** The focus column of Pricing and Offers: the row's client's, from Clients; a client not there has no segment. */
export const focusColumn = (sheet: 'pricing' | 'offers'): Column => ({
  key: 'focus',
  header: clientFocusColumn.header,
  note: {
    ru: 'Фокус клиента из листа «Клиенты»: «целевой», «вне цели» или «без сегмента» (так же и для клиента, которого там нет). Доза «Фокус» на листе «Координаты» считает эти строки.',
    en: 'The client’s focus from the Clients sheet: "target", "outside" or "no segment" (so is a client not there). The Dashboard’s Focus dose counts these rows.',
  },
  type: 'computed',
  width: 110,
  formula: (c) => {
    const client = c.range(sheet, 'client');
    return perRow(client, fx('IFERROR', clientsColumnOf(c, client, 'focus'), word(c, 'none')));
  },
});
