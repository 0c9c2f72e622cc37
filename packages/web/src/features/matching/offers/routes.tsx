// The supplier's offers page, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';

export const offerRoutes: RouteObject[] = [
  {
    path: 'company/offers',
    ...lazyPage(async () => {
      const { OffersPage } = await import('./OffersPage');
      return (
        <RequirePermission permission={PERMISSIONS.supplierProfileRead}>
          <OffersPage />
        </RequirePermission>
      );
    }),
  },
];
