import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../components/StatusBadge';
import type { NeedStatus } from './api';

const TONE: Record<NeedStatus, Tone> = {
  draft: 'neutral',
  submitted: 'waiting',
  in_calloff: 'waiting',
  fulfilled: 'positive',
  withdrawn: 'negative',
};

export function NeedStatusBadge({ status }: { status: NeedStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONE[status]}>{t(`needs.status.${status}`)}</StatusBadge>;
}
