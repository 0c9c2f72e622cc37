import { createContext, useContext } from 'react';
import type { Locale, Me, Membership } from './types';

export type AuthStatus = 'loading' | 'authenticated' | 'anonymous';

export interface AuthContextValue {
  status: AuthStatus;
  me: Me | null;
  /** The membership of the active organisation, if any. */
  activeMembership: Membership | null;
  hasPermission: (permission: string) => boolean;
  /** Signs in; a language picked on the sign-in page becomes the user's. */
  signIn: (email: string, password: string, locale?: Locale | null) => Promise<Me>;
  signOut: () => Promise<void>;
  /** Use a Me returned by another call that signs the user in (accepting an invitation). */
  acceptSignedIn: (me: Me) => Promise<void>;
  changeLocale: (locale: Locale) => Promise<void>;
  switchOrganisation: (organisationId: string) => Promise<void>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** The signed-in user's data; only for components rendered behind the sign-in guard. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('useMe used without a signed-in user');
  return me;
}

/** The active organisation; only for pages that need one. */
export function useActiveOrganisation(): Membership['organisation'] | null {
  return useAuth().activeMembership?.organisation ?? null;
}
