import type { ReactNode } from 'react';
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import type { PageState } from '../../../lib/paging';
import { DataTable, type DataColumn, type ListSource } from '../../../components/DataTable';
import { StatusBadge } from '../../../components/StatusBadge';
import type { ComplianceDocument, DocumentSort } from './api';
import { ExpiryBadge } from './ExpiryBadge';

function todayIso() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function DocumentsTable(props: {
  caption: string;
  list: ListSource<ComplianceDocument>;
  state: PageState<DocumentSort>;
  /** The list's path; a document's file is at <path>/<id>/file. */
  path: string;
  /** Above the table, e.g. the list's downloads. */
  toolbar?: ReactNode;
}) {
  const { caption, list, state, path, toolbar } = props;
  const { t } = useTranslation();
  const f = useFormatters();
  const today = todayIso();
  const columns: DataColumn<ComplianceDocument, DocumentSort>[] = [
    {
      key: 'document',
      title: t('documents.document'),
      sort: 'title',
      rowHeader: true,
      render: (d) => (
        <>
          <Anchor href={`${path}/${d.id}/file`} download={d.file.fileName}>
            {d.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {d.file.fileName} · {f.number(Math.max(1, Math.round(d.file.sizeBytes / 1024)))} kB
          </Text>
        </>
      ),
    },
    {
      key: 'kind',
      title: t('documents.kindLabel'),
      sort: 'kind',
      render: (d) => t(`documents.kind.${d.kind}`),
    },
    {
      key: 'validUntil',
      title: t('documents.validUntil'),
      sort: 'validUntil',
      render: (d) => (
        <>
          {d.validUntil ? f.date(d.validUntil) : '–'}{' '}
          {d.replacedAt ? (
            <StatusBadge tone="neutral">{t('documents.replaced')}</StatusBadge>
          ) : (
            <ExpiryBadge validUntil={d.validUntil} today={today} />
          )}
        </>
      ),
    },
    {
      key: 'uploaded',
      title: t('documents.uploaded'),
      sort: 'uploaded',
      render: (d) => (
        <>
          {f.date(d.createdAt)}
          {d.createdBy && (
            <Text size="xs" c="dimmed">
              {d.createdBy.name}
            </Text>
          )}
        </>
      ),
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      list={list}
      state={state}
      rowKey={(d) => d.id}
      empty={t('documents.none')}
      toolbar={toolbar}
      minWidth={720}
    />
  );
}
