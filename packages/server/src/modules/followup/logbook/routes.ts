// HTTP routes of the logbook: notes about suppliers, their sensitive reads, and the short summary
// the catalogue and call-off screens show beside each supplier. :orgId is the caller's.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { exportRoute } from '../../../platform/export.ts';
import { orgParams } from '../../../platform/schemas.ts';
import { NOTE_COLUMNS, NOTE_LIST_NAME } from './export.ts';
import * as schemas from './schemas.ts';
import * as service from './service.ts';

export async function logbookRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/api/organisations/:orgId/logbook',
    {
      config: { permission: 'logbook.write' },
      schema: {
        operationId: 'followup.writeNote',
        summary: 'Write a logbook note about a supplier on one of the body’s agreements',
        params: orgParams,
        body: schemas.noteBody,
        response: { 201: schemas.note },
      },
    },
    async (request, reply) => {
      const note = await service.writeNote(
        deps,
        actorOf(request),
        request.params.orgId,
        request.body,
      );
      return reply.code(201).send(note);
    },
  );

  app.get(
    '/api/organisations/:orgId/logbook',
    {
      config: { permission: 'logbook.read' },
      schema: {
        operationId: 'followup.listNotes',
        summary:
          'Logbook notes the organisation may read in pages, newest first (sensitive text left out)',
        params: orgParams,
        querystring: schemas.listQuery,
        response: { 200: schemas.noteList },
      },
    },
    async (request) => service.listNotes(deps, request.params.orgId, request.query),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/logbook/export',
    permission: 'logbook.read',
    operationId: 'followup.exportNotes',
    summary:
      'Logbook notes as on the list (same filters and sort, sensitive text left out), CSV or XLSX',
    params: orgParams,
    list: schemas.listQuery,
    name: NOTE_LIST_NAME,
    columns: NOTE_COLUMNS,
    rows: (params, query) => service.noteRows(deps, params.orgId, query),
  });

  app.get(
    '/api/organisations/:orgId/logbook/summary',
    {
      config: { permission: 'logbook.read' },
      schema: {
        operationId: 'followup.noteSummary',
        summary: 'Per supplier: the latest notes and the number of open requests for correction',
        params: orgParams,
        querystring: schemas.summaryQuery,
        response: { 200: schemas.summary },
      },
    },
    async (request) =>
      service.supplierSummary(deps, request.params.orgId, request.query.supplierIds),
  );

  app.get(
    '/api/organisations/:orgId/logbook/:noteId',
    {
      config: { permission: 'logbook.read' },
      schema: {
        operationId: 'followup.readNote',
        summary: 'One note with its text; reading a sensitive note is recorded',
        params: schemas.noteParams,
        response: { 200: schemas.note },
      },
    },
    async (request) =>
      service.readNote(deps, actorOf(request), request.params.orgId, request.params.noteId),
  );

  app.get(
    '/api/organisations/:orgId/logbook/:noteId/reads',
    {
      config: { permission: 'followup.read' },
      schema: {
        operationId: 'followup.listNoteReads',
        summary: 'Who read a sensitive note and when (the agreement owner’s officers)',
        params: schemas.noteParams,
        querystring: schemas.readsQuery,
        response: { 200: schemas.readList },
      },
    },
    async (request) =>
      service.noteReads(deps, request.params.orgId, request.params.noteId, request.query),
  );
}
