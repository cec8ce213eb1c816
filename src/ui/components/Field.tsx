/**
 * A labelled form field: the label, the control, an optional hint and the problem under it.
 * The control is described by the hint and, while there is one, the problem, so a screen
 * reader reads both when the control takes focus.
 */
import type { ComponentChildren } from 'preact';

export interface FieldProps {
  /** The control's id; its hint and problem get `${id}-hint` and `${id}-error`. */
  readonly id: string;
  readonly name: string;
  readonly value: string;
  /** The problem to show; undefined when there is none. */
  readonly error?: string;
  readonly onInput: (value: string) => void;
  /** Called when focus leaves the control, with what it holds then. */
  readonly onLeave?: (value: string) => void;
}

interface LabelProps {
  readonly label: string;
  readonly hint?: string;
  readonly required?: boolean;
}

/** The aria attributes of a control with an optional hint and problem (a fieldset takes them too). */
export function describedBy(id: string, hint: boolean, error: string | undefined) {
  const ids = [hint ? `${id}-hint` : undefined, error !== undefined ? `${id}-error` : undefined];
  return {
    'aria-describedby': ids.filter(Boolean).join(' ') || undefined,
    'aria-invalid': error !== undefined ? ('true' as const) : undefined,
  };
}

/** The problem under a control; in the page but hidden while there is none. */
export function Problem({ id, error }: { readonly id: string; readonly error?: string }) {
  return (
    <div id={`${id}-error`} class="error field-error" hidden={error === undefined}>
      {error}
    </div>
  );
}

export function Hint({ id, text }: { readonly id: string; readonly text: string }) {
  return (
    <div id={`${id}-hint`} class="hint gray">
      {text}
    </div>
  );
}

/** The frame of one field; `children` is the control. */
export function Field(
  props: LabelProps & { readonly id: string; readonly error?: string; readonly children: ComponentChildren },
) {
  const { id, label, hint, required, error, children } = props;
  return (
    <div class="form-group">
      <label for={id}>
        {label}
        {required && (
          <span class="required" aria-hidden="true">
            {' *'}
          </span>
        )}
      </label>
      {children}
      {hint !== undefined && <Hint id={id} text={hint} />}
      <Problem id={id} error={error} />
    </div>
  );
}

type TextKind = 'text' | 'email' | 'tel' | 'number' | 'date' | 'month' | 'textarea';

/** Input attributes by kind: numbers stay text (the cell readers accept "-12%" or "1 200 000"). */
function inputAttrs(kind: Exclude<TextKind, 'textarea'>) {
  return {
    type: kind === 'number' ? 'text' : kind,
    inputmode: kind === 'number' ? 'decimal' : undefined,
    spellcheck: kind === 'text' ? undefined : false,
  };
}

const valueOf = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;

export function TextField(
  props: FieldProps & LabelProps & { readonly kind?: TextKind; readonly disabled?: boolean },
) {
  const { id, name, value, error, onInput, onLeave, kind = 'text' } = props;
  const control = {
    id,
    name,
    value,
    disabled: props.disabled,
    autocomplete: 'off',
    'aria-required': props.required ? ('true' as const) : undefined,
    ...describedBy(id, props.hint !== undefined, error),
    onInput: (e: Event) => onInput(valueOf(e)),
    onBlur: (e: Event) => onLeave?.(valueOf(e)),
  };
  return (
    <Field id={id} label={props.label} hint={props.hint} required={props.required} error={error}>
      {kind === 'textarea' ? (
        <textarea {...control} rows={3} />
      ) : (
        <input {...control} {...inputAttrs(kind)} />
      )}
    </Field>
  );
}

export interface Option {
  readonly value: string;
  readonly label: string;
}

export function SelectField(props: FieldProps & LabelProps & { readonly options: readonly Option[] }) {
  const { id, name, value, error, onInput, onLeave } = props;
  return (
    <Field id={id} label={props.label} hint={props.hint} required={props.required} error={error}>
      <select
        id={id}
        name={name}
        value={value}
        {...describedBy(id, props.hint !== undefined, error)}
        onInput={(e) => onInput(e.currentTarget.value)}
        onBlur={(e) => onLeave?.(e.currentTarget.value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
