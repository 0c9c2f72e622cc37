// The permits pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';

export const permitRoutes: RouteObject[] = [
  {
    path: 'permits',
    ...lazyPage(async () => {
      const { PermitsPage } = await import('./PermitsPage');
      return (
        <RequirePermission permission={PERMISSIONS.permitsManage}>
          <PermitsPage />
        </RequirePermission>
      );
    }),
  },
];
