// The replay page, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../../components/guards';
import { lazyPage } from '../../../lib/lazy-page';
import { PERMISSIONS } from '../../../lib/types';

export const replayRoutes: RouteObject[] = [
  {
    path: 'insights/replay',
    ...lazyPage(async () => {
      const { ReplayPage } = await import('./ReplayPage');
      return (
        <RequirePermission permission={PERMISSIONS.insightsRead}>
          <ReplayPage />
        </RequirePermission>
      );
    }),
  },
];
