import { useState } from 'react';
import { Button, Group, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { currentLocale } from '../../../i18n';
import { useAuth } from '../../../lib/auth';
import { EntriesTable } from './EntriesTable';
import { EntryModal } from './EntryModal';
import { useRetireEntry, useTaxonomy, type EntryKind, type TargetGroup } from './api';

type Dialog =
  | { kind: 'none' }
  | { kind: 'edit'; list: EntryKind; entry: TargetGroup | null }
  | { kind: 'retire'; list: EntryKind; entry: TargetGroup };

function RetireModal({
  orgId,
  list,
  entry,
  onClose,
  onRetired,
}: {
  orgId: string;
  list: EntryKind;
  entry: TargetGroup;
  onClose: () => void;
  onRetired: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useRetireEntry(orgId, list);
  return (
    <ConfirmDialog
      title={t('taxonomy.retireTitle')}
      question={t('taxonomy.retireConfirm', { name: entry.names[currentLocale()] })}
      confirmLabel={t('taxonomy.retire')}
      pending={mutation.isPending}
      error={mutation.error}
      onConfirm={() => mutation.mutate(entry.id, { onSuccess: onRetired })}
      onClose={onClose}
    />
  );
}

export function TaxonomyPage() {
  const { t } = useTranslation();
  const org = useAuth().activeMembership!.organisation;
  const taxonomy = useTaxonomy(org.id);
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  const close = () => setDialog({ kind: 'none' });

  const section = (list: EntryKind, entries: TargetGroup[] | undefined) => {
    const prefix = list === 'categories' ? 'taxonomy.category' : 'taxonomy.targetGroup';
    const headingId = `taxonomy-${list}`;
    return (
      <section aria-labelledby={headingId}>
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3" id={headingId}>
            {t(`${prefix}.heading`)}
          </Title>
          <Button onClick={() => setDialog({ kind: 'edit', list, entry: null })}>
            {t(`${prefix}.add`)}
          </Button>
        </Group>
        <EntriesTable
          caption={t(`${prefix}.caption`, { count: entries?.length ?? 0 })}
          entries={entries ?? []}
          prefix={list === 'categories' ? 'categories' : 'groups'}
          empty={t(`${prefix}.none`)}
          withKind={list === 'categories'}
          onRename={(entry) => setDialog({ kind: 'edit', list, entry })}
          onRetire={(entry) => setDialog({ kind: 'retire', list, entry })}
        />
      </section>
    );
  };

  return (
    <Page title={t('taxonomy.title')} description={t('taxonomy.description', { name: org.name })}>
      {notice && <SuccessNotice message={notice} onClose={() => setNotice(null)} />}
      {taxonomy.isPending ? (
        <Loading />
      ) : taxonomy.isError ? (
        <ErrorAlert error={taxonomy.error} onRetry={() => void taxonomy.refetch()} />
      ) : (
        <>
          {section('categories', taxonomy.data.categories)}
          {section('target-groups', taxonomy.data.targetGroups)}
        </>
      )}
      {dialog.kind === 'edit' && (
        <EntryModal
          orgId={org.id}
          kind={dialog.list}
          entry={dialog.entry}
          onClose={close}
          onSaved={(name) => {
            close();
            setNotice(t('taxonomy.saved', { name }));
          }}
        />
      )}
      {dialog.kind === 'retire' && (
        <RetireModal
          orgId={org.id}
          list={dialog.list}
          entry={dialog.entry}
          onClose={close}
          onRetired={() => {
            close();
            setNotice(t('taxonomy.retiredNotice', { name: dialog.entry.names[currentLocale()] }));
          }}
        />
      )}
    </Page>
  );
}
