// The insights pages of spend and prices, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';

export const spendRoutes: RouteObject[] = [
  {
    path: 'insights',
    ...lazyPage(async () => {
      const { InsightsPage } = await import('./InsightsPage');
      return (
        <RequirePermission permission={PERMISSIONS.insightsRead}>
          <InsightsPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'insights/spend',
    ...lazyPage(async () => {
      const { SpendPage } = await import('./SpendPage');
      return (
        <RequirePermission permission={PERMISSIONS.insightsRead}>
          <SpendPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'insights/prices',
    ...lazyPage(async () => {
      const { PricesPage } = await import('./PricesPage');
      return (
        <RequirePermission permission={PERMISSIONS.insightsRead}>
          <PricesPage />
        </RequirePermission>
      );
    }),
  },
];
