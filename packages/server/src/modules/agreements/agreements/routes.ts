// HTTP for framework agreements: schemas, the permission of each route, one service call each.
// Reading needs agreements.read (the service shows only what the organisation owns or takes part
// in); writing needs agreements.manage and an agreement the organisation owns.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { exportRoute } from '../../../platform/export.ts';
import { noContent, orgParams, versionBody } from '../../../platform/schemas.ts';
import * as eligibility from './calloff-eligibility.ts';
import { AGREEMENT_COLUMNS, AGREEMENT_LIST_NAME } from './export.ts';
import * as drafting from './drafting.ts';
import * as lifecycle from './lifecycle.ts';
import * as lots from './lots.ts';
import * as reading from './reading.ts';
import * as requirements from './requirements.ts';
import * as schemas from './schemas.ts';
import * as supplierStatus from './supplier-status.ts';

export async function agreementRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/organisations/:orgId/agreements',
    {
      config: { permission: 'agreements.read' },
      schema: {
        operationId: 'agreements.list',
        summary: 'Framework agreements the organisation owns or takes part in',
        params: orgParams,
        querystring: schemas.agreementListQuery,
        response: { 200: schemas.agreementList },
      },
    },
    async (request) => reading.listAgreements(deps, request.params.orgId, request.query),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/agreements/export',
    permission: 'agreements.read',
    operationId: 'agreements.export',
    summary: 'The framework agreements as on the list (same sort), every row, as CSV or XLSX',
    params: orgParams,
    list: schemas.agreementListQuery,
    name: AGREEMENT_LIST_NAME,
    columns: AGREEMENT_COLUMNS,
    rows: (params, query) => reading.agreementRows(deps, params.orgId, query),
  });

  app.get(
    '/api/organisations/:orgId/agreements/drafting-choices',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        operationId: 'agreements.draftingChoices',
        summary: 'Categories, municipalities and suppliers an agreement can be drafted with',
        params: orgParams,
        response: { 200: schemas.draftingChoices },
      },
    },
    async (request) => drafting.draftingChoices(deps, request.params.orgId),
  );

  app.get(
    '/api/organisations/:orgId/agreements/supplier-choices',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        operationId: 'agreements.supplierChoices',
        summary:
          'Suppliers of the owner’s country whose name holds q, the first few in name order with the count of all',
        params: orgParams,
        querystring: schemas.supplierChoiceQuery,
        response: { 200: schemas.supplierChoices },
      },
    },
    async (request) => drafting.supplierChoices(deps, request.params.orgId, request.query),
  );

  app.post(
    '/api/organisations/:orgId/agreements',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        operationId: 'agreements.create',
        summary: 'Draft a framework agreement',
        params: orgParams,
        body: schemas.createAgreementBody,
        response: { 201: schemas.agreementDetail },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await drafting.createAgreement(
            deps,
            actorOf(request),
            request.params.orgId,
            request.body,
          ),
        ),
  );

  app.get(
    '/api/organisations/:orgId/agreements/:agreementId',
    {
      config: { permission: 'agreements.read' },
      schema: {
        operationId: 'agreements.read',
        summary: 'An agreement with its municipalities and requirements (its lots are on …/lots)',
        params: schemas.agreementParams,
        response: { 200: schemas.agreementDetail },
      },
    },
    async (request) =>
      reading.agreementDetail(deps, request.params.orgId, request.params.agreementId),
  );

  app.get(
    '/api/organisations/:orgId/agreements/:agreementId/lots',
    {
      config: { permission: 'agreements.read' },
      schema: {
        operationId: 'agreements.lots',
        summary:
          'A page of the agreement’s lots with their ranked suppliers and the price in force, and how many match',
        params: schemas.agreementParams,
        querystring: schemas.lotListQuery,
        response: { 200: schemas.lotList },
      },
    },
    async (request) =>
      reading.agreementLots(deps, request.params.orgId, request.params.agreementId, request.query),
  );

  app.put(
    '/api/organisations/:orgId/agreements/:agreementId',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        operationId: 'agreements.update',
        summary: 'Edit a draft agreement',
        params: schemas.agreementParams,
        body: schemas.updateAgreementBody,
        response: { 200: schemas.agreementDetail },
      },
    },
    async (request) =>
      drafting.updateAgreement(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.body,
      ),
  );

  app.put(
    '/api/organisations/:orgId/agreements/:agreementId/municipalities',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        operationId: 'agreements.setMunicipalities',
        summary: 'Set the participating municipalities (from the mandate)',
        params: schemas.agreementParams,
        body: schemas.municipalitiesBody,
        response: { 200: schemas.agreementDetail },
      },
    },
    async (request) =>
      drafting.setMunicipalities(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.body.municipalityIds,
      ),
  );

  app.post(
    '/api/organisations/:orgId/agreements/:agreementId/lots',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        operationId: 'agreements.addLot',
        summary: 'Add a lot: service category, area and call-off method',
        params: schemas.agreementParams,
        body: schemas.lotBody,
        response: { 201: schemas.created },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await lots.addLot(
            deps,
            actorOf(request),
            request.params.orgId,
            request.params.agreementId,
            request.body,
          ),
        ),
  );

  app.put(
    '/api/organisations/:orgId/agreements/:agreementId/lots/:lotId',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        operationId: 'agreements.updateLot',
        summary: 'Edit a lot of a draft',
        params: schemas.lotParams,
        body: schemas.lotBody,
        response: { 200: schemas.agreementDetail },
      },
    },
    async (request) =>
      lots.updateLot(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.params.lotId,
        request.body,
      ),
  );

  app.delete(
    '/api/organisations/:orgId/agreements/:agreementId/lots/:lotId',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        operationId: 'agreements.deleteLot',
        summary: 'Delete a lot of a draft with its suppliers and lot requirements',
        params: schemas.lotParams,
        response: { 200: schemas.agreementDetail },
      },
    },
    async (request) =>
      lots.deleteLot(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.params.lotId,
      ),
  );

  app.post(
    '/api/organisations/:orgId/agreements/:agreementId/lots/:lotId/suppliers',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        operationId: 'agreements.addLotSupplier',
        summary: 'Add a supplier to a lot at a rank, optionally with its agreed price',
        params: schemas.lotParams,
        body: schemas.lotSupplierBody,
        response: { 201: schemas.agreementDetail },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await lots.addLotSupplier(
            deps,
            actorOf(request),
            request.params.orgId,
            request.params.agreementId,
            request.params.lotId,
            request.body,
          ),
        ),
  );

  app.delete(
    '/api/organisations/:orgId/agreements/:agreementId/lots/:lotId/suppliers/:supplierId',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        operationId: 'agreements.removeLotSupplier',
        summary: 'Take a supplier off a lot of a draft (the ranks close up)',
        params: schemas.lotSupplierParams,
        response: { 200: schemas.agreementDetail },
      },
    },
    async (request) =>
      lots.removeLotSupplier(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.params.lotId,
        request.params.supplierId,
      ),
  );

  app.put(
    '/api/organisations/:orgId/agreements/:agreementId/lots/:lotId/ranking',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        operationId: 'agreements.rerankLot',
        summary: "Set a lot's ranking: every supplier of the lot, first rank first",
        params: schemas.lotParams,
        body: schemas.rankingBody,
        response: { 200: schemas.agreementDetail },
      },
    },
    async (request) =>
      lots.reorderLot(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.params.lotId,
        request.body.supplierIds,
      ),
  );

  app.post(
    '/api/organisations/:orgId/agreements/:agreementId/suppliers/:supplierId/status',
    {
      config: { permission: 'supplier_status.manage' },
      schema: {
        operationId: 'agreements.changeSupplierStatus',
        summary: 'Hide a supplier, lift its hiding, or terminate it (on one lot or all)',
        params: schemas.supplierParams,
        body: schemas.statusChangeBody,
        response: { 200: schemas.timeline },
      },
    },
    async (request) =>
      supplierStatus.changeSupplierStatus(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.params.supplierId,
        request.body,
      ),
  );

  app.get(
    '/api/organisations/:orgId/agreements/:agreementId/suppliers/:supplierId/timeline',
    {
      config: { permission: 'agreements.read' },
      schema: {
        operationId: 'agreements.supplierTimeline',
        summary: "A supplier's status changes on the agreement, newest first, a page at a time",
        params: schemas.supplierParams,
        querystring: schemas.timelineQuery,
        response: { 200: schemas.timeline },
      },
    },
    async (request) =>
      supplierStatus.supplierTimeline(
        deps,
        request.params.orgId,
        request.params.agreementId,
        request.params.supplierId,
        request.query,
      ),
  );

  app.post(
    '/api/organisations/:orgId/agreements/:agreementId/requirements',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        operationId: 'agreements.addRequirement',
        summary: 'Add a contract requirement to the agreement or one lot',
        params: schemas.agreementParams,
        body: schemas.requirementBody,
        response: { 201: schemas.created },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await requirements.addRequirement(
            deps,
            actorOf(request),
            request.params.orgId,
            request.params.agreementId,
            request.body,
          ),
        ),
  );

  app.delete(
    '/api/organisations/:orgId/agreements/:agreementId/requirements/:requirementId',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        operationId: 'agreements.removeRequirement',
        summary: 'Remove a contract requirement from a draft',
        params: schemas.requirementParams,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      await requirements.removeRequirement(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.params.requirementId,
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/organisations/:orgId/agreements/:agreementId/activate',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        operationId: 'agreements.activate',
        summary: 'Activate a complete draft',
        params: schemas.agreementParams,
        body: versionBody,
        response: { 200: schemas.agreementDetail },
      },
    },
    async (request) =>
      lifecycle.activate(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.body.version,
      ),
  );

  app.post(
    '/api/organisations/:orgId/agreements/:agreementId/extensions',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        operationId: 'agreements.useExtension',
        summary: 'Use the next extension option of an active agreement',
        params: schemas.agreementParams,
        body: versionBody,
        response: { 200: schemas.agreementDetail },
      },
    },
    async (request) =>
      lifecycle.useExtension(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.body.version,
      ),
  );

  app.post(
    '/api/organisations/:orgId/agreements/:agreementId/terminate',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        operationId: 'agreements.terminate',
        summary: 'Terminate an active agreement from a date, with a reason',
        params: schemas.agreementParams,
        body: schemas.terminateBody,
        response: { 200: schemas.agreementDetail },
      },
    },
    async (request) =>
      lifecycle.terminate(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.body,
      ),
  );

  app.get(
    '/api/organisations/:orgId/agreements/:agreementId/calloff-eligibility',
    {
      config: { permission: 'agreements.read' },
      schema: {
        operationId: 'agreements.callOffEligibility',
        summary:
          'Whether the organisation may call off the agreement today, and each lot’s method (a page of lots, filtered as on …/lots, with their total)',
        params: schemas.agreementParams,
        querystring: schemas.lotListQuery,
        response: { 200: schemas.callOffEligibility },
      },
    },
    async (request) =>
      eligibility.callOffEligibility(
        deps,
        request.params.orgId,
        request.params.agreementId,
        request.query,
      ),
  );
}
