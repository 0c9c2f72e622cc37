// The in-app inbox's routes and the permission each must declare (merged in access-matrix.test.ts).
// Every member may call them, and only ever about their own notifications (notifications.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const NOTIFICATION_ROUTES: Record<string, RoutePermission> = {
  'GET /api/organisations/:orgId/notifications': 'organisation.read',
  'GET /api/organisations/:orgId/notifications/export': 'organisation.read',
  'GET /api/organisations/:orgId/notifications/unread-count': 'organisation.read',
  'POST /api/organisations/:orgId/notifications/:notificationId/read': 'organisation.read',
  'POST /api/organisations/:orgId/notifications/read': 'organisation.read',
};
