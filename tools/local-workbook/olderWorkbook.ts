/**
 * A workbook a manager filled in with an older version of the add-on: a Clients sheet
 * with its input columns only (no computed ones) and `rows` clients, typed by hand.
 * Setup must then add the computed columns with as many calls for 5,000 rows as for 10.
 */
import { clients } from '../../sheets-templates/clients';
import { expandColumns } from '../../sheets-templates/layout';
import type { LocalWorkbook } from './workbook';

export function typeOlderClientsSheet(wb: LocalWorkbook, rows: number): void {
  const inputs = expandColumns(clients).filter((p) => p.column.type !== 'computed');
  wb.asUser((ss) => {
    const sheet = ss.insertSheet(clients.name.ru);
    if (sheet.getMaxRows() < rows + 1)
      sheet.insertRowsAfter(sheet.getMaxRows(), rows + 1 - sheet.getMaxRows());
    sheet.getRange(1, 1, 1, inputs.length).setValues([inputs.map((p) => p.header.ru)]);
    sheet
      .getRange(2, 1, rows, inputs.length)
      .setValues(
        Array.from({ length: rows }, (_, i) =>
          inputs.map((p, j) => (j === 0 ? `Клиент ${i}` : p.column.type === 'text' ? 'x' : -0.01 * (i % 20))),
        ),
      );
  });
}
