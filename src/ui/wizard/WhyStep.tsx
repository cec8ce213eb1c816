/** Step 2: why purchases change, with the segment those answers give, updated as they are typed. */
import { Checkbox } from '../components/Choice';
import { TextField } from '../components/Field';
import type { ReviewForm } from '../../core/review';
import type { Lang } from '../../i18n';
import type { Bind } from './bind';
import type { WizardTexts } from './fields';
import { type Settings, describeSegment, liveSegment } from './segment';
import type { Conventions } from '../../core/vocabulary';

function SegmentPreview(props: {
  readonly lang: Lang;
  readonly t: WizardTexts['why'];
  readonly form: ReviewForm;
  readonly settings: Settings;
  readonly conv: Conventions;
}) {
  const { label, why } = describeSegment(
    liveSegment(props.form, props.settings, props.conv),
    props.lang,
    props.t.noSegment,
  );
  return (
    <div class="live" aria-live="polite" aria-atomic="true">
      <h3>{props.t.segment}</h3>
      <p id="live-segment" class="segment">
        {label}
      </p>
      <p id="live-why" class="gray">
        {why}
      </p>
    </div>
  );
}

export function WhyStep(props: {
  readonly lang: Lang;
  readonly t: WizardTexts['why'];
  readonly bind: Bind;
  readonly form: ReviewForm;
  readonly settings: Settings;
  readonly conv: Conventions;
  readonly onInsolvent: (checked: boolean) => void;
}) {
  const { t, bind, form } = props;
  return (
    <>
      <TextField {...bind('purchasesBefore')} label={t.purchasesBefore} hint={t.moneyHint} kind="number" />
      <TextField {...bind('purchasesNow')} label={t.purchasesNow} hint={t.moneyHint} kind="number" />
      <TextField {...bind('retailChange')} label={t.retailChange} hint={t.retailChangeHint} kind="number" />
      <TextField
        {...bind('retailForecast')}
        label={t.retailForecast}
        hint={t.retailForecastHint}
        kind="number"
      />
      {/* Insolvency decides the segment whatever the days say; they stay as typed, in case it is unticked. */}
      <TextField
        {...bind('overdueDays')}
        label={t.overdueDays}
        hint={t.overdueHint}
        kind="number"
        disabled={form.insolvent}
      />
      <TextField
        {...bind('overdueAmount')}
        label={t.overdueAmount}
        hint={t.overdueAmountHint}
        kind="number"
        disabled={form.insolvent}
      />
      <Checkbox
        id="f-insolvent"
        name="insolvent"
        label={t.insolvent}
        checked={form.insolvent}
        onChange={props.onInsolvent}
      />
      <SegmentPreview lang={props.lang} t={t} form={form} settings={props.settings} conv={props.conv} />
    </>
  );
}
