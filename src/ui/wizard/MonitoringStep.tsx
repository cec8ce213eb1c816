/**
 * Step 3: the Monitoring period, one group per block of the Monitoring sheet, all optional. The
 * dynamics step 2 asked (retail change, days overdue) are not asked again.
 */
import { BLOCKS } from '../../core/blocks';
import { Group } from '../components/Choice';
import { SelectField, TextField } from '../components/Field';
import type { Lang } from '../../i18n';
import type { Bind } from './bind';
import { ASKED_IN_STEP_2, type WizardTexts, dynamicsLabel } from './fields';

export function MonitoringStep(props: {
  readonly lang: Lang;
  readonly t: WizardTexts['monitoring'];
  readonly bind: Bind;
}) {
  const { lang, t, bind } = props;
  const yesNo = [
    { value: '', label: t.unset },
    { value: 'yes', label: t.yes },
    { value: 'no', label: t.no },
  ];
  return (
    <>
      <TextField {...bind('period')} label={t.period} hint={t.periodHint} kind="date" />
      {BLOCKS.map((block) => {
        const dynamics = bind(`${block.key}Dynamics`);
        return (
          <Group key={block.key} class="block-group" legend={block[lang]}>
            {ASKED_IN_STEP_2.has(block.key) ? (
              <p class="gray">{t.fromStep2}</p>
            ) : block.type === 'choice' ? (
              <SelectField {...dynamics} label={t.choice} options={yesNo} />
            ) : (
              <TextField {...dynamics} label={dynamicsLabel(t, block.type)} kind="number" />
            )}
            <TextField {...bind(`${block.key}Forecast`)} label={t.forecast} />
          </Group>
        );
      })}
    </>
  );
}
