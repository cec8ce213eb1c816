/**
 * The agenda and the client card at the size a sales department has: AGENDA and
 * AGENDA_BY_MANAGER over 5,000 clients (with their latest periods, as Clients shows them),
 * 1,000 lost clients and 50 absences; the card over 10,000 clients and its history over
 * 120,000 Monitoring rows. And what setting up their two sheets costs in Spreadsheet calls.
 */
import { LocalWorkbook } from '../../tools/local-workbook';
import { AS_OF, agendaRanges, agendaSheets, cardArgs, historyArgs } from './agendaInputs';
import { loadForTiming } from './bundle';
import { type Figure, figure } from './figures';
import { medianMs } from './measure';

const TARGET_MS = { op: '<=', value: 100 } as const;
const TARGET_CALLS = { op: '<=', value: 100 } as const;

export interface AgendaSize {
  readonly agenda: { clients: number; lost: number; absences: number; periods: number };
  readonly card: { clients: number; periods: number };
  readonly repetitions: number;
}

/**
 * Spreadsheet calls that Set up workbook makes for the two views: a new spreadsheet, against one
 * whose sheets of those names are the user's (left alone, so only found and skipped).
 */
export function viewSetupCalls(): { withViews: number; withoutViews: number } {
  const setup = (taken: boolean) => {
    const wb = new LocalWorkbook({ locale: 'ru_RU' });
    const { run } = wb.load();
    if (taken)
      wb.asUser((ss) => {
        for (const name of ['План контактов', 'Карточка клиента'])
          ss.insertSheet(name).getRange('A1').setValue('Мои заметки');
      });
    wb.resetCalls();
    run('setupWorkbook');
    return wb.calls();
  };
  return { withViews: setup(false), withoutViews: setup(true) };
}

export function agendaFigures(
  size: AgendaSize,
  say: (m: string) => void,
): { figures: Figure[]; details: Record<string, unknown> } {
  const names = ['AGENDA', 'AGENDA_BY_MANAGER', 'CLIENT_CARD', 'CLIENT_HISTORY'];
  const { realm, global } = loadForTiming(names, true);
  const time = (name: string, args: unknown[]) => {
    const imported = realm.import(args);
    let rows = 0;
    const ms = medianMs(size.repetitions, () => (rows = global(name)(...imported).length));
    return { ms, rows };
  };
  const a = size.agenda;
  const sheets = agendaSheets(a);
  const ranges = agendaRanges(sheets);
  const agenda = time('AGENDA', ['', AS_OF, 7, 30, ...ranges]);
  const byManager = time('AGENDA_BY_MANAGER', [AS_OF, 7, 30, ...ranges]);
  const c = size.card;
  const big = agendaSheets({
    clients: c.clients,
    lost: Math.ceil(c.clients / 10),
    absences: 50,
    periods: c.periods,
  });
  const client = `Клиент ${Math.ceil(c.clients / 2)}`;
  const card = time('CLIENT_CARD', cardArgs(big, client));
  const history = time('CLIENT_HISTORY', historyArgs(big, client));
  const calls = viewSetupCalls();
  const agendaShape = `${a.clients.toLocaleString('en-US')} clients, ${a.lost.toLocaleString('en-US')} lost, ${a.absences} absences`;
  const cardShape = `${c.clients.toLocaleString('en-US')} clients`;
  const historyShape = `${(c.clients * c.periods).toLocaleString('en-US')} Monitoring rows`;
  say(
    `Agenda over ${agendaShape}: AGENDA ${agenda.ms.toFixed(1)} ms (${agenda.rows} actions), AGENDA_BY_MANAGER ${byManager.ms.toFixed(1)} ms; ` +
      `CLIENT_CARD over ${cardShape} ${card.ms.toFixed(1)} ms, CLIENT_HISTORY over ${historyShape} ${history.ms.toFixed(1)} ms; ` +
      `setup of the two sheets: ${calls.withViews - calls.withoutViews} calls`,
  );
  return {
    figures: [
      figure('agenda.agendaMs', `AGENDA, ${agendaShape}`, agenda.ms, 'ms', TARGET_MS),
      figure('agenda.byManagerMs', `AGENDA_BY_MANAGER, ${agendaShape}`, byManager.ms, 'ms', TARGET_MS),
      figure('agenda.cardMs', `CLIENT_CARD, ${cardShape}`, card.ms, 'ms', TARGET_MS),
      figure('agenda.historyMs', `CLIENT_HISTORY, ${historyShape}`, history.ms, 'ms', TARGET_MS),
      figure(
        'agenda.setupCalls',
        `Set up workbook: calls for «План контактов» and «Карточка клиента» (${calls.withViews} with them, ${calls.withoutViews} without)`,
        calls.withViews - calls.withoutViews,
        'calls',
        TARGET_CALLS,
      ),
    ],
    details: { ...a, cardRows: c.clients * c.periods, agenda, byManager, card, history, setupCalls: calls },
  };
}
