// Follow-up facts in words: risk reasons and statuses, in the reader's language.
import type { TFunction } from 'i18next';
import type { Tone } from '../../../components/StatusBadge';
import type { Outcome, PlannedStatus, RiskReason } from './api';

export function reasonText(t: TFunction, reason: RiskReason): string {
  if (reason.code === 'permit_check_stale' && (reason.months ?? null) === null)
    return t('followup.reasons.permit_never_checked');
  return t(`followup.reasons.${reason.code}`, {
    count: reason.count ?? reason.months ?? 0,
    share: reason.sharePercent ?? 0,
  });
}

export const PLANNED_TONE: Record<PlannedStatus, Tone> = {
  planned: 'waiting',
  done: 'positive',
  cancelled: 'neutral',
};

export const OUTCOME_TONE: Record<Outcome, Tone> = {
  met: 'positive',
  partly_met: 'waiting',
  not_met: 'negative',
};
