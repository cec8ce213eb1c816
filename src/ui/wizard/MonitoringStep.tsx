/** Step 3: the monitoring baseline, one group per block of the Monitoring sheet, all optional. */
import { BLOCKS } from '../../core/blocks';
import { Group } from '../components/Choice';
import { SelectField, TextField } from '../components/Field';
import type { Lang } from '../../i18n';
import type { Bind } from './bind';
import { type WizardTexts, dynamicsLabel } from './fields';

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
      {BLOCKS.map((block) => {
        const dynamics = bind(`${block.key}Dynamics`);
        return (
          <Group key={block.key} class="block-group" legend={block[lang]}>
            {block.type === 'choice' ? (
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
