/** Step 1: who the client is. */
import { TextField } from '../components/Field';
import type { Bind } from './bind';
import type { WizardTexts } from './fields';

export function ClientStep({ t, bind }: { readonly t: WizardTexts['client']; readonly bind: Bind }) {
  return (
    <>
      <TextField {...bind('name')} label={t.name} required />
      <TextField {...bind('region')} label={t.region} />
      <TextField {...bind('manager')} label={t.manager} hint={t.managerHint} />
      <TextField {...bind('contact')} label={t.contact} />
      <TextField {...bind('phone')} label={t.phone} hint={t.phoneHint} kind="tel" />
      <TextField {...bind('email')} label={t.email} hint={t.emailHint} kind="email" />
    </>
  );
}
