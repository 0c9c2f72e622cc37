// The contract of the call-offs routes. The shapes mirror packages/domain/src/evaluation; the rules
// on values (duplicates, weights, minimums) are the domain's, so messages can say why.
import { Type, type Static } from 'typebox';
import { EVALUATION_BASES, EVALUATION_MODEL_KINDS } from '@tildel/domain/evaluation/index';
import { NEED_KINDS } from '@tildel/domain/need';
import { EDUCATION_CODES } from '@tildel/domain/consultant';
import { ASKED_ABOUT } from '@tildel/domain/need-requirements';
import { CALLOFF_PROCEDURES } from '@tildel/domain/procedures/derive';
import { RESPONSE_WINDOW_UNITS } from '@tildel/domain/procedures/ranking';
import { PRICE_UNITS } from '@tildel/domain/taxonomy';
import {
  amountMinor,
  currency,
  dateTime,
  enumOf,
  nonBlankText,
  nullable,
  nullableDateTime,
  nullableString,
  paramsOf,
  text,
  uuid,
  version,
} from '../../../platform/schemas.ts';
import { paged, pageParams } from '../../../platform/paging.ts';
import { CALLOFF_OPTION_KINDS, NEED_STATUSES, why } from '../needs/schemas.ts';

export const CALLOFF_STATUSES = [
  'draft',
  'open',
  'offering',
  'evaluation',
  'awarded',
  'ordered',
  'unfulfilled',
  'cancelled',
] as const;
export const MAX_REQUIREMENTS = 50;

export const REQUIREMENT_LEVELS = ['must', 'should'] as const;
export const CRITERION_KINDS = ['yes_no', 'minimum'] as const;
export const VALUE_KINDS = ['deduction', 'points'] as const;

const wholeNumber = (maximum: number) => Type.Integer({ minimum: 0, maximum });

export const calloffParams = paramsOf('orgId', 'calloffId');

/** How the list of call-offs may be sorted; newest first as it always was. */
export const CALLOFF_SORTS = ['created', 'need', 'status', 'procedure'] as const;
export type CalloffSort = (typeof CALLOFF_SORTS)[number];
export const CALLOFF_PAGE_DEFAULTS = { sort: 'created', order: 'desc' } as const;

export const listQuery = Type.Object(
  {
    status: Type.Optional(enumOf(CALLOFF_STATUSES)),
    procedure: Type.Optional(enumOf(CALLOFF_PROCEDURES)),
    ...pageParams(CALLOFF_SORTS, CALLOFF_PAGE_DEFAULTS),
  },
  { additionalProperties: false },
);
export type ListQuery = Static<typeof listQuery>;

/** Either a lot, or a DPS and one of its categories: never both, never half of one. */
/**
 * What a requirement proposed from the need asks about (domain RequirementAsks); the service
 * checks that the fields fit the kind.
 */
const asks = Type.Object(
  {
    about: enumOf(ASKED_ABOUT),
    codes: Type.Optional(Type.Array(enumOf(EDUCATION_CODES), { maxItems: 10 })),
    area: Type.Optional(Type.String({ maxLength: 100 })),
    code: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);

const requirement = Type.Object(
  {
    level: enumOf(REQUIREMENT_LEVELS),
    title: text(300),
    criterion: Type.Object(
      {
        kind: enumOf(CRITERION_KINDS),
        minimum: Type.Optional(Type.Number({ minimum: -1_000_000, maximum: 1_000_000 })),
      },
      { additionalProperties: false },
    ),
    value: Type.Optional(
      nullable(
        Type.Object(
          {
            kind: enumOf(VALUE_KINDS),
            amountMinor: Type.Optional(
              Type.Integer({ minimum: -100_000_000, maximum: 100_000_000 }),
            ),
            points: Type.Optional(Type.Integer({ minimum: -1_000_000, maximum: 1_000_000 })),
          },
          { additionalProperties: false },
        ),
      ),
    ),
    asks: Type.Optional(nullable(asks)),
  },
  { additionalProperties: false },
);
export type RequirementInput = Static<typeof requirement>;

/** Requirements the draft starts with: the web proposes the need's own (requirementsFromNeed). */
export type CreateInput = { needId: string; requirements?: RequirementInput[] } & (
  | { lotId: string; dpsId?: undefined; categoryId?: undefined }
  | { lotId?: undefined; dpsId: string; categoryId: string }
);

const createProperties = Type.Object(
  {
    needId: uuid,
    lotId: Type.Optional(uuid),
    dpsId: Type.Optional(uuid),
    categoryId: Type.Optional(uuid),
    requirements: Type.Optional(Type.Array(requirement, { maxItems: MAX_REQUIREMENTS })),
  },
  { additionalProperties: false },
);

/** A lot of an agreement, or a category of a DPS: one of the need's call-off options. */
export const createBody = Type.Unsafe<CreateInput>({
  ...createProperties,
  oneOf: [
    {
      required: ['lotId'],
      not: { anyOf: [{ required: ['dpsId'] }, { required: ['categoryId'] }] },
    },
    { required: ['dpsId', 'categoryId'], not: { required: ['lotId'] } },
  ],
});

/** The evaluation model as the buyer picks it (and as the call-off keeps it). */
const model = Type.Object(
  {
    kind: enumOf(EVALUATION_MODEL_KINDS),
    basis: enumOf(EVALUATION_BASES),
    priceWeight: Type.Optional(wholeNumber(1000)),
    qualityWeight: Type.Optional(wholeNumber(1000)),
  },
  { additionalProperties: false },
);

export const evaluationBody = Type.Object(
  {
    version,
    requirements: Type.Array(requirement, { maxItems: MAX_REQUIREMENTS }),
    model,
  },
  { additionalProperties: false },
);
export type EvaluationInput = Static<typeof evaluationBody>;

export const cancelBody = Type.Object(
  { version, reason: nonBlankText(1000) },
  { additionalProperties: false },
);
export type CancelInput = Static<typeof cancelBody>;

// ---- responses --------------------------------------------------------------------------------

const named = Type.Object({
  id: Type.String(),
  sv: Type.String(),
  da: Type.String(),
  en: Type.String(),
});

const summaryProperties = {
  id: Type.String(),
  status: enumOf(CALLOFF_STATUSES),
  title: Type.String(),
  procedure: enumOf(CALLOFF_PROCEDURES),
  needId: Type.String(),
  needTitle: Type.String(),
  kind: enumOf(CALLOFF_OPTION_KINDS),
  source: Type.Object({ id: Type.String(), reference: Type.String(), title: Type.String() }),
  lot: nullable(Type.Object({ id: Type.String(), number: Type.Integer(), name: Type.String() })),
  category: named,
  createdAt: dateTime,
  updatedAt: dateTime,
  version: Type.Integer(),
};

export const calloffSummary = Type.Object(summaryProperties);
export const calloffList = paged(calloffSummary);

/** A requirement as stored: a must requirement has no value, a should requirement one. */
export const requirementView = Type.Object({
  id: Type.String(),
  position: Type.Integer(),
  level: enumOf(REQUIREMENT_LEVELS),
  title: Type.String(),
  criterion: Type.Object({
    kind: enumOf(CRITERION_KINDS),
    minimum: Type.Optional(Type.Number()),
  }),
  value: nullable(
    Type.Object({
      kind: enumOf(VALUE_KINDS),
      amountMinor: Type.Optional(amountMinor),
      currency: Type.Optional(currency),
      points: Type.Optional(Type.Integer()),
    }),
  ),
  asks: nullable(asks),
});

/** What blocks the invitation (or, for the refusing ones, a save). */
export const setupProblem = Type.Object({
  code: Type.String(),
  requirementPosition: Type.Optional(Type.Integer()),
});

/** What any open object read back as stored holds, unchanged. */
const openObject = Type.Unsafe<Record<string, unknown>>({
  type: 'object',
  additionalProperties: true,
});

export const calloffDetail = Type.Object({
  ...summaryProperties,
  /** Why the procedure applies, as derived when the draft was made. */
  why,
  expectedVolume: Type.Object({ quantity: Type.Number(), unit: enumOf(PRICE_UNITS) }),
  currency,
  need: Type.Object({
    id: Type.String(),
    kind: enumOf(NEED_KINDS),
    title: Type.String(),
    status: enumOf(NEED_STATUSES),
    /** The need without its free text (never the words about a person). */
    summary: openObject,
  }),
  requirements: Type.Array(requirementView),
  model,
  setupProblems: Type.Array(setupProblem),
  warning: nullableString,
  createdBy: Type.Object({ id: Type.String(), name: Type.String() }),
  cancelledReason: nullableString,
  requestText: Type.String(),
  costCentre: nullableString,
  publishedAt: nullableDateTime,
  /** Renewed competition and DPS: bids are received until then (the server's clock). */
  tenderDeadline: nullableDateTime,
  openedAt: nullableDateTime,
  responseWindow: nullable(
    Type.Object({ unit: enumOf(RESPONSE_WINDOW_UNITS), amount: Type.Integer() }),
  ),
  /** The only thing anyone but a bidder may know of sealed bids. */
  bidCount: Type.Integer(),
  deadlinePassed: Type.Boolean(),
});

export { model as evaluationModel };
