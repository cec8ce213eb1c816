/** Back, Next (Save on the last step), and once saved, "Review another client" in their place. */
import { ButtonRow } from '../components/Buttons';
import { LAST_STEP, type WizardTexts } from './fields';
import type { WizardState } from './state';

export function Nav(props: {
  readonly t: WizardTexts['buttons'];
  readonly state: WizardState;
  readonly onBack: () => void;
  readonly onAgain: () => void;
}) {
  const { t, state } = props;
  const { busy, saved } = state;
  return (
    <ButtonRow class="nav" hidden={state.navHidden}>
      <button
        type="button"
        id="back"
        hidden={state.step === 0 || saved}
        disabled={busy}
        onClick={props.onBack}
      >
        {t.back}
      </button>
      {/* The form's submit button: Enter in a field presses it. */}
      <button type="submit" id="next" class="action" hidden={saved} disabled={busy}>
        {busy ? t.saving : state.step === LAST_STEP ? t.save : t.next}
      </button>
      <button type="button" id="again" hidden={!saved} onClick={props.onAgain}>
        {t.again}
      </button>
    </ButtonRow>
  );
}
