import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { StatusBadge } from '../../../components/StatusBadge';
import type { ComplianceDocument } from './api';
import { ExpiryBadge } from './ExpiryBadge';

function todayIso() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function DocumentsTable(props: {
  caption: string;
  documents: ComplianceDocument[];
  /** The list's path; a document's file is at <path>/<id>/file. */
  path: string;
}) {
  const { caption, documents, path } = props;
  const { t } = useTranslation();
  const f = useFormatters();
  const today = todayIso();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('documents.document')}</Table.Th>
            <Table.Th scope="col">{t('documents.kindLabel')}</Table.Th>
            <Table.Th scope="col">{t('documents.validUntil')}</Table.Th>
            <Table.Th scope="col">{t('documents.uploaded')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>
                <Anchor href={`${path}/${d.id}/file`} download={d.file.fileName}>
                  {d.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {d.file.fileName} · {f.number(Math.max(1, Math.round(d.file.sizeBytes / 1024)))}{' '}
                  kB
                </Text>
              </Table.Td>
              <Table.Td>{t(`documents.kind.${d.kind}`)}</Table.Td>
              <Table.Td>
                {d.validUntil ? f.date(d.validUntil) : '–'}{' '}
                {d.replacedAt ? (
                  <StatusBadge tone="neutral">{t('documents.replaced')}</StatusBadge>
                ) : (
                  <ExpiryBadge validUntil={d.validUntil} today={today} />
                )}
              </Table.Td>
              <Table.Td>
                {f.date(d.createdAt)}
                {d.createdBy && (
                  <Text size="xs" c="dimmed">
                    {d.createdBy.name}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
