import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useSaveContact } from './api';
import type { Contact, ContactKind } from './types';

const FIELDS = ['kind', 'name', 'purpose', 'email', 'phone'];

interface ContactDialogProps {
  orgId: string;
  contact: Contact | null;
  onClose: () => void;
  onSaved: (contact: Contact) => void;
}

/** Adds or changes a contact: a person, or a shared function mailbox such as placering@. */
export function ContactDialog({ orgId, contact, onClose, onSaved }: ContactDialogProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ContactKind>(contact?.kind ?? 'function_mailbox');
  const [name, setName] = useState(contact?.name ?? '');
  const [purpose, setPurpose] = useState(contact?.purpose ?? '');
  const [email, setEmail] = useState(contact?.email ?? '');
  const [phone, setPhone] = useState(contact?.phone ?? '');
  const [receivesNotices, setReceivesNotices] = useState(contact?.receivesNotices ?? true);
  const mutation = useSaveContact(orgId);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(
      {
        id: contact?.id,
        input: {
          kind,
          name,
          purpose,
          email: email.trim(),
          phone: phone.trim() || null,
          receivesNotices,
        },
      },
      { onSuccess: onSaved },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={contact ? t('company.contacts.editTitle') : t('company.contacts.addTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={FIELDS} />}
          <NativeSelect
            label={t('company.contacts.kind')}
            value={kind}
            onChange={(e) =>
              setKind(e.currentTarget.value === 'person' ? 'person' : 'function_mailbox')
            }
            data-autofocus
          >
            <option value="function_mailbox">{t('company.contacts.kinds.function_mailbox')}</option>
            <option value="person">{t('company.contacts.kinds.person')}</option>
          </NativeSelect>
          <TextInput
            label={
              kind === 'person'
                ? t('company.contacts.personName')
                : t('company.contacts.mailboxName')
            }
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={apiError?.fieldError('name')}
            required
            maxLength={200}
          />
          <TextInput
            label={t('company.contacts.purpose')}
            description={t('company.contacts.purposeHelp')}
            value={purpose}
            onChange={(e) => setPurpose(e.currentTarget.value)}
            error={apiError?.fieldError('purpose')}
            maxLength={200}
          />
          <TextInput
            label={t('company.contacts.email')}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={apiError?.fieldError('email')}
            required
            maxLength={254}
          />
          <TextInput
            label={t('company.contacts.phone')}
            type="tel"
            value={phone}
            onChange={(e) => setPhone(e.currentTarget.value)}
            error={apiError?.fieldError('phone')}
            maxLength={40}
          />
          <Checkbox
            label={t('company.contacts.receivesNotices')}
            checked={receivesNotices}
            onChange={(e) => setReceivesNotices(e.currentTarget.checked)}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('company.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
