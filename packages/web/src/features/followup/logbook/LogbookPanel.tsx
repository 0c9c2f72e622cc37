import { useState } from 'react';
import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { PERMISSIONS } from '../../../lib/types';
import { useNotes } from './api';
import { NoteText } from '../../../components/NoteText';
import { WriteNoteDialog } from './WriteNoteDialog';

/**
 * The logbook notes about a supplier the caller may read (optionally on one agreement), with a
 * write form for the body's quality officers. For any page that shows a supplier.
 */
export function LogbookPanel(props: { orgId: string; supplierId: string; agreementId?: string }) {
  const { orgId, supplierId, agreementId } = props;
  const { t } = useTranslation();
  const f = useFormatters();
  const { hasPermission } = useAuth();
  const notes = useNotes(orgId, { supplierId, agreementId });
  const [writing, setWriting] = useState(false);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('logbook.title')}
        </Title>
        {hasPermission(PERMISSIONS.logbookWrite) && (
          <Button onClick={() => setWriting(true)}>{t('logbook.write.open')}</Button>
        )}
      </Group>
      {notes.isPending ? (
        <Loading />
      ) : notes.isError ? (
        <ErrorAlert error={notes.error} onRetry={() => void notes.refetch()} />
      ) : notes.data.items.length === 0 ? (
        <EmptyState title={t('logbook.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table verticalSpacing="sm">
            <Table.Caption>{t('logbook.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('logbook.columns.date')}</Table.Th>
                <Table.Th scope="col">{t('logbook.columns.about')}</Table.Th>
                <Table.Th scope="col">{t('logbook.columns.note')}</Table.Th>
                <Table.Th scope="col">{t('logbook.columns.author')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {notes.data.items.map((note) => (
                <Table.Tr key={note.id}>
                  <Table.Td>{f.date(note.createdAt)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{note.agreement.reference}</Text>
                    {note.establishment && (
                      <Text size="xs" c="dimmed">
                        {note.establishment.name}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <NoteText orgId={orgId} note={note} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{note.author.name}</Text>
                    <Text size="xs" c="dimmed">
                      {note.author.organisation}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {writing && (
        <WriteNoteDialog
          orgId={orgId}
          supplierId={supplierId}
          agreementId={agreementId}
          onClose={() => setWriting(false)}
        />
      )}
    </Stack>
  );
}
