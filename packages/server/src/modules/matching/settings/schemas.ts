// The contract of the matching settings: how matching works in one municipality or body.
import { Type, type Static } from 'typebox';
import { SCORE_PARTS } from '@tildel/domain/matching/weights';
import { dateTime, nullable } from '../../../platform/schemas.ts';

/** One weight: whole points; weightsProblems checks the range and that they sum to 100. */
const weight = Type.Integer({ minimum: 0, maximum: 100 });

export const weights = Type.Object(
  Object.fromEntries(SCORE_PARTS.map((part) => [part, weight])) as Record<
    (typeof SCORE_PARTS)[number],
    typeof weight
  >,
  { additionalProperties: false },
);

export const settingsBody = Type.Object(
  {
    freshnessLimitDays: Type.Integer({ minimum: 1, maximum: 365 }),
    allowOutsideAgreements: Type.Boolean(),
    /** Null: the documented defaults (packages/domain/src/matching/weights.ts). */
    weights: nullable(weights),
  },
  { additionalProperties: false },
);
export type SettingsBody = Static<typeof settingsBody>;

export const settings = Type.Object({
  freshnessLimitDays: Type.Integer(),
  allowOutsideAgreements: Type.Boolean(),
  /** The weights in use: the organisation's own, or the defaults. */
  weights,
  weightsAreDefault: Type.Boolean(),
  updatedAt: nullable(dateTime),
  updatedBy: nullable(Type.Object({ name: Type.String() })),
});
