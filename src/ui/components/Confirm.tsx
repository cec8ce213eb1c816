/**
 * A question with two answers, asked in place of the form's own buttons. Its text is an alert
 * (read out when it appears) and names the group, so both buttons are read with the question.
 */
import { ButtonRow } from './Buttons';

export function ConfirmGroup(props: {
  readonly id: string;
  /** undefined while nothing is asked: the group stays in the page, hidden. */
  readonly question?: string;
  readonly confirm: { readonly id: string; readonly label: string; readonly onClick: () => void };
  readonly cancel: { readonly id: string; readonly label: string; readonly onClick: () => void };
  readonly disabled: boolean;
}) {
  const { id, confirm, cancel, disabled } = props;
  return (
    <div
      id={id}
      class="confirm"
      role="group"
      aria-labelledby={`${id}-text`}
      hidden={props.question === undefined}
    >
      <p id={`${id}-text`} role="alert">
        {props.question}
      </p>
      <ButtonRow>
        <button type="button" id={confirm.id} class="action" disabled={disabled} onClick={confirm.onClick}>
          {confirm.label}
        </button>
        <button type="button" id={cancel.id} disabled={disabled} onClick={cancel.onClick}>
          {cancel.label}
        </button>
      </ButtonRow>
    </div>
  );
}
