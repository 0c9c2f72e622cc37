import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { ExportLinks } from '../../../components/ExportLinks';
import { useFormatters } from '../../../lib/format';
import { usePageState } from '../../../lib/paging';
import {
  useVisits,
  VISIT_PAGE_DEFAULTS,
  VISIT_SORTS,
  type VisitSort,
  type VisitSummary,
} from './api';

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
  // The checklist page holds other lists: this one keeps its page under its own name.
  const page = usePageState(VISIT_SORTS, VISIT_PAGE_DEFAULTS, { prefix: 'visits' });
  const visits = useVisits(orgId, establishmentId, page);
  const columns: DataColumn<VisitSummary, VisitSort>[] = [
    {
      key: 'date',
      title: t('followup.visits.columns.date'),
      sort: 'visited',
      rowHeader: true,
      render: (v) => (
        <Anchor component={Link} to={`/followup/visits/${v.id}`}>
          {f.date(v.visitedOn)}
        </Anchor>
      ),
    },
    {
      key: 'agreement',
      title: t('followup.visits.columns.agreement'),
      sort: 'agreement',
      render: (v) => v.agreement.reference,
    },
    {
      key: 'findings',
      title: t('followup.visits.columns.findings'),
      render: (v) => t('followup.visits.outcomes', v.outcomes),
    },
  ];
  return (
    <DataTable
      caption={t('followup.visits.caption')}
      columns={columns}
      list={visits}
      state={page}
      rowKey={(v) => v.id}
      empty={t('followup.visits.none')}
      toolbar={
        <ExportLinks
          path={`/api/organisations/${orgId}/followup/visits/export`}
          params={{ establishmentId, ...page.params }}
        />
      }
    />
  );
}
