// Routes of the invitations area: the buyer publishes a call-off, answers questions and changes
// the request; the supplier reads its inbox and the request, asks and declines. `:orgId` is the
// caller's organisation: the municipality on the buyer's side, the supplier on the other.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { actorOf, localeOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { exportRoute } from '../../../platform/export.ts';
import { orgParams } from '../../../platform/schemas.ts';
import { calloffDetail } from '../calloffs/schemas.ts';
import * as publication from './publication.ts';
import * as questions from './questions.ts';
import {
  answerBody,
  buyerQuestion,
  buyerQuestions,
  changeBody,
  declineBody,
  declineResponse,
  inboxQuery,
  inboxResponse,
  publicationResponse,
  publishBody,
  questionBody,
  questionParams,
  supplierQuestion,
  tenderParams,
  tenderResponse,
} from './schemas.ts';
import { INBOX_COLUMNS, INBOX_NAME } from './export.ts';
import * as tenders from './tenders.ts';

const CALLOFF = '/api/organisations/:orgId/calloffs/:calloffId';
const TENDER = '/api/organisations/:orgId/tenders/:calloffId';

export async function invitationRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  // ---- the buyer ----
  app.get(
    `${CALLOFF}/publication`,
    {
      config: { permission: 'calloffs.read' },
      schema: {
        operationId: 'calloffs.readPublication',
        summary:
          'Who would be invited and who is left out (and why), the minimum tender period; after publishing, the invitations',
        params: tenderParams,
        response: { 200: publicationResponse },
      },
    },
    async (request) =>
      publication.publicationOf(deps, request.params.orgId, request.params.calloffId),
  );

  app.post(
    `${CALLOFF}/publish`,
    {
      config: { permission: 'calloffs.manage' },
      schema: {
        operationId: 'calloffs.publish',
        summary: 'Publish a renewed-competition or DPS call-off: invite every supplier it names',
        params: tenderParams,
        body: publishBody,
        response: { 200: calloffDetail },
      },
    },
    async (request) =>
      publication.publish(
        deps,
        actorOf(request),
        localeOf(request),
        request.params.orgId,
        request.params.calloffId,
        request.body,
      ),
  );

  app.post(
    `${CALLOFF}/changes`,
    {
      config: { permission: 'calloffs.manage' },
      schema: {
        operationId: 'calloffs.changeRequest',
        summary: 'Change the request during the tender period; everyone invited is told',
        params: tenderParams,
        body: changeBody,
        response: { 200: calloffDetail },
      },
    },
    async (request) =>
      publication.changeRequest(
        deps,
        actorOf(request),
        localeOf(request),
        request.params.orgId,
        request.params.calloffId,
        request.body,
      ),
  );

  app.get(
    `${CALLOFF}/questions`,
    {
      config: { permission: 'calloffs.read' },
      schema: {
        operationId: 'calloffs.listQuestions',
        summary: "The suppliers' questions, with who asked",
        params: tenderParams,
        response: { 200: buyerQuestions },
      },
    },
    async (request) =>
      questions.questionsForBuyer(deps, request.params.orgId, request.params.calloffId),
  );

  app.post(
    `${CALLOFF}/questions/:questionId/answer`,
    {
      config: { permission: 'calloffs.manage' },
      schema: {
        operationId: 'calloffs.answerQuestion',
        summary: 'Answer a question; the answer goes to every invited supplier, without the asker',
        params: questionParams,
        body: answerBody,
        response: { 200: buyerQuestion },
      },
    },
    async (request) =>
      questions.answerQuestion(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.calloffId,
        request.params.questionId,
        request.body,
      ),
  );

  // ---- the supplier ----
  app.get(
    '/api/organisations/:orgId/tenders',
    {
      config: { permission: 'tenders.read' },
      schema: {
        operationId: 'calloffs.listTenders',
        summary:
          "The supplier's inbox in pages: call-offs it was invited to or offered, newest first",
        params: orgParams,
        querystring: inboxQuery,
        response: { 200: inboxResponse },
      },
    },
    async (request) => tenders.inbox(deps, request.params.orgId, request.query),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/tenders/export',
    permission: 'tenders.read',
    operationId: 'calloffs.exportTenders',
    summary: "The supplier's inbox as on the list (same sort), every row, as CSV or XLSX",
    params: orgParams,
    list: inboxQuery,
    name: INBOX_NAME,
    columns: INBOX_COLUMNS,
    rows: (params, query) => tenders.inboxRows(deps, params.orgId, query),
  });

  app.get(
    TENDER,
    {
      config: { permission: 'tenders.read' },
      schema: {
        operationId: 'calloffs.readTender',
        summary: 'The pseudonymised request of a call-off the supplier is invited to',
        params: tenderParams,
        response: { 200: tenderResponse },
      },
    },
    async (request) =>
      tenders.readTender(deps, actorOf(request), request.params.orgId, request.params.calloffId),
  );

  app.post(
    `${TENDER}/questions`,
    {
      config: { permission: 'tenders.respond' },
      schema: {
        operationId: 'calloffs.askQuestion',
        summary: 'Ask the buyer a question before the deadline',
        params: tenderParams,
        body: questionBody,
        response: { 201: supplierQuestion },
      },
    },
    async (request, reply) => {
      const asked = await questions.askQuestion(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.calloffId,
        request.body,
      );
      return reply.code(201).send(asked);
    },
  );

  app.post(
    `${TENDER}/decline`,
    {
      config: { permission: 'tenders.respond' },
      schema: {
        operationId: 'calloffs.declineTender',
        summary: 'Decline to bid, with a reason (the buyer reads it after the deadline)',
        params: tenderParams,
        body: declineBody,
        response: { 200: declineResponse },
      },
    },
    async (request) =>
      tenders.declineTender(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.calloffId,
        request.body,
      ),
  );
}
