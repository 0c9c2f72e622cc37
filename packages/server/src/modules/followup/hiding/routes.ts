// HTTP routes of hiding and termination as the body's quality officers do them (followup.manage):
// hide or lift one establishment on an agreement, hide/lift/terminate a whole supplier (the same
// change the agreements area makes for procurement officers), and the supplier's follow-up
// timeline (followup.read). :orgId is the caller's.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import * as schemas from './schemas.ts';
import * as service from './service.ts';
import { supplierTimeline } from './timeline.ts';

const A = '/api/organisations/:orgId/agreements/:agreementId';

export async function hidingRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    `${A}/establishment-hidings`,
    {
      config: { permission: 'agreements.read' },
      schema: {
        operationId: 'followup.listEstablishmentHidings',
        summary: 'Establishments hidden on the agreement (now or from a coming day)',
        params: schemas.agreementParams,
        response: { 200: schemas.hidings },
      },
    },
    async (request) =>
      service.establishmentHidings(deps, request.params.orgId, request.params.agreementId),
  );

  app.get(
    `${A}/establishment-hidings/choices`,
    {
      config: { permission: 'followup.manage' },
      schema: {
        operationId: 'followup.establishmentsToHide',
        summary:
          'For the agreement’s owner: its suppliers’ open establishments whose name holds q, the first few in name order with the count of all',
        params: schemas.agreementParams,
        querystring: schemas.establishmentChoiceQuery,
        response: { 200: schemas.establishmentChoices },
      },
    },
    async (request) =>
      service.establishmentsToHide(
        deps,
        request.params.orgId,
        request.params.agreementId,
        request.query,
      ),
  );

  app.post(
    `${A}/establishments/:establishmentId/hide`,
    {
      config: { permission: 'followup.manage' },
      schema: {
        operationId: 'followup.hideEstablishment',
        summary: 'Hide one establishment on the agreement, with a reason and dates',
        params: schemas.establishmentParams,
        body: schemas.hideBody,
        response: { 200: schemas.hidings },
      },
    },
    async (request) =>
      service.hideEstablishment(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.params.establishmentId,
        request.body,
      ),
  );

  app.post(
    `${A}/establishments/:establishmentId/lift`,
    {
      config: { permission: 'followup.manage' },
      schema: {
        operationId: 'followup.liftEstablishmentHiding',
        summary: 'Lift the hiding of one establishment, with a reason',
        params: schemas.establishmentParams,
        body: schemas.liftBody,
        response: { 200: schemas.hidings },
      },
    },
    async (request) =>
      service.liftEstablishmentHiding(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.params.establishmentId,
        request.body,
      ),
  );

  app.get(
    '/api/organisations/:orgId/suppliers/:supplierId/timeline',
    {
      config: { permission: 'followup.read' },
      schema: {
        operationId: 'followup.supplierTimeline',
        summary: "Everything of the body's follow-up of a supplier, newest first",
        params: schemas.supplierParams,
        querystring: schemas.timelineQuery,
        response: { 200: schemas.timeline },
      },
    },
    async (request) =>
      supplierTimeline(deps, request.params.orgId, request.params.supplierId, request.query),
  );
}
