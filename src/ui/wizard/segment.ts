/**
 * The segment as the sheet would compute it from the form, with the code =SEGMENT() runs, and
 * in words for the page.
 */
import type { ReviewForm } from '../../core/review';
import { type SegmentGroup, type SegmentReason, explainSegmentRow } from '../../core/segment';
import { type Lang, texts } from '../../i18n';
import type { Wire } from '../server';
import type { WizardStart } from '../../addon/wizard';
import { CellProblem, type Conventions } from '../../core/vocabulary';
import { segmentLabel, segmentReasonText } from '../../present/segment';

export type Settings = Wire<WizardStart>['settings'];

/** The segment, or why there is none yet: nothing typed that decides it, or a value it can't read. */
type LiveSegment =
  | { readonly kind: 'reason'; readonly reason: SegmentReason }
  | { readonly kind: 'blank' }
  | { readonly kind: 'problem'; readonly problem: CellProblem };

/** Arguments whose problem is on the Settings sheet, not in the form. */
const SETTING_ARGS = new Set(['drop_threshold', 'overdue_limit', 'materiality']);

export function liveSegment(f: ReviewForm, settings: Settings, conv: Conventions): LiveSegment {
  try {
    const reason = explainSegmentRow(
      {
        retail_change: f.retailChange,
        retail_forecast: f.retailForecast,
        overdue_days: f.insolvent ? true : f.overdueDays,
        drop_threshold: settings.dropThreshold,
        overdue_limit: settings.overdueLimit,
        overdue_amount: f.overdueAmount,
        materiality: settings.materiality,
      },
      conv,
    );
    return reason ? { kind: 'reason', reason } : { kind: 'blank' };
  } catch (e) {
    if (e instanceof CellProblem) return { kind: 'problem', problem: e };
    throw e;
  }
}

export function groupOf(live: LiveSegment): SegmentGroup | undefined {
  return live.kind === 'reason' ? live.reason.group : undefined;
}

/** The segment in words; a bad threshold on the Settings sheet is shown as =SEGMENT() would show it. */
export function describeSegment(
  live: LiveSegment,
  lang: Lang,
  blank: string,
): { label: string; why: string } {
  if (live.kind === 'reason')
    return { label: segmentLabel(live.reason.group, lang), why: segmentReasonText(live.reason, lang) };
  if (live.kind === 'blank') return { label: '—', why: blank };
  if (SETTING_ARGS.has(live.problem.arg))
    return { label: '—', why: texts[lang].common.problem(live.problem) };
  return { label: '—', why: texts[lang].wizard.why.fixFirst };
}
