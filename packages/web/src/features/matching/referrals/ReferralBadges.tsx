// A referral's state and its service-level clock, in words (never in colour alone).
import { StatusBadge, type Tone } from '../../../components/StatusBadge';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import type { ReferralState, ReferralSummary } from './api';

const STATE_TONES: Record<ReferralState, Tone> = {
  new: 'waiting',
  surveying: 'waiting',
  awaiting_answers: 'waiting',
  negotiating: 'waiting',
  decided: 'positive',
  ordered: 'positive',
  withdrawn: 'neutral',
};

export function ReferralStateBadge({ state }: { state: ReferralState }) {
  const { t } = useTranslation();
  return <StatusBadge tone={STATE_TONES[state]}>{t(`referrals.states.${state}`)}</StatusBadge>;
}

/** "Due 30 Nov 2026, 23:59" or "Overdue since …": when the team should have decided. */
export function ReferralClock({
  referral,
}: {
  referral: Pick<ReferralSummary, 'clock' | 'dueAt'>;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const text = t(`referrals.clock.${referral.clock}`, { when: f.dateTime(referral.dueAt) });
  return referral.clock === 'overdue' ? (
    <StatusBadge tone="negative">{text}</StatusBadge>
  ) : (
    <span>{text}</span>
  );
}
