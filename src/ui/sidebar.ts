/**
 * The sidebar's entry, bundled into dist/sidebar.html. The page opens before it knows the
 * spreadsheet's language, so it asks the server first and then draws the wizard.
 */
import { texts } from '../i18n';
import { callServer, failureText } from './server';
import { mountWizard } from './wizard';

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
