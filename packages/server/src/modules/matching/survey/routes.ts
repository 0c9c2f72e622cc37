import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { actorOf, localeOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { orgParams } from '../../../platform/schemas.ts';
import {
  acuteBody,
  answerBody,
  choiceBody,
  negotiationBody,
  offerRequestAnswer,
  offerRequestsAnswer,
  offerRequestsQuery,
  referralParams,
  requestParams,
  sendBody,
  surveyAnswer,
} from './schemas.ts';
import * as service from './service.ts';

export async function surveyRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/organisations/:orgId/referrals/:referralId/survey',
    {
      config: { permission: 'matching.manage' },
      schema: {
        operationId: 'matching.readSurvey',
        summary:
          'The offer survey of a referral: every request with its answer and negotiation rounds',
        params: referralParams,
        response: { 200: surveyAnswer },
      },
    },
    async (request) => service.readSurvey(deps, request.params.orgId, request.params.referralId),
  );

  app.post(
    '/api/organisations/:orgId/referrals/:referralId/survey',
    {
      config: { permission: 'matching.manage' },
      schema: {
        operationId: 'matching.sendSurveyRequests',
        summary: 'Ask the chosen offers about the referral (pseudonymised, with a reply window)',
        params: referralParams,
        body: sendBody,
        response: { 200: surveyAnswer },
      },
    },
    async (request) =>
      service.sendRequests(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.referralId,
        request.body,
      ),
  );

  app.post(
    '/api/organisations/:orgId/referrals/:referralId/survey/acute',
    {
      config: { permission: 'matching.manage' },
      schema: {
        operationId: 'matching.sendAcuteSurvey',
        summary: 'An acute referral: ask every matching approved offer at once',
        params: referralParams,
        body: acuteBody,
        response: { 200: surveyAnswer },
      },
    },
    async (request) =>
      service.sendAcute(deps, actorOf(request), request.params.orgId, request.params.referralId),
  );

  app.post(
    '/api/organisations/:orgId/survey-requests/:requestId/negotiation',
    {
      config: { permission: 'matching.manage' },
      schema: {
        operationId: 'matching.recordNegotiationRound',
        summary:
          'Record a negotiation round over an answer: the price asked and, once settled, agreed',
        params: requestParams,
        body: negotiationBody,
        response: { 200: surveyAnswer },
      },
    },
    async (request) =>
      service.recordRound(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.requestId,
        request.body,
      ),
  );

  app.post(
    '/api/organisations/:orgId/referrals/:referralId/choice',
    {
      config: { permission: 'matching.manage' },
      schema: {
        operationId: 'matching.chooseOffer',
        summary:
          'Choose an answered request with a reason: makes the order, or changes the order an extension or adjustment is of',
        params: referralParams,
        body: choiceBody,
        response: { 200: surveyAnswer },
      },
    },
    async (request) =>
      service.choose(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.referralId,
        request.body,
      ),
  );

  app.get(
    '/api/organisations/:orgId/offer-requests',
    {
      config: { permission: 'tenders.read' },
      schema: {
        operationId: 'matching.listOfferRequests',
        summary: "The supplier's survey requests, open ones first by reply time",
        params: orgParams,
        querystring: offerRequestsQuery,
        response: { 200: offerRequestsAnswer },
      },
    },
    async (request) => service.listOfferRequests(deps, request.params.orgId, request.query),
  );

  app.get(
    '/api/organisations/:orgId/offer-requests/:requestId',
    {
      config: { permission: 'tenders.read' },
      schema: {
        operationId: 'matching.readOfferRequest',
        summary: 'A survey request with the pseudonymised referral and the supplier’s own answer',
        params: requestParams,
        response: { 200: offerRequestAnswer },
      },
    },
    async (request) =>
      service.readOfferRequest(deps, request.params.orgId, request.params.requestId),
  );

  app.put(
    '/api/organisations/:orgId/offer-requests/:requestId',
    {
      config: { permission: 'tenders.respond' },
      schema: {
        operationId: 'matching.answerOfferRequest',
        summary:
          'Answer a survey request within its reply window (available, start, price, questions, hold a place)',
        params: requestParams,
        body: answerBody,
        response: { 200: offerRequestAnswer },
      },
    },
    async (request) =>
      service.answerOfferRequest(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.requestId,
        request.body,
        localeOf(request),
      ),
  );
}
