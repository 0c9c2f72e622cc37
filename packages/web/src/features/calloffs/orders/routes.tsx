// The orders pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';

export const orderRoutes: RouteObject[] = [
  {
    path: 'orders',
    ...lazyPage(async () => {
      const { OrdersPage } = await import('./OrdersPage');
      return (
        <RequirePermission permission={PERMISSIONS.ordersRead}>
          <OrdersPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'orders/:orderId',
    ...lazyPage(async () => {
      const { OrderDetailPage } = await import('./OrderDetailPage');
      return (
        <RequirePermission permission={PERMISSIONS.ordersRead}>
          <OrderDetailPage />
        </RequirePermission>
      );
    }),
  },
];
