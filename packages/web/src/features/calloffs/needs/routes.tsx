// The needs pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';

export const needRoutes: RouteObject[] = [
  {
    path: 'needs',
    ...lazyPage(async () => {
      const { NeedsPage } = await import('./NeedsPage');
      return (
        <RequirePermission permission={PERMISSIONS.needsRead}>
          <NeedsPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'needs/new/:kind',
    ...lazyPage(async () => {
      const { NewNeedPage } = await import('./NewNeedPage');
      return (
        <RequirePermission permission={PERMISSIONS.needsManage}>
          <NewNeedPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'needs/:needId',
    ...lazyPage(async () => {
      const { NeedDetailPage } = await import('./NeedDetailPage');
      return (
        <RequirePermission permission={PERMISSIONS.needsRead}>
          <NeedDetailPage />
        </RequirePermission>
      );
    }),
  },
];
