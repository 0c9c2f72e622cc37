// HTTP routes of the statistics views: one GET per view, each with the same filters. What a
// caller's organisation may see is decided in visibility.ts; insights.read lets the caller in.
import type { FastifyInstance } from 'fastify';
import type { Static, TSchema } from 'typebox';
import type { Deps } from '../../../platform/deps.ts';
import { answerRows, exportRoute, type TableColumn } from '../../../platform/export.ts';
import type { Texts } from '../../../platform/i18n.ts';
import { orgParams } from '../../../platform/schemas.ts';
import { rankingDeviations } from './deviations.ts';
import * as tables from './export.ts';
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

interface StatisticsTable<Row> {
  /** The view's path, and the table's own when the view has two. */
  path: string;
  operationId: string;
  summary: string;
  name: Texts;
  columns: readonly TableColumn<Row>[];
  rows: (deps: Deps, viewer: Viewer, f: Filter) => Promise<readonly Row[]>;
}

/** A table under a view's chart as a file: the view's own answer, its filters and scope. */
function statisticsExport<Row>(scope: FastifyInstance, deps: Deps, table: StatisticsTable<Row>) {
  exportRoute(scope, deps.clock, {
    url: `/api/organisations/:orgId/insights/statistics/${table.path}/export`,
    permission: 'insights.read',
    operationId: table.operationId,
    summary: table.summary,
    params: orgParams,
    list: schemas.statisticsQuery,
    name: table.name,
    columns: table.columns,
    rows: (params, query) =>
      answerRows(async () => {
        const viewer = await insightScopeOf(deps.db, params.orgId);
        return table.rows(deps, viewer, filterOf(query, viewer));
      }),
  });
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

  statisticsExport(scope, deps, {
    path: 'procedures',
    operationId: 'insights.exportCalloffsByProcedure',
    summary: 'Call-offs per procedure and outcome as on screen, CSV or XLSX',
    name: tables.PROCEDURES_NAME,
    columns: tables.PROCEDURE_COLUMNS,
    rows: async (...view) => (await calloffsByProcedure(...view)).items,
  });
  statisticsExport(scope, deps, {
    path: 'deviations/reasons',
    operationId: 'insights.exportDeviationReasons',
    summary: 'Deviations from ranking counted per reason, CSV or XLSX',
    name: tables.REASONS_NAME,
    columns: tables.REASON_COLUMNS,
    rows: async (...view) => (await rankingDeviations(...view)).reasons,
  });
  statisticsExport(scope, deps, {
    path: 'deviations',
    operationId: 'insights.exportRankingDeviations',
    summary: 'The skipped suppliers, newest first, as on screen, CSV or XLSX',
    name: tables.DEVIATIONS_NAME,
    columns: tables.DEVIATION_COLUMNS,
    rows: async (...view) => (await rankingDeviations(...view)).items,
  });
  statisticsExport(scope, deps, {
    path: 'suppliers',
    operationId: 'insights.exportSupplierResponses',
    summary: 'Answers per supplier and their rates, CSV or XLSX',
    name: tables.SUPPLIERS_NAME,
    columns: tables.SUPPLIER_COLUMNS,
    rows: async (...view) => (await supplierResponses(...view)).items,
  });
  statisticsExport(scope, deps, {
    path: 'lead-times',
    operationId: 'insights.exportNeedToOrder',
    summary: 'Orders by days from need to order, CSV or XLSX',
    name: tables.SPANS_NAME,
    columns: tables.SPAN_COLUMNS,
    rows: async (...view) => (await needToOrder(...view)).buckets,
  });
  statisticsExport(scope, deps, {
    path: 'lead-times/procedures',
    operationId: 'insights.exportNeedToOrderByProcedure',
    summary: 'Median days from need to order per procedure, CSV or XLSX',
    name: tables.LEAD_TIMES_NAME,
    columns: tables.LEAD_TIME_COLUMNS,
    rows: async (...view) => (await needToOrder(...view)).byProcedure,
  });
  statisticsExport(scope, deps, {
    path: 'dps-decisions',
    operationId: 'insights.exportDpsDecisionTimes',
    summary: 'DPS decisions per DPS against the clock, CSV or XLSX',
    name: tables.DPS_NAME,
    columns: tables.DPS_COLUMNS,
    rows: async (...view) => (await dpsDecisionTimes(...view)).items,
  });
  statisticsExport(scope, deps, {
    path: 'followup',
    operationId: 'insights.exportFollowupCoverage',
    summary: 'Visits per follow-up plan against its target, CSV or XLSX',
    name: tables.PLANS_NAME,
    columns: tables.PLAN_COLUMNS,
    rows: async (...view) => (await followupCoverage(...view)).plans,
  });
  statisticsExport(scope, deps, {
    path: 'followup/corrections',
    operationId: 'insights.exportOpenCorrections',
    summary: 'Requests for correction not yet closed per agreement, CSV or XLSX',
    name: tables.OPEN_CORRECTIONS_NAME,
    columns: tables.OPEN_CORRECTION_COLUMNS,
    rows: async (...view) => (await followupCoverage(...view)).corrections,
  });
}
