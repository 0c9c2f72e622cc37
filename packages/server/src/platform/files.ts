// Stored files: the bytes of an upload in the database beside a sha256 of them, refused unless
// its type is on the caller's allow-list, its size is within the limit and its first bytes are
// what the type claims (a renamed executable is not a PDF).
import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../db/types.ts';
import type { Clock } from './clock.ts';
import { fieldProblem } from './problem.ts';
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
