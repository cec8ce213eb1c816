/**
 * The table as read: its first rows, what each field is taken from (editable dropdowns of the
 * header's texts), and the period, from a column or one month for the whole file.
 */
import { cellText } from '../../core/import/headers';
import { IMPORT_FIELDS } from '../../core/importCodes';
import { RadioGroup } from '../components/Choice';
import { SelectField, TextField } from '../components/Field';
import { type ImportState, type PeriodMode, type Table, headerTexts } from './state';
import type { ImportTexts } from './texts';

/** Rows of data shown under the header: enough to recognise the file, few enough for a sidebar. */
const PREVIEW_ROWS = 5;
/** Characters of a cell shown: the preview is for recognising columns, not reading cells. */
const CELL_CHARS = 40;

const shortText = (text: string) => (text.length > CELL_CHARS ? `${text.slice(0, CELL_CHARS - 1)}…` : text);

/** The header and the first rows of data under it, as text only. */
function Preview({ t, table }: { readonly t: ImportTexts['sidebar']; readonly table: Table }) {
  const below = table.rows.slice(table.header + 1).filter((r) => r.some((c) => cellText(c) !== ''));
  const shown = below.slice(0, PREVIEW_ROWS);
  const header = table.rows[table.header] ?? [];
  const width = Math.max(header.length, ...shown.map((r) => r.length));
  const line = (row: readonly unknown[]) =>
    Array.from({ length: width }, (_, i) => shortText(cellText(row[i] as string)));
  return (
    <>
      <h3>{t.preview}</h3>
      <div class="preview" tabIndex={0} aria-describedby="preview-hint">
        <table id="preview">
          <thead>
            <tr>
              {line(header).map((c, i) => (
                <th key={i} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, r) => (
              <tr key={r}>
                {line(row).map((c, i) => (
                  <td key={i}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p id="preview-hint" class="hint gray">
        {t.previewHint(shown.length, below.length)}
      </p>
    </>
  );
}

export function MappingSection(props: {
  readonly t: ImportTexts;
  readonly state: ImportState;
  readonly onMap: (field: (typeof IMPORT_FIELDS)[number], text: string) => void;
  readonly onPeriodMode: (mode: PeriodMode) => void;
  readonly onMonth: (month: string) => void;
}) {
  const { t, state } = props;
  const s = t.sidebar;
  const table = state.table!;
  const options = [
    { value: '', label: s.notImported },
    ...headerTexts(table).map((h) => ({ value: h, label: h })),
  ];
  return (
    <>
      <Preview t={s} table={table} />
      <h3>{s.mapping}</h3>
      <p class="intro gray">{s.mappingIntro}</p>
      {IMPORT_FIELDS.map((field) => (
        <SelectField
          key={field}
          id={`f-map-${field}`}
          name={`map-${field}`}
          label={t.fields[field]}
          value={state.mapping[field]}
          options={options}
          onInput={(text) => props.onMap(field, text)}
        />
      ))}
      {state.mapping.period !== '' && (
        <RadioGroup
          id="f-period-mode"
          name="periodMode"
          legend={s.period}
          value={state.periodMode}
          options={[
            { value: 'column', label: s.periodFromColumn },
            { value: 'file', label: s.periodForFile },
          ]}
          onInput={(v) => props.onPeriodMode(v as PeriodMode)}
        />
      )}
      {(state.periodMode === 'file' || state.mapping.period === '') && (
        <TextField
          id="f-month"
          name="month"
          label={s.month}
          kind="month"
          value={state.month}
          onInput={props.onMonth}
        />
      )}
    </>
  );
}
