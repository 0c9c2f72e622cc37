import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { actorOf, localeOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { exportRoute } from '../../../platform/export.ts';
import { sendPdf } from '../../../platform/files.ts';
import { fileAnswer, MEDIA, orgParams } from '../../../platform/schemas.ts';
import { ORDER_COLUMNS, ORDER_LIST_NAME } from './export.ts';
import { adjustmentBody, listQuery, orderDetail, orderList, orderParams } from './schemas.ts';
import * as service from './service.ts';

export async function orderRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/organisations/:orgId/orders',
    {
      config: { permission: 'orders.read' },
      schema: {
        operationId: 'calloffs.listOrders',
        summary:
          "A municipality's orders, or the orders a supplier received, in pages, newest first, by status",
        params: orgParams,
        querystring: listQuery,
        response: { 200: orderList },
      },
    },
    async (request) => service.listOrders(deps, request.params.orgId, request.query),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/orders/export',
    permission: 'orders.read',
    operationId: 'calloffs.exportOrders',
    summary: 'The orders as on the list (same filter and sort), every row, as CSV or XLSX',
    params: orgParams,
    list: listQuery,
    name: ORDER_LIST_NAME,
    columns: ORDER_COLUMNS,
    rows: (params, query) => service.orderRows(deps, params.orgId, query),
  });

  app.get(
    '/api/organisations/:orgId/orders/:orderId',
    {
      config: { permission: 'orders.read' },
      schema: {
        operationId: 'calloffs.readOrder',
        summary: 'One order with its extensions and adjustments',
        params: orderParams,
        response: { 200: orderDetail },
      },
    },
    async (request) => service.readOrder(deps, request.params.orgId, request.params.orderId),
  );

  app.post(
    '/api/organisations/:orgId/orders/:orderId/adjustments',
    {
      config: { permission: 'orders.manage' },
      schema: {
        operationId: 'calloffs.adjustOrder',
        summary: 'Extend, adjust or end an order with a reason (optimistic locking)',
        params: orderParams,
        body: adjustmentBody,
        response: { 200: orderDetail },
      },
    },
    async (request) =>
      service.adjustOrder(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.orderId,
        request.body,
      ),
  );

  app.get(
    '/api/organisations/:orgId/orders/:orderId/pdf',
    {
      config: { permission: 'orders.read' },
      schema: {
        operationId: 'calloffs.orderPdf',
        summary: "The order document in the reader's language",
        params: orderParams,
        response: { 200: fileAnswer([MEDIA.pdf], 'The order document as PDF') },
      },
    },
    async (request, reply) =>
      sendPdf(
        reply,
        await service.orderPdf(
          deps,
          request.params.orgId,
          request.params.orderId,
          localeOf(request),
        ),
      ),
  );
}
