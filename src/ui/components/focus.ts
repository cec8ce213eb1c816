/**
 * Moving the keyboard focus after a render: a handler asks for it in state (a new object each
 * time, so asking twice for the same place moves focus twice), and the layout effect moves it
 * once the page shows the target, before the next key press is handled.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/** Focuses a control; a fieldset (a radio group) by its first input. */
function focusControl(target: Element | null): void {
  const control = target instanceof HTMLFieldSetElement ? target.querySelector('input') : target;
  if (control instanceof HTMLElement) control.focus();
}

export function useFocusRequest<R extends object>(
  request: R | undefined,
  root: RefObject<HTMLElement>,
  find: (root: HTMLElement, request: R) => Element | null,
): void {
  useLayoutEffect(() => {
    if (request && root.current) focusControl(find(root.current, request));
    // Only a new request moves focus, not every render: typing must not pull the cursor away.
  }, [request]);
}
