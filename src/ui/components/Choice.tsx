/** Ticks and choices: a checkbox with its label, a fieldset of related controls, a radio group. */
import type { ComponentChildren } from 'preact';
import { type FieldProps, type Option, Problem, describedBy, Hint } from './Field';

export function Checkbox(props: {
  readonly id: string;
  readonly name: string;
  readonly value?: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}) {
  const { id, label, onChange } = props;
  return (
    <div class="check">
      <input
        type="checkbox"
        id={id}
        name={props.name}
        value={props.value}
        checked={props.checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
    </div>
  );
}

/** A fieldset with its legend; a hint goes after the controls, like a field's. */
export function Group(props: {
  readonly id?: string;
  readonly class: string;
  readonly legend: string;
  readonly hint?: string;
  readonly error?: string;
  readonly hidden?: boolean;
  readonly children: ComponentChildren;
}) {
  const { id, hint, error } = props;
  return (
    <fieldset
      id={id}
      class={props.class}
      hidden={props.hidden}
      {...(id !== undefined && describedBy(id, hint !== undefined, error))}
    >
      <legend>{props.legend}</legend>
      {props.children}
      {id !== undefined && hint !== undefined && <Hint id={id} text={hint} />}
    </fieldset>
  );
}

/** One choice of a few, as radios; the value is the chosen option's ('' before any). */
export function RadioGroup(
  props: FieldProps & { readonly legend: string; readonly options: readonly Option[] },
) {
  const { id, name, value, error, onInput, onLeave } = props;
  return (
    <Group id={id} class="radios" legend={props.legend} error={error}>
      {props.options.map((o) => (
        <div key={o.value} class="check">
          <input
            type="radio"
            id={`${id}-${o.value}`}
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onInput(o.value)}
            onBlur={() => onLeave?.(o.value)}
          />
          <label for={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
      <Problem id={id} error={error} />
    </Group>
  );
}
