/**
 * The five steps of the client review, for a new client or one picked from the list (the form
 * then starts from its latest period). Checks and the segment come from src/core, the same code
 * the server and =SEGMENT() run; the state and its changes are in ./state.
 */
import type { SaveMode, WizardStart } from '../../addon/wizard';
import { useReducer, useRef } from 'preact/hooks';
import { type Lang, texts } from '../../i18n';
import { ruDay } from '../../core/days';
import { ConfirmGroup } from '../components/Confirm';
import { useFocusRequest } from '../components/focus';
import { AlertRegion, StatusRegion } from '../components/Messages';
import { STEP_TITLE_ID, type Step, Steps, stepFocusTarget } from '../components/Steps';
import { callServer, failureText, type Wire } from '../server';
import { binder } from './bind';
import { ClientStep } from './ClientStep';
import { LAST_STEP, type WizardTexts } from './fields';
import { MonitoringStep } from './MonitoringStep';
import { Nav } from './Nav';
import { PriceStep } from './PriceStep';
import { ResultStep } from './ResultStep';
import {
  type Action,
  type Alert,
  type Focus,
  type Question,
  type Status,
  type WizardState,
  canSubmit,
  errorsOf,
  formOf,
  initialState,
  reducer,
  saveMode,
} from './state';
import { WhyStep } from './WhyStep';

type Start = Wire<WizardStart>;

function alertText(t: WizardTexts, alert: Alert | undefined): string {
  if (alert === undefined) return '';
  if (alert.kind === 'checkFields') return t.checkFields;
  return alert.kind === 'server' ? alert.message : t.failed(alert.message);
}

/** A period as the sheet's language writes a day. */
const shownDay = (day: string, lang: Lang) => (lang === 'ru' ? ruDay(day) : day);

function statusText(t: WizardTexts, status: Status | undefined, lang: Lang): string {
  if (status === undefined) return '';
  switch (status.kind) {
    case 'saving':
      return t.buttons.saving;
    case 'loading':
      return t.client.loading;
    case 'prefilled':
      return status.period ? t.client.prefilled(shownDay(status.period, lang)) : t.client.noHistory;
    case 'saved':
      return (status.updated ? t.updated : t.saved)(status.sheet, status.row);
  }
}

function questionText(t: WizardTexts, q: Question | undefined, lang: Lang): string | undefined {
  if (!q) return undefined;
  return q.kind === 'duplicate'
    ? t.duplicate(q.name, q.sheet, q.row)
    : t.periodExists(shownDay(q.period, lang), q.sheet, q.row);
}

/** The result step opens on its title, so the segment is read before the date field. */
function focusTarget(form: HTMLElement, focus: Focus): Element | null {
  if ('field' in focus) return document.getElementById(`f-${focus.field}`);
  if ('button' in focus) return document.getElementById(focus.button);
  if ('pick' in focus) return document.getElementById('f-pick');
  if (focus.step === LAST_STEP) return document.getElementById(STEP_TITLE_ID);
  return stepFocusTarget(form, focus.step);
}

function wizardSteps(
  start: Start,
  state: WizardState,
  dispatch: (action: Action) => void,
  onPick: (name: string) => void,
): Step[] {
  const { lang } = start;
  const t = texts[lang].wizard;
  const form = formOf(state);
  const bind = binder(state, form, dispatch, lang);
  const tick = (box: 'insolvent' | 'discussed') => (checked: boolean) =>
    dispatch({ type: 'tick', box, checked });
  return [
    {
      title: t.client.title,
      body: (
        <ClientStep t={t.client} bind={bind} clients={start.clients} picked={state.picked} onPick={onPick} />
      ),
    },
    {
      title: t.why.title,
      intro: t.why.intro,
      body: (
        <WhyStep
          lang={lang}
          t={t.why}
          bind={bind}
          form={form}
          settings={start.settings}
          conv={start.conv}
          onInsolvent={tick('insolvent')}
        />
      ),
    },
    {
      title: t.monitoring.title,
      intro: t.monitoring.intro,
      body: <MonitoringStep lang={lang} t={t.monitoring} bind={bind} />,
    },
    {
      title: t.price.title,
      intro: t.price.intro,
      body: (
        <PriceStep
          t={t.price}
          bind={bind}
          discussed={state.discussed}
          gains={state.gains}
          onDiscussed={tick('discussed')}
          onGain={(gain, checked) => dispatch({ type: 'gain', gain, checked })}
        />
      ),
    },
    {
      title: t.result.title,
      body: (
        <ResultStep
          lang={lang}
          bind={bind}
          form={form}
          settings={start.settings}
          conv={start.conv}
          sheets={start.sheets}
        />
      ),
    },
  ];
}

export function Wizard({ start }: { readonly start: Start }) {
  const t = texts[start.lang].wizard;
  const [state, dispatch] = useReducer(reducer, start, initialState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusRequest(state.focus, formRef, focusTarget);

  async function save(mode: SaveMode): Promise<void> {
    const form = formOf(state);
    const errors = errorsOf(form, start.conv);
    if (errors.length) return dispatch({ type: 'problems', errors });
    dispatch({ type: 'saving' });
    try {
      dispatch({ type: 'answer', result: await callServer('saveClientReview', form, mode) });
    } catch (e) {
      dispatch({ type: 'unreachable', message: failureText(e) });
    }
  }

  /** A client picked from the list: its form from the server; the blank choice: a new client. */
  async function pick(name: string): Promise<void> {
    if (name === '') return dispatch({ type: 'prefill' });
    dispatch({ type: 'loading' });
    try {
      const { prefill } = await callServer('wizardStart', name);
      dispatch({ type: 'prefill', name, form: prefill?.form, period: prefill?.latestPeriod });
    } catch (e) {
      dispatch({ type: 'unreachable', message: failureText(e) });
    }
  }

  function submit(e: Event): void {
    e.preventDefault();
    if (!canSubmit(state)) return;
    if (state.step < LAST_STEP) dispatch({ type: 'next' });
    else void save(saveMode(state));
  }

  const { busy, question } = state;
  return (
    <form
      ref={formRef}
      class="wizard"
      noValidate
      aria-labelledby={STEP_TITLE_ID}
      aria-busy={busy ? 'true' : undefined}
      onSubmit={submit}
    >
      <Steps
        steps={wizardSteps(start, state, dispatch, (name) => void pick(name))}
        current={state.step}
        stepOf={t.stepOf}
      />
      <AlertRegion id="alert" text={alertText(t, state.alert)} />
      <ConfirmGroup
        id="confirm"
        question={questionText(t, question, start.lang)}
        confirm={{
          id: 'update',
          label: !question
            ? ''
            : question.kind === 'duplicate'
              ? t.buttons.update(question.row)
              : t.buttons.replace(question.row),
          onClick: () => {
            dispatch({ type: 'resume' });
            void save(question?.kind === 'period' ? 'replace' : 'update');
          },
        }}
        cancel={{ id: 'cancel', label: t.buttons.cancel, onClick: () => dispatch({ type: 'cancel' }) }}
        disabled={busy}
      />
      <StatusRegion id="status" text={statusText(t, state.status, start.lang)} />
      <Nav
        t={t.buttons}
        state={state}
        onBack={() => dispatch({ type: 'back' })}
        onAgain={() => dispatch({ type: 'again' })}
      />
    </form>
  );
}
