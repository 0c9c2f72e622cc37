// Stored files: the bytes of an upload in the database beside a sha256 of them, refused unless
// its type is on the caller's allow-list, its size is within the limit and its first bytes are
// what the type claims (a renamed executable is not a PDF).
import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { Transaction } from 'kysely';
import type { DB } from '../db/types.ts';
import type { Clock } from './clock.ts';
import type { MessageKey } from './i18n.ts';
import { fieldProblem, Problem } from './problem.ts';
import type { Db } from '../db/db.ts';

/** Signatures (magic numbers) of the types we accept anywhere. */
const SIGNATURES: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

export interface FilePolicy {
  contentTypes: readonly (keyof typeof SIGNATURES)[];
  maxBytes: number;
}

export interface NewFile {
  organisationId: string;
  fileName: string;
  contentType: string;
  /** The content as standard base64, as JSON bodies carry it. */
  contentBase64: string;
  uploadedBy: string | null;
}

function startsWith(bytes: Uint8Array, signature: number[]) {
  return signature.every((b, i) => bytes[i] === b);
}

/** Decodes and checks an upload; a refusal names the field the person can correct. */
export function acceptFile(file: NewFile, policy: FilePolicy): Buffer {
  if (!(policy.contentTypes as readonly string[]).includes(file.contentType)) {
    throw fieldProblem('contentType', 'file.type_not_allowed', {
      allowed: policy.contentTypes.join(', '),
    });
  }
  const bytes = Buffer.from(file.contentBase64, 'base64');
  if (bytes.length === 0) throw fieldProblem('contentBase64', 'file.empty');
  if (bytes.length > policy.maxBytes) {
    throw fieldProblem('contentBase64', 'file.too_large', {
      megabytes: Math.floor(policy.maxBytes / (1024 * 1024)),
    });
  }
  if (!startsWith(bytes, SIGNATURES[file.contentType]!)) {
    throw fieldProblem('contentBase64', 'file.content_mismatch');
  }
  return bytes;
}

/** A PDF or a picture of at most 5 MB: a visit's documents, a correction's evidence. */
export const PDF_OR_PICTURE: FilePolicy = {
  contentTypes: ['application/pdf', 'image/png', 'image/jpeg'],
  maxBytes: 5 * 1024 * 1024,
};

const TYPE_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/**
 * One file of a list in a body (`{ fileName, contentBase64 }`), its type read from its name and
 * checked against the policy; a refusal names the file's place (`documents.2.fileName`, with
 * `unknownType` as the message when the name says no type the policy could take).
 */
export function acceptListedFile(
  item: { fileName: string; contentBase64: string },
  at: { list: string; index: number; unknownType: MessageKey },
  owner: { organisationId: string; uploadedBy: string },
  policy: FilePolicy,
) {
  const field = `${at.list}.${at.index}`;
  const fileName = item.fileName.trim();
  const contentType = TYPE_BY_EXTENSION[fileName.toLowerCase().split('.').at(-1) ?? ''];
  if (!contentType) throw fieldProblem(`${field}.fileName`, at.unknownType);
  try {
    const bytes = acceptFile({ ...item, ...owner, contentType }, policy);
    return { fileName, contentType, bytes };
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    throw new Problem(error.kind, error.messageKey, {
      params: error.params,
      fields: error.fields.map((f) => ({ ...f, field: `${field}.contentBase64` })),
    });
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Stores checked bytes; answers the file's id. */
export async function storeFile(
  trx: Transaction<DB>,
  clock: Clock,
  file: Omit<NewFile, 'contentBase64'>,
  bytes: Buffer,
): Promise<{ id: string; sizeBytes: number; sha256: string }> {
  const digest = sha256(bytes);
  const row = await trx
    .insertInto('stored_files')
    .values({
      organisation_id: file.organisationId,
      file_name: file.fileName,
      content_type: file.contentType,
      size_bytes: bytes.length,
      sha256: digest,
      content: bytes,
      uploaded_by: file.uploadedBy,
      created_at: clock.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, sizeBytes: bytes.length, sha256: digest };
}

export async function readFile(db: Db, fileId: string) {
  const row = await db
    .selectFrom('stored_files')
    .select(['file_name', 'content_type', 'size_bytes', 'sha256', 'content'])
    .where('id', '=', fileId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    fileName: row.file_name,
    contentType: row.content_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    content: Buffer.from(row.content),
  };
}

/** A Content-Disposition header that keeps a Nordic file name (RFC 6266 / 5987). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Answers with a file to save: its type, its name, and no copy in any shared cache. */
export function sendDownload(
  reply: FastifyReply,
  file: { fileName: string; contentType: string; content: Buffer },
) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', attachmentDisposition(file.fileName))
    .header('cache-control', 'private, no-store')
    .send(file.content);
}

/** A rendered document (platform/pdf.ts) as a download. */
export function sendPdf(reply: FastifyReply, file: { fileName: string; content: Buffer }) {
  return sendDownload(reply, { ...file, contentType: 'application/pdf' });
}
