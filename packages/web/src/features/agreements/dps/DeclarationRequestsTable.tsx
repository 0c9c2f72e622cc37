import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { usePageState } from '../../../lib/paging';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import {
  DECLARATION_REQUEST_SORTS,
  useDeclarationRequests,
  type DeclarationRequestSort,
} from './api';
import type { DeclarationRequest } from './types';

/** The owner's requests for updated self-declarations and whether each was answered in time. */
export function DeclarationRequestsTable({ orgId, dpsId }: { orgId: string; dpsId: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const page = usePageState(
    DECLARATION_REQUEST_SORTS,
    { sort: 'requested', order: 'desc' },
    {
      prefix: 'requests',
    },
  );
  const requests = useDeclarationRequests(orgId, dpsId, page);
  const columns: DataColumn<DeclarationRequest, DeclarationRequestSort>[] = [
    {
      key: 'supplier',
      title: t('dps.queue.supplier'),
      sort: 'supplier',
      rowHeader: true,
      render: (r) => r.supplier.name,
    },
    {
      key: 'requested',
      title: t('dps.declaration.requestedAt'),
      sort: 'requested',
      render: (r) => f.dateTime(r.requestedAt),
    },
    {
      key: 'due',
      title: t('dps.declaration.dueAt'),
      sort: 'due',
      render: (r) => f.dateTime(r.dueAt),
    },
    {
      key: 'answer',
      title: t('dps.declaration.answer'),
      render: (r) =>
        r.answeredAt
          ? t(
              r.answers.every((a) => a.declared)
                ? 'dps.declaration.allConfirmed'
                : 'dps.declaration.someDenied',
              { date: f.dateTime(r.answeredAt) },
            )
          : t('dps.declaration.awaited'),
    },
  ];
  return (
    <DataTable
      caption={t('dps.declaration.caption')}
      columns={columns}
      list={requests}
      state={page}
      rowKey={(r) => r.id}
      empty={t('dps.declaration.none')}
    />
  );
}
