// "Sign in with <organisation>": offered once the email typed on the sign-in page belongs to a
// domain whose organisation signs its staff in through its own identity provider. The button is
// a plain link: the browser goes to the provider and comes back signed in (or with a reason).
import { Button, Divider } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isSignInFailure, type SignInFailure } from '@tildel/domain/sign-in';
import { api, query } from '../../../lib/api';

const DOMAIN = /^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** The domain of a typed email address, once it looks like one. */
function domainOf(email: string): string | null {
  const at = email.trim().lastIndexOf('@');
  const domain =
    at < 1
      ? ''
      : email
          .trim()
          .slice(at + 1)
          .toLowerCase();
  return DOMAIN.test(domain) ? domain : null;
}

export function ProviderSignIn({ email }: { email: string }) {
  const { t } = useTranslation();
  const [domain] = useDebouncedValue(domainOf(email), 300);
  const provider = useQuery({
    queryKey: ['oidc-provider', domain],
    queryFn: ({ signal }) =>
      api.get('/api/oidc/provider', { query: { domain: domain! } }, { signal }),
    enabled: domain !== null,
    staleTime: 5 * 60_000,
  });
  const name = domain !== null ? provider.data?.displayName : null;
  if (!name) return null;
  return (
    <>
      <Button component="a" href={`/api/oidc/start${query({ domain })}`} fullWidth>
        {t('login.provider.signInWith', { provider: name })}
      </Button>
      <Divider label={t('login.provider.or')} labelPosition="center" />
    </>
  );
}

/** Why a sign-in through a provider came back to the sign-in page, if it did. */
export function providerFailureOf(search: string): SignInFailure | null {
  const reason = new URLSearchParams(search).get('signInError');
  return isSignInFailure(reason) ? reason : null;
}
