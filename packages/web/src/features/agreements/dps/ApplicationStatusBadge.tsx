import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../components/StatusBadge';
import type { ApplicationStatus } from './types';

const TONE: Record<ApplicationStatus, Tone> = {
  pending: 'waiting',
  approved: 'positive',
  rejected: 'negative',
  withdrawn: 'neutral',
  excluded: 'negative',
};

/** The status of an application, in words. */
export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONE[status]}>{t(`dps.status.${status}`)}</StatusBadge>;
}
