/**
 * The demo looks at the manager's week as a manager would: picks a manager on «План контактов»
 * and reads the list, then picks a client on «Карточка клиента». Only the pickers are typed in;
 * the agenda and the card read the other sheets and change none of them.
 */
import { TEMPLATES } from '../../sheets-templates';
import type { ViewTemplate } from '../../sheets-templates/types';
import type { Lang } from '../../src/i18n';
import type { LocalWorkbook } from '../../tools/local-workbook';

/** The manager whose week the summary prints: his own clients, and a colleague's he covers. */
export const DEMO_MANAGER = 'Сидоров';
/**
 * The client the card shows in out/demo.xlsx: the one whose new period the demo types in full (its
 * segment moves to 2 with signals), and whose manager is ill with no backup named.
 */
export const DEMO_CLIENT = 'Черноземье';

export const viewTemplate = (id: string): ViewTemplate => {
  const t = TEMPLATES.find((x) => x.id === id);
  if (t?.kind !== 'view') throw new Error(`no view template ${id}`);
  return t;
};

/** One line of the agenda as shown: due, days overdue, who, client, why, what to do. */
export interface AgendaLine {
  readonly due: string;
  readonly overdue: string;
  readonly who: string;
  readonly client: string;
  readonly why: string;
  readonly what: string;
}

export interface AgendaSeen {
  readonly manager: string;
  /** The line under the picker: the Settings date and the horizon. */
  readonly window: string;
  readonly lines: readonly AgendaLine[];
}

const pick = (wb: LocalWorkbook, sheet: string, value: string) =>
  wb.asUser((ss) => ss.getSheetByName(sheet)!.getRange('B2').setValue(value));

/** Picks the manager, reads their agenda, and clears the picker again (everyone's list goes into the xlsx). */
export function lookAtAgenda(wb: LocalWorkbook, lang: Lang, manager = DEMO_MANAGER): AgendaSeen {
  const t = viewTemplate('agenda');
  const sheet = t.name[lang];
  const block = t.blocks[0];
  const first = block.row + 1;
  pick(wb, sheet, manager);
  const lines = wb
    .displayValues(sheet, `A${first}:F${first + 500}`)
    .filter((r) => r.some((v) => v !== ''))
    .map(([due, overdue, who, client, why, what]) => ({ due, overdue, who, client, why, what }));
  const window = String(wb.displayValues(sheet, 'D2')[0][0]);
  pick(wb, sheet, '');
  return { manager, window, lines };
}

/** Picks the client of the card, as it stays in out/demo.xlsx. */
export function lookAtCard(wb: LocalWorkbook, lang: Lang, client = DEMO_CLIENT): void {
  pick(wb, viewTemplate('clientCard').name[lang], client);
}

const cut = (text: string, n: number) =>
  Array.from(text).length > n
    ? `${Array.from(text)
        .slice(0, n - 1)
        .join('')}…`
    : text;

/** The agenda as the summary prints it: one line per action. */
export function agendaLines(seen: AgendaSeen): string[] {
  const overdue = seen.lines.filter((l) => l.overdue !== '').length;
  return [
    `Agenda of ${seen.manager} (${seen.window}): ${seen.lines.length} actions, ${overdue} overdue`,
    ...seen.lines.map(
      (l) =>
        `  ${l.due.padEnd(10)} ${(l.overdue ? `+${l.overdue}` : '').padStart(4)}  ${cut(l.who, 40).padEnd(40)}  ${cut(l.client, 24).padEnd(24)}  ${cut(l.why, 60)}`,
    ),
  ];
}
