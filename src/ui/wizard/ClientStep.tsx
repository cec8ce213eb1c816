/** Step 1: who the client is: one of the list, to start from its latest period, or a new one. */
import { SelectField, TextField } from '../components/Field';
import type { Bind } from './bind';
import type { WizardTexts } from './fields';

export function ClientStep(props: {
  readonly t: WizardTexts['client'];
  readonly bind: Bind;
  readonly clients: readonly string[];
  readonly picked?: string;
  readonly onPick: (name: string) => void;
}) {
  const { t, bind } = props;
  const options = [{ value: '', label: t.pickNew }, ...props.clients.map((n) => ({ value: n, label: n }))];
  return (
    <>
      {props.clients.length > 0 && (
        <SelectField
          id="f-pick"
          name="pick"
          value={props.picked ?? ''}
          onInput={props.onPick}
          label={t.pick}
          hint={t.pickHint}
          options={options}
        />
      )}
      <TextField {...bind('name')} label={t.name} required />
      <TextField {...bind('region')} label={t.region} />
      <TextField {...bind('manager')} label={t.manager} hint={t.managerHint} />
      <TextField {...bind('contact')} label={t.contact} />
      <TextField {...bind('phone')} label={t.phone} hint={t.phoneHint} kind="tel" />
      <TextField {...bind('email')} label={t.email} hint={t.emailHint} kind="email" />
      <TextField {...bind('creditLimit')} label={t.creditLimit} hint={t.creditLimitHint} kind="number" />
      <TextField {...bind('paymentTerms')} label={t.paymentTerms} kind="number" />
    </>
  );
}
