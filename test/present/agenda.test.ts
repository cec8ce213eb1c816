import fc from 'fast-check';
import type { AgendaItem, Task } from '../../src/core/agenda';
import type { Cover } from '../../src/core/cover';
import { agendaRows } from '../../src/present/agenda';

const away = { person: 'Иванова', from: 20_000, to: 20_010, reason: 'Отпуск' };
const TASKS: Task[] = [
  { kind: 'contact', segment: '2 — Падение зафиксировано' },
  { kind: 'contact', segment: '' },
  { kind: 'lostContact' },
  { kind: 'agreement', agreement: 'poa', end: 20_003, inDays: -2 },
  { kind: 'signals', period: 19_990, signals: 'Уходит к конкурентам: выясните причину; Распродаёт запасы' },
  { kind: 'fix', field: 'absence', value: 'завтра', fault: 'notDate' },
];
const COVERS: Cover[] = [
  { kind: 'own' },
  { kind: 'noManager' },
  { kind: 'backup', backup: 'Петров', backupKey: 'петров', away },
  { kind: 'uncovered', away, backupsAway: ['Петров'] },
];

/** Items sharing a few task and cover objects, as an agenda's do, each of its own client and manager. */
const items = fc.array(
  fc
    .tuple(
      fc.constantFrom(...TASKS),
      fc.constantFrom(...COVERS),
      fc.constantFrom('Иванова', 'Петров', ''),
      fc.integer({ min: 0, max: 100 }),
    )
    .map(([task, cover, manager, i]): AgendaItem => ({
      task,
      cover,
      manager,
      managerKey: manager.toLowerCase(),
      client: `Клиент ${i}`,
      phone: `+7 ${i}`,
      email: '',
      due: task.kind === 'fix' ? undefined : 20_000 + (i % 7),
      overdue: i % 3,
    })),
);

describe('agendaRows', () => {
  it('words each row as if it were alone, though the words of a task or cover are made once', () => {
    fc.assert(
      fc.property(items, fc.constantFrom('ru' as const, 'en' as const), (list, lang) => {
        const day = (n: number) => `day ${n}`;
        const alone = list.map((item) => agendaRows(lang, day)(item));
        expect(list.map(agendaRows(lang, day))).toEqual(alone);
      }),
    );
  });

  it("names the item's own manager when they are there, and the backup in their stead", () => {
    const row = agendaRows('ru', String);
    const item = {
      task: TASKS[0],
      cover: COVERS[0],
      managerKey: '',
      client: 'А',
      phone: '',
      email: '',
      due: 20_000,
      overdue: 0,
    };
    expect(row({ ...item, manager: 'Иванова' })[2]).toBe('Иванова');
    expect(row({ ...item, manager: 'Петров' })[2]).toBe('Петров');
    expect(row({ ...item, manager: 'Иванова', cover: COVERS[2] })[2]).toBe(
      'Петров — вместо: Иванова (отпуск)',
    );
  });
});
