import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { actorOf, localeOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { t } from '../../../platform/i18n.ts';
import { sendImportRejected } from '../../../platform/import-rejected.ts';
import { orgParams } from '../../../platform/schemas.ts';
import { freshnessOverview } from './freshness.ts';
import { importOffers, previewImport } from './import.ts';
import {
  assessmentBody,
  confirmAnswer,
  confirmBody,
  freshness,
  freshnessQuery,
  importBody,
  importRejected,
  importReport,
  offer,
  offerBody,
  offerListQuery,
  offerPage,
  offerParams,
  tariffBody,
} from './schemas.ts';
import * as service from './service.ts';

export async function offerRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const base = '/api/organisations/:orgId/offers';

  app.get(
    base,
    {
      config: { permission: 'supplier_profile.read' },
      schema: {
        operationId: 'matching.listOffers',
        summary: "The supplier's open offers with tariffs, assessment, approval and freshness",
        params: orgParams,
        querystring: offerListQuery,
        response: { 200: offerPage },
      },
    },
    async (request) => service.listOffers(deps, request.params.orgId, request.query),
  );

  app.post(
    `${base}/confirm`,
    {
      config: { permission: 'supplier_profile.manage' },
      schema: {
        operationId: 'matching.confirmOffers',
        summary:
          'Confirm the capacity and tariffs of all open offers (or those listed) in one click',
        params: orgParams,
        body: confirmBody,
        response: { 200: confirmAnswer },
      },
    },
    async (request) =>
      service.confirmOffers(deps, actorOf(request), request.params.orgId, request.body),
  );

  app.post(
    `${base}/import/preview`,
    {
      config: { permission: 'supplier_profile.manage' },
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        operationId: 'matching.previewOfferImport',
        summary: 'What importing this CSV file of offers would accept and reject; writes nothing',
        params: orgParams,
        body: importBody,
        response: { 200: importReport },
      },
    },
    async (request) =>
      previewImport(deps, request.params.orgId, localeOf(request), request.body.csv),
  );

  app.post(
    `${base}/import`,
    {
      config: { permission: 'supplier_profile.manage' },
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        operationId: 'matching.importOffers',
        summary:
          'Import capacity, tariffs and assessments from CSV: all rows in one transaction, or none (422)',
        params: orgParams,
        body: importBody,
        response: {
          200: importReport,
          422: { content: { 'application/problem+json': { schema: importRejected } } },
        },
      },
    },
    async (request, reply) => {
      const locale = localeOf(request);
      const result = await importOffers(
        deps,
        actorOf(request),
        request.params.orgId,
        locale,
        request.body.csv,
      );
      if (result.imported) return result.report;
      const detail =
        result.report.fileProblem?.message ??
        t(locale, 'offers.import.rejected', { count: result.report.rejected.length });
      return sendImportRejected(
        request,
        reply,
        { type: 'https://tildel.se/problems/offer-import-rejected', detail },
        result.report,
      );
    },
  );

  app.get(
    `${base}/:establishmentId`,
    {
      config: { permission: 'supplier_profile.read' },
      schema: {
        operationId: 'matching.getOffer',
        summary: 'One of the supplier’s offers',
        params: offerParams,
        response: { 200: offer },
      },
    },
    async (request) => service.getOffer(deps, request.params.orgId, request.params.establishmentId),
  );

  app.put(
    `${base}/:establishmentId`,
    {
      config: { permission: 'supplier_profile.manage' },
      schema: {
        operationId: 'matching.updateOffer',
        summary:
          'Set the offer’s form, legal bases, capacity, next free place and occupancy (confirms it)',
        params: offerParams,
        body: offerBody,
        response: { 200: offer },
      },
    },
    async (request) =>
      service.updateOffer(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.establishmentId,
        request.body,
      ),
  );

  app.post(
    `${base}/:establishmentId/tariffs`,
    {
      config: { permission: 'supplier_profile.manage' },
      schema: {
        operationId: 'matching.addOfferTariff',
        summary: 'Add a tariff per unit from a date, with when and by whom it was negotiated',
        params: offerParams,
        body: tariffBody,
        response: { 201: offer },
      },
    },
    async (request, reply) => {
      const updated = await service.addTariff(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.establishmentId,
        request.body,
      );
      return reply.code(201).send(updated);
    },
  );

  app.post(
    `${base}/:establishmentId/assessments`,
    {
      config: { permission: 'supplier_profile.manage' },
      schema: {
        operationId: 'matching.addOfferAssessment',
        summary: "Record the supervisory authority's quality assessment: seven theme scores 1–5",
        params: offerParams,
        body: assessmentBody,
        response: { 201: offer },
      },
    },
    async (request, reply) => {
      const updated = await service.addAssessment(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.establishmentId,
        request.body,
      );
      return reply.code(201).send(updated);
    },
  );

  app.get(
    '/api/organisations/:orgId/matching/freshness',
    {
      config: { permission: 'matching.manage' },
      schema: {
        operationId: 'matching.offerFreshness',
        summary:
          'The share of offers confirmed within the limit (goal 90%) and the stale ones, paged',
        params: orgParams,
        querystring: freshnessQuery,
        response: { 200: freshness },
      },
    },
    async (request) => freshnessOverview(deps, request.params.orgId, request.query),
  );
}
