// The prices pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';

export const priceRoutes: RouteObject[] = [
  {
    path: 'company/prices',
    ...lazyPage(async () => {
      const { PricesPage } = await import('./PricesPage');
      return (
        <RequirePermission permission={PERMISSIONS.supplierProfileRead}>
          <PricesPage />
        </RequirePermission>
      );
    }),
  },
];
