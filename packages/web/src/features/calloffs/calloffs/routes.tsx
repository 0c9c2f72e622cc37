// The call-off pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';

export const calloffRoutes: RouteObject[] = [
  {
    path: 'calloffs',
    ...lazyPage(async () => {
      const { CalloffsPage } = await import('./CalloffsPage');
      return (
        <RequirePermission permission={PERMISSIONS.calloffsRead}>
          <CalloffsPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'calloffs/new',
    ...lazyPage(async () => {
      const { NewCalloffPage } = await import('./NewCalloffPage');
      return (
        <RequirePermission permission={PERMISSIONS.calloffsManage}>
          <NewCalloffPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'calloffs/:calloffId',
    ...lazyPage(async () => {
      const { CalloffDetailPage } = await import('./CalloffDetailPage');
      return (
        <RequirePermission permission={PERMISSIONS.calloffsRead}>
          <CalloffDetailPage />
        </RequirePermission>
      );
    }),
  },
];
