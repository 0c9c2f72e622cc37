import type { FastifyInstance } from 'fastify';
import {
  PRICE_UNITS,
  SERVICE_KINDS,
  type PriceUnit,
  type ServiceKind,
} from '@tildel/domain/taxonomy';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { orgParams, storableText, uuid } from '../../../platform/schemas.ts';
import type { Names } from './repo.ts';
import * as service from './service.ts';

const code = { type: 'string', pattern: '^[a-z0-9_]{1,60}$' } as const;
const name = { type: 'string', minLength: 1, maxLength: 200, pattern: storableText } as const;
const namesSchema = {
  type: 'object',
  required: ['sv', 'da', 'en'],
  additionalProperties: false,
  properties: { sv: name, da: name, en: name },
} as const;
const namesOut = {
  type: 'object',
  properties: { sv: { type: 'string' }, da: { type: 'string' }, en: { type: 'string' } },
} as const;
const retiredAt = { type: ['string', 'null'], format: 'date-time' } as const;

const category = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    code: { type: 'string' },
    serviceKind: { type: 'string' },
    area: { type: ['string', 'null'] },
    defaultUnit: { type: 'string' },
    names: namesOut,
    retiredAt,
  },
} as const;
const targetGroup = {
  type: 'object',
  properties: { id: { type: 'string' }, code: { type: 'string' }, names: namesOut, retiredAt },
} as const;
const taxonomy = {
  type: 'object',
  properties: {
    categories: { type: 'array', items: category },
    targetGroups: { type: 'array', items: targetGroup },
  },
} as const;

const entryParams = (idName: 'categoryId' | 'targetGroupId') =>
  ({
    type: 'object',
    required: ['orgId', idName],
    additionalProperties: false,
    properties: { orgId: uuid, [idName]: uuid },
  }) as const;
/** Retiring takes no input; an empty JSON object keeps every write's body schema-checked. */
const emptyBody = { type: 'object', additionalProperties: false, properties: {} } as const;
const renameBody = {
  type: 'object',
  required: ['names'],
  additionalProperties: false,
  properties: { names: namesSchema },
} as const;

const base = '/api/organisations/:orgId/taxonomy';
type OrgParams = { orgId: string };
type CategoryParams = OrgParams & { categoryId: string };
type TargetGroupParams = OrgParams & { targetGroupId: string };

export async function taxonomyRoutes(app: FastifyInstance, deps: Deps) {
  app.get<{ Params: { bodyId: string } }>(
    '/api/taxonomy/:bodyId',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['taxonomy'],
        summary:
          "A procurement organisation's service categories and target groups in force (for suppliers too)",
        params: {
          type: 'object',
          required: ['bodyId'],
          additionalProperties: false,
          properties: { bodyId: uuid },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              organisation: {
                type: 'object',
                properties: { id: { type: 'string' }, name: { type: 'string' } },
              },
              ...taxonomy.properties,
            },
          },
        },
      },
    },
    async (request) => service.publishedTaxonomy(deps, request.params.bodyId),
  );

  app.get<{ Params: OrgParams }>(
    base,
    {
      config: { permission: 'taxonomy.manage' },
      schema: {
        tags: ['taxonomy'],
        summary: 'The organisation’s own taxonomy, retired entries included',
        params: orgParams,
        response: { 200: taxonomy },
      },
    },
    async (request) => service.managedTaxonomy(deps, request.params.orgId),
  );

  app.post<{
    Params: OrgParams;
    Body: {
      code: string;
      serviceKind: ServiceKind;
      area?: string;
      defaultUnit: PriceUnit;
      names: Names;
    };
  }>(
    `${base}/categories`,
    {
      config: { permission: 'taxonomy.manage' },
      schema: {
        tags: ['taxonomy'],
        summary: 'Add a service category (the code is unique in the organisation)',
        params: orgParams,
        body: {
          type: 'object',
          required: ['code', 'serviceKind', 'defaultUnit', 'names'],
          additionalProperties: false,
          properties: {
            code,
            serviceKind: { type: 'string', enum: [...SERVICE_KINDS] },
            area: { type: 'string', maxLength: 60, pattern: '^[a-z0-9_]*$' },
            defaultUnit: { type: 'string', enum: [...PRICE_UNITS] },
            names: namesSchema,
          },
        },
        response: { 201: category },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.createCategory(deps, actorOf(request), request.params.orgId, request.body),
        ),
  );

  app.put<{ Params: CategoryParams; Body: { names: Names } }>(
    `${base}/categories/:categoryId`,
    {
      config: { permission: 'taxonomy.manage' },
      schema: {
        tags: ['taxonomy'],
        summary: 'Rename a service category',
        params: entryParams('categoryId'),
        body: renameBody,
        response: { 200: category },
      },
    },
    async (request) =>
      service.renameCategory(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.categoryId,
        request.body.names,
      ),
  );

  app.post<{ Params: CategoryParams }>(
    `${base}/categories/:categoryId/retire`,
    {
      config: { permission: 'taxonomy.manage' },
      schema: {
        tags: ['taxonomy'],
        summary: 'Retire a service category: no longer offered, kept for what refers to it',
        params: entryParams('categoryId'),
        body: emptyBody,
        response: { 200: category },
      },
    },
    async (request) =>
      service.retireCategory(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.categoryId,
      ),
  );

  app.post<{ Params: OrgParams; Body: { code: string; names: Names } }>(
    `${base}/target-groups`,
    {
      config: { permission: 'taxonomy.manage' },
      schema: {
        tags: ['taxonomy'],
        summary: 'Add a target group (the code is unique in the organisation)',
        params: orgParams,
        body: {
          type: 'object',
          required: ['code', 'names'],
          additionalProperties: false,
          properties: { code, names: namesSchema },
        },
        response: { 201: targetGroup },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.createTargetGroup(
            deps,
            actorOf(request),
            request.params.orgId,
            request.body,
          ),
        ),
  );

  app.put<{ Params: TargetGroupParams; Body: { names: Names } }>(
    `${base}/target-groups/:targetGroupId`,
    {
      config: { permission: 'taxonomy.manage' },
      schema: {
        tags: ['taxonomy'],
        summary: 'Rename a target group',
        params: entryParams('targetGroupId'),
        body: renameBody,
        response: { 200: targetGroup },
      },
    },
    async (request) =>
      service.renameTargetGroup(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.targetGroupId,
        request.body.names,
      ),
  );

  app.post<{ Params: TargetGroupParams }>(
    `${base}/target-groups/:targetGroupId/retire`,
    {
      config: { permission: 'taxonomy.manage' },
      schema: {
        tags: ['taxonomy'],
        summary: 'Retire a target group',
        params: entryParams('targetGroupId'),
        body: emptyBody,
        response: { 200: targetGroup },
      },
    },
    async (request) =>
      service.retireTargetGroup(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.targetGroupId,
      ),
  );
}
