import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../components/StatusBadge';
import type { CorrectionState } from './api';

const TONE: Record<CorrectionState, Tone> = {
  open: 'waiting',
  answered: 'waiting',
  rejected: 'negative',
  overdue: 'negative',
  accepted: 'positive',
};

export function CorrectionStateBadge({ state }: { state: CorrectionState }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONE[state]}>{t(`corrections.state.${state}`)}</StatusBadge>;
}
