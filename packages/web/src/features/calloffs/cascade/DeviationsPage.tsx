// The agreement's deviation report: every supplier skipped out of ranking order, with the date,
// municipality, call-off, lot, supplier and rank, and the reason in words.
import { Anchor, Table } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { useDeviations } from './api';

export function DeviationsPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { agreementId = '' } = useParams();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const report = useDeviations(orgId, agreementId);
  if (report.isPending) return <Loading />;
  if (report.isError)
    return (
      <Page title={t('cascade.deviations.title')}>
        <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      </Page>
    );
  const { agreement, items } = report.data;
  return (
    <Page
      title={t('cascade.deviations.title')}
      description={`${agreement.title} (${agreement.reference})`}
    >
      <Anchor component={Link} to={`/agreements/${agreement.id}`}>
        {t('cascade.deviations.back')}
      </Anchor>
      {items.length === 0 ? (
        <EmptyState title={t('cascade.deviations.empty')}>
          {t('cascade.deviations.emptyText')}
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped>
            <Table.Caption>{t('cascade.deviations.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cascade.deviations.date')}</Table.Th>
                <Table.Th scope="col">{t('cascade.deviations.municipality')}</Table.Th>
                <Table.Th scope="col">{t('cascade.deviations.calloff')}</Table.Th>
                <Table.Th scope="col">{t('cascade.deviations.lot')}</Table.Th>
                <Table.Th scope="col">{t('cascade.deviations.supplier')}</Table.Th>
                <Table.Th scope="col">{t('cascade.deviations.reason')}</Table.Th>
                <Table.Th scope="col">{t('cascade.deviations.text')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{f.dateTime(d.decidedAt)}</Table.Td>
                  <Table.Td>{d.municipality.name}</Table.Td>
                  <Table.Td>{d.calloff.title}</Table.Td>
                  <Table.Td>
                    {t('cascade.deviations.lotName', { number: d.lot.number, name: d.lot.name })}
                  </Table.Td>
                  <Table.Td>
                    {t('cascade.deviations.supplierRank', {
                      name: d.supplier.name,
                      rank: d.supplier.rank,
                    })}
                  </Table.Td>
                  <Table.Td>{t(`cascade.reasons.${d.reasonCode}`)}</Table.Td>
                  <Table.Td>{d.reasonText}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Page>
  );
}
