import { Fragment, useState } from 'react';
import { Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { Page } from '../../../components/Page';
import { Loading } from '../../../components/Loading';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { EmptyState } from '../../../components/EmptyState';
import { StatusBadge, type Tone } from '../../../components/StatusBadge';
import { MessageBody } from './MessageBody';
import { useMessages, type OutgoingMessage } from './api';

const TONE: Record<OutgoingMessage['status'], Tone> = {
  pending: 'waiting',
  sent: 'positive',
  failed: 'negative',
};

function MessageRow({ message }: { message: OutgoingMessage }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const [open, setOpen] = useState(false);
  const detailsId = `message-${message.id}`;
  return (
    <Fragment>
      <Table.Tr>
        <Table.Td>
          <Text size="sm">{message.to}</Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{message.subject}</Text>
        </Table.Td>
        <Table.Td>
          <StatusBadge tone={TONE[message.status] ?? 'neutral'}>
            {t(`messages.status.${message.status}`, { defaultValue: message.status })}
          </StatusBadge>
        </Table.Td>
        <Table.Td>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            <time dateTime={message.sentAt ?? message.createdAt}>
              {f.dateTime(message.sentAt ?? message.createdAt)}
            </time>
          </Text>
        </Table.Td>
        <Table.Td>
          <Button
            variant="subtle"
            size="xs"
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            onClick={() => setOpen((o) => !o)}
            aria-label={t(open ? 'messages.hideBodyOf' : 'messages.showBodyOf', {
              subject: message.subject,
            })}
          >
            {open ? t('messages.hideBody') : t('messages.showBody')}
          </Button>
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr id={detailsId}>
          <Table.Td colSpan={5}>
            <Stack gap="xs">
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
          </Table.Td>
        </Table.Tr>
      )}
    </Fragment>
  );
}

export function MessagesPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { activeMembership } = useAuth();
  const org = activeMembership!.organisation;
  const messages = useMessages(org.id);
  const items = messages.data?.pages.flatMap((p) => p.items) ?? [];
  const nextPageError = messages.isFetchNextPageError ? messages.error : null;

  return (
    <Page
      title={t('messages.title')}
      description={t('messages.description', { organisation: org.name, zone: f.timeZone })}
    >
      {messages.isPending ? (
        <Loading />
      ) : messages.isError ? (
        <ErrorAlert error={messages.error} onRetry={() => void messages.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('messages.empty')} />
      ) : (
        <Stack gap="md">
          <Table.ScrollContainer minWidth={760}>
            <Table>
              <Table.Caption>
                <VisuallyHidden>{t('messages.caption', { count: items.length })}</VisuallyHidden>
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('messages.to')}</Table.Th>
                  <Table.Th scope="col">{t('messages.subject')}</Table.Th>
                  <Table.Th scope="col">{t('messages.statusLabel')}</Table.Th>
                  <Table.Th scope="col">{t('messages.time')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('messages.body')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((m) => (
                  <MessageRow key={m.id} message={m} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('messages.shown', { count: items.length })}
            </Text>
            {messages.hasNextPage && (
              <Button
                variant="default"
                onClick={() => void messages.fetchNextPage()}
                loading={messages.isFetchingNextPage}
              >
                {t('common.loadMore')}
              </Button>
            )}
          </Group>
          {nextPageError && <ErrorAlert error={nextPageError} />}
        </Stack>
      )}
    </Page>
  );
}
