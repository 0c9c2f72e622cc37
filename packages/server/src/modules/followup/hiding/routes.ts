// HTTP routes of hiding and termination as the body's quality officers do them (followup.manage):
// hide or lift one establishment on an agreement, hide/lift/terminate a whole supplier (the same
// change the agreements area makes for procurement officers), and the supplier's follow-up
// timeline (followup.read). :orgId is the caller's.
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import * as schemas from './schemas.ts';
import * as service from './service.ts';
import { supplierTimeline } from './timeline.ts';

type AgreementParams = { orgId: string; agreementId: string };
type EstablishmentParams = AgreementParams & { establishmentId: string };

const tags = ['hiding'];
const A = '/api/organisations/:orgId/agreements/:agreementId';

export async function hidingRoutes(app: FastifyInstance, deps: Deps) {
  app.get<{ Params: AgreementParams }>(
    `${A}/establishment-hidings`,
    {
      config: { permission: 'agreements.read' },
      schema: {
        tags,
        summary: 'Establishments hidden on the agreement (now or from a coming day)',
        params: schemas.agreementParams,
        response: { 200: schemas.hidings },
      },
    },
    async (request) =>
      service.establishmentHidings(deps, request.params.orgId, request.params.agreementId),
  );

  app.post<{ Params: EstablishmentParams; Body: service.HideInput }>(
    `${A}/establishments/:establishmentId/hide`,
    {
      config: { permission: 'followup.manage' },
      schema: {
        tags,
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

  app.post<{ Params: EstablishmentParams; Body: { reason: string } }>(
    `${A}/establishments/:establishmentId/lift`,
    {
      config: { permission: 'followup.manage' },
      schema: {
        tags,
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

  app.get<{ Params: { orgId: string; supplierId: string } }>(
    '/api/organisations/:orgId/suppliers/:supplierId/timeline',
    {
      config: { permission: 'followup.read' },
      schema: {
        tags,
        summary: "Everything of the body's follow-up of a supplier, newest first",
        params: schemas.supplierParams,
        response: { 200: schemas.timeline },
      },
    },
    async (request) => supplierTimeline(deps, request.params.orgId, request.params.supplierId),
  );
}
