import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { useFormatters } from '../../../lib/format';
import { useVisits } from './api';

/** The body's visits to an establishment, latest first, with how the findings came out. */
export function VisitsTable({
  orgId,
  establishmentId,
}: {
  orgId: string;
  establishmentId: string;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const visits = useVisits(orgId, establishmentId);
  if (visits.isPending) return <Loading />;
  if (visits.isError)
    return <ErrorAlert error={visits.error} onRetry={() => void visits.refetch()} />;
  if (visits.data.items.length === 0) return <EmptyState title={t('followup.visits.none')} />;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs">
        <Table.Caption>{t('followup.visits.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('followup.visits.columns.date')}</Table.Th>
            <Table.Th scope="col">{t('followup.visits.columns.agreement')}</Table.Th>
            <Table.Th scope="col">{t('followup.visits.columns.findings')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visits.data.items.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>
                <Anchor component={Link} to={`/followup/visits/${v.id}`}>
                  {f.date(v.visitedOn)}
                </Anchor>
              </Table.Td>
              <Table.Td>{v.agreement.reference}</Table.Td>
              <Table.Td>{t('followup.visits.outcomes', v.outcomes)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
