/**
 * Where the data comes from: a sheet of this spreadsheet (an xlsx brought in with File ›
 * Import), or a CSV file read here in the browser, with the encoding it was read in.
 */
import { RadioGroup } from '../components/Choice';
import { Field, SelectField } from '../components/Field';
import { ENCODINGS, type Encoding } from './csv';
import type { ImportState, Source } from './state';
import type { ImportTexts } from './texts';

export function SourceSection(props: {
  readonly t: ImportTexts['sidebar'];
  readonly state: ImportState;
  readonly onSource: (source: Source) => void;
  readonly onSheet: (name: string) => void;
  readonly onFile: (file: File | undefined) => void;
  readonly onEncoding: (encoding: Encoding) => void;
}) {
  const { t, state } = props;
  const file = state.table?.file;
  const sheets = state.start.sheets;
  return (
    <>
      <RadioGroup
        id="f-source"
        name="source"
        legend={t.source}
        value={state.source}
        options={[
          { value: 'sheet', label: t.fromSheet },
          { value: 'file', label: t.fromFile },
        ]}
        onInput={(v) => props.onSource(v as Source)}
      />
      {state.source === 'sheet' ? (
        <SelectField
          id="f-sheet"
          name="sheet"
          label={t.sheet}
          hint={sheets.length > 0 ? t.sheetHint : t.noSheets}
          value={state.sheet}
          options={[{ value: '', label: t.chooseSheet }, ...sheets.map((s) => ({ value: s, label: s }))]}
          onInput={props.onSheet}
        />
      ) : (
        <Field id="f-file" label={t.file} hint={t.fileHint}>
          <input
            type="file"
            id="f-file"
            name="file"
            accept=".csv,.txt,text/csv,text/plain"
            aria-describedby="f-file-hint"
            disabled={state.busy !== undefined}
            onChange={(e) => props.onFile(e.currentTarget.files?.[0])}
          />
        </Field>
      )}
      {state.source === 'file' && file && (
        <>
          <SelectField
            id="f-encoding"
            name="encoding"
            label={t.encoding}
            value={file.encoding}
            options={ENCODINGS.map((e) => ({ value: e, label: t.encodings[e] }))}
            onInput={(v) => props.onEncoding(v as Encoding)}
          />
          <p id="file-info" class="gray">
            {t.detected(t.encodings[file.encoding], t.separators[file.separator], state.table!.rows.length)}
          </p>
        </>
      )}
    </>
  );
}
