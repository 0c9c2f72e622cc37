import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Invitation, KnownRole, Locale } from '../../../lib/types';
import { FormDialog } from '../../../components/FormDialog';
import { LanguageSelect } from '../../../components/LanguageSelect';
import { RoleCheckboxes } from './RoleCheckboxes';
import { useCreateInvitation } from './api';

interface InviteModalProps {
  orgId: string;
  defaultLocale: Locale;
  onClose: () => void;
  onInvited: (invitation: Invitation) => void;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function InviteModal({ orgId, defaultLocale, onClose, onInvited }: InviteModalProps) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { email: '', roles: [] as KnownRole[], locale: defaultLocale },
    validate: {
      email: (email) => (EMAIL.test(email.trim()) ? null : t('users.invite.emailInvalid')),
      roles: (roles) => (roles.length > 0 ? null : t('users.chooseRole')),
    },
  });
  const mutation = useCreateInvitation(orgId);

  return (
    <FormDialog
      title={t('users.invite.title')}
      size="lg"
      form={form}
      mutation={mutation}
      toVariables={(values) => ({ ...values, email: values.email.trim() })}
      onSaved={onInvited}
      onClose={onClose}
      submitLabel={t('users.invite.submit')}
    >
      <TextInput
        label={t('users.invite.email')}
        description={t('users.invite.emailHelp')}
        type="email"
        autoComplete="off"
        {...form.getInputProps('email')}
        required
        data-autofocus
      />
      <RoleCheckboxes orgId={orgId} {...form.getInputProps('roles')} value={form.values.roles} />
      <LanguageSelect
        label={t('users.invite.language')}
        description={t('users.invite.languageHelp')}
        {...form.getInputProps('locale')}
        value={form.values.locale}
      />
    </FormDialog>
  );
}
