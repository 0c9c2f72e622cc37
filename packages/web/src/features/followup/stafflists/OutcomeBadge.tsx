import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../components/StatusBadge';
import type { RequirementCheck, StaffListRequest } from './api';

const OUTCOME_TONE: Record<RequirementCheck['outcome'], Tone> = {
  met: 'positive',
  not_met: 'negative',
  not_applicable: 'neutral',
};

/** Met / not met / not applicable, in words. */
export function OutcomeBadge({ outcome }: { outcome: RequirementCheck['outcome'] }) {
  const { t } = useTranslation();
  return (
    <StatusBadge tone={OUTCOME_TONE[outcome]}>{t(`stafflists.outcome.${outcome}`)}</StatusBadge>
  );
}

/** Where a request stands: waiting, overdue, or submitted. */
export function RequestStatusBadge({
  request,
}: {
  request: Pick<StaffListRequest, 'status' | 'overdue'>;
}) {
  const { t } = useTranslation();
  if (request.overdue)
    return <StatusBadge tone="negative">{t('stafflists.status.overdue')}</StatusBadge>;
  return request.status === 'submitted' ? (
    <StatusBadge tone="positive">{t('stafflists.status.submitted')}</StatusBadge>
  ) : (
    <StatusBadge tone="waiting">{t('stafflists.status.requested')}</StatusBadge>
  );
}
