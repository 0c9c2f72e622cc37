// The contract of the compliance-document routes.
import { Type, type Static } from 'typebox';
import {
  base64Content,
  dateTime,
  enumOf,
  fileName,
  nullable,
  nullableDate,
  nullableDateTime,
  nullableString,
  paramsOf,
  storableText,
} from '../../../platform/schemas.ts';
import { paged, pageParams } from '../../../platform/paging.ts';
import type { FilePolicy } from '../../../platform/files.ts';
import type { ComplianceDocumentsTable } from '../../../db/types.ts';

/** What a document is: insurance, tax certificate, ... (the compliance_documents kinds). */
export const DOCUMENT_KINDS = [
  'insurance',
  'tax_certificate',
  'social_security_certificate',
  'collective_agreement',
  'quality_system',
  'financial_statement',
  'other',
] as const satisfies readonly ComplianceDocumentsTable['kind'][];

/** The files a supplier may upload: PDF, PNG or JPEG, at most 5 MB. */
export const DOCUMENT_FILES: FilePolicy = {
  contentTypes: ['application/pdf', 'image/png', 'image/jpeg'],
  maxBytes: 5 * 1024 * 1024,
};

export const supplierParams = paramsOf('orgId', 'supplierId');
export const companyDocumentParams = paramsOf('orgId', 'documentId');
export const supplierDocumentParams = paramsOf('orgId', 'supplierId', 'documentId');

export const document = Type.Object({
  id: Type.String(),
  supplierId: Type.String(),
  kind: enumOf(DOCUMENT_KINDS),
  title: Type.String(),
  validUntil: nullableString,
  expiryWarnedAt: nullableDateTime,
  replacedAt: nullableDateTime,
  createdAt: dateTime,
  createdBy: nullable(Type.Object({ name: Type.String() })),
  file: Type.Object({
    fileName: Type.String(),
    contentType: Type.String(),
    sizeBytes: Type.Integer(),
    sha256: Type.String(),
  }),
});

export const documentList = paged(document);

/** How a supplier's documents may be sorted (the current ones always first). */
export const DOCUMENT_SORTS = ['kind', 'title', 'validUntil', 'uploaded'] as const;
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];
export const DOCUMENT_PAGE_DEFAULTS = { sort: 'kind', order: 'asc' } as const;
export const documentListQuery = Type.Object(pageParams(DOCUMENT_SORTS, DOCUMENT_PAGE_DEFAULTS), {
  additionalProperties: false,
});
export type DocumentListQuery = Static<typeof documentListQuery>;

export const uploadBody = Type.Object(
  {
    kind: enumOf(DOCUMENT_KINDS),
    title: Type.String({ minLength: 1, maxLength: 200, pattern: storableText }),
    validUntil: Type.Optional(nullableDate),
    fileName,
    contentType: Type.String({ maxLength: 100, pattern: '^[a-z]+/[a-z0-9.+-]+$' }),
    contentBase64: base64Content(DOCUMENT_FILES.maxBytes),
  },
  { additionalProperties: false },
);
/** An upload as the service takes it: no validity date is null. */
export type UploadInput = Required<Static<typeof uploadBody>>;
