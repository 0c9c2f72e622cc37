// The contract of the referral routes. The shapes mirror packages/domain/src/matching/referral.ts;
// the rules themselves (identity numbers, codes, ranges) are referralProblems', so messages say why.
import { Type, type Static } from 'typebox';
import { PERSON_GENDERS } from '@tildel/domain/need';
import {
  REFERRAL_KINDS,
  REFERRAL_LIMITS,
  REFERRAL_STATES,
  URGENCIES,
} from '@tildel/domain/matching/referral';
import { SERVICE_KINDS } from '@tildel/domain/taxonomy';
import { choiceParams, choicesOf } from '../../../platform/choices.ts';
import {
  dateTime,
  enumOf,
  nullable,
  nullableDateTime,
  paramsOf,
  plainDate,
  text,
  uuid,
  version,
} from '../../../platform/schemas.ts';
import { paged } from '../../../platform/paging.ts';

const shortText = text(REFERRAL_LIMITS.shortText);
const longText = text(REFERRAL_LIMITS.longText);
const caseReference = text(REFERRAL_LIMITS.caseReference);
const code = text(60);
const codes = Type.Array(code, { maxItems: 30 });
const languages = Type.Array(text(3), { maxItems: 30 });

const intensity = Type.Union([
  Type.Object(
    {
      kind: Type.Literal('hours_per_week'),
      /** Face-to-face hours a week, in quarter hours. */
      hoursPerWeek: Type.Number({ minimum: 0, maximum: 1000 }),
    },
    { additionalProperties: false },
  ),
  Type.Object({ kind: Type.Literal('place') }, { additionalProperties: false }),
]);

const person = Type.Object(
  {
    age: Type.Integer({ minimum: 0, maximum: 1000 }),
    gender: enumOf(PERSON_GENDERS),
    targetGroups: codes,
    needs: longText,
    languages,
    siblingCaseReferences: Type.Array(caseReference, { maxItems: 50 }),
    homeMunicipalityCode: text(20),
    preferredArea: nullable(
      Type.Object(
        { label: shortText, lat: Type.Number(), lon: Type.Number() },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const referralParams = paramsOf('orgId', 'referralId');

export const sendBody = Type.Object(
  {
    kind: enumOf(REFERRAL_KINDS),
    /** The order an extension or adjustment is of. */
    orderId: nullable(uuid),
    serviceKind: enumOf(SERVICE_KINDS),
    legalBasis: code,
    purpose: longText,
    startOn: plainDate,
    expectedDurationDays: Type.Integer({ minimum: 0, maximum: 100_000 }),
    intensity,
    urgency: enumOf(URGENCIES),
    person,
    caseReference,
    /** Who the person cannot live with: sensitive, read back only through a logged read. */
    cannotLiveWith: longText,
  },
  { additionalProperties: false },
);
export type SendInput = Static<typeof sendBody>;

export const orderChoiceQuery = Type.Object(choiceParams, { additionalProperties: false });

/** The municipality's active orders an extension or adjustment may name: never the person. */
export const orderChoices = choicesOf(
  Type.Object({
    id: Type.String(),
    reference: Type.String(),
    supplierName: Type.String(),
    offerName: nullable(Type.String()),
    startDate: plainDate,
    endDate: nullable(plainDate),
  }),
);

export const REFERRAL_VIEWS = ['mine', 'queue'] as const;

export const listQuery = Type.Object(
  {
    /** mine: the caller's own referrals; queue: the matching team's (matching.manage). */
    view: Type.Optional(enumOf(REFERRAL_VIEWS, { default: 'mine' })),
    state: Type.Optional(enumOf(REFERRAL_STATES)),
    /** The queue with the overdue referrals first (the home page's work list). */
    overdueFirst: Type.Optional(Type.Boolean({ default: false })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  },
  { additionalProperties: false },
);
export type ListQuery = Static<typeof listQuery>;

export const patchBody = Type.Object(
  {
    version,
    /** Who works on it: a member of the municipality's matching team; null for nobody. */
    assigneeId: Type.Optional(nullable(uuid)),
    /** The next state; 'withdrawn' needs a reason. */
    state: Type.Optional(enumOf(REFERRAL_STATES)),
    reason: Type.Optional(text(REFERRAL_LIMITS.longText)),
  },
  { additionalProperties: false },
);
export type PatchInput = Static<typeof patchBody>;

// ---- responses --------------------------------------------------------------------------------

const someone = Type.Object(
  { id: Type.String(), name: Type.String() },
  { additionalProperties: false },
);

const summaryProperties = {
  id: Type.String(),
  kind: enumOf(REFERRAL_KINDS),
  caseReference: Type.String(),
  serviceKind: enumOf(SERVICE_KINDS),
  legalBasis: Type.String(),
  urgency: enumOf(URGENCIES),
  state: enumOf(REFERRAL_STATES),
  startOn: plainDate,
  sentAt: dateTime,
  /** Whole hours since it was sent. */
  ageHours: Type.Integer({ minimum: 0 }),
  /** The service-level clock: when the team should have decided. */
  dueAt: dateTime,
  clock: enumOf(['due', 'overdue', 'closed'] as const),
  sentBy: someone,
  assignee: nullable(someone),
  version: Type.Integer(),
};

export const referralSummary = Type.Object(summaryProperties, { additionalProperties: false });
export const referralList = paged(referralSummary);

export const referralDetail = Type.Object(
  {
    ...summaryProperties,
    orderId: nullable(Type.String()),
    /** The number of the order an extension or adjustment is of. */
    orderReference: nullable(Type.String()),
    purpose: Type.String(),
    expectedDurationDays: Type.Integer(),
    intensity,
    person,
    /** Whether there is text on who the person cannot live with (read it through its own route). */
    hasCannotLiveWith: Type.Boolean(),
    withdrawalReason: nullable(Type.String()),
    withdrawnAt: nullableDateTime,
    updatedAt: dateTime,
  },
  { additionalProperties: false },
);

export const cannotLiveWithAnswer = Type.Object(
  { cannotLiveWith: Type.String() },
  { additionalProperties: false },
);
