/** The manager's week in the sheet's language: one row per item of the agenda. */
import type { AgendaItem, ManagerLoad, Task } from '../core/agenda';
import type { Cover } from '../core/cover';
import { dayFromNumber } from '../core/days';
import { madeOnce } from '../core/tables';
import { type Lang, texts } from '../i18n';
import { quoteValue } from '../i18n/common';

/** Due day (as the adapter writes days), days overdue, who, client, why, what to do, phone, e-mail. */
export type AgendaRowCells<D> = [D | '', number | '', string, string, string, string, string, string];

/** "Отпуск" reads «(отпуск)» inside a sentence; an abbreviation such as «ДМС» stays as it is. */
function lowerFirst(text: string): string {
  const [first = '', second = ''] = Array.from(text);
  return second !== '' && second === second.toUpperCase()
    ? text
    : first.toLowerCase() + text.slice(first.length);
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Who does the item: the manager, their backup, or a warning that nobody does. */
export function whoText(cover: Cover, manager: string, lang: Lang): string {
  const t = texts[lang].agenda.who;
  switch (cover.kind) {
    case 'own':
      return manager;
    case 'noManager':
      return t.noManager;
    case 'backup':
      return t.backup(cover.backup, cover.away.person, lowerFirst(cover.away.reason));
    case 'uncovered':
      return t.uncovered(
        cover.away.person,
        lowerFirst(cover.away.reason),
        dayFromNumber(cover.away.to),
        cover.backupsAway.join(', '),
      );
  }
}

/** The method's action for a segment label such as "2 — Падение зафиксировано", by its digit. */
export function segmentAction(segment: string, lang: Lang): string | undefined {
  const digit = /^[0-3]/.exec(segment)?.[0];
  return digit === undefined ? undefined : texts[lang].segment.actions[Number(digit)];
}

/**
 * A Signals cell ("Name: action; Name: action", as CLIENT_SIGNALS writes it) split into the
 * names, which say why, and the actions, which say what to do.
 */
export function splitSignals(text: string): { names: string[]; actions: string[] } {
  const names: string[] = [];
  const actions: string[] = [];
  for (const part of text.split('; ')) {
    const colon = part.indexOf(': ');
    if (colon < 0) names.push(part);
    else {
      names.push(part.slice(0, colon));
      actions.push(part.slice(colon + 2));
    }
  }
  return { names, actions };
}

function whyAndWhat(task: Task, lang: Lang): [string, string] {
  const t = texts[lang].agenda;
  switch (task.kind) {
    case 'contact':
      return [t.why.contact(task.segment), segmentAction(task.segment, lang) ?? t.what.contactFallback];
    case 'lostContact':
      return [t.why.lostContact, t.what.lostContact];
    case 'agreement':
      return [
        upperFirst(
          task.inDays < 0
            ? texts[lang].winback.expired(task.agreement, dayFromNumber(task.end))
            : texts[lang].winback.expiring(task.agreement, task.inDays),
        ),
        t.what[task.agreement],
      ];
    case 'signals': {
      const { names, actions } = splitSignals(task.signals);
      return [
        t.why.signals(dayFromNumber(task.period), names.join(', ')),
        upperFirst(actions.join('; ')) || t.what.contactFallback,
      ];
    }
    case 'fix': {
      const value = quoteValue(task.value, lang);
      const why =
        task.field === 'absence'
          ? t.why.absence[task.fault ?? 'missing'](value)
          : t.why.fix[task.field](value);
      return [why, t.what.fix[task.field]];
    }
  }
}

/**
 * The agenda's rows; `day` turns a day (days since 1970) into what the cell gets. Items share
 * their tasks and covers, so the words of each are made once, not once per row.
 */
export function agendaRows<D>(lang: Lang, day: (n: number) => D): (item: AgendaItem) => AgendaRowCells<D> {
  const words = madeOnce((task: Task) => whyAndWhat(task, lang));
  // Whom a cover names, but for the manager themself, whose name is the item's.
  const who = madeOnce((cover: Cover) => whoText(cover, '', lang));
  return (item) => {
    const [why, what] = words(item.task);
    return [
      item.due === undefined ? '' : day(item.due),
      item.overdue > 0 ? item.overdue : '',
      item.cover.kind === 'own' ? item.manager : who(item.cover),
      item.client,
      why,
      what,
      item.phone,
      item.email,
    ];
  };
}

/** The dashboard's per-manager table, with its header row. */
export function loadRows(
  loads: readonly ManagerLoad[],
  lang: Lang,
): Array<[string, number | string, number | string]> {
  const t = texts[lang].agenda.summary;
  return [
    [t.header[0], t.header[1], t.header[2]],
    ...loads.map((l): [string, number, number] => [l.manager || t.noManager, l.dueThisWeek, l.overdue]),
  ];
}
