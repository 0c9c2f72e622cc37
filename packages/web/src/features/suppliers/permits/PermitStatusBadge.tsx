import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../components/StatusBadge';
import type { PermitStatus } from './api';

const TONE: Record<PermitStatus, Tone> = {
  valid: 'positive',
  changed: 'waiting',
  applied: 'waiting',
  revoked: 'negative',
  expired: 'negative',
};

export function PermitStatusBadge({ status }: { status: PermitStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONE[status]}>{t(`permits.status.${status}`)}</StatusBadge>;
}
