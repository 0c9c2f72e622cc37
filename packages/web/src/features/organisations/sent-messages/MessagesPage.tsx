import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { useOpenedRows } from '../../../lib/opened-rows';
import { usePageState } from '../../../lib/paging';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { DetailToggle } from '../../../components/DetailToggle';
import { ExportLinks } from '../../../components/ExportLinks';
import { Page } from '../../../components/Page';
import { StatusBadge, type Tone } from '../../../components/StatusBadge';
import { MessageBody } from './MessageBody';
import { MESSAGE_SORTS, useMessages, type MessageSort, type OutgoingMessage } from './api';

const TONE: Record<OutgoingMessage['status'], Tone> = {
  pending: 'waiting',
  sent: 'positive',
  failed: 'negative',
};

const detailsIdOf = (message: OutgoingMessage) => `message-${message.id}`;

/** When the message was made and sent, how it left, its last error and its text. */
function MessageDetail({ message }: { message: OutgoingMessage }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <Stack gap="xs" id={detailsIdOf(message)}>
      <Group gap="lg">
        <Text size="sm">
          <Text span fw={600}>
            {t('messages.created')}:
          </Text>{' '}
          {f.dateTime(message.createdAt)}
        </Text>
        {message.sentAt && (
          <Text size="sm">
            <Text span fw={600}>
              {t('messages.sentAt')}:
            </Text>{' '}
            {f.dateTime(message.sentAt)}
          </Text>
        )}
        <Text size="sm">
          <Text span fw={600}>
            {t('messages.transport')}:
          </Text>{' '}
          {message.transport ? t(`messages.transports.${message.transport}`) : '—'}
        </Text>
      </Group>
      {message.lastError && (
        <Text size="sm" c="red.9">
          <Text span fw={600}>
            {t('messages.lastError')}:
          </Text>{' '}
          {message.lastError}
        </Text>
      )}
      <MessageBody body={message.body} />
    </Stack>
  );
}

export function MessagesPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { activeMembership } = useAuth();
  const org = activeMembership!.organisation;
  const page = usePageState(MESSAGE_SORTS, { sort: 'time', order: 'desc' });
  const messages = useMessages(org.id, page);
  const opened = useOpenedRows();

  const columns: DataColumn<OutgoingMessage, MessageSort>[] = [
    {
      key: 'to',
      title: t('messages.to'),
      sort: 'to',
      render: (message) => <Text size="sm">{message.to}</Text>,
    },
    {
      key: 'subject',
      title: t('messages.subject'),
      sort: 'subject',
      render: (message) => <Text size="sm">{message.subject}</Text>,
    },
    {
      key: 'status',
      title: t('messages.statusLabel'),
      sort: 'status',
      render: (message) => (
        <StatusBadge tone={TONE[message.status] ?? 'neutral'}>
          {t(`messages.status.${message.status}`, { defaultValue: message.status })}
        </StatusBadge>
      ),
    },
    {
      key: 'time',
      title: t('messages.time'),
      sort: 'time',
      render: (message) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          <time dateTime={message.sentAt ?? message.createdAt}>
            {f.dateTime(message.sentAt ?? message.createdAt)}
          </time>
        </Text>
      ),
    },
    {
      key: 'body',
      title: t('messages.body'),
      hiddenTitle: true,
      render: (message) => {
        const open = opened.isOpen(message.id);
        return (
          <DetailToggle
            open={open}
            controls={detailsIdOf(message)}
            onToggle={() => opened.toggle(message.id)}
            label={t(open ? 'messages.hideBodyOf' : 'messages.showBodyOf', {
              subject: message.subject,
            })}
          >
            {open ? t('messages.hideBody') : t('messages.showBody')}
          </DetailToggle>
        );
      },
    },
  ];

  return (
    <Page
      title={t('messages.title')}
      description={t('messages.description', { organisation: org.name, zone: f.timeZone })}
    >
      <DataTable
        caption={t('messages.caption')}
        columns={columns}
        list={messages}
        state={page}
        rowKey={(message) => message.id}
        empty={t('messages.empty')}
        minWidth={760}
        toolbar={
          <ExportLinks path={`/api/organisations/${org.id}/messages/export`} params={page.params} />
        }
        detail={(message) =>
          opened.isOpen(message.id) ? <MessageDetail message={message} /> : null
        }
      />
    </Page>
  );
}
