import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../lib/format';
import type { StaffListRequest } from './api';
import { RequestStatusBadge } from './OutcomeBadge';
import { ScrollTable } from './ScrollTable';

/** Requests with their deadline, status and the latest list's outcome, each linking to its page. */
export function RequestsTable(props: {
  requests: StaffListRequest[];
  caption: string;
  linkTo: (id: string) => string;
  showSupplier: boolean;
}) {
  const { requests, caption, linkTo, showSupplier } = props;
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <ScrollTable minWidth={800} label={caption}>
      <Table>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('stafflists.establishment')}</Table.Th>
            <Table.Th scope="col">
              {showSupplier ? t('stafflists.supplier') : t('stafflists.requestedBy')}
            </Table.Th>
            <Table.Th scope="col">{t('stafflists.period')}</Table.Th>
            <Table.Th scope="col">{t('stafflists.deadline')}</Table.Th>
            <Table.Th scope="col">{t('stafflists.statusLabel')}</Table.Th>
            <Table.Th scope="col">{t('stafflists.latestOutcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Anchor component={Link} to={linkTo(r.id)}>
                  {r.establishment.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {r.agreement.reference}
                </Text>
              </Table.Td>
              <Table.Td>{showSupplier ? r.supplier.name : r.body.name}</Table.Td>
              <Table.Td>
                {f.date(r.periodFrom)} – {f.date(r.periodTo)}
              </Table.Td>
              <Table.Td>{f.dateTime(r.deadline)}</Table.Td>
              <Table.Td>
                <RequestStatusBadge request={r} />
              </Table.Td>
              <Table.Td>
                {r.latest
                  ? t('stafflists.summary', { met: r.latest.met, notMet: r.latest.notMet })
                  : '–'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
