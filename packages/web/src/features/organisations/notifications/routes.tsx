// The inbox page, mounted under the signed-in layout by app/router.tsx; every member has one.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';

export const notificationRoutes: RouteObject[] = [
  {
    path: 'notifications',
    ...lazyPage(async () => {
      const { NotificationsPage } = await import('./NotificationsPage');
      return <NotificationsPage />;
    }),
  },
];
