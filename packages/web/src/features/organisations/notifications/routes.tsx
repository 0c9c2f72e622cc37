// The inbox page, mounted under the signed-in layout by app/router.tsx; every member has one.
import type { RouteObject } from 'react-router';
import { NotificationsPage } from './NotificationsPage';

export const notificationRoutes: RouteObject[] = [
  { path: 'notifications', element: <NotificationsPage /> },
];
