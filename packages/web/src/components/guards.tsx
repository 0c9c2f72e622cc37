import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from '../lib/auth';
import { NoAccessPage } from './NoAccessPage';

/** Send signed-out users to /login, remembering where they were going. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  const location = useLocation();
  if (status !== 'authenticated') {
    return <Navigate to="/login" replace state={{ from: location }} />;
  }
  return <>{children}</>;
}

/** Show the page only with the permission in the active organisation. */
export function RequirePermission({
  permission,
  children,
}: {
  permission: string;
  children: ReactNode;
}) {
  const { hasPermission, activeMembership } = useAuth();
  if (!activeMembership || !hasPermission(permission)) return <NoAccessPage />;
  return <>{children}</>;
}

/** Show the page only to platform administrators, whatever organisation is active. */
export function RequirePlatformAdmin({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  if (!me?.user.isPlatformAdmin) return <NoAccessPage />;
  return <>{children}</>;
}
