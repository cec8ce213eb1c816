/**
 * A guided form's steps: "Step N of M" and the step's title above, then every step's section,
 * only the current one shown. Hidden steps stay in the page, so their controls keep what was
 * typed while the person goes back and forth.
 */
import type { ComponentChildren } from 'preact';

/** The title's id: the form is labelled by it, and focus goes to it on a step without fields. */
export const STEP_TITLE_ID = 'step-title';

export interface Step {
  readonly title: string;
  readonly intro?: string;
  readonly body: ComponentChildren;
}

export function Steps(props: {
  readonly steps: readonly Step[];
  readonly current: number;
  readonly stepOf: (n: number, total: number) => string;
}) {
  const { steps, current } = props;
  return (
    <>
      <header>
        <p class="step-of gray" id="step-of">
          {props.stepOf(current + 1, steps.length)}
        </p>
        <h2 id={STEP_TITLE_ID} tabIndex={-1}>
          {steps[current].title}
        </h2>
      </header>
      {steps.map((step, i) => (
        <section key={i} data-step={i} hidden={i !== current}>
          {step.intro !== undefined && <p class="intro gray">{step.intro}</p>}
          {step.body}
        </section>
      ))}
    </>
  );
}

/** Where focus goes on entering a step: its first control, or the title when it has none. */
export function stepFocusTarget(form: HTMLElement, step: number): HTMLElement | null {
  const section = form.querySelector(`section[data-step="${step}"]`);
  return (
    section?.querySelector<HTMLElement>('input, select, textarea') ?? document.getElementById(STEP_TITLE_ID)
  );
}
