/**
 * The five steps of the new-client review. The form's DOM is its state: nothing is cleared on
 * an error, so what the manager typed stays. Checks and the segment come from src/core, the
 * same code the server and =SEGMENT() run.
 */
import type { SaveMode, WizardStart } from '../addon/wizard';
import { BLOCKS } from '../core/blocks';
import {
  DISCOUNT_GAINS,
  type DiscountGain,
  type FieldError,
  type ReviewForm,
  TEXT_FIELDS,
  type TextField,
  nextContactDays,
  validateReview,
} from '../core/review';
import { type SegmentReason, explainSegmentRow } from '../core/segment';
import { texts } from '../i18n';
import { fieldProblem } from '../i18n/wizard';
import { el, setText } from './dom';
import { callServer, failureText, type Wire } from './server';
import { CellProblem } from '../core/vocabulary';
import { addDays } from '../core/days';
import { segmentLabel, segmentReasonText } from '../present/segment';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLFieldSetElement;

interface FieldView {
  readonly step: number;
  readonly label: string;
  readonly control: Control;
  readonly error: HTMLElement;
  readonly hintId?: string;
}

type FieldKind = 'text' | 'email' | 'tel' | 'number' | 'textarea' | 'date';

interface FieldSpec {
  readonly field: TextField;
  readonly label: string;
  readonly hint?: string;
  readonly kind?: FieldKind;
  readonly required?: boolean;
}

/** The segment as the sheet would compute it from the form, or why it can't be yet. */
type LiveSegment =
  | { readonly kind: 'reason'; readonly reason: SegmentReason }
  | { readonly kind: 'blank' }
  | { readonly kind: 'problem'; readonly problem: CellProblem };

const SETTING_ARGS = new Set(['drop_threshold', 'overdue_limit']);

export function mountWizard(root: HTMLElement, start: Wire<WizardStart>): void {
  const { lang } = start;
  const t = texts[lang].wizard;
  const views = new Map<TextField, FieldView>();
  /** Fields whose problems are on show: touched and left, or part of a step the manager tried to leave. */
  const shown = new Set<TextField>();
  const sections: HTMLElement[] = [];
  let current = 0;
  let busy = false;
  let nextContactEdited = false;

  const form = el('form', { class: 'wizard', novalidate: true, 'aria-labelledby': 'step-title' });
  const stepOf = el('p', { class: 'step-of gray', id: 'step-of' });
  const title = el('h2', { id: 'step-title', tabindex: '-1' });
  const status = el('div', { id: 'status', role: 'status', 'aria-live': 'polite', class: 'status' });
  const alert = el('div', { id: 'alert', role: 'alert', class: 'error alert' });
  const back = el('button', { type: 'button', id: 'back' }, t.buttons.back);
  const next = el('button', { type: 'submit', id: 'next', class: 'action' }, t.buttons.next);
  const again = el('button', { type: 'button', id: 'again', hidden: true }, t.buttons.again);
  const confirmText = el('p', { id: 'confirm-text', role: 'alert' });
  const update = el('button', { type: 'button', id: 'update', class: 'action' });
  const cancel = el('button', { type: 'button', id: 'cancel' }, t.buttons.cancel);
  const confirm = el(
    'div',
    { id: 'confirm', class: 'confirm', role: 'group', 'aria-labelledby': 'confirm-text', hidden: true },
    confirmText,
    el('div', { class: 'buttons' }, update, cancel),
  );
  const nav = el('div', { class: 'buttons nav' }, back, next, again);

  function section(heading: string, intro?: string): HTMLElement {
    const s = el('section', { 'data-step': String(sections.length), hidden: true });
    s.dataset.title = heading;
    if (intro) s.append(el('p', { class: 'intro gray' }, intro));
    sections.push(s);
    return s;
  }

  function register(field: TextField, label: string, control: Control, error: HTMLElement, hintId?: string) {
    views.set(field, { step: sections.length - 1, label, control, error, hintId });
    if (hintId) control.setAttribute('aria-describedby', hintId);
  }

  function textField(spec: FieldSpec): HTMLElement {
    const id = `f-${spec.field}`;
    const hintId = spec.hint ? `${id}-hint` : undefined;
    const error = el('div', { id: `${id}-error`, class: 'error field-error', hidden: true });
    const kind = spec.kind ?? 'text';
    const common = {
      id,
      name: spec.field,
      'aria-required': spec.required ? 'true' : undefined,
      autocomplete: 'off',
    };
    const control =
      kind === 'textarea'
        ? el('textarea', { ...common, rows: '3' })
        : el('input', {
            ...common,
            type: kind === 'number' ? 'text' : kind,
            inputmode: kind === 'number' ? 'decimal' : undefined,
            spellcheck: kind === 'text' ? undefined : 'false',
          });
    register(spec.field, spec.label, control, error, hintId);
    return el(
      'div',
      { class: 'form-group' },
      el(
        'label',
        { for: id },
        spec.label,
        ...(spec.required ? [el('span', { class: 'required', 'aria-hidden': 'true' }, ' *')] : []),
      ),
      control,
      ...(hintId ? [el('div', { id: hintId, class: 'hint gray' }, spec.hint!)] : []),
      error,
    );
  }

  function yesNoSelect(field: TextField, label: string): HTMLElement {
    const id = `f-${field}`;
    const error = el('div', { id: `${id}-error`, class: 'error field-error', hidden: true });
    const select = el(
      'select',
      { id, name: field },
      el('option', { value: '' }, t.monitoring.unset),
      el('option', { value: 'yes' }, t.monitoring.yes),
      el('option', { value: 'no' }, t.monitoring.no),
    );
    register(field, label, select, error);
    return el('div', { class: 'form-group' }, el('label', { for: id }, label), select, error);
  }

  function checkbox(name: string, value?: string): HTMLInputElement {
    return el('input', { type: 'checkbox', name, value, id: value ? `f-${name}-${value}` : `f-${name}` });
  }

  function labelled(box: HTMLInputElement, label: string): HTMLElement {
    return el('div', { class: 'check' }, box, el('label', { for: box.id }, label));
  }

  // Step 1: the client.
  const s1 = section(t.client.title);
  s1.append(
    textField({ field: 'name', label: t.client.name, required: true }),
    textField({ field: 'region', label: t.client.region }),
    textField({ field: 'manager', label: t.client.manager, hint: t.client.managerHint }),
    textField({ field: 'contact', label: t.client.contact }),
    textField({ field: 'phone', label: t.client.phone, hint: t.client.phoneHint, kind: 'tel' }),
    textField({ field: 'email', label: t.client.email, hint: t.client.emailHint, kind: 'email' }),
  );

  // Step 2: why purchases change, with the segment as it would be computed.
  const s2 = section(t.why.title, t.why.intro);
  const insolvent = checkbox('insolvent');
  const liveLabel = el('p', { id: 'live-segment', class: 'segment' });
  const liveWhy = el('p', { id: 'live-why', class: 'gray' });
  s2.append(
    textField({
      field: 'purchasesBefore',
      label: t.why.purchasesBefore,
      hint: t.why.moneyHint,
      kind: 'number',
    }),
    textField({ field: 'purchasesNow', label: t.why.purchasesNow, hint: t.why.moneyHint, kind: 'number' }),
    textField({
      field: 'retailChange',
      label: t.why.retailChange,
      hint: t.why.retailChangeHint,
      kind: 'number',
    }),
    textField({
      field: 'retailForecast',
      label: t.why.retailForecast,
      hint: t.why.retailForecastHint,
      kind: 'number',
    }),
    textField({ field: 'overdueDays', label: t.why.overdueDays, hint: t.why.overdueHint, kind: 'number' }),
    labelled(insolvent, t.why.insolvent),
    el(
      'div',
      { class: 'live', 'aria-live': 'polite', 'aria-atomic': 'true' },
      el('h3', {}, t.why.segment),
      liveLabel,
      liveWhy,
    ),
  );

  // Step 3: the monitoring baseline, one group per block of the Monitoring sheet.
  const s3 = section(t.monitoring.title, t.monitoring.intro);
  for (const block of BLOCKS) {
    const legend = block[lang];
    const dynamics = `${block.key}Dynamics` as const;
    const forecast = `${block.key}Forecast` as const;
    const fields =
      block.type === 'choice'
        ? yesNoSelect(dynamics, t.monitoring.choice)
        : textField({
            field: dynamics,
            label: block.type === 'percent' ? t.monitoring.percent : t.monitoring.integer,
            kind: 'number',
          });
    const forecastField = textField({ field: forecast, label: t.monitoring.forecast });
    s3.append(el('fieldset', { class: 'block-group' }, el('legend', {}, legend), fields, forecastField));
    // Messages name the block too: "Sales of our assortment: Dynamics, %".
    for (const f of [dynamics, forecast]) {
      const v = views.get(f)!;
      views.set(f, { ...v, label: `${legend}: ${v.label}` });
    }
  }

  // Step 4: price.
  const s4 = section(t.price.title, t.price.intro);
  const askedError = el('div', { id: 'f-priceAsked-error', class: 'error field-error', hidden: true });
  const asked = el(
    'fieldset',
    { id: 'f-priceAsked', class: 'radios' },
    el('legend', {}, t.price.asked),
    ...(['yes', 'no'] as const).map((v) =>
      el(
        'div',
        { class: 'check' },
        el('input', { type: 'radio', name: 'priceAsked', value: v, id: `f-priceAsked-${v}` }),
        el('label', { for: `f-priceAsked-${v}` }, t.price[v]),
      ),
    ),
    askedError,
  );
  register('priceAsked', t.price.asked, asked, askedError);
  const discussed = checkbox('discussed');
  const gainBoxes = new Map<DiscountGain, HTMLInputElement>(
    DISCOUNT_GAINS.map((g) => [g, checkbox('discountBuys', g)]),
  );
  const gains = el(
    'fieldset',
    { id: 'gains', class: 'radios', hidden: true, 'aria-describedby': 'gains-hint' },
    el('legend', {}, t.price.buys),
    ...DISCOUNT_GAINS.map((g) => labelled(gainBoxes.get(g)!, t.price.gains[g])),
    el('div', { id: 'gains-hint', class: 'hint gray' }, t.price.buysHint),
  );
  s4.append(
    asked,
    textField({ field: 'priceAnswer', label: t.price.answer, kind: 'textarea' }),
    labelled(discussed, t.price.discussed),
    gains,
  );

  // Step 5: the result.
  const s5 = section(t.result.title);
  const resultSegment = el('p', { id: 'result-segment', class: 'segment' });
  const resultWhy = el('p', { id: 'result-why' });
  const resultAction = el('p', { id: 'result-action', class: 'action-text' });
  const resultAdvice = el('ul', { id: 'result-advice' });
  const nextContactHint = el('div', { id: 'f-nextContact-hint', class: 'hint gray' });
  const nextContactGroup = textField({ field: 'nextContact', label: t.result.nextContact, kind: 'date' });
  nextContactGroup.insertBefore(nextContactHint, views.get('nextContact')!.error);
  views.set('nextContact', { ...views.get('nextContact')!, hintId: nextContactHint.id });
  s5.append(
    el('h3', {}, t.result.segment),
    resultSegment,
    el('h3', {}, t.result.why),
    resultWhy,
    el('h3', {}, t.result.todo),
    resultAction,
    resultAdvice,
    nextContactGroup,
    el('p', { class: 'gray' }, t.result.savesTo(start.sheets.clients, start.sheets.monitoring)),
  );

  form.append(el('header', {}, stepOf, title), ...sections, alert, confirm, status, nav);
  root.replaceChildren(form);
  root.removeAttribute('aria-busy');
  document.documentElement.lang = lang;
  document.title = t.title;

  const control = (f: TextField) => views.get(f)!.control;

  function readForm(): ReviewForm {
    const value = (f: TextField) => {
      const item = form.elements.namedItem(f);
      return item && 'value' in item ? String(item.value) : '';
    };
    return {
      ...(Object.fromEntries(TEXT_FIELDS.map((f) => [f, value(f)])) as Record<TextField, string>),
      insolvent: insolvent.checked,
      discountBuys: discussed.checked ? DISCOUNT_GAINS.filter((g) => gainBoxes.get(g)!.checked) : [],
    };
  }

  function liveSegment(f: ReviewForm): LiveSegment {
    try {
      const reason = explainSegmentRow(
        {
          retail_change: f.retailChange,
          retail_forecast: f.retailForecast,
          overdue_days: f.insolvent ? true : f.overdueDays,
          drop_threshold: start.settings.dropThreshold,
          overdue_limit: start.settings.overdueLimit,
        },
        start.conv,
      );
      return reason ? { kind: 'reason', reason } : { kind: 'blank' };
    } catch (e) {
      if (e instanceof CellProblem) return { kind: 'problem', problem: e };
      throw e;
    }
  }

  /** The segment in words; a bad threshold on the Settings sheet is shown as =SEGMENT() would show it. */
  function describe(live: LiveSegment, blank: string): { label: string; why: string } {
    if (live.kind === 'reason')
      return { label: segmentLabel(live.reason.group, lang), why: segmentReasonText(live.reason, lang) };
    if (live.kind === 'blank') return { label: '—', why: blank };
    if (SETTING_ARGS.has(live.problem.arg))
      return { label: '—', why: texts[lang].common.problem(live.problem) };
    return { label: '—', why: t.why.fixFirst };
  }

  function renderLive(): void {
    const { label, why } = describe(liveSegment(readForm()), t.why.noSegment);
    setText(liveLabel, label);
    setText(liveWhy, why);
  }

  function renderResult(): void {
    const f = readForm();
    const live = liveSegment(f);
    const { label, why } = describe(live, t.result.unknown);
    setText(resultSegment, label);
    setText(resultWhy, why);
    const group = live.kind === 'reason' ? live.reason.group : undefined;
    setText(resultAction, group === undefined ? '' : texts[lang].segment.actions[group]);
    resultAdvice.replaceChildren(
      ...(group === undefined ? [] : t.result.advice[group].map((a) => el('li', {}, a))),
    );
    const days = nextContactDays(group);
    setText(nextContactHint, t.result.nextContactHint(days));
    if (!nextContactEdited) (control('nextContact') as HTMLInputElement).value = addDays(start.today, days);
  }

  function errorsOf(f: ReviewForm): FieldError[] {
    const check = validateReview(f, start.conv);
    return check.ok ? [] : check.errors;
  }

  function renderErrors(errors: readonly FieldError[]): void {
    for (const [field, view] of views) {
      const e = shown.has(field) ? errors.find((x) => x.field === field) : undefined;
      const message = e ? fieldProblem(lang, e.code, view.label, e.value) : '';
      setText(view.error, message);
      view.error.hidden = !e;
      const described = [view.hintId, e ? view.error.id : undefined].filter(Boolean).join(' ');
      if (described) view.control.setAttribute('aria-describedby', described);
      else view.control.removeAttribute('aria-describedby');
      if (e) view.control.setAttribute('aria-invalid', 'true');
      else view.control.removeAttribute('aria-invalid');
    }
  }

  function focusField(field: TextField): void {
    const c = control(field);
    (c instanceof HTMLFieldSetElement ? c.querySelector('input') : c)?.focus();
  }

  /** Shows every problem of `errors` (the server's, or the whole form's) and opens the step of the first. */
  function showProblems(errors: readonly FieldError[]): void {
    for (const e of errors) shown.add(e.field);
    renderErrors(errors);
    setText(alert, t.checkFields);
    const first = errors[0];
    if (first) {
      go(views.get(first.field)!.step, false);
      focusField(first.field);
    }
  }

  const isLast = () => current === sections.length - 1;

  function go(step: number, focus = true): void {
    current = step;
    sections.forEach((s, i) => (s.hidden = i !== step));
    setText(stepOf, t.stepOf(step + 1, sections.length));
    setText(title, sections[step].dataset.title ?? '');
    back.hidden = step === 0;
    setText(next, isLast() ? t.buttons.save : t.buttons.next);
    if (step === 1) renderLive();
    if (step === sections.length - 1) renderResult();
    if (!focus) return;
    const first = sections[step].querySelector<HTMLElement>('input, select, textarea');
    if (isLast() || !first) title.focus();
    else first.focus();
  }

  function leaveStep(): void {
    const errors = errorsOf(readForm()).filter((e) => views.get(e.field)!.step === current);
    for (const [field, view] of views) if (view.step === current) shown.add(field);
    renderErrors(errorsOf(readForm()));
    if (errors.length) {
      setText(alert, t.checkFields);
      focusField(errors[0].field);
      return;
    }
    setText(alert, '');
    go(current + 1);
  }

  function setBusy(on: boolean): void {
    busy = on;
    form.setAttribute('aria-busy', String(on));
    next.disabled = on;
    back.disabled = on;
    update.disabled = on;
    cancel.disabled = on;
    setText(next, on ? t.buttons.saving : isLast() ? t.buttons.save : t.buttons.next);
  }

  async function save(mode: SaveMode): Promise<void> {
    const f = readForm();
    const errors = errorsOf(f);
    if (errors.length) {
      showProblems(errors);
      return;
    }
    setText(alert, '');
    setText(status, t.buttons.saving);
    confirm.hidden = true;
    setBusy(true);
    /** Where the keyboard goes once the buttons work again. */
    let focusNext: HTMLElement | undefined = next;
    try {
      const result = await callServer('saveClientReview', f, mode);
      setText(status, '');
      switch (result.status) {
        case 'saved':
          setText(status, (result.updated ? t.updated : t.saved)(result.sheet, result.row));
          next.hidden = true;
          back.hidden = true;
          again.hidden = false;
          focusNext = again;
          break;
        case 'duplicate':
          setText(confirmText, t.duplicate(result.name, result.sheet, result.row));
          setText(update, t.buttons.update(result.row));
          confirm.hidden = false;
          nav.hidden = true;
          focusNext = update;
          break;
        case 'invalid':
          showProblems(result.errors);
          focusNext = undefined;
          break;
        case 'failed':
          setText(alert, result.message);
          break;
      }
    } catch (e) {
      setText(status, '');
      setText(alert, t.failed(failureText(e)));
    } finally {
      setBusy(false);
      focusNext?.focus();
    }
  }

  function startOver(): void {
    form.reset();
    shown.clear();
    nextContactEdited = false;
    gains.hidden = true;
    control('overdueDays').removeAttribute('disabled');
    renderErrors([]);
    setText(status, '');
    setText(alert, '');
    again.hidden = true;
    next.hidden = false;
    go(0);
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (busy || !confirm.hidden || !again.hidden) return;
    if (!isLast()) leaveStep();
    else void save('new');
  });
  back.addEventListener('click', () => {
    setText(alert, '');
    go(current - 1);
  });
  update.addEventListener('click', () => {
    nav.hidden = false;
    void save('update');
  });
  cancel.addEventListener('click', () => {
    confirm.hidden = true;
    nav.hidden = false;
    next.focus();
  });
  again.addEventListener('click', startOver);
  form.addEventListener('input', (e) => {
    const name = (e.target as Partial<HTMLInputElement>).name as TextField | undefined;
    if (name === 'nextContact') nextContactEdited = true;
    if (name && shown.has(name)) renderErrors(errorsOf(readForm()));
    if (current === 1) renderLive();
  });
  form.addEventListener('change', () => {
    (control('overdueDays') as HTMLInputElement).disabled = insolvent.checked;
    gains.hidden = !discussed.checked;
    if (current === 1) renderLive();
  });
  form.addEventListener('focusout', (e) => {
    const name = (e.target as Partial<HTMLInputElement>).name as TextField | undefined;
    if (!name || !views.has(name) || (e.target as HTMLInputElement).value === '') return;
    shown.add(name);
    renderErrors(errorsOf(readForm()));
  });

  go(0);
}
