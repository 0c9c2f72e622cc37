import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import type { Application } from './types';

/**
 * The decision deadline and how long is left: "due in 3 working days", or "Overdue" in bold red
 * words (never colour alone).
 */
export function DecisionClock({ application }: { application: Application }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const due = f.dateTime(application.decisionDueAt);
  if (application.status !== 'pending') return <Text size="sm">{due}</Text>;
  const left = application.workingDaysLeft ?? 0;
  return (
    <Text size="sm" component="span">
      {due}
      <br />
      {application.overdue ? (
        <Text span fw={700} c="red.9" size="sm">
          {t('dps.clock.overdue')}
        </Text>
      ) : (
        <Text span size="sm" fw={left <= 2 ? 700 : 400}>
          {left === 0 ? t('dps.clock.dueToday') : t('dps.clock.dueIn', { count: left })}
        </Text>
      )}
      {application.extended && (
        <Text span size="sm" c="dimmed">
          {' '}
          ({t('dps.clock.extended')})
        </Text>
      )}
    </Text>
  );
}
