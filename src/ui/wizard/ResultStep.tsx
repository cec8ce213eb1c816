/** Step 5: the segment, what the playbook says to do, and when to call next. */
import { TextField } from '../components/Field';
import { type ReviewForm, nextContactDays } from '../../core/review';
import { type Lang, texts } from '../../i18n';
import type { Bind } from './bind';
import { describeSegment, groupOf, liveSegment, type Settings } from './segment';
import type { Conventions } from '../../core/vocabulary';

export function ResultStep(props: {
  readonly lang: Lang;
  readonly bind: Bind;
  readonly form: ReviewForm;
  readonly settings: Settings;
  readonly conv: Conventions;
  readonly sheets: { readonly clients: string; readonly monitoring: string };
}) {
  const { lang, bind, sheets } = props;
  const t = texts[lang].wizard.result;
  const live = liveSegment(props.form, props.settings, props.conv);
  const { label, why } = describeSegment(live, lang, t.unknown);
  const group = groupOf(live);
  return (
    <>
      <h3>{t.segment}</h3>
      <p id="result-segment" class="segment">
        {label}
      </p>
      <h3>{t.why}</h3>
      <p id="result-why">{why}</p>
      <h3>{t.todo}</h3>
      <p id="result-action" class="action-text">
        {group === undefined ? '' : texts[lang].segment.actions[group]}
      </p>
      <ul id="result-advice">{group !== undefined && t.advice[group].map((a, i) => <li key={i}>{a}</li>)}</ul>
      <TextField
        {...bind('nextContact')}
        label={t.nextContact}
        hint={t.nextContactHint(nextContactDays(group))}
        kind="date"
      />
      <p class="gray">{t.savesTo(sheets.clients, sheets.monitoring)}</p>
    </>
  );
}
