/**
 * The sidebar's entry, bundled into dist/sidebar.html. The page opens before it knows the
 * spreadsheet's language, so it asks the server first and then draws the wizard.
 */
import { render } from 'preact';
import { texts } from '../i18n';
import { callServer, failureText } from './server';
import { Wizard } from './wizard/Wizard';

const root = document.getElementById('app')!;

callServer('wizardStart')
  .then((start) => {
    // render() diffs against what the element holds; the placeholder is not the wizard's.
    root.replaceChildren();
    render(<Wizard start={start} />, root);
    root.removeAttribute('aria-busy');
    document.documentElement.lang = start.lang;
    document.title = texts[start.lang].wizard.title;
  })
  .catch((e: unknown) => {
    root.removeAttribute('aria-busy');
    root.setAttribute('role', 'alert');
    root.textContent = [texts.ru.wizard.startFailed, texts.en.wizard.startFailed]
      .map((f) => f(failureText(e)))
      .join('\n\n');
  });
