/**
 * The sidebar's entry, bundled into dist/sidebar.html. The page opens before it knows the
 * spreadsheet's language, so it asks the server first and then draws the wizard.
 */
import { render } from 'preact';
import type { WizardStart } from '../addon/wizard';
import { texts } from '../i18n';
import { callServer, failureText, type Wire } from './server';
import { Wizard } from './wizard/Wizard';

function mountWizard(root: HTMLElement, start: Wire<WizardStart>): void {
  // render() diffs against what the element holds; the placeholder is not the wizard's.
  root.replaceChildren();
  render(<Wizard start={start} />, root);
  root.removeAttribute('aria-busy');
  document.documentElement.lang = start.lang;
  document.title = texts[start.lang].wizard.title;
}

const root = document.getElementById('app')!;

callServer('wizardStart')
  .then((start) => mountWizard(root, start))
  .catch((e: unknown) => {
    root.removeAttribute('aria-busy');
    root.setAttribute('role', 'alert');
    root.textContent = [texts.ru.wizard.startFailed, texts.en.wizard.startFailed]
      .map((f) => f(failureText(e)))
      .join('\n\n');
  });
