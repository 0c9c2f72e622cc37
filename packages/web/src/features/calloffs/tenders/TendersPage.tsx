// The supplier's inbox: every call-off it was invited to or offered, newest first.
import { Anchor, Group, Table } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { StatusBadge } from '../../../components/StatusBadge';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { useInbox } from './api';
import { TenderStatusBadge } from './TenderStatusBadge';

export function TendersPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const inbox = useInbox(orgId);
  return (
    <Page title={t('tenders.title')} description={t('tenders.intro')}>
      {inbox.isPending ? (
        <Loading />
      ) : inbox.isError ? (
        <ErrorAlert error={inbox.error} onRetry={() => void inbox.refetch()} />
      ) : inbox.data.items.length === 0 ? (
        <EmptyState title={t('tenders.empty')}>{t('tenders.emptyHint')}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Caption>{t('tenders.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('tenders.fields.title')}</Table.Th>
                <Table.Th scope="col">{t('tenders.fields.buyer')}</Table.Th>
                <Table.Th scope="col">{t('tenders.fields.procedure')}</Table.Th>
                <Table.Th scope="col">{t('tenders.fields.deadline')}</Table.Th>
                <Table.Th scope="col">{t('tenders.fields.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {inbox.data.items.map((item) => (
                <Table.Tr key={item.calloffId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/tenders/${item.calloffId}`}>
                      {item.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{item.buyerName}</Table.Td>
                  <Table.Td>{t(`needs.calloff.procedures.${item.procedure}`)}</Table.Td>
                  <Table.Td>{item.deadline ? f.dateTime(item.deadline) : ''}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <TenderStatusBadge status={item.status} />
                      {item.bidNeedsReview && (
                        <StatusBadge tone="negative">{t('tenders.needsReview')}</StatusBadge>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Page>
  );
}
