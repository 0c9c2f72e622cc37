import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../platform/deps.ts';
import { orgParams, pageOf, pageQuery } from '../../../platform/schemas.ts';
import * as service from './service.ts';

export async function messageRoutes(app: FastifyInstance, deps: Deps) {
  app.get<{ Params: { orgId: string }; Querystring: { before?: string; limit: number } }>(
    '/api/organisations/:orgId/messages',
    {
      config: { permission: 'messages.read' },
      schema: {
        tags: ['messages'],
        summary: 'Messages the organisation has sent (or kept, when no SMTP server is configured)',
        params: orgParams,
        querystring: pageQuery,
        response: {
          200: pageOf({
            type: 'object',
            properties: {
              id: { type: 'string' },
              to: { type: 'string' },
              subject: { type: 'string' },
              body: { type: 'string' },
              status: { type: 'string', enum: ['pending', 'sent', 'failed'] },
              transport: { type: ['string', 'null'], enum: ['smtp', 'kept', null] },
              createdAt: { type: 'string', format: 'date-time' },
              sentAt: { type: ['string', 'null'], format: 'date-time' },
              lastError: { type: ['string', 'null'] },
            },
          }),
        },
      },
    },
    async (request) =>
      service.sentMessages(deps, request.params.orgId, request.query.before, request.query.limit),
  );
}
