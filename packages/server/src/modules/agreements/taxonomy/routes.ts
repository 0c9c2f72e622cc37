import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { emptyBody, orgParams } from '../../../platform/schemas.ts';
import {
  bodyParams,
  category,
  categoryParams,
  createCategoryBody,
  createTargetGroupBody,
  publishedTaxonomy,
  renameBody,
  targetGroup,
  targetGroupParams,
  taxonomy,
} from './schemas.ts';
import * as service from './service.ts';

const base = '/api/organisations/:orgId/taxonomy';

export async function taxonomyRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/taxonomy/:bodyId',
    {
      config: { permission: 'authenticated' },
      schema: {
        operationId: 'agreements.publishedTaxonomy',
        summary:
          "A procurement organisation's service categories and target groups in force (for suppliers too)",
        params: bodyParams,
        response: { 200: publishedTaxonomy },
      },
    },
    async (request) => service.publishedTaxonomy(deps, request.params.bodyId),
  );

  app.get(
    base,
    {
      config: { permission: 'taxonomy.manage' },
      schema: {
        operationId: 'agreements.readTaxonomy',
        summary: 'The organisation’s own taxonomy, retired entries included',
        params: orgParams,
        response: { 200: taxonomy },
      },
    },
    async (request) => service.managedTaxonomy(deps, request.params.orgId),
  );

  app.post(
    `${base}/categories`,
    {
      config: { permission: 'taxonomy.manage' },
      schema: {
        operationId: 'agreements.createCategory',
        summary: 'Add a service category (the code is unique in the organisation)',
        params: orgParams,
        body: createCategoryBody,
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

  app.put(
    `${base}/categories/:categoryId`,
    {
      config: { permission: 'taxonomy.manage' },
      schema: {
        operationId: 'agreements.renameCategory',
        summary: 'Rename a service category',
        params: categoryParams,
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

  app.post(
    `${base}/categories/:categoryId/retire`,
    {
      config: { permission: 'taxonomy.manage' },
      schema: {
        operationId: 'agreements.retireCategory',
        summary: 'Retire a service category: no longer offered, kept for what refers to it',
        params: categoryParams,
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

  app.post(
    `${base}/target-groups`,
    {
      config: { permission: 'taxonomy.manage' },
      schema: {
        operationId: 'agreements.createTargetGroup',
        summary: 'Add a target group (the code is unique in the organisation)',
        params: orgParams,
        body: createTargetGroupBody,
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

  app.put(
    `${base}/target-groups/:targetGroupId`,
    {
      config: { permission: 'taxonomy.manage' },
      schema: {
        operationId: 'agreements.renameTargetGroup',
        summary: 'Rename a target group',
        params: targetGroupParams,
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

  app.post(
    `${base}/target-groups/:targetGroupId/retire`,
    {
      config: { permission: 'taxonomy.manage' },
      schema: {
        operationId: 'agreements.retireTargetGroup',
        summary: 'Retire a target group',
        params: targetGroupParams,
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
