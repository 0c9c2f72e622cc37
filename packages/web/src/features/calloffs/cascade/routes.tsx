// The cascade pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';

export const cascadeRoutes: RouteObject[] = [
  {
    path: 'agreements/:agreementId/deviations',
    ...lazyPage(async () => {
      const { DeviationsPage } = await import('./DeviationsPage');
      return (
        <RequirePermission permission={PERMISSIONS.agreementsRead}>
          <DeviationsPage />
        </RequirePermission>
      );
    }),
  },
];
