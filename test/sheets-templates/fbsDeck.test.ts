/**
 * The FBS Matrix's sample rows against the deck's matrix as the deck prints it (Full Backing System,
 * docs/method.md): the same rows in the same order, continuation rows included, the same levels and roles.
 */
import { DECK_EMPLOYEES, fbsMatrix } from '../../sheets-templates/fbs';
import { DECK_ROWS, rolesOf, ru } from '../support/fixtures';
import { functionKey } from '../../src/core/backup';

/** The deck's slide, tab-separated as the deck's text has it. */
const DECK = `Функция / Сотрудник	Уровень	Администратор	Офисный консультант по продажам	Торговый представитель	Логист	Менеджер отдела
1. Подготовка плана продаж	2			1 Бэкапер		Владелец
2. Формирование базы лидов.	2	1 Бэкапер	Владелец	1 Бэкапер	Владелец	2 Бэкапер
3. Подготовка актуальных коммерческих предложений.	2	Владелец	Владелец	1 Бэкапер	Владелец	1 Бэкапер
		1 Бэкапер	Владелец	1 Бэкапер	Владелец	1 Бэкапер
4. Холодные звонки	1	1 Бэкапер	Владелец	2 Бэкапер	Владелец	Владелец
5. Консультирование клиентов (входящие звонки и визиты в офис).	1	Владелец	Владелец	1 Бэкапер	Владелец	2 Бэкапер
		1 Бэкапер	2 Бэкапер	Владелец	Владелец	2 Бэкапер
		1 Бэкапер	Владелец	Владелец	Владелец	Владелец
6. Регулярные звонки в рамках исполнения цикла развития клиента.	2	1 Бэкапер	Владелец	Владелец	1 Бэкапер	2 Бэкапер
		Владелец	1 Бэкапер	1 Бэкапер	2 Бэкапер	2 Бэкапер
7. Выездные переговоры.	2	Владелец	Владелец	Владелец		
8. Регулярный аудит отношений с клиентом. (лояльность, адекватность цены, новые предложения)				Владелец		`;

const [header, ...lines] = DECK.split('\n').map((line) => line.split('\t'));

describe('the sample FBS matrix is the deck’s', () => {
  it('has the deck’s employees in its sample headers, in order', () => {
    expect(header.slice(2)).toEqual(DECK_EMPLOYEES.map((e) => e.ru));
    expect(DECK_EMPLOYEES.map((_, i) => fbsMatrix.sampleHeaders?.[`employee${i + 1}`])).toEqual(
      DECK_EMPLOYEES,
    );
  });

  it('has the deck’s rows, row for row: function, level and every role, continuation rows blank', () => {
    expect(DECK_ROWS).toHaveLength(lines.length);
    lines.forEach(([fn, level, ...roles], i) => {
      const row = DECK_ROWS[i];
      expect([functionKey(ru(row.function)), String(ru(row.level))]).toEqual([functionKey(fn), level]);
      expect(rolesOf(row)).toEqual(DECK_EMPLOYEES.map((_, j) => roles[j] ?? ''));
    });
  });

  it('has four continuation rows, as the deck does', () => {
    expect(DECK_ROWS.filter((r) => ru(r.function) === '')).toHaveLength(4);
  });
});
