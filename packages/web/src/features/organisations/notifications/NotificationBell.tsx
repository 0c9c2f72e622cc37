import { Badge, Button } from '@mantine/core';
import { Link, useMatch } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { useUnreadCount } from './api';

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        d="M10 5a2 2 0 1 1 4 0a7 7 0 0 1 4 6v3a4 4 0 0 0 2 3H4a4 4 0 0 0 2-3v-3a7 7 0 0 1 4-6M9 17v1a3 3 0 0 0 6 0v-1"
      />
    </svg>
  );
}

function Bell({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const count = useUnreadCount(orgId);
  const unread = count.data?.unread ?? 0;
  const here = useMatch('/notifications') !== null;
  const label = t('notifications.bell', { count: unread });
  return (
    <Button
      component={Link}
      to="/notifications"
      variant="subtle"
      size="sm"
      px="xs"
      aria-label={label}
      aria-current={here ? 'page' : undefined}
      title={label}
      leftSection={<BellIcon />}
    >
      {unread > 0 && (
        <Badge color="#a51d1d" variant="filled" size="sm" circle={unread < 10} aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </Badge>
      )}
    </Button>
  );
}

/** The header's link to the inbox, naming the unread count; only in an organisation. */
export function NotificationBell() {
  const { activeMembership } = useAuth();
  if (!activeMembership) return null;
  return <Bell orgId={activeMembership.organisation.id} />;
}
