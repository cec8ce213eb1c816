/** A field of the review wired to the wizard's state: its value, its problem, and its events. */
import type { ReviewForm, TextField } from '../../core/review';
import type { Lang } from '../../i18n';
import { fieldProblem } from '../../i18n/wizard';
import type { FieldProps } from '../components/Field';
import { fieldLabel } from './fields';
import type { Action, WizardState } from './state';

export type Bind = (field: TextField) => FieldProps;

/** The message under a field, once the field's problems are on show. */
function problemText(state: WizardState, lang: Lang, field: TextField): string | undefined {
  const e = state.shown.has(field) ? state.problems.find((p) => p.field === field) : undefined;
  return e && fieldProblem(lang, e.code, fieldLabel(lang, field), e.value);
}

export function binder(
  state: WizardState,
  form: ReviewForm,
  dispatch: (action: Action) => void,
  lang: Lang,
): Bind {
  return (field) => ({
    id: `f-${field}`,
    name: field,
    value: form[field],
    error: problemText(state, lang, field),
    onInput: (value) => dispatch({ type: 'input', field, value }),
    onLeave: (value) => dispatch({ type: 'leave', field, value }),
  });
}
