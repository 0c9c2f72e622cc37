import type { ReactNode } from 'react';
import { Button, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { usePageState, type PageState } from '../../../lib/paging';
import { DataTable, type DataColumn, type ListSource } from '../../../components/DataTable';
import { ExportLinks } from '../../../components/ExportLinks';
import {
  DECLARATION_REQUEST_SORTS,
  useDeclarationRequests,
  type DeclarationRequestSort,
} from './api';
import type { DeclarationRequest } from './types';

/**
 * Requests for updated self-declarations and whether each was answered: the owner sees the
 * supplier asked, the supplier the DPS asking and a button to answer.
 */
export function DeclarationRequestsTable(props: {
  caption: string;
  list: ListSource<DeclarationRequest>;
  state: PageState<DeclarationRequestSort>;
  counterpart: 'supplier' | 'dps';
  empty: string;
  onAnswer?: (request: DeclarationRequest) => void;
  /** Above the table, e.g. the list's downloads. */
  toolbar?: ReactNode;
}) {
  const { caption, list, state, counterpart, empty, onAnswer, toolbar } = props;
  const { t } = useTranslation();
  const f = useFormatters();
  const columns: DataColumn<DeclarationRequest, DeclarationRequestSort>[] = [
    {
      key: 'counterpart',
      title: counterpart === 'supplier' ? t('dps.queue.supplier') : t('dps.supplier.system'),
      sort: counterpart,
      rowHeader: true,
      render: (r) => (counterpart === 'supplier' ? r.supplier.name : r.dps.title),
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
        r.answeredAt ? (
          t(
            r.answers.every((a) => a.declared)
              ? 'dps.declaration.allConfirmed'
              : 'dps.declaration.someDenied',
            { date: f.dateTime(r.answeredAt) },
          )
        ) : onAnswer ? (
          <Button size="xs" onClick={() => onAnswer(r)}>
            {t('dps.supplier.answer')}
            <VisuallyHidden> {r.dps.title}</VisuallyHidden>
          </Button>
        ) : (
          t('dps.declaration.awaited')
        ),
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      list={list}
      state={state}
      rowKey={(r) => r.id}
      empty={empty}
      toolbar={toolbar}
    />
  );
}

/** The owner's requests to the DPS's suppliers. */
export function DpsDeclarationRequests({ orgId, dpsId }: { orgId: string; dpsId: string }) {
  const { t } = useTranslation();
  const page = usePageState(
    DECLARATION_REQUEST_SORTS,
    { sort: 'requested', order: 'desc' },
    { prefix: 'requests' },
  );
  const requests = useDeclarationRequests(orgId, dpsId, page);
  return (
    <DeclarationRequestsTable
      caption={t('dps.declaration.caption')}
      list={requests}
      state={page}
      counterpart="supplier"
      empty={t('dps.declaration.none')}
      toolbar={
        <ExportLinks
          path={`/api/organisations/${orgId}/dps/${dpsId}/declaration-requests/export`}
          params={page.params}
        />
      }
    />
  );
}
