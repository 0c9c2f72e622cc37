import type { FastifyInstance, FastifyReply } from 'fastify';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { attachmentDisposition } from '../../../platform/files.ts';
import {
  base64Content,
  base64MaxLength,
  fileName,
  nullableDate,
  orgParams,
  storableText,
  uuid,
} from '../../../platform/schemas.ts';
import { supplierParams } from '../permits/schemas.ts';
import * as service from './service.ts';

const KINDS = [
  'insurance',
  'tax_certificate',
  'social_security_certificate',
  'collective_agreement',
  'quality_system',
  'financial_statement',
  'other',
] as const;

const document = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    supplierId: { type: 'string' },
    kind: { type: 'string' },
    title: { type: 'string' },
    validUntil: { type: ['string', 'null'] },
    expiryWarnedAt: { type: ['string', 'null'], format: 'date-time' },
    replacedAt: { type: ['string', 'null'], format: 'date-time' },
    createdAt: { type: 'string', format: 'date-time' },
    createdBy: { type: ['object', 'null'], properties: { name: { type: 'string' } } },
    file: {
      type: 'object',
      properties: {
        fileName: { type: 'string' },
        contentType: { type: 'string' },
        sizeBytes: { type: 'integer' },
        sha256: { type: 'string' },
      },
    },
  },
} as const;

const documentList = {
  type: 'object',
  properties: { items: { type: 'array', items: document } },
} as const;

const fileResponse = {
  type: 'string',
  format: 'binary',
  description: 'The file, with its Content-Type and Content-Disposition',
} as const;

const companyDocumentParams = {
  type: 'object',
  required: ['orgId', 'documentId'],
  additionalProperties: false,
  properties: { orgId: uuid, documentId: uuid },
} as const;

const supplierDocumentParams = {
  type: 'object',
  required: ['orgId', 'supplierId', 'documentId'],
  additionalProperties: false,
  properties: { orgId: uuid, supplierId: uuid, documentId: uuid },
} as const;

const MAX_BASE64 = base64MaxLength(service.DOCUMENT_FILES.maxBytes);

const uploadBody = {
  type: 'object',
  required: ['kind', 'title', 'fileName', 'contentType', 'contentBase64'],
  additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: KINDS },
    title: { type: 'string', minLength: 1, maxLength: 200, pattern: storableText },
    validUntil: nullableDate,
    fileName,
    contentType: { type: 'string', maxLength: 100, pattern: '^[a-z]+/[a-z0-9.+-]+$' },
    contentBase64: base64Content(service.DOCUMENT_FILES.maxBytes),
  },
} as const;

async function sendFile(
  reply: FastifyReply,
  file: Awaited<ReturnType<typeof service.documentFile>>,
) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', attachmentDisposition(file.fileName))
    .header('cache-control', 'private, no-store')
    .send(file.content);
}

export async function documentRoutes(app: FastifyInstance, deps: Deps) {
  app.get<{ Params: { orgId: string } }>(
    '/api/organisations/:orgId/company/documents',
    {
      config: { permission: 'supplier_profile.read' },
      schema: {
        tags: ['documents'],
        summary: "The caller's own company's compliance documents, current and replaced",
        params: orgParams,
        response: { 200: documentList },
      },
    },
    async (request) => service.listDocuments(deps, request.params.orgId),
  );

  app.post<{ Params: { orgId: string }; Body: service.UploadInput }>(
    '/api/organisations/:orgId/company/documents',
    {
      config: { permission: 'supplier_profile.manage' },
      bodyLimit: MAX_BASE64 + 64 * 1024,
      schema: {
        tags: ['documents'],
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

  app.get<{ Params: { orgId: string; documentId: string } }>(
    '/api/organisations/:orgId/company/documents/:documentId/file',
    {
      config: { permission: 'supplier_profile.read' },
      schema: {
        tags: ['documents'],
        summary: "Download one of the caller's own company's documents",
        params: companyDocumentParams,
        response: { 200: fileResponse },
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await service.documentFile(deps, request.params.orgId, request.params.documentId),
      ),
  );

  app.get<{ Params: { orgId: string; supplierId: string } }>(
    '/api/organisations/:orgId/suppliers/:supplierId/documents',
    {
      config: { permission: 'suppliers.read' },
      schema: {
        tags: ['documents'],
        summary: "A supplier's compliance documents",
        params: supplierParams,
        response: { 200: documentList },
      },
    },
    async (request) => service.listDocuments(deps, request.params.supplierId),
  );

  app.get<{ Params: { orgId: string; supplierId: string; documentId: string } }>(
    '/api/organisations/:orgId/suppliers/:supplierId/documents/:documentId/file',
    {
      config: { permission: 'suppliers.read' },
      schema: {
        tags: ['documents'],
        summary: "Download a supplier's document",
        params: supplierDocumentParams,
        response: { 200: fileResponse },
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await service.documentFile(deps, request.params.supplierId, request.params.documentId),
      ),
  );
}
