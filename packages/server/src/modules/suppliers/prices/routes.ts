import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { hasPermission } from '@tildel/domain/permissions';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { orgParams } from '../../../platform/schemas.ts';
import {
  agreedPriceBody,
  created,
  priceBody,
  priceList,
  priceListQuery,
  supplierParams,
} from './schemas.ts';
import * as service from './service.ts';

export async function priceRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/organisations/:orgId/company/prices',
    {
      config: { permission: 'supplier_profile.read' },
      schema: {
        operationId: 'suppliers.listCompanyPrices',
        summary: "The caller's own company's price history, proposals included",
        params: orgParams,
        querystring: priceListQuery,
        response: { 200: priceList },
      },
    },
    async (request) => service.companyPrices(deps, request.params.orgId, request.query),
  );

  app.post(
    '/api/organisations/:orgId/company/prices',
    {
      config: { permission: 'supplier_profile.manage' },
      schema: {
        operationId: 'suppliers.proposePrice',
        summary: 'Propose a price (an offer for negotiation; never overwrites a price)',
        params: orgParams,
        body: priceBody,
        response: { 201: created },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.proposePrice(deps, actorOf(request), request.params.orgId, request.body),
        ),
  );

  app.get(
    '/api/organisations/:orgId/suppliers/:supplierId/prices',
    {
      config: { permission: 'suppliers.read' },
      schema: {
        operationId: 'suppliers.listSupplierPrices',
        summary: "A supplier's agreed prices (and, for procurement officers, its proposals)",
        params: supplierParams,
        querystring: priceListQuery,
        response: { 200: priceList },
      },
    },
    async (request) =>
      service.supplierPrices(
        deps,
        {
          organisationId: request.params.orgId,
          negotiates: hasPermission(request.access.roles, 'prices.negotiate'),
        },
        request.params.supplierId,
        request.query,
      ),
  );

  app.post(
    '/api/organisations/:orgId/suppliers/:supplierId/prices',
    {
      config: { permission: 'prices.negotiate' },
      schema: {
        operationId: 'suppliers.recordAgreedPrice',
        summary: 'Record an agreed price; the caller is recorded as its negotiator',
        params: supplierParams,
        body: agreedPriceBody,
        response: { 201: created },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.recordAgreedPrice(
            deps,
            actorOf(request),
            request.params.orgId,
            request.params.supplierId,
            request.body,
          ),
        ),
  );
}
