import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Deps } from '../../../platform/deps.ts';
import { exportRoute } from '../../../platform/export.ts';
import { AUDIT_COLUMNS, AUDIT_LIST_NAME } from './export.ts';
import { orgParams } from '../../../platform/schemas.ts';
import { auditPage, auditQuery, chainVerification } from './schemas.ts';
import * as service from './service.ts';

export async function auditRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/organisations/:orgId/audit',
    {
      config: { permission: 'audit.read' },
      schema: {
        operationId: 'organisations.listAudit',
        summary: "One page of the organisation's audit trail, newest first unless sorted otherwise",
        params: orgParams,
        querystring: auditQuery,
        response: { 200: auditPage },
      },
    },
    async (request) => service.auditRecords(deps, request.params.orgId, request.query),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/audit/export',
    permission: 'audit.read',
    operationId: 'organisations.exportAudit',
    summary: "The organisation's audit trail as on the list (same sort), CSV or XLSX",
    params: orgParams,
    list: auditQuery,
    name: AUDIT_LIST_NAME,
    columns: AUDIT_COLUMNS,
    rows: (params, query) => service.auditRows(deps, params.orgId, query),
  });

  app.get(
    '/api/organisations/:orgId/audit/verification',
    {
      config: { permission: 'audit.read' },
      schema: {
        operationId: 'organisations.verifyAudit',
        summary:
          "Walk the organisation's hash chain and report the first tampered or missing record",
        params: orgParams,
        response: { 200: chainVerification },
      },
    },
    async (request) => service.verifyOrganisationChain(deps, request.params.orgId),
  );
}
