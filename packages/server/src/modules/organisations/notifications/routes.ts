// HTTP routes of the in-app inbox: the signed-in user's own notifications in organisation :orgId
// (any member may ask, and only ever about their own).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { exportRoute } from '../../../platform/export.ts';
import { emptyBody, orgParams } from '../../../platform/schemas.ts';
import * as schemas from './schemas.ts';
import * as service from './service.ts';
import { NOTIFICATION_COLUMNS, NOTIFICATION_LIST_NAME } from './export.ts';

export async function notificationRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/organisations/:orgId/notifications',
    {
      config: { permission: 'organisation.read' },
      schema: {
        operationId: 'organisations.listNotifications',
        summary: 'The caller’s own notifications in the organisation, newest first',
        params: orgParams,
        querystring: schemas.listQuery,
        response: { 200: schemas.notificationPage },
      },
    },
    async (request) =>
      service.listNotifications(deps, actorOf(request), request.params.orgId, request.query),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/notifications/export',
    permission: 'organisation.read',
    operationId: 'organisations.exportNotifications',
    summary: 'The caller’s own notifications as in the inbox (same filter and sort), CSV or XLSX',
    params: orgParams,
    list: schemas.listQuery,
    name: NOTIFICATION_LIST_NAME,
    columns: NOTIFICATION_COLUMNS,
    rows: (params, query, { actor }) => service.notificationRows(deps, actor, params.orgId, query),
  });

  app.get(
    '/api/organisations/:orgId/notifications/unread-count',
    {
      config: { permission: 'organisation.read' },
      schema: {
        operationId: 'organisations.countUnreadNotifications',
        summary: 'How many of the caller’s notifications in the organisation are unread',
        params: orgParams,
        response: { 200: schemas.unreadCount },
      },
    },
    async (request) => service.unreadCount(deps, actorOf(request), request.params.orgId),
  );

  app.post(
    '/api/organisations/:orgId/notifications/:notificationId/read',
    {
      config: { permission: 'organisation.read' },
      schema: {
        operationId: 'organisations.markNotificationRead',
        summary: 'Mark one of the caller’s notifications read (as opening it does)',
        params: schemas.notificationParams,
        body: emptyBody,
        response: { 200: schemas.notification },
      },
    },
    async (request) =>
      service.markRead(deps, actorOf(request), request.params.orgId, request.params.notificationId),
  );

  app.post(
    '/api/organisations/:orgId/notifications/read',
    {
      config: { permission: 'organisation.read' },
      schema: {
        operationId: 'organisations.markAllNotificationsRead',
        summary: 'Mark all of the caller’s notifications in the organisation read',
        params: orgParams,
        body: emptyBody,
        response: { 200: schemas.markedAll },
      },
    },
    async (request) => service.markAllRead(deps, actorOf(request), request.params.orgId),
  );
}
