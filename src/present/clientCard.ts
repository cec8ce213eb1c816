/** The client card in the sheet's language: label | value rows. */
import type { CardResult, ClientCard, OpenRequest } from '../core/clientCard';
import { dayFromNumber } from '../core/days';
import type { DayCell } from '../core/tables';
import { type Lang, texts } from '../i18n';
import { quoteValue } from '../i18n/common';
import { segmentAction, whoText } from './agenda';

/** Requests listed one per row before "…and N more". */
const MAX_REQUESTS = 3;

const dayText = (day: number, lang: Lang) => texts[lang].agenda.day(dayFromNumber(day));

function dayCellText(d: DayCell, lang: Lang): string {
  if (!d) return '';
  return 'day' in d ? dayText(d.day, lang) : quoteValue(d.bad, lang);
}

/** A discount as the sheet shows a percentage; text typed instead stays as typed. */
function discountText(value: unknown, lang: Lang): string {
  if (typeof value !== 'number') return quoteValue(value as never, lang);
  return new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-US', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(value);
}

function requestRows(requests: readonly OpenRequest[], lang: Lang): Array<[string, string]> {
  const t = texts[lang].card;
  if (requests.length === 0) return [[t.labels.requests, t.none]];
  const shown = requests
    .slice(0, MAX_REQUESTS)
    .map((r, i): [string, string] => [
      i === 0 ? t.labels.requests : '',
      t.request(dayCellText(r.date, lang), discountText(r.discount, lang), r.verdict),
    ]);
  if (requests.length > MAX_REQUESTS) shown.push(['', t.more(requests.length - MAX_REQUESTS)]);
  return shown;
}

function nextText(card: ClientCard, lang: Lang): string {
  const t = texts[lang].card.next;
  const next = card.next;
  if (!next) return t.unset;
  if ('bad' in next) return t.notDate(quoteValue(next.bad, lang));
  const iso = dayFromNumber(next.day);
  if (next.day < card.asOf) return t.overdue(iso, card.asOf - next.day);
  if (next.day === card.asOf) return t.today(iso);
  return t.later(iso, next.day - card.asOf);
}

function segmentRows(card: ClientCard, lang: Lang): Array<[string, string]> {
  const t = texts[lang].card;
  const digit = /^[0-3]/.exec(card.segment)?.[0];
  return [
    [t.labels.segment, card.segment],
    // Clients says why with the numbers that decided it; without that, the method's reason for the group.
    [t.labels.reason, card.reason || (digit === undefined ? '' : t.reasons[Number(digit)])],
    [t.labels.actions, segmentAction(card.segment, lang) ?? ''],
  ];
}

function cardBody(card: ClientCard, lang: Lang): Array<[string, string]> {
  const t = texts[lang].card;
  const latest = card.latest;
  const lost = card.lost;
  // The client's name stands in the picker above.
  return [
    [t.labels.region, card.region],
    [t.labels.manager, card.manager],
    [t.labels.contact, card.contact],
    [t.labels.phone, card.phone],
    [t.labels.email, card.email],
    ...segmentRows(card, lang),
    [
      t.labels.signals,
      latest ? t.signals(dayFromNumber(latest.period), latest.signals || t.none) : t.noRecords,
    ],
    ...requestRows(card.requests, lang),
    [t.labels.lost, lost ? t.lost(dayCellText(lost.leftOn, lang), lost.reason, lost.status) : t.notLost],
    [t.labels.next, nextText(card, lang)],
    [t.labels.who, card.cover ? whoText(card.cover, card.manager, lang) : card.manager],
  ];
}

/** The card's rows, or the one row that asks to pick a client or says the one picked is unknown. */
export function cardRows(result: CardResult, lang: Lang): Array<[string, string]> {
  const t = texts[lang].card;
  switch (result.kind) {
    // One line across the card, left to right.
    case 'none':
      return [[t.pick, '']];
    case 'unknown':
      return [[t.unknown(result.client), '']];
    case 'card':
      return cardBody(result.card, lang);
  }
}
