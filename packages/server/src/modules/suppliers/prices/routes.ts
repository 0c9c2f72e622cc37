import type { FastifyInstance } from 'fastify';
import { hasPermission } from '@tildel/domain/permissions';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import {
  nullableDate,
  orgParams,
  plainDate,
  storableText,
  uuid,
} from '../../../platform/schemas.ts';
import { supplierParams } from '../permits/schemas.ts';
import * as service from './service.ts';

const localised = {
  type: 'object',
  properties: { sv: { type: 'string' }, da: { type: 'string' }, en: { type: 'string' } },
} as const;

const price = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    categoryId: { type: 'string' },
    categoryCode: { type: 'string' },
    categoryName: localised,
    organisationName: { type: 'string' },
    establishmentId: { type: ['string', 'null'] },
    establishmentName: { type: ['string', 'null'] },
    agreementId: { type: ['string', 'null'] },
    agreementReference: { type: ['string', 'null'] },
    unit: { type: 'string' },
    amountMinor: { type: 'integer' },
    currency: { type: 'string' },
    validFrom: { type: 'string' },
    validTo: { type: ['string', 'null'] },
    status: { type: 'string' },
    negotiatedOn: { type: ['string', 'null'] },
    negotiatedBy: { type: ['object', 'null'], properties: { name: { type: 'string' } } },
    note: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    inForce: { type: 'boolean' },
  },
} as const;

const priceList = {
  type: 'object',
  properties: {
    today: { type: 'string' },
    items: { type: 'array', items: price },
    categories: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          organisationId: { type: 'string' },
          organisationName: { type: 'string' },
          code: { type: 'string' },
          serviceKind: { type: 'string' },
          name: localised,
          defaultUnit: { type: 'string' },
        },
      },
    },
    establishments: {
      type: 'array',
      items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } },
    },
  },
} as const;

const priceFields = {
  categoryId: uuid,
  establishmentId: { type: ['string', 'null'], format: 'uuid' },
  unit: { type: 'string', enum: ['hour', 'day', 'month', 'package'] },
  // Minor units; a trillion öre is far above any social-care price.
  amountMinor: { type: 'integer', minimum: 0, maximum: 1_000_000_000_000 },
  currency: { type: 'string', enum: ['SEK', 'DKK', 'EUR'] },
  validFrom: plainDate,
  validTo: nullableDate,
  note: { type: 'string', maxLength: 1000, pattern: storableText },
} as const;

const required = ['categoryId', 'unit', 'amountMinor', 'currency', 'validFrom'] as const;

const created = { type: 'object', properties: { id: { type: 'string' } } } as const;

export async function priceRoutes(app: FastifyInstance, deps: Deps) {
  app.get<{ Params: { orgId: string } }>(
    '/api/organisations/:orgId/company/prices',
    {
      config: { permission: 'supplier_profile.read' },
      schema: {
        tags: ['prices'],
        summary: "The caller's own company's price history, proposals included",
        params: orgParams,
        response: { 200: priceList },
      },
    },
    async (request) => service.companyPrices(deps, request.params.orgId),
  );

  app.post<{ Params: { orgId: string }; Body: service.PriceInput }>(
    '/api/organisations/:orgId/company/prices',
    {
      config: { permission: 'supplier_profile.manage' },
      schema: {
        tags: ['prices'],
        summary: 'Propose a price (an offer for negotiation; never overwrites a price)',
        params: orgParams,
        body: { type: 'object', required, additionalProperties: false, properties: priceFields },
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

  app.get<{ Params: { orgId: string; supplierId: string } }>(
    '/api/organisations/:orgId/suppliers/:supplierId/prices',
    {
      config: { permission: 'suppliers.read' },
      schema: {
        tags: ['prices'],
        summary: "A supplier's agreed prices (and, for procurement officers, its proposals)",
        params: supplierParams,
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
      ),
  );

  app.post<{ Params: { orgId: string; supplierId: string }; Body: service.AgreedPriceInput }>(
    '/api/organisations/:orgId/suppliers/:supplierId/prices',
    {
      config: { permission: 'prices.negotiate' },
      schema: {
        tags: ['prices'],
        summary: 'Record an agreed price; the caller is recorded as its negotiator',
        params: supplierParams,
        body: {
          type: 'object',
          required,
          additionalProperties: false,
          properties: {
            ...priceFields,
            agreementId: { type: ['string', 'null'], format: 'uuid' },
            negotiatedOn: nullableDate,
          },
        },
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
