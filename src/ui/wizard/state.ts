/**
 * The wizard's state and every change to it. The state is the form: nothing typed is cleared
 * on an error or a failed save, only by "Review another client". Problems under fields are
 * the last check's, shown for the fields the manager has left or tried to move past, so a
 * field being typed into for the first time is not flagged mid-word.
 */
import type { SaveResult, WizardStart } from '../../addon/wizard';
import {
  DISCOUNT_GAINS,
  type DiscountGain,
  type FieldError,
  type ReviewForm,
  TEXT_FIELDS,
  type TextField,
  clientKey,
  nextContactDays,
  validateReview,
} from '../../core/review';
import type { Wire } from '../server';
import { STEP_FIELDS, stepOf } from './fields';
import { groupOf, liveSegment } from './segment';
import { addDays, monthStart } from '../../core/days';
import type { Conventions } from '../../core/vocabulary';

type Env = Pick<Wire<WizardStart>, 'today' | 'settings' | 'conv'>;

/** What the alert says: the form's own check, the server's words, or a call that failed. */
export type Alert =
  | { readonly kind: 'checkFields' }
  | { readonly kind: 'server'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string };

export type Status =
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly updated: boolean; readonly sheet: string; readonly row: number }
  | { readonly kind: 'loading' }
  | { readonly kind: 'prefilled'; readonly period: string };

/**
 * What a save found and asks about before writing: a client of the same name on Clients (update
 * it?), or a row of the same client and period on Monitoring (replace it?).
 */
export type Question =
  | { readonly kind: 'duplicate'; readonly name: string; readonly sheet: string; readonly row: number }
  | { readonly kind: 'period'; readonly period: string; readonly sheet: string; readonly row: number };

/** Where the keyboard goes after the next render; see components/focus.ts. */
export type Focus =
  | { readonly step: number }
  | { readonly field: TextField }
  | { readonly button: 'next' | 'again' | 'update' }
  | { readonly pick: true };

export interface WizardState {
  readonly env: Env;
  readonly step: number;
  readonly values: Readonly<Record<TextField, string>>;
  readonly insolvent: boolean;
  readonly discussed: boolean;
  /** Kept while "a discount was discussed" is unticked, as ticked boxes are, but not saved then. */
  readonly gains: readonly DiscountGain[];
  /** Until the manager types a date, the proposed one follows the segment. */
  readonly nextContactEdited: boolean;
  readonly shown: ReadonlySet<TextField>;
  readonly problems: readonly FieldError[];
  readonly alert?: Alert;
  readonly status?: Status;
  readonly busy: boolean;
  readonly saved: boolean;
  readonly question?: Question;
  /** The existing client the review started from, picked from the list. */
  readonly picked?: string;
  readonly navHidden: boolean;
  readonly focus?: Focus;
}

export type Action =
  | { readonly type: 'input'; readonly field: TextField; readonly value: string }
  | { readonly type: 'leave'; readonly field: TextField; readonly value: string }
  | { readonly type: 'tick'; readonly box: 'insolvent' | 'discussed'; readonly checked: boolean }
  | { readonly type: 'gain'; readonly gain: DiscountGain; readonly checked: boolean }
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  | { readonly type: 'problems'; readonly errors: readonly FieldError[] }
  | { readonly type: 'saving' }
  | { readonly type: 'answer'; readonly result: Wire<SaveResult> }
  | { readonly type: 'unreachable'; readonly message: string }
  /** Update pressed: the form's own buttons come back while the save decides what shows. */
  | { readonly type: 'resume' }
  | { readonly type: 'cancel' }
  | { readonly type: 'again' }
  /** A client picked from the list: its form is being loaded. */
  | { readonly type: 'loading' }
  /** The picked client's form, from its master data and latest period; undefined: a new client. */
  | {
      readonly type: 'prefill';
      readonly name?: string;
      readonly form?: ReviewForm;
      readonly period?: string;
    };

export function initialState(env: Env): WizardState {
  return {
    env: { today: env.today, settings: env.settings, conv: env.conv },
    step: 0,
    values: {
      ...(Object.fromEntries(TEXT_FIELDS.map((f) => [f, ''])) as Record<TextField, string>),
      period: monthStart(env.today),
    },
    insolvent: false,
    discussed: false,
    gains: [],
    nextContactEdited: false,
    shown: new Set(),
    problems: [],
    busy: false,
    saved: false,
    navHidden: false,
    focus: { step: 0 },
  };
}

/** The form as it is sent, the proposed next contact included. */
export function formOf(state: WizardState): ReviewForm {
  const form: ReviewForm = {
    ...state.values,
    insolvent: state.insolvent,
    discountBuys: state.discussed ? DISCOUNT_GAINS.filter((g) => state.gains.includes(g)) : [],
  };
  if (state.nextContactEdited) return form;
  const days = nextContactDays(groupOf(liveSegment(form, state.env.settings, state.env.conv)));
  return { ...form, nextContact: addDays(state.env.today, days) };
}

export function errorsOf(form: ReviewForm, conv: Conventions): FieldError[] {
  const check = validateReview(form, conv);
  return check.ok ? [] : check.errors;
}

/** Enter and Next do nothing while a save runs, a question is open, or the review is saved. */
export function canSubmit(state: WizardState): boolean {
  return !state.busy && state.question === undefined && !state.saved;
}

/** Saving a client picked from the list updates it; a name typed in is new until the server says not. */
export function saveMode(state: WizardState): 'new' | 'update' {
  return state.picked !== undefined && clientKey(state.picked) === clientKey(state.values.name)
    ? 'update'
    : 'new';
}

/** The form of the picked client, or a new one; nothing typed before is kept, as after "Review another client". */
function prefilled(state: WizardState, action: Extract<Action, { type: 'prefill' }>): WizardState {
  const fresh = { ...initialState(state.env), focus: { pick: true } as const };
  if (!action.name || !action.form) return fresh;
  const { insolvent, discountBuys, ...texts } = action.form;
  return {
    ...fresh,
    values: { ...fresh.values, ...texts, period: fresh.values.period },
    insolvent,
    discussed: discountBuys.length > 0,
    gains: discountBuys,
    picked: action.name,
    status: { kind: 'prefilled', period: action.period ?? '' },
  };
}

const CHECK_FIELDS: Alert = { kind: 'checkFields' };

function show(state: WizardState, fields: Iterable<TextField>): ReadonlySet<TextField> {
  return new Set([...state.shown, ...fields]);
}

function recheck(state: WizardState): WizardState {
  return { ...state, problems: errorsOf(formOf(state), state.env.conv) };
}

/** Every problem of `errors` (the server's, or the whole form's) on show, and the first one's step open. */
function showProblems(state: WizardState, errors: readonly FieldError[]): WizardState {
  const shown = show(
    state,
    errors.map((e) => e.field),
  );
  const next = { ...state, shown, problems: errors, alert: CHECK_FIELDS };
  const first = errors[0];
  return first ? { ...next, step: stepOf(first.field), focus: { field: first.field } } : next;
}

/** Next: the step's problems on show; moves on only without any. */
function leaveStep(state: WizardState): WizardState {
  const problems = errorsOf(formOf(state), state.env.conv);
  const shown = show(state, STEP_FIELDS[state.step]);
  const here = problems.find((e) => stepOf(e.field) === state.step);
  if (here) return { ...state, shown, problems, alert: CHECK_FIELDS, focus: { field: here.field } };
  const step = state.step + 1;
  return { ...state, shown, problems, alert: undefined, step, focus: { step } };
}

function answered(state: WizardState, result: Wire<SaveResult>): WizardState {
  const done = { ...state, status: undefined, busy: false };
  switch (result.status) {
    case 'saved': {
      const { updated, sheet, row } = result;
      return {
        ...done,
        status: { kind: 'saved', updated, sheet, row },
        saved: true,
        focus: { button: 'again' },
      };
    }
    case 'duplicate': {
      const { name, sheet, row } = result;
      const question: Question = { kind: 'duplicate', name, sheet, row };
      return { ...done, question, navHidden: true, focus: { button: 'update' } };
    }
    case 'period': {
      const { period, sheet, row } = result;
      const question: Question = { kind: 'period', period, sheet, row };
      return { ...done, question, navHidden: true, focus: { button: 'update' } };
    }
    case 'invalid':
      return showProblems(done, result.errors);
    case 'failed':
      return { ...done, alert: { kind: 'server', message: result.message }, focus: { button: 'next' } };
  }
}

function edited(state: WizardState, field: TextField, value: string): WizardState {
  const next = {
    ...state,
    values: { ...state.values, [field]: value },
    nextContactEdited: state.nextContactEdited || field === 'nextContact',
  };
  return state.shown.has(field) ? recheck(next) : next;
}

export function reducer(state: WizardState, action: Action): WizardState {
  switch (action.type) {
    case 'input':
      return edited(state, action.field, action.value);
    case 'leave':
      // A field left blank is not flagged yet: the manager may just be passing through.
      return action.value === '' ? state : recheck({ ...state, shown: show(state, [action.field]) });
    case 'tick':
      return { ...state, [action.box]: action.checked };
    case 'gain': {
      const others = state.gains.filter((g) => g !== action.gain);
      return { ...state, gains: action.checked ? [...others, action.gain] : others };
    }
    case 'next':
      return leaveStep(state);
    case 'back':
      return { ...state, alert: undefined, step: state.step - 1, focus: { step: state.step - 1 } };
    case 'problems':
      return showProblems(state, action.errors);
    case 'saving':
      return { ...state, alert: undefined, status: { kind: 'saving' }, question: undefined, busy: true };
    case 'answer':
      return answered(state, action.result);
    case 'unreachable':
      return {
        ...state,
        status: undefined,
        busy: false,
        alert: { kind: 'failed', message: action.message },
        focus: { button: 'next' },
      };
    case 'resume':
      return { ...state, navHidden: false };
    case 'cancel':
      return { ...state, question: undefined, navHidden: false, focus: { button: 'next' } };
    case 'again':
      return initialState(state.env);
    case 'loading':
      return { ...state, status: { kind: 'loading' } };
    case 'prefill':
      return prefilled(state, action);
  }
}
