import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate, type Location } from 'react-router';
import {
  Alert,
  Button,
  Checkbox,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { ApiError } from '../../../lib/api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LanguageSelect } from '../../../components/LanguageSelect';
import { useDocumentTitle } from '../../../components/Page';
import { currentLocale, setUiLocale } from '../../../i18n';
import type { Locale } from '../../../lib/types';
import { rememberedEmail, rememberEmail } from '../../../lib/remembered-email';
import { providerFailureOf, ProviderSignIn } from './ProviderSignIn';

function destination(state: unknown): string {
  const from = (state as { from?: Location } | null)?.from;
  if (!from || from.pathname === '/login') return '/';
  return `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`;
}

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const { status, signIn } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [remembered] = useState(rememberedEmail);
  const [email, setEmail] = useState(remembered ?? '');
  const [remember, setRemember] = useState(remembered !== null);
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});
  // A language picked here, on this visit, becomes the user's remembered language on sign-in.
  const [pickedLanguage, setPickedLanguage] = useState<Locale | null>(null);
  // A sign-in through the organisation's identity provider that came back with a reason.
  const providerFailure = providerFailureOf(location.search);
  useDocumentTitle(t('login.title'));

  const mutation = useMutation({
    mutationFn: async () => {
      const me = await signIn(email.trim(), password, pickedLanguage);
      rememberEmail(remember ? email.trim() : null);
      return me;
    },
    onSuccess: () => navigate(destination(location.state), { replace: true }),
  });

  if (status === 'authenticated' && !mutation.isPending && !mutation.isSuccess) {
    return <Navigate to={destination(location.state)} replace />;
  }

  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const emailError = missing.email ? t('login.emailRequired') : apiError?.fieldError('email');
  const passwordError = missing.password
    ? t('login.passwordRequired')
    : apiError?.fieldError('password');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const nextMissing = { email: email.trim() === '', password: password === '' };
    setMissing(nextMissing);
    if (nextMissing.email || nextMissing.password) return;
    mutation.mutate();
  };

  const language = (i18n.resolvedLanguage as Locale | undefined) ?? currentLocale();

  return (
    <Paper withBorder shadow="xs" radius="md" p="xl">
      <Stack gap="lg">
        <div>
          <Title order={1} size="h2">
            {t('login.title')}
          </Title>
          <Text c="dimmed" mt={4}>
            {t('login.intro')}
          </Text>
        </div>
        {providerFailure && !mutation.isError && (
          <Alert color="red" variant="light" title={t('login.provider.failed')} role="alert">
            {t(`login.provider.failure.${providerFailure}`)}
          </Alert>
        )}
        {mutation.isError && (
          <ErrorAlert
            error={mutation.error}
            title={t('login.failed')}
            shownFields={['email', 'password']}
          />
        )}
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <TextInput
              label={t('login.email')}
              type="email"
              name="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={emailError}
              required
              data-autofocus
            />
            <ProviderSignIn email={email} />
            <PasswordInput
              label={t('login.password')}
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={passwordError}
              required
            />
            <Checkbox
              label={t('login.remember')}
              description={t('login.rememberHelp')}
              checked={remember}
              onChange={(e) => setRemember(e.currentTarget.checked)}
            />
            <LanguageSelect
              label={t('login.language')}
              value={language}
              onChange={(locale) => {
                setPickedLanguage(locale);
                void setUiLocale(locale);
              }}
            />
            <Button type="submit" loading={mutation.isPending} fullWidth mt="xs">
              {t('login.submit')}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
