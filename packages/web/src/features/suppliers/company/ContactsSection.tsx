import { useState } from 'react';
import { Button, Group, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { EditRemoveButtons } from './EditRemoveButtons';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ContactDialog } from './ContactDialog';
import { useContacts, useRemoveContact } from './api';
import type { Contact } from './types';

type Dialog =
  | { kind: 'none' }
  | { kind: 'edit'; contact: Contact | null }
  | { kind: 'remove'; contact: Contact };

export function ContactsSection({
  orgId,
  canManage,
  onNotice,
}: {
  orgId: string;
  canManage: boolean;
  onNotice: (message: string) => void;
}) {
  const { t } = useTranslation();
  const contacts = useContacts(orgId);
  const remove = useRemoveContact(orgId);
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const close = () => setDialog({ kind: 'none' });

  return (
    <section aria-labelledby="contacts-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="contacts-heading">
          {t('company.contacts.title')}
        </Title>
        {canManage && (
          <Button variant="default" onClick={() => setDialog({ kind: 'edit', contact: null })}>
            {t('company.contacts.add')}
          </Button>
        )}
      </Group>
      {contacts.isPending ? (
        <Loading />
      ) : contacts.isError ? (
        <ErrorAlert error={contacts.error} onRetry={() => void contacts.refetch()} />
      ) : contacts.data.items.length === 0 ? (
        <EmptyState title={t('company.contacts.none')}>{t('company.contacts.noneHelp')}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table>
            <Table.Caption>
              <VisuallyHidden>{t('company.contacts.caption')}</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('company.contacts.name')}</Table.Th>
                <Table.Th scope="col">{t('company.contacts.kind')}</Table.Th>
                <Table.Th scope="col">{t('company.contacts.purpose')}</Table.Th>
                <Table.Th scope="col">{t('company.contacts.email')}</Table.Th>
                <Table.Th scope="col">{t('company.contacts.phone')}</Table.Th>
                <Table.Th scope="col">{t('company.contacts.notices')}</Table.Th>
                {canManage && (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contacts.data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {c.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`company.contacts.kinds.${c.kind}`)}</Table.Td>
                  <Table.Td>{c.purpose}</Table.Td>
                  <Table.Td>{c.email}</Table.Td>
                  <Table.Td>{c.phone ?? ''}</Table.Td>
                  <Table.Td>{c.receivesNotices ? t('company.yes') : t('company.no')}</Table.Td>
                  {canManage && (
                    <Table.Td>
                      <EditRemoveButtons
                        name={c.name}
                        onEdit={() => setDialog({ kind: 'edit', contact: c })}
                        onRemove={() => {
                          remove.reset();
                          setDialog({ kind: 'remove', contact: c });
                        }}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {dialog.kind === 'edit' && (
        <ContactDialog
          orgId={orgId}
          contact={dialog.contact}
          onClose={close}
          onSaved={(saved) => {
            close();
            onNotice(t('company.contacts.saved', { name: saved.name }));
          }}
        />
      )}
      {dialog.kind === 'remove' && (
        <ConfirmDialog
          title={t('company.contacts.removeTitle')}
          question={t('company.contacts.removeQuestion', { name: dialog.contact.name })}
          confirmLabel={t('company.remove')}
          pending={remove.isPending}
          error={remove.error}
          onClose={close}
          onConfirm={() =>
            remove.mutate(dialog.contact.id, {
              onSuccess: () => {
                close();
                onNotice(t('company.contacts.removed', { name: dialog.contact.name }));
              },
            })
          }
        />
      )}
    </section>
  );
}
