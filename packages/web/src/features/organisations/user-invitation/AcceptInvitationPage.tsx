import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { ApiError } from '../../../lib/api';
import { useFormatters } from '../../../lib/format';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { RoleBadges } from '../../../components/RoleBadges';
import { useDocumentTitle } from '../../../components/Page';
import { useAcceptInvitation, usePublicInvitation, type PublicInvitation } from './api';

const MIN_PASSWORD = 12;

function AcceptForm({ token, invitation }: { token: string; invitation: PublicInvitation }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const navigate = useNavigate();
  const { acceptSignedIn } = useAuth();
  const mutation = useAcceptInvitation(token);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [checked, setChecked] = useState(false);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const isNew = !invitation.existingUser;

  const problems = {
    name: isNew && name.trim() === '' ? t('invitation.nameRequired') : undefined,
    password:
      password === ''
        ? t('invitation.passwordRequired')
        : isNew && password.length < MIN_PASSWORD
          ? t('invitation.passwordTooShort', { min: MIN_PASSWORD })
          : undefined,
    repeat: isNew && repeat !== password ? t('invitation.passwordMismatch') : undefined,
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (problems.name || problems.password || problems.repeat) return;
    mutation.mutate(isNew ? { name: name.trim(), password } : { password }, {
      onSuccess: async (me) => {
        await acceptSignedIn(me);
        await navigate('/', { replace: true });
      },
    });
  };

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Text>{t('invitation.intro', { organisation: invitation.organisationName })}</Text>
        <Text size="sm">
          <Text span fw={600}>
            {t('invitation.email')}:
          </Text>{' '}
          {invitation.email}
        </Text>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('invitation.roles')}:
          </Text>
          <RoleBadges roles={invitation.roles} />
        </Stack>
        <Text size="sm" c="dimmed">
          {t('invitation.expires', { date: f.dateTime(invitation.expiresAt) })}
        </Text>
      </Stack>

      {mutation.isError && <ErrorAlert error={mutation.error} shownFields={['name', 'password']} />}

      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {/* Lets password managers store the password with the right account. */}
          <input
            type="hidden"
            name="username"
            autoComplete="username"
            value={invitation.email}
            readOnly
          />
          {isNew ? (
            <>
              <TextInput
                label={t('invitation.name')}
                autoComplete="name"
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={(checked && problems.name) || apiError?.fieldError('name')}
                required
              />
              <PasswordInput
                label={t('invitation.newPassword')}
                description={t('invitation.passwordHelp', { min: MIN_PASSWORD })}
                autoComplete="new-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={(checked && problems.password) || apiError?.fieldError('password')}
                required
              />
              <PasswordInput
                label={t('invitation.repeatPassword')}
                autoComplete="new-password"
                value={repeat}
                onChange={(e) => setRepeat(e.currentTarget.value)}
                error={checked && problems.repeat}
                required
              />
            </>
          ) : (
            <>
              <Text size="sm">{t('invitation.existingUser')}</Text>
              <PasswordInput
                label={t('invitation.yourPassword')}
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={(checked && problems.password) || apiError?.fieldError('password')}
                required
              />
            </>
          )}
          <Button type="submit" loading={mutation.isPending}>
            {t('invitation.accept')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const invitation = usePublicInvitation(token);
  useDocumentTitle(t('invitation.title'));

  return (
    <Paper withBorder shadow="xs" radius="md" p="xl">
      <Stack gap="lg">
        <Title order={1} size="h2">
          {t('invitation.title')}
        </Title>
        {invitation.isPending ? (
          <Loading />
        ) : invitation.isError ? (
          <Stack gap="md" align="flex-start">
            <ErrorAlert error={invitation.error} title={t('invitation.unavailable')} />
            <Anchor component={Link} to="/login">
              {t('invitation.goToLogin')}
            </Anchor>
          </Stack>
        ) : (
          <AcceptForm token={token} invitation={invitation.data} />
        )}
      </Stack>
    </Paper>
  );
}
