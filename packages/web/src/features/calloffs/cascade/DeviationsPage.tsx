// The agreement's deviation report: every supplier skipped out of ranking order, with the date,
// municipality, call-off, lot, supplier and rank, and the reason in words.
import { Anchor } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { ExportLinks } from '../../../components/ExportLinks';
import { Page } from '../../../components/Page';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { usePageState } from '../../../lib/paging';
import {
  DEVIATION_PAGE_DEFAULTS,
  DEVIATION_SORTS,
  useDeviations,
  type Deviation,
  type DeviationSort,
} from './api';

export function DeviationsPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { agreementId = '' } = useParams();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const page = usePageState(DEVIATION_SORTS, DEVIATION_PAGE_DEFAULTS);
  const report = useDeviations(orgId, agreementId, page);
  const agreement = report.data?.agreement;
  const columns: DataColumn<Deviation, DeviationSort>[] = [
    {
      key: 'decided',
      title: t('cascade.deviations.date'),
      sort: 'decided',
      render: (d) => f.dateTime(d.decidedAt),
    },
    {
      key: 'municipality',
      title: t('cascade.deviations.municipality'),
      sort: 'municipality',
      render: (d) => d.municipality.name,
    },
    { key: 'calloff', title: t('cascade.deviations.calloff'), render: (d) => d.calloff.title },
    {
      key: 'lot',
      title: t('cascade.deviations.lot'),
      sort: 'lot',
      render: (d) => t('cascade.deviations.lotName', { number: d.lot.number, name: d.lot.name }),
    },
    {
      key: 'supplier',
      title: t('cascade.deviations.supplier'),
      sort: 'supplier',
      render: (d) =>
        t('cascade.deviations.supplierRank', { name: d.supplier.name, rank: d.supplier.rank }),
    },
    {
      key: 'reason',
      title: t('cascade.deviations.reason'),
      sort: 'reason',
      render: (d) => t(`cascade.reasons.${d.reasonCode}`),
    },
    { key: 'text', title: t('cascade.deviations.text'), render: (d) => d.reasonText },
  ];
  return (
    <Page
      title={t('cascade.deviations.title')}
      description={agreement && `${agreement.title} (${agreement.reference})`}
    >
      <Anchor component={Link} to={`/agreements/${agreementId}`}>
        {t('cascade.deviations.back')}
      </Anchor>
      <DataTable
        caption={t('cascade.deviations.caption')}
        columns={columns}
        list={report}
        state={page}
        rowKey={(d) => d.id}
        empty={t('cascade.deviations.empty')}
        emptyHint={t('cascade.deviations.emptyText')}
        toolbar={
          <ExportLinks
            path={`/api/organisations/${orgId}/agreements/${agreementId}/deviations/export`}
            params={page.params}
          />
        }
        minWidth={900}
      />
    </Page>
  );
}
