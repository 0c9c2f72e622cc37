import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, onUnauthorized, setCsrfToken } from '../lib/api';
import { AuthContext, type AuthContextValue } from '../lib/auth';
import { queryKeys } from '../lib/queryKeys';
import { isLocale, type Locale, type Me } from '../lib/types';
import { setUiLocale } from '../i18n';
import { ServiceUnavailable } from './ServiceUnavailable';
import { FullPageLoader } from '../components/FullPageLoader';

async function fetchMe(signal: AbortSignal): Promise<Me | null> {
  try {
    const me = await api.get('/api/me', {}, { allowUnauthorized: true, signal });
    setCsrfToken(me.csrfToken);
    if (isLocale(me.user.locale)) await setUiLocale(me.user.locale);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

const isMeQuery = (key: readonly unknown[]) => key[0] === queryKeys.me[0];

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const meQuery = useQuery({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: true,
  });
  const me = meQuery.data ?? null;

  /**
   * Take a fresh Me from the server as the truth: token, language, cache. The user's language
   * comes first, so a page signed in shows in it from the start: one that showed in the
   * browser's language meanwhile would offer that language as the chosen one.
   */
  const applyMe = useCallback(
    async (next: Me | null) => {
      setCsrfToken(next?.csrfToken ?? null);
      if (next && isLocale(next.user.locale)) await setUiLocale(next.user.locale);
      queryClient.setQueryData(queryKeys.me, next);
    },
    [queryClient],
  );

  const forgetEverythingElse = useCallback(() => {
    queryClient.removeQueries({ predicate: (q) => !isMeQuery(q.queryKey) });
  }, [queryClient]);

  useEffect(() => {
    onUnauthorized(() => {
      if (queryClient.getQueryData(queryKeys.me) === null) return;
      void applyMe(null);
      forgetEverythingElse();
    });
    return () => onUnauthorized(null);
  }, [applyMe, forgetEverythingElse, queryClient]);

  const value = useMemo<AuthContextValue>(() => {
    const activeMembership =
      me?.memberships.find((m) => m.organisation.id === me.activeOrganisationId) ?? null;
    return {
      status: meQuery.isPending ? 'loading' : me ? 'authenticated' : 'anonymous',
      me,
      activeMembership,
      hasPermission: (permission) => me?.permissions.some((p) => p === permission) ?? false,
      signIn: async (email, password, locale) => {
        let next = await api.post(
          '/api/session',
          { body: { email, password } },
          { allowUnauthorized: true },
        );
        if (locale && next.user.locale !== locale) {
          setCsrfToken(next.csrfToken);
          const signedIn = next;
          // Picked on the sign-in page, it becomes the user's; if that fails, the user's stays.
          next = await api.put('/api/me/locale', { body: { locale } }).catch(() => signedIn);
        }
        forgetEverythingElse();
        await applyMe(next);
        return next;
      },
      signOut: async () => {
        try {
          await api.delete('/api/session', {}, { allowUnauthorized: true });
        } finally {
          await applyMe(null);
          forgetEverythingElse();
        }
      },
      acceptSignedIn: async (next) => {
        forgetEverythingElse();
        await applyMe(next);
      },
      changeLocale: async (locale: Locale) => {
        await setUiLocale(locale);
        if (!me) return;
        const next = await api.put('/api/me/locale', { body: { locale } });
        await applyMe(next);
      },
      switchOrganisation: async (organisationId) => {
        const next = await api.put('/api/me/organisation', { body: { organisationId } });
        await applyMe(next);
        await queryClient.invalidateQueries({ predicate: (q) => !isMeQuery(q.queryKey) });
      },
    };
  }, [me, meQuery.isPending, applyMe, forgetEverythingElse, queryClient]);

  if (meQuery.isPending) return <FullPageLoader />;
  if (meQuery.isError && meQuery.data === undefined) {
    return <ServiceUnavailable error={meQuery.error} onRetry={() => void meQuery.refetch()} />;
  }
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
