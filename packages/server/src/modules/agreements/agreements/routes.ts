// HTTP for framework agreements: schemas, the permission of each route, one service call each.
// Reading needs agreements.read (the service shows only what the organisation owns or takes part
// in); writing needs agreements.manage and an agreement the organisation owns.
import type { FastifyInstance } from 'fastify';
import { CALLOFF_METHOD_KINDS } from '@tildel/domain/calloff-method';
import { REQUIREMENT_KINDS } from '@tildel/domain/contract-requirements';
import { PRICE_UNITS } from '@tildel/domain/taxonomy';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import {
  country,
  noContent,
  nullableDate,
  nullableString,
  orgParams,
  plainDate,
  storableText,
  text,
  uuid,
  version,
  versionBody,
} from '../../../platform/schemas.ts';
import * as service from './service.ts';

const unit = { type: 'string', enum: [...PRICE_UNITS] } as const;

function paramsOf<const Names extends readonly string[]>(...names: Names) {
  return {
    type: 'object',
    required: ['orgId', ...names],
    additionalProperties: false,
    properties: { orgId: uuid, ...Object.fromEntries(names.map((n) => [n, uuid])) },
  } as const;
}

const agreementParams = paramsOf('agreementId');
const lotParams = paramsOf('agreementId', 'lotId');

const agreementFields = {
  reference: text(60),
  title: text(300),
  description: text(5000),
  country,
  startsOn: plainDate,
  endsOn: plainDate,
  extensionOptions: {
    type: 'array',
    maxItems: 10,
    items: { type: 'integer', minimum: 1, maximum: 120 },
  },
  longPeriodReason: { type: ['string', 'null'], maxLength: 2000, pattern: storableText },
} as const;

const summaryProperties = {
  id: { type: 'string' },
  reference: { type: 'string' },
  title: { type: 'string' },
  description: { type: 'string' },
  country: { type: 'string' },
  ownerId: { type: 'string' },
  ownerName: { type: 'string' },
  owned: { type: 'boolean' },
  participating: { type: 'boolean' },
  status: { type: 'string' },
  startsOn: { type: 'string' },
  endsOn: { type: 'string' },
  currentEndsOn: { type: 'string' },
  latestPossibleEnd: { type: 'string' },
  extensionOptions: { type: 'array', items: { type: 'integer' } },
  extensionsUsed: { type: 'integer' },
  longPeriodReason: nullableString,
  terminatedOn: nullableString,
  terminatedReason: nullableString,
  version: { type: 'integer' },
} as const;

const method = {
  type: 'object',
  properties: {
    kind: { type: 'string' },
    threshold: { type: ['integer', 'null'] },
    unit: nullableString,
  },
} as const;

const municipality = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    municipalityCode: nullableString,
  },
} as const;

const detail = {
  type: 'object',
  properties: {
    ...summaryProperties,
    today: { type: 'string' },
    municipalities: { type: 'array', items: municipality },
    lots: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          number: { type: 'integer' },
          name: { type: 'string' },
          category: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              code: { type: 'string' },
              nameSv: { type: 'string' },
              nameDa: { type: 'string' },
              nameEn: { type: 'string' },
            },
          },
          areaMunicipalityCodes: { type: 'array', items: { type: 'string' } },
          method,
          suppliers: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                supplierId: { type: 'string' },
                name: { type: 'string' },
                rank: { type: 'integer' },
                status: { type: 'string' },
                effectiveStatus: { type: 'string' },
                reason: nullableString,
                hiddenFrom: nullableString,
                hiddenTo: nullableString,
                terminatedOn: nullableString,
                price: {
                  type: ['object', 'null'],
                  properties: {
                    amountMinor: { type: 'integer' },
                    currency: { type: 'string' },
                    unit: { type: 'string' },
                    validFrom: { type: 'string' },
                  },
                },
              },
            },
          },
        },
      },
    },
    requirements: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          lotId: nullableString,
          kind: { type: 'string' },
          parameters: { type: 'object', additionalProperties: true },
          description: { type: 'string' },
        },
      },
    },
    activationGaps: { type: 'array', items: { type: 'string' } },
  },
} as const;

const timeline = {
  type: 'object',
  properties: {
    supplierId: { type: 'string' },
    name: { type: 'string' },
    events: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          lotId: nullableString,
          lotNumber: { type: ['integer', 'null'] },
          lotName: nullableString,
          status: { type: 'string' },
          reason: nullableString,
          effectiveFrom: nullableString,
          effectiveTo: nullableString,
          at: { type: 'string', format: 'date-time' },
          actorName: nullableString,
        },
      },
    },
  },
} as const;

const lotBody = {
  type: 'object',
  required: ['number', 'name', 'categoryId', 'method'],
  additionalProperties: false,
  properties: {
    number: { type: 'integer', minimum: 1, maximum: 999 },
    name: text(200),
    categoryId: uuid,
    areaMunicipalityCodes: {
      type: 'array',
      maxItems: 400,
      items: { type: 'string', pattern: '^[0-9]{3,4}$' },
    },
    method: { type: 'string', enum: [...CALLOFF_METHOD_KINDS] },
    volumeThreshold: { type: ['integer', 'null'], minimum: 1, maximum: 1_000_000_000 },
    volumeUnit: { type: ['string', 'null'], enum: [...PRICE_UNITS, null] },
  },
} as const;

const created = { type: 'object', properties: { id: { type: 'string' } } } as const;

type AgreementParams = { orgId: string; agreementId: string };
type LotParams = AgreementParams & { lotId: string };
type SupplierParams = AgreementParams & { supplierId: string };

/** Hide, lift or terminate a supplier (also the quality officer's route in modules/hiding). */
const statusChangeBody = {
  type: 'object',
  required: ['action'],
  additionalProperties: false,
  properties: {
    action: { type: 'string', enum: ['hide', 'lift', 'terminate'] },
    lotId: uuid,
    reason: text(2000),
    from: plainDate,
    to: nullableDate,
    effectiveOn: plainDate,
  },
} as const;

export async function agreementRoutes(app: FastifyInstance, deps: Deps) {
  const tags = ['agreements'];

  app.get<{ Params: { orgId: string } }>(
    '/api/organisations/:orgId/agreements',
    {
      config: { permission: 'agreements.read' },
      schema: {
        tags,
        summary: 'Framework agreements the organisation owns or takes part in',
        params: orgParams,
        response: {
          200: {
            type: 'object',
            properties: {
              items: { type: 'array', items: { type: 'object', properties: summaryProperties } },
            },
          },
        },
      },
    },
    async (request) => ({ items: await service.listAgreements(deps, request.params.orgId) }),
  );

  app.get<{ Params: { orgId: string } }>(
    '/api/organisations/:orgId/agreements/drafting-choices',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        tags,
        summary: 'Categories, municipalities and suppliers an agreement can be drafted with',
        params: orgParams,
        response: {
          200: {
            type: 'object',
            properties: {
              country: { type: 'string' },
              categories: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: { type: 'string' },
                    code: { type: 'string' },
                    nameSv: { type: 'string' },
                    nameDa: { type: 'string' },
                    nameEn: { type: 'string' },
                    defaultUnit: { type: 'string' },
                  },
                },
              },
              municipalities: { type: 'array', items: municipality },
              suppliers: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: { id: { type: 'string' }, name: { type: 'string' } },
                },
              },
            },
          },
        },
      },
    },
    async (request) => service.draftingChoices(deps, request.params.orgId),
  );

  app.post<{ Params: { orgId: string }; Body: service.AgreementInput }>(
    '/api/organisations/:orgId/agreements',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        tags,
        summary: 'Draft a framework agreement',
        params: orgParams,
        body: {
          type: 'object',
          required: ['reference', 'title', 'startsOn', 'endsOn'],
          additionalProperties: false,
          properties: agreementFields,
        },
        response: { 201: detail },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.createAgreement(deps, actorOf(request), request.params.orgId, request.body),
        ),
  );

  app.get<{ Params: AgreementParams }>(
    '/api/organisations/:orgId/agreements/:agreementId',
    {
      config: { permission: 'agreements.read' },
      schema: {
        tags,
        summary: 'An agreement with its municipalities, lots, ranked suppliers and requirements',
        params: agreementParams,
        response: { 200: detail },
      },
    },
    async (request) =>
      service.agreementDetail(deps, request.params.orgId, request.params.agreementId),
  );

  app.put<{ Params: AgreementParams; Body: service.AgreementInput & { version: number } }>(
    '/api/organisations/:orgId/agreements/:agreementId',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        tags,
        summary: 'Edit a draft agreement',
        params: agreementParams,
        body: {
          type: 'object',
          required: ['reference', 'title', 'startsOn', 'endsOn', 'version'],
          additionalProperties: false,
          properties: {
            ...agreementFields,
            version,
          },
        },
        response: { 200: detail },
      },
    },
    async (request) =>
      service.updateAgreement(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.body,
      ),
  );

  app.put<{ Params: AgreementParams; Body: { municipalityIds: string[] } }>(
    '/api/organisations/:orgId/agreements/:agreementId/municipalities',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        tags,
        summary: 'Set the participating municipalities (from the mandate)',
        params: agreementParams,
        body: {
          type: 'object',
          required: ['municipalityIds'],
          additionalProperties: false,
          properties: {
            municipalityIds: { type: 'array', items: uuid, maxItems: 500, uniqueItems: true },
          },
        },
        response: { 200: detail },
      },
    },
    async (request) =>
      service.setMunicipalities(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.body.municipalityIds,
      ),
  );

  app.post<{ Params: AgreementParams; Body: service.LotInput }>(
    '/api/organisations/:orgId/agreements/:agreementId/lots',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        tags,
        summary: 'Add a lot: service category, area and call-off method',
        params: agreementParams,
        body: lotBody,
        response: { 201: created },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.addLot(
            deps,
            actorOf(request),
            request.params.orgId,
            request.params.agreementId,
            request.body,
          ),
        ),
  );

  app.put<{ Params: LotParams; Body: service.LotInput }>(
    '/api/organisations/:orgId/agreements/:agreementId/lots/:lotId',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        tags,
        summary: 'Edit a lot of a draft',
        params: lotParams,
        body: lotBody,
        response: { 200: detail },
      },
    },
    async (request) =>
      service.updateLot(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.params.lotId,
        request.body,
      ),
  );

  app.delete<{ Params: LotParams }>(
    '/api/organisations/:orgId/agreements/:agreementId/lots/:lotId',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        tags,
        summary: 'Delete a lot of a draft with its suppliers and lot requirements',
        params: lotParams,
        response: { 200: detail },
      },
    },
    async (request) =>
      service.deleteLot(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.params.lotId,
      ),
  );

  app.post<{
    Params: LotParams;
    Body: { supplierId: string; rank?: number; price?: service.AgreedPriceInput };
  }>(
    '/api/organisations/:orgId/agreements/:agreementId/lots/:lotId/suppliers',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        tags,
        summary: 'Add a supplier to a lot at a rank, optionally with its agreed price',
        params: lotParams,
        body: {
          type: 'object',
          required: ['supplierId'],
          additionalProperties: false,
          properties: {
            supplierId: uuid,
            rank: { type: 'integer', minimum: 1, maximum: 1000 },
            price: {
              type: 'object',
              required: ['amountMinor', 'currency'],
              additionalProperties: false,
              properties: {
                amountMinor: { type: 'integer', minimum: 0, maximum: 1_000_000_000_000 },
                currency: { type: 'string', enum: ['SEK', 'DKK', 'EUR'] },
                unit,
                validFrom: plainDate,
              },
            },
          },
        },
        response: { 201: detail },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.addLotSupplier(
            deps,
            actorOf(request),
            request.params.orgId,
            request.params.agreementId,
            request.params.lotId,
            request.body,
          ),
        ),
  );

  app.delete<{ Params: LotParams & { supplierId: string } }>(
    '/api/organisations/:orgId/agreements/:agreementId/lots/:lotId/suppliers/:supplierId',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        tags,
        summary: 'Take a supplier off a lot of a draft (the ranks close up)',
        params: paramsOf('agreementId', 'lotId', 'supplierId'),
        response: { 200: detail },
      },
    },
    async (request) =>
      service.removeLotSupplier(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.params.lotId,
        request.params.supplierId,
      ),
  );

  app.put<{ Params: LotParams; Body: { supplierIds: string[] } }>(
    '/api/organisations/:orgId/agreements/:agreementId/lots/:lotId/ranking',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        tags,
        summary: "Set a lot's ranking: every supplier of the lot, first rank first",
        params: lotParams,
        body: {
          type: 'object',
          required: ['supplierIds'],
          additionalProperties: false,
          properties: { supplierIds: { type: 'array', items: uuid, minItems: 1, maxItems: 1000 } },
        },
        response: { 200: detail },
      },
    },
    async (request) =>
      service.reorderLot(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.params.lotId,
        request.body.supplierIds,
      ),
  );

  app.post<{ Params: SupplierParams; Body: service.StatusChangeInput }>(
    '/api/organisations/:orgId/agreements/:agreementId/suppliers/:supplierId/status',
    {
      config: { permission: 'supplier_status.manage' },
      schema: {
        tags,
        summary: 'Hide a supplier, lift its hiding, or terminate it (on one lot or all)',
        params: paramsOf('agreementId', 'supplierId'),
        body: statusChangeBody,
        response: { 200: timeline },
      },
    },
    async (request) =>
      service.changeSupplierStatus(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.params.supplierId,
        request.body,
      ),
  );

  app.get<{ Params: SupplierParams }>(
    '/api/organisations/:orgId/agreements/:agreementId/suppliers/:supplierId/timeline',
    {
      config: { permission: 'agreements.read' },
      schema: {
        tags,
        summary: "A supplier's status changes on the agreement, newest first",
        params: paramsOf('agreementId', 'supplierId'),
        response: { 200: timeline },
      },
    },
    async (request) =>
      service.supplierTimeline(
        deps,
        request.params.orgId,
        request.params.agreementId,
        request.params.supplierId,
      ),
  );

  app.post<{
    Params: AgreementParams;
    Body: { kind: string; parameters: unknown; lotId?: string | null; description?: string };
  }>(
    '/api/organisations/:orgId/agreements/:agreementId/requirements',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        tags,
        summary: 'Add a contract requirement to the agreement or one lot',
        params: agreementParams,
        body: {
          type: 'object',
          required: ['kind', 'parameters'],
          additionalProperties: false,
          properties: {
            kind: { type: 'string', enum: [...REQUIREMENT_KINDS] },
            // Checked in full by the domain's parseRequirement, which knows each kind's shape.
            parameters: { type: 'object', maxProperties: 10 },
            lotId: { type: ['string', 'null'], format: 'uuid' },
            description: text(2000),
          },
        },
        response: { 201: created },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.addRequirement(
            deps,
            actorOf(request),
            request.params.orgId,
            request.params.agreementId,
            request.body,
          ),
        ),
  );

  app.delete<{ Params: AgreementParams & { requirementId: string } }>(
    '/api/organisations/:orgId/agreements/:agreementId/requirements/:requirementId',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        tags,
        summary: 'Remove a contract requirement from a draft',
        params: paramsOf('agreementId', 'requirementId'),
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      await service.removeRequirement(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.params.requirementId,
      );
      return reply.code(204).send();
    },
  );

  app.post<{ Params: AgreementParams; Body: { version: number } }>(
    '/api/organisations/:orgId/agreements/:agreementId/activate',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        tags,
        summary: 'Activate a complete draft',
        params: agreementParams,
        body: versionBody,
        response: { 200: detail },
      },
    },
    async (request) =>
      service.activate(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.body.version,
      ),
  );

  app.post<{ Params: AgreementParams; Body: { version: number } }>(
    '/api/organisations/:orgId/agreements/:agreementId/extensions',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        tags,
        summary: 'Use the next extension option of an active agreement',
        params: agreementParams,
        body: versionBody,
        response: { 200: detail },
      },
    },
    async (request) =>
      service.useExtension(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.body.version,
      ),
  );

  app.post<{
    Params: AgreementParams;
    Body: { version: number; reason: string; terminatedOn: string };
  }>(
    '/api/organisations/:orgId/agreements/:agreementId/terminate',
    {
      config: { permission: 'agreements.manage' },
      schema: {
        tags,
        summary: 'Terminate an active agreement from a date, with a reason',
        params: agreementParams,
        body: {
          type: 'object',
          required: ['version', 'reason', 'terminatedOn'],
          additionalProperties: false,
          properties: {
            version,
            reason: text(2000),
            terminatedOn: plainDate,
          },
        },
        response: { 200: detail },
      },
    },
    async (request) =>
      service.terminate(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.agreementId,
        request.body,
      ),
  );

  app.get<{ Params: AgreementParams }>(
    '/api/organisations/:orgId/agreements/:agreementId/calloff-eligibility',
    {
      config: { permission: 'agreements.read' },
      schema: {
        tags,
        summary: 'Whether the organisation may call off the agreement today, and each lot’s method',
        params: agreementParams,
        response: {
          200: {
            type: 'object',
            properties: {
              agreementId: { type: 'string' },
              today: { type: 'string' },
              status: { type: 'string' },
              mayCallOff: { type: 'boolean' },
              reason: nullableString,
              lots: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: { type: 'string' },
                    number: { type: 'integer' },
                    name: { type: 'string' },
                    categoryId: { type: 'string' },
                    areaMunicipalityCodes: { type: 'array', items: { type: 'string' } },
                    method,
                    activeSuppliers: {
                      type: 'array',
                      items: {
                        type: 'object',
                        properties: {
                          supplierId: { type: 'string' },
                          name: { type: 'string' },
                          rank: { type: 'integer' },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    async (request) =>
      service.callOffEligibility(deps, request.params.orgId, request.params.agreementId),
  );
}
