/** Step 4: price sensitivity, and what a discount would buy if one was discussed. */
import { Checkbox, Group, RadioGroup } from '../components/Choice';
import { TextField } from '../components/Field';
import { DISCOUNT_GAINS, type DiscountGain } from '../../core/review';
import type { Bind } from './bind';
import type { WizardTexts } from './fields';

export function PriceStep(props: {
  readonly t: WizardTexts['price'];
  readonly bind: Bind;
  readonly discussed: boolean;
  readonly gains: readonly DiscountGain[];
  readonly onDiscussed: (checked: boolean) => void;
  readonly onGain: (gain: DiscountGain, checked: boolean) => void;
}) {
  const { t, bind, discussed } = props;
  const yesNo = [
    { value: 'yes', label: t.yes },
    { value: 'no', label: t.no },
  ];
  return (
    <>
      <RadioGroup {...bind('priceAsked')} legend={t.asked} options={yesNo} />
      <TextField {...bind('priceAnswer')} label={t.answer} kind="textarea" />
      <Checkbox
        id="f-discussed"
        name="discussed"
        label={t.discussed}
        checked={discussed}
        onChange={props.onDiscussed}
      />
      <Group id="gains" class="radios" legend={t.buys} hint={t.buysHint} hidden={!discussed}>
        {DISCOUNT_GAINS.map((g) => (
          <Checkbox
            key={g}
            id={`f-discountBuys-${g}`}
            name="discountBuys"
            value={g}
            label={t.gains[g]}
            checked={props.gains.includes(g)}
            onChange={(checked) => props.onGain(g, checked)}
          />
        ))}
      </Group>
    </>
  );
}
