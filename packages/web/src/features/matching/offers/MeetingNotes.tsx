import { useState } from 'react';
import { Button, Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { FormDialog } from '../../../components/FormDialog';
import { useFormatters } from '../../../lib/format';
import { usePageState } from '../../../lib/paging';
import { useAddMeetingNote, useMeetingNotes, type MeetingNotePage } from './api';

type Note = MeetingNotePage['items'][number];

/** What the team learned at meetings with the supplier; only this organisation reads them. */
export function MeetingNotes({ orgId, supplierId }: { orgId: string; supplierId: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const state = usePageState(
    ['metOn'] as const,
    { sort: 'metOn', order: 'desc' },
    { prefix: 'notes', pageSize: 10 },
  );
  const notes = useMeetingNotes(orgId, supplierId, state);
  const [adding, setAdding] = useState(false);
  const columns: DataColumn<Note, 'metOn'>[] = [
    {
      key: 'metOn',
      title: t('offers.notes.metOn'),
      sort: 'metOn',
      rowHeader: true,
      render: (n) => <Text size="sm">{f.date(n.metOn)}</Text>,
    },
    {
      key: 'participants',
      title: t('offers.notes.participants'),
      render: (n) => <Text size="sm">{n.participants}</Text>,
    },
    {
      key: 'learned',
      title: t('offers.notes.learned'),
      render: (n) => (
        <Stack gap={2}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {n.learned}
          </Text>
          <Text size="xs" c="dimmed">
            {n.createdBy.name}
          </Text>
        </Stack>
      ),
    },
  ];
  return (
    <section aria-labelledby={`notes-${supplierId}`}>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id={`notes-${supplierId}`}>
          {t('offers.notes.heading')}
        </Title>
        <Button size="xs" variant="default" onClick={() => setAdding(true)}>
          {t('offers.notes.add')}
        </Button>
      </Group>
      <DataTable
        caption={t('offers.notes.caption', { count: notes.data?.total ?? 0 })}
        columns={columns}
        list={notes}
        state={state}
        rowKey={(n) => n.id}
        empty={t('offers.notes.empty')}
      />
      {adding && (
        <NoteDialog orgId={orgId} supplierId={supplierId} onClose={() => setAdding(false)} />
      )}
    </section>
  );
}

function NoteDialog({
  orgId,
  supplierId,
  onClose,
}: {
  orgId: string;
  supplierId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { metOn: '', participants: '', learned: '' },
    validate: {
      metOn: (v) => (v ? null : t('offers.notes.required')),
      participants: (v) => (v.trim() ? null : t('offers.notes.required')),
      learned: (v) => (v.trim() ? null : t('offers.notes.required')),
    },
  });
  const mutation = useAddMeetingNote(orgId, supplierId);
  return (
    <FormDialog
      title={t('offers.notes.add')}
      form={form}
      mutation={mutation}
      toVariables={(v) => v}
      onSaved={onClose}
      onClose={onClose}
      submitLabel={t('offers.notes.save')}
    >
      <TextInput
        type="date"
        label={t('offers.notes.metOn')}
        withAsterisk
        {...form.getInputProps('metOn')}
      />
      <TextInput
        label={t('offers.notes.participants')}
        withAsterisk
        maxLength={1000}
        {...form.getInputProps('participants')}
      />
      <Textarea
        label={t('offers.notes.learned')}
        description={t('offers.notes.learnedHelp')}
        withAsterisk
        autosize
        minRows={4}
        maxLength={10000}
        {...form.getInputProps('learned')}
      />
    </FormDialog>
  );
}
