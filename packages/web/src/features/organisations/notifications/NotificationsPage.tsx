import { Anchor, Button, Group, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { usePageState } from '../../../lib/paging';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { Page } from '../../../components/Page';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportLinks } from '../../../components/ExportLinks';
import { NoAccessPage } from '../../../components/NoAccessPage';
import { StatusBadge } from '../../../components/StatusBadge';
import {
  NOTIFICATION_SORTS,
  useMarkAllRead,
  useMarkRead,
  useNotifications,
  useUnreadCount,
  type Notification,
  type NotificationSort,
} from './api';

function Inbox({ orgId, organisation }: { orgId: string; organisation: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const [onlyUnread, setOnlyUnread] = useState(false);
  const page = usePageState(NOTIFICATION_SORTS, { sort: 'time', order: 'desc' });
  const list = useNotifications(orgId, onlyUnread, page);
  const count = useUnreadCount(orgId);
  const markRead = useMarkRead(orgId);
  const markAll = useMarkAllRead(orgId);
  const unread = count.data?.unread ?? list.data?.unread ?? 0;

  const columns: DataColumn<Notification, NotificationSort>[] = [
    {
      key: 'title',
      title: t('notifications.titleColumn'),
      sort: 'title',
      rowHeader: true,
      // Its title opens the page it links to and marks it read.
      render: (item) => (
        <Anchor
          component={Link}
          to={item.link}
          onClick={() => {
            if (item.readAt === null) markRead.mutate(item.id);
          }}
          fw={item.readAt === null ? 700 : 400}
        >
          {item.title}
        </Anchor>
      ),
    },
    {
      key: 'time',
      title: t('notifications.received'),
      sort: 'time',
      render: (item) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          <time dateTime={item.createdAt}>{f.dateTime(item.createdAt)}</time>
        </Text>
      ),
    },
    {
      key: 'state',
      title: t('notifications.state'),
      render: (item) =>
        item.readAt === null && (
          <StatusBadge tone="waiting">{t('notifications.unread')}</StatusBadge>
        ),
    },
  ];

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
          onChange={(event) => {
            setOnlyUnread(event.currentTarget.checked);
            page.setPage(1);
          }}
        />
      </Group>
      {markAll.isError && <ErrorAlert error={markAll.error} />}
      <DataTable
        caption={t('notifications.caption')}
        columns={columns}
        list={list}
        state={page}
        rowKey={(item) => item.id}
        empty={t(onlyUnread ? 'notifications.noneUnread' : 'notifications.empty')}
        minWidth={560}
        toolbar={
          <ExportLinks
            path={`/api/organisations/${orgId}/notifications/export`}
            params={{ ...page.params, unread: onlyUnread }}
          />
        }
      />
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
