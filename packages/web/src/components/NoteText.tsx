import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from './StatusBadge';
import type { LogbookNote } from '../lib/logbook';
import { ReadNoteDialog } from './ReadNoteDialog';

/** A note's text in a list, or for a sensitive note a button that reads it (and is recorded). */
export function NoteText({
  orgId,
  note,
  lineClamp,
}: {
  orgId: string;
  note: LogbookNote;
  lineClamp?: number;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Group gap={4} mb={note.concern || note.sensitive ? 4 : 0}>
        {note.concern && <StatusBadge tone="negative">{t('logbookNote.concern')}</StatusBadge>}
        {note.sensitive && <StatusBadge tone="waiting">{t('logbookNote.sensitive')}</StatusBadge>}
      </Group>
      {note.text !== null ? (
        <Text size="sm" lineClamp={lineClamp} style={{ whiteSpace: 'pre-wrap' }}>
          {note.text}
        </Text>
      ) : (
        <Button variant="subtle" size="compact-sm" px={0} onClick={() => setOpen(true)}>
          {t('logbookNote.read.action')}
        </Button>
      )}
      {open && <ReadNoteDialog orgId={orgId} noteId={note.id} onClose={() => setOpen(false)} />}
    </>
  );
}
