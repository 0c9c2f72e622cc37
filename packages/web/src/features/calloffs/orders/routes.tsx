// The orders pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';
import { OrderDetailPage } from './OrderDetailPage';
import { OrdersPage } from './OrdersPage';

export const orderRoutes: RouteObject[] = [
  {
    path: 'orders',
    element: (
      <RequirePermission permission={PERMISSIONS.ordersRead}>
        <OrdersPage />
      </RequirePermission>
    ),
  },
  {
    path: 'orders/:orderId',
    element: (
      <RequirePermission permission={PERMISSIONS.ordersRead}>
        <OrderDetailPage />
      </RequirePermission>
    ),
  },
];
