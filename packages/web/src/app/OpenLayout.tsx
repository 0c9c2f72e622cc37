import { Outlet } from 'react-router';
import { useAuth } from '../lib/auth';
import { AppLayout } from './AppLayout';
import { PublicLayout } from './PublicLayout';

/**
 * Layout of a page open to anyone because it holds no personal data (the glossary): the
 * signed-in app with its navigation when signed in, the public layout otherwise.
 */
export function OpenLayout() {
  const { status } = useAuth();
  if (status === 'authenticated') return <AppLayout />;
  return (
    <PublicLayout size="md">
      <Outlet />
    </PublicLayout>
  );
}
