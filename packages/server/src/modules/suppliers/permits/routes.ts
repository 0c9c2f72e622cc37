import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { localeOf, actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { exportRoute } from '../../../platform/export.ts';
import { sendImportRejected } from '../../../platform/import-rejected.ts';
import { t } from '../../../platform/i18n.ts';
import { orgParams } from '../../../platform/schemas.ts';
import {
  importBody,
  importRejected,
  importReport,
  listQuery,
  permit,
  permitBody,
  companyPermitQuery,
  permitOverview,
  permitParams,
  permitUpdateBody,
  supplierParams,
  supplierPermits,
  type PermitBody,
  type PermitInput,
} from './schemas.ts';
import { PERMIT_COLUMNS, PERMIT_LIST_NAME } from './export.ts';
import * as service from './service.ts';

/** Rejected rows: answered 422 as problem+json that carries the whole report. */
function sendRejected(
  request: FastifyRequest,
  reply: FastifyReply,
  report: Awaited<ReturnType<typeof service.previewImport>>,
) {
  const detail =
    report.fileProblem?.message ??
    t(localeOf(request), 'permit.import.rejected', { count: report.rejected.length });
  return sendImportRejected(
    request,
    reply,
    { type: 'https://tildel.se/problems/permit-import-rejected', detail },
    report,
  );
}

export async function permitRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/organisations/:orgId/company/permits',
    {
      config: { permission: 'supplier_profile.read' },
      schema: {
        operationId: 'suppliers.listCompanyPermits',
        summary: "The permits of the caller's own establishments",
        params: orgParams,
        querystring: companyPermitQuery,
        response: { 200: permitOverview },
      },
    },
    async (request) => service.companyPermits(deps, request.params.orgId, request.query),
  );

  app.get(
    '/api/organisations/:orgId/suppliers/:supplierId/permits',
    {
      config: { permission: 'suppliers.read' },
      schema: {
        operationId: 'suppliers.listSupplierPermits',
        summary: "A supplier's permits and establishments",
        params: supplierParams,
        response: { 200: supplierPermits },
      },
    },
    async (request) => service.supplierPermits(deps, request.params.supplierId),
  );

  app.post(
    '/api/organisations/:orgId/suppliers/:supplierId/permits',
    {
      config: { permission: 'permits.manage' },
      schema: {
        operationId: 'suppliers.createPermit',
        summary: 'Record a permit; the caller is recorded as its checker',
        params: supplierParams,
        body: permitBody,
        response: { 201: permit },
      },
    },
    async (request, reply) => {
      const created = await service.createPermit(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.supplierId,
        withDefaults(request.body),
      );
      return reply.code(201).send(created);
    },
  );

  app.put(
    '/api/organisations/:orgId/suppliers/:supplierId/permits/:permitId',
    {
      config: { permission: 'permits.manage' },
      schema: {
        operationId: 'suppliers.updatePermit',
        summary: 'Update a permit (optimistic locking by version)',
        params: permitParams,
        body: permitUpdateBody,
        response: { 200: permit },
      },
    },
    async (request) =>
      service.updatePermit(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.supplierId,
        request.params.permitId,
        { ...withDefaults(request.body), version: request.body.version },
      ),
  );

  app.get(
    '/api/organisations/:orgId/permits',
    {
      config: { permission: 'permits.manage' },
      schema: {
        operationId: 'suppliers.listPermits',
        summary: 'All permits, the least recently checked first, with filters',
        params: orgParams,
        querystring: listQuery,
        response: { 200: permitOverview },
      },
    },
    async (request) => service.listPermits(deps, request.query),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/permits/export',
    permission: 'permits.manage',
    operationId: 'suppliers.exportPermits',
    summary: 'All permits as on the overview (same filters and sort), as CSV or XLSX',
    params: orgParams,
    list: listQuery,
    name: PERMIT_LIST_NAME,
    columns: PERMIT_COLUMNS,
    rows: (_params, query) => service.permitRows(deps, query),
  });

  app.post(
    '/api/organisations/:orgId/permits/import/preview',
    {
      config: { permission: 'permits.manage' },
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        operationId: 'suppliers.previewPermitImport',
        summary: 'What importing this CSV file would accept and reject, row by row; writes nothing',
        params: orgParams,
        body: importBody,
        response: { 200: importReport },
      },
    },
    async (request) => service.previewImport(deps, localeOf(request), request.body.csv),
  );

  app.post(
    '/api/organisations/:orgId/permits/import',
    {
      config: { permission: 'permits.manage' },
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        operationId: 'suppliers.importPermits',
        summary: 'Import a CSV file of permits: all rows in one transaction, or none (422)',
        params: orgParams,
        body: importBody,
        response: {
          200: importReport,
          422: { content: { 'application/problem+json': { schema: importRejected } } },
        },
      },
    },
    async (request, reply) => {
      const result = await service.importPermits(
        deps,
        actorOf(request),
        request.params.orgId,
        localeOf(request),
        request.body.csv,
      );
      if (!result.imported) return sendRejected(request, reply, result.report);
      return result.report;
    },
  );
}

/** Optional fields as the service wants them. */
function withDefaults(body: PermitBody): PermitInput {
  return {
    establishmentId: body.establishmentId,
    authority: body.authority,
    reference: body.reference,
    status: body.status,
    scope: body.scope ?? '',
    validFrom: body.validFrom ?? null,
    validTo: body.validTo ?? null,
    openCases: body.openCases ?? 0,
    decisions: body.decisions ?? '',
    lastCheckedOn: body.lastCheckedOn ?? null,
  };
}
