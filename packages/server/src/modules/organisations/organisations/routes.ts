import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { noContent, orgParams } from '../../../platform/schemas.ts';
import { meSchema } from '../session/schemas.ts';
import { meForToken, setSessionCookie } from '../session/routes.ts';
import {
  acceptBody,
  assignableRolesAnswer,
  invitation,
  invitationBody,
  invitationList,
  invitationListQuery,
  invitationParams,
  memberList,
  memberListQuery,
  memberParams,
  memberRoles,
  organisationProfile,
  publicInvitation,
  rolesBody,
  tokenParams,
} from './schemas.ts';
import { exportRoute } from '../../../platform/export.ts';
import {
  INVITATION_COLUMNS,
  INVITATION_LIST_NAME,
  MEMBER_COLUMNS,
  MEMBER_LIST_NAME,
} from './export.ts';
import * as service from './service.ts';

export async function organisationRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/organisations/:orgId',
    {
      config: { permission: 'organisation.read' },
      schema: {
        operationId: 'organisations.read',
        summary: 'The organisation, and for a procurement body its member municipalities',
        params: orgParams,
        response: { 200: organisationProfile },
      },
    },
    async (request) => service.organisationProfile(deps, request.params.orgId),
  );

  app.get(
    '/api/organisations/:orgId/assignable-roles',
    {
      config: { permission: 'members.read' },
      schema: {
        operationId: 'organisations.listAssignableRoles',
        summary: 'Roles this kind of organisation can hand out',
        params: orgParams,
        response: { 200: assignableRolesAnswer },
      },
    },
    async (request) => ({ roles: await service.assignableRoles(deps, request.params.orgId) }),
  );

  app.get(
    '/api/organisations/:orgId/members',
    {
      config: { permission: 'members.read' },
      schema: {
        operationId: 'organisations.listMembers',
        summary: 'One page of the members and their roles',
        params: orgParams,
        querystring: memberListQuery,
        response: { 200: memberList },
      },
    },
    async (request) => service.listMembers(deps, request.params.orgId, request.query),
  );

  app.put(
    '/api/organisations/:orgId/members/:userId',
    {
      config: { permission: 'members.manage' },
      schema: {
        operationId: 'organisations.changeMemberRoles',
        summary: "Set a member's roles",
        params: memberParams,
        body: rolesBody,
        response: { 200: memberRoles },
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

  app.delete(
    '/api/organisations/:orgId/members/:userId',
    {
      config: { permission: 'members.manage' },
      schema: {
        operationId: 'organisations.removeMember',
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
      return reply.code(204).send(null);
    },
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/members/export',
    permission: 'members.read',
    operationId: 'organisations.exportMembers',
    summary: 'The members and their roles as on the list (same sort), CSV or XLSX',
    params: orgParams,
    list: memberListQuery,
    name: MEMBER_LIST_NAME,
    columns: MEMBER_COLUMNS,
    rows: (params, query) => service.memberRows(deps, params.orgId, query),
  });

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/invitations/export',
    permission: 'members.read',
    operationId: 'organisations.exportInvitations',
    summary: 'The invitations as on the list (same filter and sort), CSV or XLSX',
    params: orgParams,
    list: invitationListQuery,
    name: INVITATION_LIST_NAME,
    columns: INVITATION_COLUMNS,
    rows: (params, query) => service.invitationRows(deps, params.orgId, query),
  });

  app.get(
    '/api/organisations/:orgId/invitations',
    {
      config: { permission: 'members.read' },
      schema: {
        operationId: 'organisations.listInvitations',
        summary: 'One page of the invitations, open and past (or only the open ones)',
        params: orgParams,
        querystring: invitationListQuery,
        response: { 200: invitationList },
      },
    },
    async (request) => service.listInvitations(deps, request.params.orgId, request.query),
  );

  app.post(
    '/api/organisations/:orgId/invitations',
    {
      config: { permission: 'members.manage' },
      schema: {
        operationId: 'organisations.invite',
        summary: 'Invite a person by email (the link is sent through the outbox)',
        params: orgParams,
        body: invitationBody,
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

  app.delete(
    '/api/organisations/:orgId/invitations/:invitationId',
    {
      config: { permission: 'members.manage' },
      schema: {
        operationId: 'organisations.revokeInvitation',
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
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/invitations/:token',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'organisations.readInvitationLink',
        summary: 'What an invitation link offers',
        params: tokenParams,
        response: { 200: publicInvitation },
      },
    },
    async (request) => service.describeInvitation(deps, request.params.token),
  );

  app.post(
    '/api/invitations/:token/accept',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'organisations.acceptInvitation',
        summary: 'Accept an invitation: creates the account if needed and signs in',
        params: tokenParams,
        body: acceptBody,
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
