/**
 * «Импорт данных» / "Import data": choose the source, see its first rows and the columns
 * guessed, set the period, check (a dry run on the server: the same importTable, writing
 * nothing), then confirm. The file is read here; the rules are the server's and the core's.
 */
import { useReducer } from 'preact/hooks';
import { texts } from '../../i18n';
import { failureText as refusal } from '../../i18n/import';
import { ButtonRow } from '../components/Buttons';
import { ConfirmGroup } from '../components/Confirm';
import { AlertRegion, StatusRegion } from '../components/Messages';
import { STEP_TITLE_ID } from '../components/Steps';
import { callServer, failureText } from '../server';
import { type Encoding, MAX_FILE_BYTES, readCsv } from './csv';
import { MappingSection } from './MappingSection';
import { SourceSection } from './SourceSection';
import {
  type Action,
  type ImportState,
  type Start,
  checkKey,
  currentCheck,
  initialState,
  optionsOf,
  reducer,
} from './state';
import { SummarySection } from './SummarySection';

type Dispatch = (action: Action) => void;

/** Reads the bytes as CSV (in `encoding`, or the one detected) into the state, or says why it can't. */
function loadBytes(
  state: ImportState,
  dispatch: Dispatch,
  name: string,
  bytes: Uint8Array,
  encoding?: Encoding,
) {
  const { lang } = state.start;
  const table = readCsv(bytes, encoding);
  if ('problem' in table)
    return dispatch({ type: 'failed', message: refusal(lang, { failure: table.problem }) });
  dispatch({
    type: 'loaded',
    rows: table.rows,
    file: { name, bytes, encoding: table.encoding, separator: table.separator },
  });
}

function actions(state: ImportState, dispatch: Dispatch) {
  const { lang } = state.start;
  const failed = (e: unknown) => dispatch({ type: 'failed', message: failureText(e) });
  return {
    async file(file: File | undefined) {
      if (!file) return;
      // Refused before reading: a large file would take the sidebar's memory for nothing.
      if (file.size > MAX_FILE_BYTES)
        return dispatch({ type: 'failed', message: refusal(lang, { failure: 'tooLarge' }) });
      dispatch({ type: 'reading' });
      try {
        loadBytes(state, dispatch, file.name, new Uint8Array(await file.arrayBuffer()));
      } catch (e) {
        failed(e);
      }
    },
    encoding(encoding: Encoding) {
      const file = state.table?.file;
      if (file) loadBytes(state, dispatch, file.name, file.bytes, encoding);
    },
    async sheet(name: string) {
      dispatch({ type: 'sheet', sheet: name });
      if (!name) return;
      dispatch({ type: 'reading' });
      try {
        dispatch({ type: 'loaded', rows: (await callServer('importSheet', name)).rows });
      } catch (e) {
        failed(e);
      }
    },
    async check() {
      if (!state.table) return;
      const key = checkKey(state);
      dispatch({ type: 'checking' });
      try {
        const result = await callServer('importTable', state.table.rows, {
          ...optionsOf(state),
          dryRun: true,
        });
        dispatch({ type: 'checked', key, result });
      } catch (e) {
        failed(e);
      }
    },
    async confirm() {
      if (!state.table) return;
      dispatch({ type: 'importing' });
      try {
        dispatch({
          type: 'imported',
          result: await callServer('importTable', state.table.rows, optionsOf(state)),
        });
      } catch (e) {
        failed(e);
      }
    },
  };
}

function statusText(t: (typeof texts)['ru']['import']['sidebar'], state: ImportState): string {
  if (state.busy) return { reading: t.reading, checking: t.checking, importing: t.importing }[state.busy];
  const done = state.done;
  return done ? t.done(done.added, done.updated, done.newClients) : '';
}

export function Importer({ start }: { readonly start: Start }) {
  const t = texts[start.lang].import;
  const s = t.sidebar;
  const [state, dispatch] = useReducer(reducer, start, initialState);
  const run = actions(state, dispatch);
  const check = currentCheck(state);
  const canImport = check !== undefined && !state.done && check.added + check.updated > 0;
  return (
    <form
      class="wizard importer"
      noValidate
      aria-labelledby={STEP_TITLE_ID}
      aria-busy={state.busy ? 'true' : undefined}
      onSubmit={(e) => {
        e.preventDefault();
        if (!state.busy) void run.check();
      }}
    >
      <header>
        <h2 id={STEP_TITLE_ID} tabIndex={-1}>
          {t.title}
        </h2>
      </header>
      <SourceSection
        t={s}
        state={state}
        onSource={(source) => dispatch({ type: 'source', source })}
        onSheet={(name) => void run.sheet(name)}
        onFile={(file) => void run.file(file)}
        onEncoding={run.encoding}
      />
      {state.table && (
        <MappingSection
          t={t}
          state={state}
          onMap={(field, text) => dispatch({ type: 'map', field, text })}
          onPeriodMode={(mode) => dispatch({ type: 'periodMode', mode })}
          onMonth={(month) => dispatch({ type: 'month', month })}
        />
      )}
      {state.table && (
        <ButtonRow class="nav" hidden={canImport}>
          <button type="submit" id="check" class="action" disabled={state.busy !== undefined}>
            {state.busy === 'checking' ? s.checking : s.check}
          </button>
        </ButtonRow>
      )}
      {check && <SummarySection t={s} result={check} />}
      <AlertRegion id="alert" text={state.alert ?? ''} />
      <ConfirmGroup
        id="confirm"
        question={canImport ? s.confirmQuestion(start.targets.clients, start.targets.monitoring) : undefined}
        confirm={{ id: 'import', label: s.confirm, onClick: () => void run.confirm() }}
        cancel={{ id: 'cancel', label: s.cancel, onClick: () => dispatch({ type: 'cancel' }) }}
        disabled={state.busy !== undefined}
      />
      <StatusRegion id="status" text={statusText(s, state)} />
    </form>
  );
}
