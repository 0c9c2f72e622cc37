// The needs pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';
import { NeedDetailPage } from './NeedDetailPage';
import { NeedsPage } from './NeedsPage';
import { NewNeedPage } from './NewNeedPage';

export const needRoutes: RouteObject[] = [
  {
    path: 'needs',
    element: (
      <RequirePermission permission={PERMISSIONS.needsRead}>
        <NeedsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'needs/new/:kind',
    element: (
      <RequirePermission permission={PERMISSIONS.needsManage}>
        <NewNeedPage />
      </RequirePermission>
    ),
  },
  {
    path: 'needs/:needId',
    element: (
      <RequirePermission permission={PERMISSIONS.needsRead}>
        <NeedDetailPage />
      </RequirePermission>
    ),
  },
];
