import type { FastifyInstance } from 'fastify';
import type { Role } from '@tildel/domain/permissions';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { Locale } from '../../../platform/i18n.ts';
import {
  email,
  locale,
  noContent,
  orgParams,
  roles,
  storableText,
  uuid,
} from '../../../platform/schemas.ts';
import { meForToken, meSchema, setSessionCookie } from '../session/routes.ts';
import * as service from './service.ts';

const memberParams = {
  type: 'object',
  required: ['orgId', 'userId'],
  additionalProperties: false,
  properties: { orgId: uuid, userId: uuid },
} as const;

const invitationParams = {
  type: 'object',
  required: ['orgId', 'invitationId'],
  additionalProperties: false,
  properties: { orgId: uuid, invitationId: uuid },
} as const;

const tokenParams = {
  type: 'object',
  required: ['token'],
  additionalProperties: false,
  properties: { token: { type: 'string', pattern: '^[A-Za-z0-9_-]{20,100}$' } },
} as const;

const member = {
  type: 'object',
  properties: {
    userId: { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
    roles,
    joinedAt: { type: 'string', format: 'date-time' },
  },
} as const;

const invitation = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    email: { type: 'string' },
    roles,
    locale,
    createdAt: { type: 'string', format: 'date-time' },
    expiresAt: { type: 'string', format: 'date-time' },
    acceptedAt: { type: ['string', 'null'], format: 'date-time' },
    revokedAt: { type: ['string', 'null'], format: 'date-time' },
    invitedBy: { type: 'object', properties: { name: { type: 'string' } } },
  },
} as const;

export async function organisationRoutes(app: FastifyInstance, deps: Deps) {
  app.get<{ Params: { orgId: string } }>(
    '/api/organisations/:orgId',
    {
      config: { permission: 'organisation.read' },
      schema: {
        tags: ['organisations'],
        summary: 'The organisation, and for a procurement body its member municipalities',
        params: orgParams,
        response: {
          200: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              name: { type: 'string' },
              kind: { type: 'string' },
              country: { type: 'string' },
              identifier: { type: 'string' },
              municipalityCode: { type: ['string', 'null'] },
              mandate: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: { type: 'string' },
                    name: { type: 'string' },
                    municipalityCode: { type: ['string', 'null'] },
                  },
                },
              },
            },
          },
        },
      },
    },
    async (request) => service.organisationProfile(deps, request.params.orgId),
  );

  app.get<{ Params: { orgId: string } }>(
    '/api/organisations/:orgId/assignable-roles',
    {
      config: { permission: 'members.read' },
      schema: {
        tags: ['organisations'],
        summary: 'Roles this kind of organisation can hand out',
        params: orgParams,
        response: {
          200: {
            type: 'object',
            properties: { roles: { type: 'array', items: { type: 'string' } } },
          },
        },
      },
    },
    async (request) => ({ roles: await service.assignableRoles(deps, request.params.orgId) }),
  );

  app.get<{ Params: { orgId: string } }>(
    '/api/organisations/:orgId/members',
    {
      config: { permission: 'members.read' },
      schema: {
        tags: ['organisations'],
        summary: 'Members and their roles',
        params: orgParams,
        response: {
          200: { type: 'object', properties: { items: { type: 'array', items: member } } },
        },
      },
    },
    async (request) => ({ items: await service.listMembers(deps, request.params.orgId) }),
  );

  app.put<{ Params: { orgId: string; userId: string }; Body: { roles: Role[] } }>(
    '/api/organisations/:orgId/members/:userId',
    {
      config: { permission: 'members.manage' },
      schema: {
        tags: ['organisations'],
        summary: "Set a member's roles",
        params: memberParams,
        body: {
          type: 'object',
          required: ['roles'],
          additionalProperties: false,
          properties: { roles },
        },
        response: { 200: { type: 'object', properties: { userId: { type: 'string' }, roles } } },
      },
    },
    async (request) =>
      service.changeRoles(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.userId,
        request.body.roles,
      ),
  );

  app.delete<{ Params: { orgId: string; userId: string } }>(
    '/api/organisations/:orgId/members/:userId',
    {
      config: { permission: 'members.manage' },
      schema: {
        tags: ['organisations'],
        summary: 'Remove a member',
        params: memberParams,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      await service.removeMember(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.userId,
      );
      return reply.code(204).send();
    },
  );

  app.get<{ Params: { orgId: string } }>(
    '/api/organisations/:orgId/invitations',
    {
      config: { permission: 'members.read' },
      schema: {
        tags: ['organisations'],
        summary: 'Invitations, open and past',
        params: orgParams,
        response: {
          200: { type: 'object', properties: { items: { type: 'array', items: invitation } } },
        },
      },
    },
    async (request) => ({ items: await service.listInvitations(deps, request.params.orgId) }),
  );

  app.post<{ Params: { orgId: string }; Body: { email: string; roles: Role[]; locale: Locale } }>(
    '/api/organisations/:orgId/invitations',
    {
      config: { permission: 'members.manage' },
      schema: {
        tags: ['organisations'],
        summary: 'Invite a person by email (the link is sent through the outbox)',
        params: orgParams,
        body: {
          type: 'object',
          required: ['email', 'roles', 'locale'],
          additionalProperties: false,
          properties: { email, roles, locale },
        },
        response: { 201: invitation },
      },
    },
    async (request, reply) => {
      const created = await service.invite(
        deps,
        actorOf(request),
        request.params.orgId,
        request.body,
      );
      return reply.code(201).send(created);
    },
  );

  app.delete<{ Params: { orgId: string; invitationId: string } }>(
    '/api/organisations/:orgId/invitations/:invitationId',
    {
      config: { permission: 'members.manage' },
      schema: {
        tags: ['organisations'],
        summary: 'Revoke an open invitation',
        params: invitationParams,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      await service.revokeInvitation(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.invitationId,
      );
      return reply.code(204).send();
    },
  );

  app.get<{ Params: { token: string } }>(
    '/api/invitations/:token',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['organisations'],
        summary: 'What an invitation link offers',
        params: tokenParams,
        response: {
          200: {
            type: 'object',
            properties: {
              organisationName: { type: 'string' },
              email: { type: 'string' },
              roles,
              locale,
              existingUser: { type: 'boolean' },
              expiresAt: { type: 'string', format: 'date-time' },
            },
          },
        },
      },
    },
    async (request) => service.describeInvitation(deps, request.params.token),
  );

  app.post<{ Params: { token: string }; Body: { name?: string; password: string } }>(
    '/api/invitations/:token/accept',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['organisations'],
        summary: 'Accept an invitation: creates the account if needed and signs in',
        params: tokenParams,
        body: {
          type: 'object',
          required: ['password'],
          additionalProperties: false,
          properties: {
            name: { type: 'string', maxLength: 200, pattern: storableText },
            password: { type: 'string', minLength: 1, maxLength: 1024 },
          },
        },
        response: { 200: meSchema },
      },
    },
    async (request, reply) => {
      const { token } = await service.acceptInvitation(deps, request.params.token, {
        ...request.body,
        address: request.ip,
        userAgent: request.headers['user-agent'],
      });
      setSessionCookie(reply, deps, token);
      return meForToken(deps, token);
    },
  );
}
