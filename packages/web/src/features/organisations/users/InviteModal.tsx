import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Invitation, KnownRole, Locale } from '../../../lib/types';
import { ApiError } from '../../../lib/api';
import { ErrorAlert } from '../../../components/ErrorAlert';
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
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<KnownRole[]>([]);
  const [locale, setLocale] = useState<Locale>(defaultLocale);
  const [checked, setChecked] = useState(false);
  const mutation = useCreateInvitation(orgId);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;

  const emailProblem =
    checked && !EMAIL.test(email.trim()) ? t('users.invite.emailInvalid') : undefined;
  const rolesProblem = checked && roles.length === 0 ? t('users.chooseRole') : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!EMAIL.test(email.trim()) || roles.length === 0) return;
    mutation.mutate({ email: email.trim(), roles, locale }, { onSuccess: onInvited });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('users.invite.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && (
            <ErrorAlert error={mutation.error} shownFields={['email', 'roles', 'locale']} />
          )}
          <TextInput
            label={t('users.invite.email')}
            description={t('users.invite.emailHelp')}
            type="email"
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={emailProblem ?? apiError?.fieldError('email')}
            required
            data-autofocus
          />
          <RoleCheckboxes
            orgId={orgId}
            value={roles}
            onChange={setRoles}
            error={rolesProblem ?? apiError?.fieldError('roles')}
          />
          <LanguageSelect
            label={t('users.invite.language')}
            description={t('users.invite.languageHelp')}
            value={locale}
            onChange={setLocale}
            error={apiError?.fieldError('locale')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('users.invite.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
