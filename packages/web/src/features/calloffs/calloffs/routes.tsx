// The call-off pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';
import { CalloffDetailPage } from './CalloffDetailPage';
import { CalloffsPage } from './CalloffsPage';
import { NewCalloffPage } from './NewCalloffPage';

export const calloffRoutes: RouteObject[] = [
  {
    path: 'calloffs',
    element: (
      <RequirePermission permission={PERMISSIONS.calloffsRead}>
        <CalloffsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'calloffs/new',
    element: (
      <RequirePermission permission={PERMISSIONS.calloffsManage}>
        <NewCalloffPage />
      </RequirePermission>
    ),
  },
  {
    path: 'calloffs/:calloffId',
    element: (
      <RequirePermission permission={PERMISSIONS.calloffsRead}>
        <CalloffDetailPage />
      </RequirePermission>
    ),
  },
];
