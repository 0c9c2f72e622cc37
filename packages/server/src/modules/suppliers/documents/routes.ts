import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { exportRoute } from '../../../platform/export.ts';
import { sendDownload } from '../../../platform/files.ts';
import { base64MaxLength, fileAnswer, orgParams } from '../../../platform/schemas.ts';
import {
  companyDocumentParams,
  document,
  DOCUMENT_FILES,
  documentList,
  documentListQuery,
  supplierDocumentParams,
  supplierParams,
  uploadBody,
} from './schemas.ts';
import { DOCUMENT_COLUMNS, DOCUMENT_LIST_NAME } from './export.ts';
import * as service from './service.ts';

const fileResponse = fileAnswer(
  DOCUMENT_FILES.contentTypes,
  'The file, with its Content-Type and Content-Disposition',
);

const MAX_BASE64 = base64MaxLength(DOCUMENT_FILES.maxBytes);

export async function documentRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/organisations/:orgId/company/documents',
    {
      config: { permission: 'supplier_profile.read' },
      schema: {
        operationId: 'suppliers.listCompanyDocuments',
        summary: "The caller's own company's compliance documents, current and replaced",
        params: orgParams,
        querystring: documentListQuery,
        response: { 200: documentList },
      },
    },
    async (request) => service.listDocuments(deps, request.params.orgId, request.query),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/company/documents/export',
    permission: 'supplier_profile.read',
    operationId: 'suppliers.exportCompanyDocuments',
    summary: "The caller's own company's documents as on the list (not the files), CSV or XLSX",
    params: orgParams,
    list: documentListQuery,
    name: DOCUMENT_LIST_NAME,
    columns: DOCUMENT_COLUMNS,
    rows: (params, query) => service.documentRows(deps, params.orgId, query),
  });

  app.post(
    '/api/organisations/:orgId/company/documents',
    {
      config: { permission: 'supplier_profile.manage' },
      bodyLimit: MAX_BASE64 + 64 * 1024,
      schema: {
        operationId: 'suppliers.uploadDocument',
        summary: 'Upload a compliance document (PDF, PNG or JPEG, at most 5 MB, as base64)',
        params: orgParams,
        body: uploadBody,
        response: { 201: document },
      },
    },
    async (request, reply) => {
      const created = await service.uploadDocument(deps, actorOf(request), request.params.orgId, {
        ...request.body,
        validUntil: request.body.validUntil ?? null,
      });
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/organisations/:orgId/company/documents/:documentId/file',
    {
      config: { permission: 'supplier_profile.read' },
      schema: {
        operationId: 'suppliers.downloadCompanyDocument',
        summary: "Download one of the caller's own company's documents",
        params: companyDocumentParams,
        response: { 200: fileResponse },
      },
    },
    async (request, reply) =>
      sendDownload(
        reply,
        await service.documentFile(deps, request.params.orgId, request.params.documentId),
      ),
  );

  app.get(
    '/api/organisations/:orgId/suppliers/:supplierId/documents',
    {
      config: { permission: 'suppliers.read' },
      schema: {
        operationId: 'suppliers.listSupplierDocuments',
        summary: "A supplier's compliance documents",
        params: supplierParams,
        querystring: documentListQuery,
        response: { 200: documentList },
      },
    },
    async (request) => service.listDocuments(deps, request.params.supplierId, request.query),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/suppliers/:supplierId/documents/export',
    permission: 'suppliers.read',
    operationId: 'suppliers.exportSupplierDocuments',
    summary: "A supplier's documents as on the list (not the files), CSV or XLSX",
    params: supplierParams,
    list: documentListQuery,
    name: DOCUMENT_LIST_NAME,
    columns: DOCUMENT_COLUMNS,
    rows: (params, query) => service.documentRows(deps, params.supplierId, query),
  });

  app.get(
    '/api/organisations/:orgId/suppliers/:supplierId/documents/:documentId/file',
    {
      config: { permission: 'suppliers.read' },
      schema: {
        operationId: 'suppliers.downloadSupplierDocument',
        summary: "Download a supplier's document",
        params: supplierDocumentParams,
        response: { 200: fileResponse },
      },
    },
    async (request, reply) =>
      sendDownload(
        reply,
        await service.documentFile(deps, request.params.supplierId, request.params.documentId),
      ),
  );
}
