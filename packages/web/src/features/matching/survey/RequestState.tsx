// A survey request's state in words (never in colour alone).
import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../components/StatusBadge';
import type { SurveyRequest } from './api';

const TONE: Record<SurveyRequest['state'], Tone> = {
  sent: 'waiting',
  answered: 'positive',
  expired: 'negative',
  withdrawn: 'neutral',
};

export function RequestState({ state }: { state: SurveyRequest['state'] }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONE[state]}>{t(`survey.states.${state}`)}</StatusBadge>;
}
