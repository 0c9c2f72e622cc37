import { Checkbox, NativeSelect, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { useSaveContact } from './api';
import type { Contact, ContactKind } from './types';

interface ContactDialogProps {
  orgId: string;
  contact: Contact | null;
  onClose: () => void;
  onSaved: (contact: Contact) => void;
}

/** Adds or changes a contact: a person, or a shared function mailbox such as placering@. */
export function ContactDialog({ orgId, contact, onClose, onSaved }: ContactDialogProps) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: {
      kind: (contact?.kind ?? 'function_mailbox') as ContactKind,
      name: contact?.name ?? '',
      purpose: contact?.purpose ?? '',
      email: contact?.email ?? '',
      phone: contact?.phone ?? '',
      receivesNotices: contact?.receivesNotices ?? true,
    },
  });
  const mutation = useSaveContact(orgId);
  const kind = form.getValues().kind;

  return (
    <FormDialog
      title={contact ? t('company.contacts.editTitle') : t('company.contacts.addTitle')}
      size="lg"
      form={form}
      mutation={mutation}
      toVariables={(values) => ({
        id: contact?.id,
        input: { ...values, email: values.email.trim(), phone: values.phone.trim() || null },
      })}
      onSaved={onSaved}
      onClose={onClose}
      submitLabel={t('company.save')}
    >
      <NativeSelect
        label={t('company.contacts.kind')}
        {...form.getInputProps('kind')}
        data-autofocus
      >
        <option value="function_mailbox">{t('company.contacts.kinds.function_mailbox')}</option>
        <option value="person">{t('company.contacts.kinds.person')}</option>
      </NativeSelect>
      <TextInput
        label={
          kind === 'person' ? t('company.contacts.personName') : t('company.contacts.mailboxName')
        }
        {...form.getInputProps('name')}
        required
        maxLength={200}
      />
      <TextInput
        label={t('company.contacts.purpose')}
        description={t('company.contacts.purposeHelp')}
        {...form.getInputProps('purpose')}
        maxLength={200}
      />
      <TextInput
        label={t('company.contacts.email')}
        type="email"
        {...form.getInputProps('email')}
        required
        maxLength={254}
      />
      <TextInput
        label={t('company.contacts.phone')}
        type="tel"
        {...form.getInputProps('phone')}
        maxLength={40}
      />
      <Checkbox
        label={t('company.contacts.receivesNotices')}
        {...form.getInputProps('receivesNotices', { type: 'checkbox' })}
      />
    </FormDialog>
  );
}
