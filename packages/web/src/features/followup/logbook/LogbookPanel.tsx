import { useState } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { ExportLinks } from '../../../components/ExportLinks';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { usePageState } from '../../../lib/paging';
import { PERMISSIONS } from '../../../lib/types';
import { NOTE_PAGE_DEFAULTS, NOTE_SORTS, useNotes, type ListedNote, type NoteSort } from './api';
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
  // The panel sits on pages with lists of their own: its page is kept under its own name.
  const page = usePageState(NOTE_SORTS, NOTE_PAGE_DEFAULTS, { prefix: 'logbook' });
  const notes = useNotes(orgId, { supplierId, agreementId }, page);
  const columns: DataColumn<ListedNote, NoteSort>[] = [
    {
      key: 'date',
      title: t('logbook.columns.date'),
      sort: 'created',
      render: (note) => f.date(note.createdAt),
    },
    {
      key: 'about',
      title: t('logbook.columns.about'),
      sort: 'agreement',
      render: (note) => (
        <>
          <Text size="sm">{note.agreement.reference}</Text>
          {note.establishment && (
            <Text size="xs" c="dimmed">
              {note.establishment.name}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'note',
      title: t('logbook.columns.note'),
      render: (note) => <NoteText orgId={orgId} note={note} />,
    },
    {
      key: 'author',
      title: t('logbook.columns.author'),
      render: (note) => (
        <>
          <Text size="sm">{note.author.name}</Text>
          <Text size="xs" c="dimmed">
            {note.author.organisation}
          </Text>
        </>
      ),
    },
  ];
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
      <DataTable
        caption={t('logbook.caption')}
        columns={columns}
        list={notes}
        state={page}
        rowKey={(note) => note.id}
        empty={t('logbook.empty')}
        toolbar={
          <ExportLinks
            path={`/api/organisations/${orgId}/logbook/export`}
            params={{ supplierId, agreementId, ...page.params }}
          />
        }
        minWidth={700}
      />
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
