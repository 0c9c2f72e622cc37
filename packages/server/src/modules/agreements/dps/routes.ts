// HTTP routes of the dps area. The owner's side lives under /dps, the supplier's under
// /dps-market, /dps-applications and /dps-declaration-requests; :orgId is always the caller's.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { localeOf, actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { exportRoute } from '../../../platform/export.ts';
import { paged } from '../../../platform/paging.ts';
import { orgParams, versionBody } from '../../../platform/schemas.ts';
import {
  declarationRequestColumns,
  DECLARATION_REQUESTS_NAME,
  DPS_COLUMNS,
  DPS_LIST_NAME,
  OWN_APPLICATION_COLUMNS,
  OWN_APPLICATIONS_NAME,
  QUEUE_COLUMNS,
  QUEUE_NAME,
} from './export.ts';
import * as schemas from './schemas.ts';
import * as service from './service.ts';
import * as supplier from './supplier-service.ts';

export async function dpsRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  // ---- the owner's side (and participating municipalities, read-only) ----------------------------

  app.get(
    '/api/organisations/:orgId/dps',
    {
      config: { permission: 'dps.read' },
      schema: {
        operationId: 'agreements.listDps',
        summary:
          'One page of the dynamic purchasing systems the organisation owns or takes part in',
        params: orgParams,
        querystring: schemas.systemListQuery,
        response: { 200: paged(schemas.systemSummary) },
      },
    },
    async (request) =>
      service.listSystems(deps, request.params.orgId, request.query, localeOf(request)),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/dps/export',
    permission: 'dps.read',
    operationId: 'agreements.exportDps',
    summary: 'The dynamic purchasing systems as on the list (same sort), every row, as CSV or XLSX',
    params: orgParams,
    list: schemas.systemListQuery,
    name: DPS_LIST_NAME,
    columns: DPS_COLUMNS,
    rows: (params, query, { locale }) => service.systemRows(deps, params.orgId, query, locale),
  });

  app.post(
    '/api/organisations/:orgId/dps',
    {
      config: { permission: 'dps.manage' },
      schema: {
        operationId: 'agreements.createDps',
        summary: 'Set up a dynamic purchasing system (as a draft)',
        params: orgParams,
        body: schemas.createBody,
        response: { 201: schemas.systemDetail },
      },
    },
    async (request, reply) => {
      const created = await service.createSystem(
        deps,
        actorOf(request),
        request.params.orgId,
        request.body,
        localeOf(request),
      );
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/organisations/:orgId/dps-setup',
    {
      config: { permission: 'dps.manage' },
      schema: {
        operationId: 'agreements.dpsSetUpChoices',
        summary: 'What a new DPS can cover: categories, participants, standard requirements',
        params: orgParams,
        response: { 200: schemas.setUpChoices },
      },
    },
    async (request) => service.setUpChoices(deps, request.params.orgId, localeOf(request)),
  );

  app.get(
    '/api/organisations/:orgId/dps/:dpsId',
    {
      config: { permission: 'dps.read' },
      schema: {
        operationId: 'agreements.readDps',
        summary: 'A DPS: validity and its changes, categories, requirements, call-off readiness',
        params: schemas.dpsParams,
        response: { 200: schemas.systemDetail },
      },
    },
    async (request) =>
      service.systemDetail(deps, request.params.orgId, request.params.dpsId, localeOf(request)),
  );

  app.post(
    '/api/organisations/:orgId/dps/:dpsId/open',
    {
      config: { permission: 'dps.manage' },
      schema: {
        operationId: 'agreements.openDps',
        summary: 'Open the DPS for applications',
        params: schemas.dpsParams,
        body: versionBody,
        response: { 200: schemas.systemDetail },
      },
    },
    async (request) =>
      service.openSystem(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.dpsId,
        request.body.version,
        localeOf(request),
      ),
  );

  app.post(
    '/api/organisations/:orgId/dps/:dpsId/validity',
    {
      config: { permission: 'dps.manage' },
      schema: {
        operationId: 'agreements.changeDpsValidity',
        summary: 'Change the end of the validity, with a reason shown to suppliers',
        params: schemas.dpsParams,
        body: schemas.validityBody,
        response: { 200: schemas.systemDetail },
      },
    },
    async (request) =>
      service.changeValidity(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.dpsId,
        request.body,
        localeOf(request),
      ),
  );

  app.post(
    '/api/organisations/:orgId/dps/:dpsId/close',
    {
      config: { permission: 'dps.manage' },
      schema: {
        operationId: 'agreements.closeDps',
        summary: 'Close the DPS for applications, with a reason shown to suppliers',
        params: schemas.dpsParams,
        body: schemas.reasonBody,
        response: { 200: schemas.systemDetail },
      },
    },
    async (request) =>
      service.closeSystem(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.dpsId,
        request.body,
        localeOf(request),
      ),
  );

  app.get(
    '/api/organisations/:orgId/dps/:dpsId/applications',
    {
      config: { permission: 'dps.read' },
      schema: {
        operationId: 'agreements.listDpsApplications',
        summary: 'One page of the application queue with each decision clock (the owner only)',
        params: schemas.dpsParams,
        querystring: schemas.queueQuery,
        response: { 200: paged(schemas.application) },
      },
    },
    async (request) =>
      service.queue(
        deps,
        request.params.orgId,
        request.params.dpsId,
        request.query,
        localeOf(request),
      ),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/dps/:dpsId/applications/export',
    permission: 'dps.read',
    operationId: 'agreements.exportDpsApplications',
    summary:
      'The application queue as on screen (same status filter and sort), every row, as CSV or XLSX (the owner only)',
    params: schemas.dpsParams,
    list: schemas.queueQuery,
    name: QUEUE_NAME,
    columns: QUEUE_COLUMNS,
    rows: (params, query, { locale }) =>
      service.queueRows(deps, params.orgId, params.dpsId, query, locale),
  });

  app.get(
    '/api/organisations/:orgId/dps/:dpsId/applications/:applicationId',
    {
      config: { permission: 'dps.read' },
      schema: {
        operationId: 'agreements.readDpsApplication',
        summary: 'An application with its answers',
        params: schemas.applicationParams,
        response: { 200: schemas.applicationDetail },
      },
    },
    async (request) =>
      service.applicationDetail(
        deps,
        request.params.orgId,
        request.params.dpsId,
        request.params.applicationId,
        localeOf(request),
      ),
  );

  app.post(
    '/api/organisations/:orgId/dps/:dpsId/applications/:applicationId/approve',
    {
      config: { permission: 'dps.manage' },
      schema: {
        operationId: 'agreements.approveDpsApplication',
        summary: 'Admit the supplier to the categories applied for',
        params: schemas.applicationParams,
        body: versionBody,
        response: { 200: schemas.applicationDetail },
      },
    },
    async (request) =>
      service.decide(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.dpsId,
        request.params.applicationId,
        'approve',
        request.body,
        localeOf(request),
      ),
  );

  for (const decision of ['reject', 'exclude'] as const) {
    app.post(
      `/api/organisations/:orgId/dps/:dpsId/applications/:applicationId/${decision}`,
      {
        config: { permission: 'dps.manage' },
        schema: {
          operationId:
            decision === 'reject'
              ? 'agreements.rejectDpsApplication'
              : 'agreements.excludeDpsApplication',
          summary:
            decision === 'reject'
              ? 'Reject a pending application, with a reason the supplier sees'
              : 'Exclude an admitted supplier, with a reason',
          params: schemas.applicationParams,
          body: schemas.reasonBody,
          response: { 200: schemas.applicationDetail },
        },
      },
      async (request) =>
        service.decide(
          deps,
          actorOf(request),
          request.params.orgId,
          request.params.dpsId,
          request.params.applicationId,
          decision,
          request.body,
          localeOf(request),
        ),
    );
  }

  app.post(
    '/api/organisations/:orgId/dps/:dpsId/applications/:applicationId/extend',
    {
      config: { permission: 'dps.manage' },
      schema: {
        operationId: 'agreements.extendDpsDecision',
        summary: 'Extend the decision time once, to 15 working days, with a reason',
        params: schemas.applicationParams,
        body: schemas.reasonBody,
        response: { 200: schemas.applicationDetail },
      },
    },
    async (request) =>
      service.extend(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.dpsId,
        request.params.applicationId,
        request.body,
        localeOf(request),
      ),
  );

  app.get(
    '/api/organisations/:orgId/dps/:dpsId/suppliers',
    {
      config: { permission: 'dps.read' },
      schema: {
        operationId: 'agreements.listDpsSuppliers',
        summary: 'Admitted suppliers per category',
        params: schemas.dpsParams,
        querystring: schemas.admittedQuery,
        response: { 200: schemas.admittedList },
      },
    },
    async (request) =>
      service.admittedSuppliers(
        deps,
        request.params.orgId,
        request.params.dpsId,
        request.query,
        localeOf(request),
      ),
  );

  app.get(
    '/api/organisations/:orgId/dps/:dpsId/declaration-requests',
    {
      config: { permission: 'dps.read' },
      schema: {
        operationId: 'agreements.listDpsDeclarationRequests',
        summary: 'One page of the requests for updated self-declarations (the owner only)',
        params: schemas.dpsParams,
        querystring: schemas.declarationRequestQuery,
        response: { 200: paged(schemas.declarationRequest) },
      },
    },
    async (request) =>
      service.declarationRequests(deps, request.params.orgId, request.params.dpsId, request.query),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/dps/:dpsId/declaration-requests/export',
    permission: 'dps.read',
    operationId: 'agreements.exportDpsDeclarationRequests',
    summary:
      'The requests for updated self-declarations as on the list (same sort), as CSV or XLSX (the owner only)',
    params: schemas.dpsParams,
    list: schemas.declarationRequestQuery,
    name: DECLARATION_REQUESTS_NAME,
    columns: declarationRequestColumns('supplier'),
    rows: (params, query) =>
      service.declarationRequestRows(deps, params.orgId, params.dpsId, query),
  });

  app.post(
    '/api/organisations/:orgId/dps/:dpsId/declaration-requests',
    {
      config: { permission: 'dps.manage' },
      schema: {
        operationId: 'agreements.requestDpsDeclaration',
        summary: 'Ask an admitted supplier for an updated self-declaration (5 working days)',
        params: schemas.dpsParams,
        body: schemas.declarationRequestBody,
        response: { 201: schemas.declarationRequest },
      },
    },
    async (request, reply) => {
      const created = await service.requestDeclaration(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.dpsId,
        request.body.supplierId,
      );
      return reply.code(201).send(created);
    },
  );

  // ---- the supplier's side ----------------------------------------------------------------------

  app.get(
    '/api/organisations/:orgId/dps-market',
    {
      config: { permission: 'dps.apply' },
      schema: {
        operationId: 'agreements.dpsMarket',
        summary: 'Open systems to apply to, and the supplier’s own documents to attach',
        params: orgParams,
        querystring: schemas.marketQuery,
        response: {
          200: schemas.market,
        },
      },
    },
    async (request) =>
      supplier.market(deps, request.params.orgId, request.query, localeOf(request)),
  );

  app.post(
    '/api/organisations/:orgId/dps-market/:dpsId/applications',
    {
      config: { permission: 'dps.apply' },
      schema: {
        operationId: 'agreements.applyToDps',
        summary: 'Apply to categories of a DPS, answering every requirement',
        params: schemas.dpsParams,
        body: schemas.applyBody,
        response: { 201: schemas.applicationDetail },
      },
    },
    async (request, reply) => {
      const created = await supplier.apply(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.dpsId,
        request.body,
        localeOf(request),
      );
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/organisations/:orgId/dps-market/:dpsId/suppliers',
    {
      config: { permission: 'dps.apply' },
      schema: {
        operationId: 'agreements.listDpsPeers',
        summary: 'Admitted suppliers of the categories the supplier is admitted to (names only)',
        params: schemas.dpsParams,
        querystring: schemas.admittedQuery,
        response: { 200: schemas.admittedList },
      },
    },
    async (request) =>
      supplier.admittedPeers(
        deps,
        request.params.orgId,
        request.params.dpsId,
        request.query,
        localeOf(request),
      ),
  );

  app.get(
    '/api/organisations/:orgId/dps-applications',
    {
      config: { permission: 'dps.apply' },
      schema: {
        operationId: 'agreements.listOwnDpsApplications',
        summary: 'One page of the supplier’s own applications with status, deadline and reason',
        params: orgParams,
        querystring: schemas.ownApplicationsQuery,
        response: { 200: paged(schemas.application) },
      },
    },
    async (request) =>
      supplier.ownApplications(deps, request.params.orgId, request.query, localeOf(request)),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/dps-applications/export',
    permission: 'dps.apply',
    operationId: 'agreements.exportOwnDpsApplications',
    summary: 'The supplier’s own applications as on the list (same sort), as CSV or XLSX',
    params: orgParams,
    list: schemas.ownApplicationsQuery,
    name: OWN_APPLICATIONS_NAME,
    columns: OWN_APPLICATION_COLUMNS,
    rows: (params, query, { locale }) =>
      supplier.ownApplicationRows(deps, params.orgId, query, locale),
  });

  app.get(
    '/api/organisations/:orgId/dps-applications/:applicationId',
    {
      config: { permission: 'dps.apply' },
      schema: {
        operationId: 'agreements.readOwnDpsApplication',
        summary: 'One of the supplier’s own applications with its answers',
        params: schemas.ownApplicationParams,
        response: { 200: schemas.applicationDetail },
      },
    },
    async (request) =>
      supplier.ownApplication(
        deps,
        request.params.orgId,
        request.params.applicationId,
        localeOf(request),
      ),
  );

  app.post(
    '/api/organisations/:orgId/dps-applications/:applicationId/withdraw',
    {
      config: { permission: 'dps.apply' },
      schema: {
        operationId: 'agreements.withdrawDpsApplication',
        summary: 'Withdraw a pending application',
        params: schemas.ownApplicationParams,
        body: versionBody,
        response: { 200: schemas.applicationDetail },
      },
    },
    async (request) =>
      supplier.withdraw(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.applicationId,
        request.body.version,
        localeOf(request),
      ),
  );

  app.get(
    '/api/organisations/:orgId/dps-declaration-requests',
    {
      config: { permission: 'dps.apply' },
      schema: {
        operationId: 'agreements.listOwnDeclarationRequests',
        summary: 'One page of the requests for updated self-declarations to the supplier',
        params: orgParams,
        querystring: schemas.declarationRequestQuery,
        response: { 200: paged(schemas.declarationRequest) },
      },
    },
    async (request) =>
      supplier.ownDeclarationRequests(deps, request.params.orgId, request.query, localeOf(request)),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/dps-declaration-requests/export',
    permission: 'dps.apply',
    operationId: 'agreements.exportOwnDeclarationRequests',
    summary:
      'The requests for updated self-declarations to the supplier as on the list, as CSV or XLSX',
    params: orgParams,
    list: schemas.declarationRequestQuery,
    name: DECLARATION_REQUESTS_NAME,
    columns: declarationRequestColumns('dps'),
    rows: (params, query) => supplier.ownDeclarationRequestRows(deps, params.orgId, query),
  });

  app.post(
    '/api/organisations/:orgId/dps-declaration-requests/:requestId/answer',
    {
      config: { permission: 'dps.apply' },
      schema: {
        operationId: 'agreements.answerDeclarationRequest',
        summary: 'Answer a request for an updated self-declaration',
        params: schemas.requestParams,
        body: schemas.declarationAnswerBody,
        response: { 200: schemas.declarationRequest },
      },
    },
    async (request) =>
      supplier.answerDeclaration(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.requestId,
        request.body.answers,
        localeOf(request),
      ),
  );
}
