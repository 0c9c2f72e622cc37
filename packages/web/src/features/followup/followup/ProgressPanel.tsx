import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../components/StatusBadge';
import type { PlanOfYear } from './api';

const PACE_TONE: Record<'ahead' | 'on_pace' | 'behind', Tone> = {
  ahead: 'positive',
  on_pace: 'positive',
  behind: 'negative',
};

/** "41 of 60 visits", the pace against an even spread over the year, and what is overdue. */
export function ProgressPanel({ progress }: { progress: NonNullable<PlanOfYear['progress']> }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Title order={2} size="h3" id="followup-progress">
          {t('followup.progress.title')}
        </Title>
        <Text size="xl" fw={700}>
          {t('followup.progress.doneOf', { done: progress.done, target: progress.target })}
        </Text>
        <Group gap="sm">
          <StatusBadge tone={PACE_TONE[progress.pace]}>
            {t(`followup.progress.pace.${progress.pace}`)}
          </StatusBadge>
          <Text size="sm">
            {t('followup.progress.expected', { count: progress.expectedByToday })}
          </Text>
        </Group>
        <Text size="sm">
          {t('followup.progress.overdue', { count: progress.overdue.length })} ·{' '}
          {t('followup.progress.upcoming', { count: progress.upcoming })} ·{' '}
          {t('followup.progress.unscheduled', { count: progress.unscheduled })}
        </Text>
      </Stack>
    </Paper>
  );
}
