import type { ReactNode } from 'react';
import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn, type ListSource } from '../../../components/DataTable';
import { useFormatters } from '../../../lib/format';
import type { PageState } from '../../../lib/paging';
import type { CorrectionSort, CorrectionSummary } from './api';
import { CorrectionStateBadge } from './CorrectionStateBadge';

/** Requests for correction, each linking to its page; officers see the supplier, suppliers the body. */
export function CorrectionsTable(props: {
  list: ListSource<CorrectionSummary>;
  state: PageState<CorrectionSort>;
  basePath: string;
  counterpart: 'supplier' | 'body';
  empty: string;
  /** Above the table, e.g. the list's downloads. */
  toolbar?: ReactNode;
}) {
  const { list, state, basePath, counterpart, empty, toolbar } = props;
  const { t } = useTranslation();
  const f = useFormatters();
  const columns: DataColumn<CorrectionSummary, CorrectionSort>[] = [
    {
      key: 'counterpart',
      title: t(`corrections.columns.${counterpart}`),
      // A supplier sees requests from its bodies; sorting by its own name would say nothing.
      ...(counterpart === 'supplier' ? { sort: 'supplier' as const } : {}),
      rowHeader: true,
      render: (item) => (
        <>
          <Anchor component={Link} to={`${basePath}/${item.id}`}>
            {counterpart === 'supplier' ? item.supplier.name : item.body.name}
          </Anchor>
          {item.establishment && (
            <Text size="xs" c="dimmed">
              {item.establishment.name}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'agreement',
      title: t('corrections.columns.agreement'),
      sort: 'agreement',
      render: (item) => item.agreement.reference,
    },
    {
      key: 'sentOn',
      title: t('corrections.columns.sentOn'),
      sort: 'sentOn',
      render: (item) => f.date(item.sentOn),
    },
    {
      key: 'deadline',
      title: t('corrections.columns.deadline'),
      sort: 'deadline',
      render: (item) => f.date(item.deadline),
    },
    {
      key: 'state',
      title: t('corrections.columns.state'),
      render: (item) => <CorrectionStateBadge state={item.state} />,
    },
  ];
  return (
    <DataTable
      caption={t('corrections.list.caption')}
      columns={columns}
      list={list}
      state={state}
      rowKey={(item) => item.id}
      empty={empty}
      toolbar={toolbar}
      minWidth={700}
    />
  );
}
