// The supplier's first work list on the home page: the invitations and offers it can still act
// on, the nearest deadline first, each saying whether a bid is in.
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { INBOX_PAGE_DEFAULTS, useInbox, type TenderStatus } from './api';
import { TenderStatusBadge } from './TenderStatusBadge';

/** Where the supplier still has something to do: read, bid (or replace it), answer an offer. */
const ACTIONABLE: readonly TenderStatus[] = ['new', 'read', 'bid_given', 'offered'];
/**
 * The newest invitations, the largest page: whether one can still be answered follows from the
 * clock and the supplier's own bid, which the list route does not filter by.
 */
const NEWEST = { params: { limit: 200, offset: 0, ...INBOX_PAGE_DEFAULTS } } as const;

export function OpenTendersList() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { activeMembership } = useAuth();
  const inbox = useInbox(activeMembership!.organisation.id, NEWEST);
  const now = Date.now();
  const open = (inbox.data?.items ?? [])
    .filter((i) => ACTIONABLE.includes(i.status))
    .filter((i) => !i.deadline || Date.parse(i.deadline) > now)
    .sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'));
  return (
    <Stack gap="sm">
      <Text fw={600}>{t('tenders.home.title')}</Text>
      {inbox.isPending ? (
        <Loading />
      ) : inbox.isError ? (
        <ErrorAlert error={inbox.error} onRetry={() => void inbox.refetch()} />
      ) : open.length === 0 ? (
        <EmptyState title={t('tenders.home.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table withTableBorder striped>
            <Table.Caption>{t('tenders.home.title')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('tenders.fields.title')}</Table.Th>
                <Table.Th scope="col">{t('tenders.fields.buyer')}</Table.Th>
                <Table.Th scope="col">{t('tenders.fields.deadline')}</Table.Th>
                <Table.Th scope="col">{t('tenders.fields.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {open.slice(0, 10).map((item) => (
                <Table.Tr key={item.calloffId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/tenders/${item.calloffId}`}>
                      {item.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{item.buyerName}</Table.Td>
                  <Table.Td>{item.deadline ? f.dateTime(item.deadline) : ''}</Table.Td>
                  <Table.Td>
                    <TenderStatusBadge status={item.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Anchor component={Link} to="/tenders">
        {t('tenders.home.all')}
      </Anchor>
    </Stack>
  );
}
