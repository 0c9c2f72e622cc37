// Where a call-off stands for the supplier, in words (never colour alone).
import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../components/StatusBadge';
import type { TenderStatus } from './api';

const TONE: Record<TenderStatus, Tone> = {
  new: 'waiting',
  read: 'neutral',
  bid_given: 'positive',
  declined: 'neutral',
  offered: 'waiting',
  accepted: 'positive',
  expired: 'negative',
  closed: 'neutral',
  awarded: 'positive',
  not_awarded: 'neutral',
  cancelled: 'negative',
};

export function TenderStatusBadge({ status }: { status: TenderStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONE[status]}>{t(`tenders.status.${status}`)}</StatusBadge>;
}
