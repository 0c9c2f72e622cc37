import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { note, noteBody, noteListQuery, notePage, supplierParams } from './schemas.ts';
import * as service from './service.ts';

export async function meetingNoteRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/organisations/:orgId/suppliers/:supplierId/meeting-notes',
    {
      config: { permission: 'matching.manage' },
      schema: {
        operationId: 'matching.listMeetingNotes',
        summary: "This organisation's notes from meetings with the supplier, newest first",
        params: supplierParams,
        querystring: noteListQuery,
        response: { 200: notePage },
      },
    },
    async (request) =>
      service.listNotes(deps, request.params.orgId, request.params.supplierId, request.query),
  );

  app.post(
    '/api/organisations/:orgId/suppliers/:supplierId/meeting-notes',
    {
      config: { permission: 'matching.manage' },
      schema: {
        operationId: 'matching.addMeetingNote',
        summary: 'Note what was learned at a meeting with the supplier (read only here)',
        params: supplierParams,
        body: noteBody,
        response: { 201: note },
      },
    },
    async (request, reply) => {
      const created = await service.addNote(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.supplierId,
        request.body,
      );
      return reply.code(201).send(created);
    },
  );
}
