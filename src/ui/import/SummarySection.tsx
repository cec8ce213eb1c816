/** The dry run's answer: what the import would add and update, and which rows it would skip and why. */
import type { ImportResult } from '../../addon/import';
import type { Wire } from '../server';
import type { ImportTexts } from './texts';

/** Skipped rows listed one by one; the rest are counted, so a broken file doesn't flood the sidebar. */
const LISTED = 10;

export function SummarySection(props: {
  readonly t: ImportTexts['sidebar'];
  readonly result: Wire<ImportResult>;
}) {
  const { t, result } = props;
  const { skipped } = result;
  return (
    <div id="summary" class="live">
      <p id="summary-counts">{t.summary(result.added, result.updated, result.newClients)}</p>
      {skipped.length > 0 && (
        <>
          <h3>{t.skippedTitle(skipped.length)}</h3>
          <ul id="skipped">
            {skipped.slice(0, LISTED).map((s) => (
              <li key={s.row}>{t.skippedRow(s.row, s.reason)}</li>
            ))}
            {skipped.length > LISTED && <li>{t.more(skipped.length - LISTED)}</li>}
          </ul>
        </>
      )}
      {result.added + result.updated === 0 && <p class="error">{t.nothingToImport}</p>}
    </div>
  );
}
