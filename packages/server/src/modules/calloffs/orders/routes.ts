import type { FastifyInstance } from 'fastify';
import { actorOf, localeOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { attachmentDisposition } from '../../../platform/files.ts';
import { orgParams, pageOf } from '../../../platform/schemas.ts';
import type { OrderStatus } from '../../../db/types.ts';
import {
  adjustmentBody,
  listQuery,
  orderDetail,
  orderParams,
  orderSummary,
  pdfResponse,
} from './schemas.ts';
import * as service from './service.ts';

type OrderParams = { orgId: string; orderId: string };

export async function orderRoutes(app: FastifyInstance, deps: Deps) {
  app.get<{
    Params: { orgId: string };
    Querystring: { status?: OrderStatus; before?: string; limit: number };
  }>(
    '/api/organisations/:orgId/orders',
    {
      config: { permission: 'orders.read' },
      schema: {
        tags: ['orders'],
        summary:
          "A municipality's orders, or the orders a supplier received, newest first, by status",
        params: orgParams,
        querystring: listQuery,
        response: { 200: pageOf(orderSummary) },
      },
    },
    async (request) => service.listOrders(deps, request.params.orgId, request.query),
  );

  app.get<{ Params: OrderParams }>(
    '/api/organisations/:orgId/orders/:orderId',
    {
      config: { permission: 'orders.read' },
      schema: {
        tags: ['orders'],
        summary: 'One order with its extensions and adjustments',
        params: orderParams,
        response: { 200: orderDetail },
      },
    },
    async (request) => service.readOrder(deps, request.params.orgId, request.params.orderId),
  );

  app.post<{ Params: OrderParams; Body: service.AdjustmentInput }>(
    '/api/organisations/:orgId/orders/:orderId/adjustments',
    {
      config: { permission: 'orders.manage' },
      schema: {
        tags: ['orders'],
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

  app.get<{ Params: OrderParams }>(
    '/api/organisations/:orgId/orders/:orderId/pdf',
    {
      config: { permission: 'orders.read' },
      schema: {
        tags: ['orders'],
        summary: "The order document in the reader's language",
        params: orderParams,
        response: { 200: pdfResponse },
      },
    },
    async (request, reply) => {
      const pdf = await service.orderPdf(
        deps,
        request.params.orgId,
        request.params.orderId,
        localeOf(request),
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachmentDisposition(pdf.fileName))
        .header('cache-control', 'private, no-store')
        .send(pdf.content);
    },
  );
}
