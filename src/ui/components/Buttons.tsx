/** A row of buttons; the last "action" button sits at the right (sidebar.css). */
import type { ComponentChildren } from 'preact';

export function ButtonRow(props: {
  readonly class?: string;
  readonly hidden?: boolean;
  readonly children: ComponentChildren;
}) {
  return (
    <div class={props.class ? `buttons ${props.class}` : 'buttons'} hidden={props.hidden}>
      {props.children}
    </div>
  );
}
