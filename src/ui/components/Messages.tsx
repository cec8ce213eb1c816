/**
 * The two message regions of a form. Both stay in the page while empty (CSS hides them), since
 * a screen reader only announces changes to a live region that already exists.
 */

/** Progress and success, read out politely. */
export function StatusRegion({ id, text }: { readonly id: string; readonly text: string }) {
  return (
    <div id={id} role="status" aria-live="polite" class="status">
      {text}
    </div>
  );
}

/** A problem, read out at once. */
export function AlertRegion({ id, text }: { readonly id: string; readonly text: string }) {
  return (
    <div id={id} role="alert" class="error alert">
      {text}
    </div>
  );
}
