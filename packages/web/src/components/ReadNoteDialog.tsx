import { Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';
import { useAuth } from '../lib/auth';
import { useFormatters } from '../lib/format';
import { PERMISSIONS } from '../lib/types';
import { NOTE_READS_PAGE_SIZE, useNote, useNoteReads } from '../lib/logbook';
import { PageFooter } from './DataTable';

function Reads({ orgId, noteId }: { orgId: string; noteId: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const [page, setPage] = useState(1);
  const reads = useNoteReads(orgId, noteId, page);
  if (reads.isPending) return <Loading />;
  if (reads.isError && !reads.data) return <ErrorAlert error={reads.error} />;
  return (
    <Stack gap="xs">
      <Table aria-busy={reads.isFetching || undefined}>
        <Table.Caption>{t('logbookNote.reads.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('logbookNote.reads.at')}</Table.Th>
            <Table.Th scope="col">{t('logbookNote.reads.user')}</Table.Th>
            <Table.Th scope="col">{t('logbookNote.reads.organisation')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reads.data.items.map((r) => (
            <Table.Tr key={`${r.at}-${r.user}`}>
              <Table.Td>{f.dateTime(r.at)}</Table.Td>
              <Table.Td>{r.user}</Table.Td>
              <Table.Td>{r.organisation}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <PageFooter
        state={{ page, pageSize: NOTE_READS_PAGE_SIZE, setPage }}
        shown={reads.data.items.length}
        total={reads.data.total}
        fetching={reads.isFetching}
      />
    </Stack>
  );
}

/** A sensitive note's text: opening this dialog reads it, and the read is recorded. */
export function ReadNoteDialog(props: { orgId: string; noteId: string; onClose: () => void }) {
  const { orgId, noteId, onClose } = props;
  const { t } = useTranslation();
  const f = useFormatters();
  const { hasPermission } = useAuth();
  const note = useNote(orgId, noteId);
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('logbookNote.read.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {note.isPending ? (
        <Loading />
      ) : note.isError ? (
        <ErrorAlert error={note.error} />
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('logbookNote.byline', {
              date: f.dateTime(note.data.createdAt),
              author: note.data.author.name,
              organisation: note.data.author.organisation,
            })}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{note.data.text}</Text>
          <Text size="xs" c="dimmed">
            {t('logbookNote.read.recorded')}
          </Text>
          {note.data.ownNote && hasPermission(PERMISSIONS.followupRead) && (
            <>
              <Title order={2} size="h4">
                {t('logbookNote.reads.title')}
              </Title>
              <Reads orgId={orgId} noteId={noteId} />
            </>
          )}
        </Stack>
      )}
    </Modal>
  );
}
