import { Anchor, Button, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { Page } from '../../../components/Page';
import { Loading } from '../../../components/Loading';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { EmptyState } from '../../../components/EmptyState';
import { NoAccessPage } from '../../../components/NoAccessPage';
import { StatusBadge } from '../../../components/StatusBadge';
import {
  useMarkAllRead,
  useMarkRead,
  useNotifications,
  useUnreadCount,
  type Notification,
} from './api';

/** One notification: its title opens the page it links to and marks it read. */
function NotificationRow({ item, onOpen }: { item: Notification; onOpen: () => void }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const unread = item.readAt === null;
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="sm"
      bg={unread ? 'blue.0' : undefined}
      style={unread ? { borderLeft: '4px solid var(--mantine-color-blue-8)' } : undefined}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
        <Stack gap={2}>
          <Anchor component={Link} to={item.link} onClick={onOpen} fw={unread ? 700 : 400}>
            {item.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            <time dateTime={item.createdAt}>{f.dateTime(item.createdAt)}</time>
          </Text>
        </Stack>
        {unread && <StatusBadge tone="waiting">{t('notifications.unread')}</StatusBadge>}
      </Group>
    </Paper>
  );
}

function Inbox({ orgId, organisation }: { orgId: string; organisation: string }) {
  const { t } = useTranslation();
  const [onlyUnread, setOnlyUnread] = useState(false);
  const list = useNotifications(orgId, onlyUnread);
  const count = useUnreadCount(orgId);
  const markRead = useMarkRead(orgId);
  const markAll = useMarkAllRead(orgId);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const unread = count.data?.unread ?? list.data?.pages[0]?.unread ?? 0;
  const nextPageError = list.isFetchNextPageError ? list.error : null;

  return (
    <Page
      title={t('notifications.title')}
      description={t('notifications.description', { organisation })}
      actions={
        unread > 0 && (
          <Button variant="default" loading={markAll.isPending} onClick={() => markAll.mutate()}>
            {t('notifications.markAllRead')}
          </Button>
        )
      }
    >
      <Group justify="space-between">
        <Text aria-live="polite">{t('notifications.unreadCount', { count: unread })}</Text>
        <Switch
          label={t('notifications.onlyUnread')}
          checked={onlyUnread}
          onChange={(event) => setOnlyUnread(event.currentTarget.checked)}
        />
      </Group>
      {markAll.isError && <ErrorAlert error={markAll.error} />}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t(onlyUnread ? 'notifications.noneUnread' : 'notifications.empty')} />
      ) : (
        <Stack gap="md">
          <Stack
            component="ul"
            gap="xs"
            aria-label={t('notifications.listLabel')}
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {items.map((item) => (
              <NotificationRow
                key={item.id}
                item={item}
                onOpen={() => {
                  if (item.readAt === null) markRead.mutate(item.id);
                }}
              />
            ))}
          </Stack>
          {list.hasNextPage && (
            <Group justify="flex-end">
              <Button
                variant="default"
                onClick={() => void list.fetchNextPage()}
                loading={list.isFetchingNextPage}
              >
                {t('common.loadMore')}
              </Button>
            </Group>
          )}
          {nextPageError && <ErrorAlert error={nextPageError} />}
        </Stack>
      )}
    </Page>
  );
}

/** The signed-in user's messages in the active organisation, newest first, unread marked. */
export function NotificationsPage() {
  const { activeMembership } = useAuth();
  if (!activeMembership) return <NoAccessPage />;
  const { id, name } = activeMembership.organisation;
  return <Inbox key={id} orgId={id} organisation={name} />;
}
