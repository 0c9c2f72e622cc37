import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../platform/deps.ts';
import { orgParams, pageOf, pageQuery } from '../../../platform/schemas.ts';
import * as service from './service.ts';

const json = { description: 'JSON value as recorded', nullable: true } as const;

export async function auditRoutes(app: FastifyInstance, deps: Deps) {
  app.get<{ Params: { orgId: string }; Querystring: { before?: string; limit: number } }>(
    '/api/organisations/:orgId/audit',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: "The organisation's audit trail, newest first",
        params: orgParams,
        querystring: pageQuery,
        response: {
          200: pageOf({
            type: 'object',
            properties: {
              id: { type: 'string' },
              seq: { type: 'integer' },
              at: { type: 'string', format: 'date-time' },
              actor: {
                type: ['object', 'null'],
                properties: {
                  id: { type: 'string' },
                  name: { type: 'string' },
                  email: { type: 'string' },
                },
              },
              action: { type: 'string' },
              objectType: { type: 'string' },
              objectId: { type: 'string' },
              before: json,
              after: json,
            },
          }),
        },
      },
    },
    async (request) =>
      service.auditRecords(deps, request.params.orgId, request.query.before, request.query.limit),
  );

  app.get<{ Params: { orgId: string } }>(
    '/api/organisations/:orgId/audit/verification',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary:
          "Walk the organisation's hash chain and report the first tampered or missing record",
        params: orgParams,
        response: {
          200: {
            type: 'object',
            properties: {
              ok: { type: 'boolean' },
              checked: { type: 'integer' },
              firstProblem: {
                type: ['object', 'null'],
                properties: {
                  seq: { type: 'integer' },
                  id: { type: ['string', 'null'] },
                  reason: { type: 'string', enum: ['tampered', 'missing', 'broken_link'] },
                },
              },
            },
          },
        },
      },
    },
    async (request) => service.verifyOrganisationChain(deps, request.params.orgId),
  );
}
