import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/StatusBadge';
import type { CalloffStatus } from './api';

export function CalloffStatusBadge({ status }: { status: CalloffStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge tone={status === 'draft' ? 'waiting' : 'negative'}>
      {t(`calloffs.status.${status}`)}
    </StatusBadge>
  );
}
