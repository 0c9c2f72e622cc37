// The contract of the audit trail routes.
import { Type } from 'typebox';
import type { ChainProblemReason } from '../../../platform/audit.ts';
import { dateTime, enumOf, nullable, nullableString, pageOf } from '../../../platform/schemas.ts';

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

export const auditPage = pageOf(auditRecord);

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
