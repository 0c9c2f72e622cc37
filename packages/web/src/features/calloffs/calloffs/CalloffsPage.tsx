// The municipality's call-offs: status, procedure, the need and when it was started.
import { Anchor, Group, NativeSelect } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { ExportLinks } from '../../../components/ExportLinks';
import { Page } from '../../../components/Page';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { usePageState } from '../../../lib/paging';
import { CalloffStatusBadge } from './CalloffStatusBadge';
import {
  CALLOFF_PAGE_DEFAULTS,
  CALLOFF_SORTS,
  CALLOFF_STATUSES,
  PROCEDURES,
  useCalloffs,
  type CalloffSort,
  type CalloffSummary,
} from './api';

export function CalloffsPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  // The filters are in the URL, so that a figure in the statistics can link to its call-offs.
  const [search, setSearch] = useSearchParams();
  const status = CALLOFF_STATUSES.find((s) => s === search.get('status')) ?? '';
  const procedure = PROCEDURES.find((p) => p === search.get('procedure')) ?? '';
  const setFilter = (key: 'status' | 'procedure', value: string) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        next.delete('page');
        return next;
      },
      { replace: true },
    );
  const page = usePageState(CALLOFF_SORTS, CALLOFF_PAGE_DEFAULTS);
  const list = useCalloffs(
    orgId,
    { status: status || undefined, procedure: procedure || undefined },
    page,
  );
  const columns: DataColumn<CalloffSummary, CalloffSort>[] = [
    {
      key: 'need',
      title: t('calloffs.fields.need'),
      sort: 'need',
      rowHeader: true,
      render: (c) => (
        <Anchor component={Link} to={`/calloffs/${c.id}`}>
          {c.needTitle}
        </Anchor>
      ),
    },
    {
      key: 'status',
      title: t('calloffs.fields.status'),
      sort: 'status',
      render: (c) => <CalloffStatusBadge status={c.status} />,
    },
    {
      key: 'procedure',
      title: t('calloffs.fields.procedure'),
      sort: 'procedure',
      render: (c) => t(`needs.calloff.procedures.${c.procedure}`),
    },
    { key: 'source', title: t('calloffs.fields.source'), render: (c) => c.source.reference },
    {
      key: 'created',
      title: t('calloffs.fields.created'),
      sort: 'created',
      render: (c) => f.dateTime(c.createdAt),
    },
  ];

  return (
    <Page title={t('calloffs.title')} description={t('calloffs.intro')}>
      <Group gap="md" align="flex-end">
        <NativeSelect
          label={t('calloffs.filter.status')}
          value={status}
          onChange={(e) => setFilter('status', e.currentTarget.value)}
          data={[
            { value: '', label: t('calloffs.filter.all') },
            ...CALLOFF_STATUSES.map((s) => ({ value: s, label: t(`calloffs.status.${s}`) })),
          ]}
        />
        <NativeSelect
          label={t('calloffs.filter.procedure')}
          value={procedure}
          onChange={(e) => setFilter('procedure', e.currentTarget.value)}
          data={[
            { value: '', label: t('calloffs.filter.all') },
            ...PROCEDURES.map((p) => ({ value: p, label: t(`needs.calloff.procedures.${p}`) })),
          ]}
        />
      </Group>
      <DataTable
        caption={t('calloffs.caption')}
        columns={columns}
        list={list}
        state={page}
        rowKey={(c) => c.id}
        empty={t('calloffs.empty')}
        emptyHint={t('calloffs.emptyHint')}
        toolbar={
          <ExportLinks
            path={`/api/organisations/${orgId}/calloffs/export`}
            params={{
              status: status || undefined,
              procedure: procedure || undefined,
              ...page.params,
            }}
          />
        }
      />
    </Page>
  );
}
