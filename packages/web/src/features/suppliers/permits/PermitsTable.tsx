import type { ReactNode } from 'react';
import { Button, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import type { PageState } from '../../../lib/paging';
import { DataTable, type DataColumn, type ListSource } from '../../../components/DataTable';
import type { Permit, PermitSort } from './api';
import { PermitStatusBadge } from './PermitStatusBadge';

interface PermitsTableProps {
  caption: string;
  list: ListSource<Permit>;
  state: PageState<PermitSort>;
  showSupplier?: boolean;
  onEdit?: (permit: Permit) => void;
  /** Above the table, e.g. the overview's downloads. */
  toolbar?: ReactNode;
}

export function PermitsTable({
  caption,
  list,
  state,
  showSupplier = false,
  onEdit,
  toolbar,
}: PermitsTableProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const columns: DataColumn<Permit, PermitSort>[] = [
    ...(showSupplier
      ? [
          {
            key: 'supplier',
            title: t('permits.supplier'),
            sort: 'supplier' as const,
            render: (p: Permit) => p.supplierName,
          },
        ]
      : []),
    {
      key: 'establishment',
      title: t('permits.establishment'),
      sort: 'establishment',
      rowHeader: true,
      render: (p) => (
        <>
          <Text size="sm" fw={500}>
            {p.establishmentName}
          </Text>
          {p.scope && (
            <Text size="xs" c="dimmed">
              {p.scope}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'reference',
      title: t('permits.authorityAndReference'),
      render: (p) => `${p.authority} ${p.reference}`,
    },
    {
      key: 'status',
      title: t('permits.statusLabel'),
      render: (p) => (
        <>
          <PermitStatusBadge status={p.status} />
          {p.decisions && (
            <Text size="xs" c="dimmed" mt={4}>
              {p.decisions}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'validity',
      title: t('permits.validity'),
      sort: 'validTo',
      render: (p) =>
        `${p.validFrom ? f.date(p.validFrom) : '–'} – ${p.validTo ? f.date(p.validTo) : ''}`,
    },
    { key: 'openCases', title: t('permits.openCases'), render: (p) => p.openCases },
    {
      key: 'lastChecked',
      title: t('permits.lastChecked'),
      sort: 'lastChecked',
      render: (p) => (
        <>
          {p.lastCheckedOn ? f.date(p.lastCheckedOn) : t('permits.neverChecked')}
          {p.lastCheckedBy && (
            <Text size="xs" c="dimmed">
              {p.lastCheckedBy.name}
            </Text>
          )}
        </>
      ),
    },
  ];
  if (onEdit)
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      hiddenTitle: true,
      render: (p) => (
        <Button size="xs" variant="default" onClick={() => onEdit(p)}>
          {t('permits.edit')}
          <VisuallyHidden>
            {' '}
            {p.establishmentName} {p.reference}
          </VisuallyHidden>
        </Button>
      ),
    });
  return (
    <DataTable
      caption={caption}
      columns={columns}
      list={list}
      state={state}
      rowKey={(p) => p.id}
      empty={t('permits.none')}
      toolbar={toolbar}
      minWidth={800}
    />
  );
}
