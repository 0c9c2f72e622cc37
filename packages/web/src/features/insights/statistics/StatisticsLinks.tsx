// One link per statistics view, for the insights landing page to list; a supplier gets its own
// rates only.
import { Anchor, List } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { viewsFor } from './views';

export function StatisticsLinks() {
  const { t } = useTranslation();
  const { activeMembership } = useAuth();
  if (!activeMembership) return null;
  return (
    <List listStyleType="none" spacing="xs">
      {viewsFor(activeMembership.organisation.kind).map((view) => (
        <List.Item key={view}>
          <Anchor component={Link} to={`/insights/statistics/${view}`}>
            {t(`statistics.views.${view}.title`)}
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}
