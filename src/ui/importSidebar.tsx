/**
 * The import sidebar's entry, bundled into dist/import.html (the wizard's is sidebar.tsx). The page opens before it knows
 * the spreadsheet's language, so it asks the server first and then draws the form.
 */
import { render } from 'preact';
import { texts } from '../i18n';
import { Importer } from './import/Importer';
import { callServer, failureText } from './server';

const root = document.getElementById('app')!;

callServer('importStart')
  .then((start) => {
    // render() diffs against what the element holds; the placeholder is not the form's.
    root.replaceChildren();
    render(<Importer start={start} />, root);
    root.removeAttribute('aria-busy');
    document.documentElement.lang = start.lang;
    document.title = texts[start.lang].import.title;
  })
  .catch((e: unknown) => {
    root.removeAttribute('aria-busy');
    root.setAttribute('role', 'alert');
    root.textContent = [texts.ru.import.sidebar.startFailed, texts.en.import.sidebar.startFailed]
      .map((f) => f(failureText(e)))
      .join('\n\n');
  });
