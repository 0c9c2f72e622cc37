// HTTP routes of the statistics views: one GET per view, each with the same filters. What a
// caller's organisation may see is decided in visibility.ts; insights.read lets the caller in.
import type { FastifyInstance } from 'fastify';
import type { Static, TSchema } from 'typebox';
import type { Deps } from '../../../platform/deps.ts';
import { orgParams } from '../../../platform/schemas.ts';
import { rankingDeviations } from './deviations.ts';
import { dpsDecisionTimes } from './dps-decisions.ts';
import { filterOf, type Filter } from './filters.ts';
import { followupCoverage } from './followup.ts';
import { needToOrder } from './lead-times.ts';
import { calloffsByProcedure } from './procedures.ts';
import * as schemas from './schemas.ts';
import type { StatisticsQuery } from './schemas.ts';
import { supplierResponses } from './suppliers.ts';
import { insightScopeOf } from '../scope-repo.ts';
import type { Viewer } from './visibility.ts';

interface StatisticsView<Answer extends TSchema> {
  path: string;
  operationId: string;
  summary: string;
  response: Answer;
  view: (deps: Deps, viewer: Viewer, f: Filter) => Promise<Static<Answer>>;
}

function statisticsRoute<Answer extends TSchema>(
  scope: FastifyInstance,
  deps: Deps,
  { path, operationId, summary, response, view }: StatisticsView<Answer>,
) {
  // Typed by StatisticsView (each view's answer against its schema), not by the type provider,
  // which cannot follow a generic response schema.
  scope.get<{ Params: { orgId: string }; Querystring: StatisticsQuery }>(
    `/api/organisations/:orgId/insights/statistics/${path}`,
    {
      config: { permission: 'insights.read' },
      schema: {
        operationId,
        summary,
        params: orgParams,
        querystring: schemas.statisticsQuery,
        response: { 200: response },
      },
    },
    async (request) => {
      const viewer = await insightScopeOf(deps.db, request.params.orgId);
      return view(deps, viewer, filterOf(request.query, viewer));
    },
  );
}

export async function statisticsRoutes(scope: FastifyInstance, deps: Deps) {
  statisticsRoute(scope, deps, {
    path: 'procedures',
    operationId: 'insights.calloffsByProcedure',
    summary: 'Call-offs per procedure and their outcomes',
    response: schemas.procedures,
    view: calloffsByProcedure,
  });
  statisticsRoute(scope, deps, {
    path: 'deviations',
    operationId: 'insights.rankingDeviations',
    summary: 'Deviations from ranking with their reasons counted',
    response: schemas.deviations,
    view: rankingDeviations,
  });
  statisticsRoute(scope, deps, {
    path: 'suppliers',
    operationId: 'insights.supplierResponses',
    summary: 'Per supplier: response, decline and bid rates and the share of call-offs won',
    response: schemas.suppliers,
    view: supplierResponses,
  });
  statisticsRoute(scope, deps, {
    path: 'lead-times',
    operationId: 'insights.needToOrder',
    summary: 'Time from need to order in days: median and distribution',
    response: schemas.leadTimes,
    view: needToOrder,
  });
  statisticsRoute(scope, deps, {
    path: 'dps-decisions',
    operationId: 'insights.dpsDecisionTimes',
    summary: 'DPS decision times against the 10-working-day clock',
    response: schemas.dpsDecisions,
    view: dpsDecisionTimes,
  });
  statisticsRoute(scope, deps, {
    path: 'followup',
    operationId: 'insights.followupCoverage',
    summary: 'Follow-up coverage against the plan and open requests for correction',
    response: schemas.followup,
    view: followupCoverage,
  });
}
