// The contract of the audit trail routes.
import { Type, type Static } from 'typebox';
import type { ChainProblemReason } from '../../../platform/audit.ts';
import { paged, pageParams } from '../../../platform/paging.ts';
import { dateTime, enumOf, nullable, nullableString } from '../../../platform/schemas.ts';

/** A before or after value as it was recorded: any JSON value, or null. */
const recorded = Type.Unknown({ description: 'JSON value as recorded', nullable: true });

export const auditRecord = Type.Object({
  id: Type.String(),
  seq: Type.Integer(),
  at: dateTime,
  actor: nullable(Type.Object({ id: Type.String(), name: Type.String(), email: Type.String() })),
  action: Type.String(),
  objectType: Type.String(),
  objectId: Type.String(),
  before: recorded,
  after: recorded,
});

/** How the trail may be sorted: by its order (seq), who acted, or what was done. */
export const AUDIT_SORTS = ['seq', 'actor', 'action'] as const;
export type AuditSort = (typeof AUDIT_SORTS)[number];
export const AUDIT_PAGE_DEFAULTS = { sort: 'seq', order: 'desc' } as const;

export const auditQuery = Type.Object(pageParams(AUDIT_SORTS, AUDIT_PAGE_DEFAULTS), {
  additionalProperties: false,
});

export type AuditQuery = Static<typeof auditQuery>;

export const auditPage = paged(auditRecord);

export const CHAIN_PROBLEM_REASONS = [
  'tampered',
  'missing',
  'broken_link',
] as const satisfies readonly ChainProblemReason[];

export const chainVerification = Type.Object({
  ok: Type.Boolean(),
  checked: Type.Integer(),
  firstProblem: nullable(
    Type.Object({
      seq: Type.Integer(),
      id: nullableString,
      reason: enumOf(CHAIN_PROBLEM_REASONS),
    }),
  ),
});
