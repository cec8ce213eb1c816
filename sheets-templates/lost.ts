import { fx, str } from '../src/core/formula';
import { texts } from '../src/i18n';
import type { ColourRule, TableTemplate } from './types';

const YES_NO = { ru: ['Да', 'Нет'], en: ['Yes', 'No'] } as const;

type Marker = keyof (typeof texts)['ru']['winback']['markers'];

/**
 * Colours the status by what it says, worst first (Sheets applies the first rule that matches).
 * The status may be in either language (a change of locale), so the rule looks for both words
 * and is the same rule in both: setup never adds a second one after a switch.
 */
const statusColour = (marker: Marker, background: string): ColourRule => ({
  column: 'status',
  formula: (_c, cell) =>
    fx(
      'OR',
      ...(['ru', 'en'] as const).map((lang) =>
        fx('ISNUMBER', fx('SEARCH', str(texts[lang].winback.markers[marker]), cell('status'))),
      ),
    ),
  background,
});

/** If the client has left (docs/method.md): don't burn bridges; keep talking; keep contracts and powers of attorney current. */
export const lost: TableTemplate = {
  kind: 'table',
  id: 'lost',
  name: { ru: 'Ушедшие клиенты', en: 'Lost clients' },
  tabColor: '#ea4335',
  columns: [
    {
      key: 'client',
      header: { ru: 'Клиент', en: 'Client' },
      note: { ru: 'Клиент, который перестал закупать.', en: 'A client that stopped buying.' },
      type: 'text',
      width: 200,
    },
    {
      key: 'leftOn',
      header: { ru: 'Ушёл', en: 'Left on' },
      note: { ru: 'Когда клиент перестал закупать.', en: 'When the client stopped buying.' },
      type: 'date',
    },
    {
      key: 'reason',
      header: { ru: 'Причина', en: 'Reason' },
      note: { ru: 'Почему ушёл, по словам клиента.', en: 'Why it left, in the client’s words.' },
      type: 'text',
      width: 200,
    },
    {
      key: 'contractExpiry',
      header: { ru: 'Договор действует до', en: 'Contract valid until' },
      note: {
        ru: 'Истёкший договор не даст быстро вернуть наш товар на полки клиента.',
        en: 'An expired contract blocks a fast return of our goods to the client’s shelves.',
      },
      type: 'date',
    },
    {
      key: 'poaExpiry',
      header: { ru: 'Доверенность действует до', en: 'Power of attorney valid until' },
      note: { ru: 'Срок доверенности на закупки/приёмку.', en: 'Expiry of the power of attorney.' },
      type: 'date',
    },
    {
      key: 'lastContact',
      header: { ru: 'Последний контакт', en: 'Last contact' },
      note: {
        ru: 'Мы должны первыми узнать, что у клиента всё налаживается.',
        en: 'We must be the first to learn that things are improving.',
      },
      type: 'date',
    },
    {
      key: 'nextContact',
      header: { ru: 'Следующий контакт', en: 'Next contact' },
      note: { ru: 'Когда связаться снова.', en: 'When to get in touch again.' },
      type: 'date',
    },
    {
      key: 'blocker',
      header: { ru: 'Что мешает вернуть', en: 'What blocks a return' },
      note: {
        ru: 'Что нужно решить для возврата к прежнему объёму.',
        en: 'What must be solved to return to the previous volume.',
      },
      type: 'text',
      width: 220,
    },
    {
      key: 'status',
      header: { ru: 'Что мешает быстрому возврату', en: 'What blocks a fast return' },
      note: {
        ru: 'WINBACK_STATUS: истёкшие или истекающие договор и доверенность, долгое молчание; нет ни договора, ни доверенности; ни одного записанного контакта. Дата «Сегодня» и срок предупреждения — в «Настройках».',
        en: 'WINBACK_STATUS: expired or expiring contract and power of attorney, long silence; no contract or power of attorney on record; no contact on record. "Today" and the warning days are in Settings.',
      },
      type: 'computed',
      width: 320,
      formula: (c) =>
        fx(
          'WINBACK_STATUS',
          c.range('lost', 'contractExpiry'),
          c.range('lost', 'poaExpiry'),
          c.range('lost', 'lastContact'),
          c.setting('asOf'),
          c.setting('warnDays'),
        ),
    },
    {
      key: 'volumeBefore',
      header: { ru: 'Закупал до ухода, в месяц', en: 'Monthly purchases before leaving' },
      note: {
        ru: 'Сколько клиент закупал в месяц до ухода: к этому объёму мы хотим вернуться, когда ситуация стабилизируется.',
        en: 'What the client bought a month before it left: the volume to return to once the situation stabilises.',
      },
      type: 'money',
      width: 150,
    },
    {
      key: 'stabilised',
      header: { ru: 'Ситуация стабилизировалась?', en: 'Situation stabilised?' },
      note: {
        ru: '«Да» — у клиента всё наладилось и можно возвращаться к прежнему объёму. Клиент с «Да», без препятствий в статусе и с записанным контактом считается на листе «Координаты» готовым к возврату.',
        en: '"Yes" when things have improved for the client and a return to the previous volume is possible. With "Yes", nothing in the status and a contact on record, the Dashboard counts the client as ready to restart.',
      },
      type: 'choice',
      choices: YES_NO,
      width: 130,
    },
  ],
  colours: [
    statusColour('expired', '#f4c7c3'),
    statusColour('missing', '#f4c7c3'),
    statusColour('expiring', '#fce8b2'),
    statusColour('silence', '#fde0c5'),
  ],
  samples: [
    {
      client: 'Уралснаб',
      leftOn: { daysFromToday: -60 },
      reason: { ru: 'Неплатежи', en: 'Non-payment' },
      contractExpiry: { daysFromToday: 20 },
      poaExpiry: { daysFromToday: -5 },
      lastContact: { daysFromToday: -40 },
      nextContact: { daysFromToday: -3 },
      blocker: { ru: 'Нужна новая доверенность', en: 'Needs a new power of attorney' },
      volumeBefore: 850000,
      stabilised: { ru: 'Нет', en: 'No' },
    },
    {
      client: 'Приморье-Импорт',
      leftOn: { daysFromToday: -90 },
      reason: { ru: 'Ушёл к конкуренту', en: 'Went to a competitor' },
      contractExpiry: { daysFromToday: 200 },
      poaExpiry: { daysFromToday: 150 },
      lastContact: { daysFromToday: -7 },
      nextContact: { daysFromToday: 14 },
      volumeBefore: 1200000,
      stabilised: { ru: 'Да', en: 'Yes' },
    },
    {
      client: 'Восток-Снаб',
      leftOn: { daysFromToday: -200 },
      reason: { ru: 'Закрыл направление', en: 'Closed the category' },
      contractExpiry: { daysFromToday: -30 },
      poaExpiry: { daysFromToday: 10 },
      lastContact: { daysFromToday: -100 },
      nextContact: { daysFromToday: 0 },
      blocker: { ru: 'Продлить договор', en: 'Renew the contract' },
      volumeBefore: 400000,
    },
  ],
};
