import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Deps } from '../../../platform/deps.ts';
import { exportRoute } from '../../../platform/export.ts';
import { orgParams } from '../../../platform/schemas.ts';
import { messageQuery, sentMessagePage } from './schemas.ts';
import * as service from './service.ts';
import { MESSAGE_COLUMNS, MESSAGE_LIST_NAME } from './export.ts';

export async function messageRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/organisations/:orgId/messages',
    {
      config: { permission: 'messages.read' },
      schema: {
        operationId: 'organisations.listMessages',
        summary: 'Messages the organisation has sent (or kept, when no SMTP server is configured)',
        params: orgParams,
        querystring: messageQuery,
        response: { 200: sentMessagePage },
      },
    },
    async (request) => service.sentMessages(deps, request.params.orgId, request.query),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/messages/export',
    permission: 'messages.read',
    operationId: 'organisations.exportMessages',
    summary: 'The organisation’s sent messages as on the list (same sort), CSV or XLSX',
    params: orgParams,
    list: messageQuery,
    name: MESSAGE_LIST_NAME,
    columns: MESSAGE_COLUMNS,
    rows: (params, query) => service.messageRows(deps, params.orgId, query),
  });
}
