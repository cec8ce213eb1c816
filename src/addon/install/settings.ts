/** The Settings sheet: one row and one named range per setting, added when missing. */
import type { SettingsTemplate } from '../../../sheets-templates/types';
import type { Lang } from '../../i18n';
import { settingRangeName } from '../registry';
import { dayOffset, literal, sampleCell, type Today } from '../samples';
import { NUMBER_FORMATS, criterionFor, styleHeader, validation } from './checks';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function applySettings(
  ss: Spreadsheet,
  sheet: Sheet,
  template: SettingsTemplate,
  created: boolean,
  lang: Lang,
  today: Today,
): boolean {
  if (created) {
    if (template.tabColor) sheet.setTabColor(template.tabColor);
    const header = sheet.getRange(1, 1, 1, 3);
    header.setValues([template.headers.map((h) => h[lang])]);
    styleHeader(header);
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 280).setColumnWidth(2, 120).setColumnWidth(3, 520);
  }
  const named = new Set(ss.getNamedRanges().map((r) => r.getName()));
  const missing = template.settings.filter((s) => !named.has(settingRangeName(s.key)));
  if (missing.length === 0) return false;
  const start = Math.max(sheet.getLastRow(), 1) + 1;
  sheet
    .getRange(start, 1, missing.length, 3)
    .setValues(
      missing.map((s) => [
        literal(s.label[lang]),
        s.type === 'date' && s.value === ''
          ? dayOffset(today, 0)
          : sampleCell(undefined, s.value, lang, today),
        literal(s.note[lang]),
      ]),
    );
  missing.forEach((s, i) => {
    const cell = sheet.getRange(start + i, 2);
    const format = NUMBER_FORMATS[s.type]?.[lang];
    if (format) cell.setNumberFormat(format);
    const criterion = criterionFor(s.type, s.choices?.[lang]);
    if (criterion) cell.setDataValidation(validation(criterion, s.note[lang]));
    ss.setNamedRange(settingRangeName(s.key), cell);
  });
  return true;
}
