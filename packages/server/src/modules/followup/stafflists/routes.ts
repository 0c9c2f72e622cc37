import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actorOf, localeOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { exportRoute } from '../../../platform/export.ts';
import { t } from '../../../platform/i18n.ts';
import { fileAnswer, MEDIA, orgParams } from '../../../platform/schemas.ts';
import {
  MAX_BASE64,
  choices,
  establishmentChoiceQuery,
  establishmentChoices,
  fileBody,
  listQuery,
  rejected,
  requestBody,
  requestDetail,
  requestList,
  requestParams,
  rowsBody,
} from './schemas.ts';
import { STAFF_LIST_LIST_NAME, staffListColumns } from './export.ts';
import * as service from './service.ts';
import { templateCsv, templateXlsx } from './staff-list-file.ts';

type Submission = Awaited<ReturnType<typeof service.submitRows>>;

/** A refused list: 422 problem+json naming every row, column and reason (also as field errors). */
function sendSubmission(request: FastifyRequest, reply: FastifyReply, result: Submission) {
  if (result.ok) return reply.code(201).send(result.detail);
  const locale = localeOf(request);
  return reply
    .code(422)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: 'https://tildel.se/problems/staff-list-rejected',
      title: t(locale, 'problem.validation'),
      status: 422,
      detail: t(locale, 'staff_list.rejected', { count: result.problems.length }),
      instance: request.url.split('?')[0],
      errors: result.problems.map((p) => ({
        field: [p.section === 'staff' ? 'rows' : 'shifts', p.row, p.column]
          .filter((part) => part !== null)
          .join('.'),
        message: p.message,
      })),
      problems: result.problems,
    });
}

export async function staffListRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  // ---- the body's quality officers ----------------------------------------------------------

  app.get(
    '/api/organisations/:orgId/staff-lists',
    {
      config: { permission: 'followup.read' },
      schema: {
        operationId: 'followup.listStaffListRequests',
        summary: "The body's staff-list requests with the latest list's outcome, in pages",
        params: orgParams,
        querystring: listQuery,
        response: { 200: requestList },
      },
    },
    async (request) =>
      service.listRequests(deps, { organisationId: request.params.orgId }, request.query),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/staff-lists/export',
    permission: 'followup.read',
    operationId: 'followup.exportStaffListRequests',
    summary: "The body's staff-list requests as on the list (same filter and sort), CSV or XLSX",
    params: orgParams,
    list: listQuery,
    name: STAFF_LIST_LIST_NAME,
    columns: staffListColumns('body'),
    rows: (params, query) => service.requestRows(deps, { organisationId: params.orgId }, query),
  });

  app.get(
    '/api/organisations/:orgId/staff-lists/choices',
    {
      config: { permission: 'followup.manage' },
      schema: {
        operationId: 'followup.staffListChoices',
        summary: "The body's agreements and the establishments a staff list can be requested for",
        params: orgParams,
        response: { 200: choices },
      },
    },
    async (request) => service.requestChoices(deps, request.params.orgId),
  );

  app.get(
    '/api/organisations/:orgId/staff-lists/choices/establishments',
    {
      config: { permission: 'followup.manage' },
      schema: {
        operationId: 'followup.staffListEstablishmentChoices',
        summary:
          'Establishments on one of the body’s agreements whose name holds q, the first few in name order with the count of all',
        params: orgParams,
        querystring: establishmentChoiceQuery,
        response: { 200: establishmentChoices },
      },
    },
    async (request) => service.establishmentChoices(deps, request.params.orgId, request.query),
  );

  app.post(
    '/api/organisations/:orgId/staff-lists',
    {
      config: { permission: 'followup.manage' },
      schema: {
        operationId: 'followup.requestStaffList',
        summary: "Request an establishment's staff list for a period; the supplier is emailed",
        params: orgParams,
        body: requestBody,
        response: { 201: requestDetail },
      },
    },
    async (request, reply) => {
      const created = await service.createRequest(
        deps,
        actorOf(request),
        request.params.orgId,
        request.body,
      );
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/organisations/:orgId/staff-lists/:requestId',
    {
      config: { permission: 'followup.read' },
      schema: {
        operationId: 'followup.readStaffListRequest',
        summary: 'A request, its latest list (with names) and the report per requirement',
        params: requestParams,
        response: { 200: requestDetail },
      },
    },
    async (request) =>
      service.requestDetail(
        deps,
        { organisationId: request.params.orgId },
        request.params.requestId,
      ),
  );

  // ---- the supplier -------------------------------------------------------------------------

  app.get(
    '/api/organisations/:orgId/supplier-staff-lists',
    {
      config: { permission: 'followup.respond' },
      schema: {
        operationId: 'followup.listSupplierStaffLists',
        summary: "The staff lists asked of the caller's company, in pages",
        params: orgParams,
        querystring: listQuery,
        response: { 200: requestList },
      },
    },
    async (request) =>
      service.listRequests(deps, { supplierId: request.params.orgId }, request.query),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/supplier-staff-lists/export',
    permission: 'followup.respond',
    operationId: 'followup.exportSupplierStaffLists',
    summary: "The staff lists asked of the caller's company as on the list, CSV or XLSX",
    params: orgParams,
    list: listQuery,
    name: STAFF_LIST_LIST_NAME,
    columns: staffListColumns('supplier'),
    rows: (params, query) => service.requestRows(deps, { supplierId: params.orgId }, query),
  });

  app.get(
    '/api/organisations/:orgId/supplier-staff-lists/template.csv',
    {
      config: { permission: 'followup.respond' },
      schema: {
        operationId: 'followup.staffListTemplate',
        summary:
          "An empty staff list with the headings in the caller's language, then the per-shift section",
        params: orgParams,
        response: {
          200: fileAnswer([MEDIA.csv], 'An empty staff list to fill in (CSV)'),
        },
      },
    },
    async (request, reply) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="staff-list.csv"')
        .send(templateCsv(localeOf(request))),
  );

  app.get(
    '/api/organisations/:orgId/supplier-staff-lists/template.xlsx',
    {
      config: { permission: 'followup.respond' },
      schema: {
        operationId: 'followup.staffListTemplateXlsx',
        summary:
          "An empty staff list workbook in the caller's language: staff, and awake staff per shift",
        params: orgParams,
        response: {
          200: fileAnswer([MEDIA.xlsx], 'An empty staff list to fill in (XLSX)'),
        },
      },
    },
    async (request, reply) =>
      reply
        .header('content-type', MEDIA.xlsx)
        .header('content-disposition', 'attachment; filename="staff-list.xlsx"')
        .send(await templateXlsx(localeOf(request), deps.clock.now())),
  );

  app.get(
    '/api/organisations/:orgId/supplier-staff-lists/:requestId',
    {
      config: { permission: 'followup.respond' },
      schema: {
        operationId: 'followup.readSupplierStaffList',
        summary: "A request to the caller's company, its own latest list and the report on it",
        params: requestParams,
        response: { 200: requestDetail },
      },
    },
    async (request) =>
      service.requestDetail(deps, { supplierId: request.params.orgId }, request.params.requestId),
  );

  app.post(
    '/api/organisations/:orgId/supplier-staff-lists/:requestId/file',
    {
      config: { permission: 'followup.respond' },
      bodyLimit: MAX_BASE64 + 64 * 1024,
      schema: {
        operationId: 'followup.submitStaffListFile',
        summary: 'Submit the staff list as a CSV or XLSX file (base64): all rows, or none (422)',
        params: requestParams,
        body: fileBody,
        response: {
          201: requestDetail,
          422: { content: { 'application/problem+json': { schema: rejected } } },
        },
      },
    },
    async (request, reply) =>
      sendSubmission(
        request,
        reply,
        await service.submitFile(
          deps,
          actorOf(request),
          request.params.orgId,
          request.params.requestId,
          localeOf(request),
          request.body,
        ),
      ),
  );

  app.post(
    '/api/organisations/:orgId/supplier-staff-lists/:requestId/rows',
    {
      config: { permission: 'followup.respond' },
      schema: {
        operationId: 'followup.submitStaffListRows',
        summary:
          'Submit the staff list filled in a form (staff rows, per-shift rows), read by the same rules as a file',
        params: requestParams,
        body: rowsBody,
        response: {
          201: requestDetail,
          422: { content: { 'application/problem+json': { schema: rejected } } },
        },
      },
    },
    async (request, reply) =>
      sendSubmission(
        request,
        reply,
        await service.submitRows(
          deps,
          actorOf(request),
          request.params.orgId,
          request.params.requestId,
          localeOf(request),
          request.body.rows,
          request.body.shifts,
        ),
      ),
  );
}
