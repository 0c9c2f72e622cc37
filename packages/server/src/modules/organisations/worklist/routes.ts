import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../platform/deps.ts';
import { nullableString, orgParams } from '../../../platform/schemas.ts';
import * as service from './service.ts';

const list = (properties: Record<string, unknown>) =>
  ({ type: 'array', items: { type: 'object', properties } }) as const;

const documentItem = {
  id: { type: 'string' },
  supplierId: { type: 'string' },
  supplierName: { type: 'string' },
  kind: { type: 'string' },
  title: { type: 'string' },
  validUntil: nullableString,
};

export async function worklistRoutes(app: FastifyInstance, deps: Deps) {
  app.get<{ Params: { orgId: string } }>(
    '/api/organisations/:orgId/worklist',
    {
      // Every role may ask; the answer holds only the lists its roles call for.
      config: { permission: 'organisation.read' },
      schema: {
        tags: ['worklist'],
        summary: 'What awaits the caller in this organisation, by role',
        params: orgParams,
        response: {
          200: {
            type: 'object',
            properties: {
              today: { type: 'string' },
              procurement: {
                type: 'object',
                properties: {
                  applications: list({
                    id: { type: 'string' },
                    dpsId: { type: 'string' },
                    dpsTitle: { type: 'string' },
                    supplierName: { type: 'string' },
                    receivedAt: { type: 'string' },
                    decisionDueAt: { type: 'string' },
                    extended: { type: 'boolean' },
                    overdue: { type: 'boolean' },
                  }),
                  agreementsEnding: list({
                    id: { type: 'string' },
                    reference: { type: 'string' },
                    title: { type: 'string' },
                    endsOn: { type: 'string' },
                    extensionsLeft: { type: 'integer' },
                  }),
                  documentsExpiring: list(documentItem),
                },
              },
              quality: {
                type: 'object',
                properties: {
                  hiddenSuppliers: list({
                    supplierId: { type: 'string' },
                    supplierName: { type: 'string' },
                    agreementId: { type: 'string' },
                    reference: { type: 'string' },
                    lotName: { type: 'string' },
                    reason: nullableString,
                    hiddenFrom: nullableString,
                    hiddenTo: nullableString,
                  }),
                  permitProblems: list({
                    id: { type: 'string' },
                    supplierId: { type: 'string' },
                    supplierName: { type: 'string' },
                    establishmentName: { type: 'string' },
                    authority: { type: 'string' },
                    status: { type: 'string' },
                    validTo: nullableString,
                    openCases: { type: 'integer' },
                    lastCheckedOn: nullableString,
                  }),
                },
              },
              supplier: {
                type: 'object',
                properties: {
                  applications: list({
                    id: { type: 'string' },
                    dpsId: { type: 'string' },
                    dpsTitle: { type: 'string' },
                    ownerName: { type: 'string' },
                    status: { type: 'string' },
                    receivedAt: { type: 'string' },
                    decisionDueAt: { type: 'string' },
                    decisionReason: nullableString,
                  }),
                  declarationRequests: list({
                    id: { type: 'string' },
                    dpsId: { type: 'string' },
                    dpsTitle: { type: 'string' },
                    requestedAt: { type: 'string' },
                    dueAt: { type: 'string' },
                    overdue: { type: 'boolean' },
                  }),
                  documentsExpiring: list(documentItem),
                  capacityToConfirm: list({
                    id: { type: 'string' },
                    name: { type: 'string' },
                    placesTotal: { type: 'integer' },
                    placesFree: { type: 'integer' },
                    placesUpdatedAt: nullableString,
                  }),
                },
              },
            },
          },
        },
      },
    },
    async (request) => service.worklist(deps, request.params.orgId, request.access.roles),
  );
}
