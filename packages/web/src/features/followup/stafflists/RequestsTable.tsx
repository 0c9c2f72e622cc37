import type { ReactNode } from 'react';
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type DataColumn, type ListSource } from '../../../components/DataTable';
import { useFormatters } from '../../../lib/format';
import type { PageState } from '../../../lib/paging';
import type { StaffListRequest, StaffListSort } from './api';
import { RequestStatusBadge } from './OutcomeBadge';

/** Requests with their deadline, status and the latest list's outcome, each linking to its page. */
export function RequestsTable(props: {
  list: ListSource<StaffListRequest>;
  state: PageState<StaffListSort>;
  caption: string;
  empty: string;
  emptyHint?: string;
  linkTo: (id: string) => string;
  showSupplier: boolean;
  /** Above the table, e.g. the list's downloads. */
  toolbar?: ReactNode;
}) {
  const { list, state, caption, empty, emptyHint, linkTo, showSupplier, toolbar } = props;
  const { t } = useTranslation();
  const f = useFormatters();
  const columns: DataColumn<StaffListRequest, StaffListSort>[] = [
    {
      key: 'establishment',
      title: t('stafflists.establishment'),
      sort: 'establishment',
      rowHeader: true,
      render: (r) => (
        <>
          <Anchor component={Link} to={linkTo(r.id)}>
            {r.establishment.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {r.agreement.reference}
          </Text>
        </>
      ),
    },
    {
      key: 'counterpart',
      title: showSupplier ? t('stafflists.supplier') : t('stafflists.requestedBy'),
      sort: 'counterpart',
      render: (r) => (showSupplier ? r.supplier.name : r.body.name),
    },
    {
      key: 'period',
      title: t('stafflists.period'),
      sort: 'period',
      render: (r) => `${f.date(r.periodFrom)} – ${f.date(r.periodTo)}`,
    },
    {
      key: 'deadline',
      title: t('stafflists.deadline'),
      sort: 'deadline',
      render: (r) => f.dateTime(r.deadline),
    },
    {
      key: 'status',
      title: t('stafflists.statusLabel'),
      sort: 'status',
      render: (r) => <RequestStatusBadge request={r} />,
    },
    {
      key: 'latest',
      title: t('stafflists.latestOutcome'),
      render: (r) =>
        r.latest ? t('stafflists.summary', { met: r.latest.met, notMet: r.latest.notMet }) : '–',
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
      emptyHint={emptyHint}
      toolbar={toolbar}
      minWidth={800}
    />
  );
}
