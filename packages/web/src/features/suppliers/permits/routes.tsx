// The permits pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';
import { PermitsPage } from './PermitsPage';

export const permitRoutes: RouteObject[] = [
  {
    path: 'permits',
    element: (
      <RequirePermission permission={PERMISSIONS.permitsManage}>
        <PermitsPage />
      </RequirePermission>
    ),
  },
];
