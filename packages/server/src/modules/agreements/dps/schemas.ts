// The contract of the dps routes: what may come in, what goes out.
import { Type, type Static } from 'typebox';
import {
  APPLICATION_STATUSES,
  type Answer,
  type CallOffReadiness,
  type RequirementKind,
} from '@tildel/domain/qualification';
import type { ComplianceDocumentsTable, DynamicPurchasingSystemsTable } from '../../../db/types.ts';
import {
  country,
  dateTime,
  enumOf,
  nonBlankText,
  nullable,
  nullableDateTime,
  nullableString,
  paramsOf,
  plainDate,
  storableText,
  text,
  uuid,
  version,
} from '../../../platform/schemas.ts';
import { paged, pageParams } from '../../../platform/paging.ts';

/** The states of a DPS (the database's check). */
export const DPS_STATUSES = [
  'draft',
  'open',
  'closed',
] as const satisfies readonly DynamicPurchasingSystemsTable['status'][];
export type DpsStatus = (typeof DPS_STATUSES)[number];

/** The kinds of qualification requirement (the domain's RequirementKind). */
export const DPS_REQUIREMENT_KINDS = [
  'declaration',
  'numeric_minimum',
  'document',
] as const satisfies readonly RequirementKind[];

/** The kinds of compliance document a requirement may ask for (the suppliers' documents). */
const DOCUMENT_KINDS = [
  'insurance',
  'tax_certificate',
  'social_security_certificate',
  'collective_agreement',
  'quality_system',
  'financial_statement',
  'other',
] as const satisfies readonly ComplianceDocumentsTable['kind'][];

/** Why call-offs may not start yet (the domain's CallOffReadiness). */
const CALL_OFF_WAIT_REASONS = [
  'initial_period_running',
  'undecided_applications',
] as const satisfies readonly Extract<CallOffReadiness, { mayStart: false }>['reason'][];

export const dpsParams = paramsOf('orgId', 'dpsId');
export const applicationParams = paramsOf('orgId', 'dpsId', 'applicationId');
export const ownApplicationParams = paramsOf('orgId', 'applicationId');
export const requestParams = paramsOf('orgId', 'requestId');

/** How the systems may be sorted; by default the newest first. */
export const SYSTEM_SORTS = ['created', 'title', 'reference', 'validTo'] as const;
export type SystemSort = (typeof SYSTEM_SORTS)[number];
export const SYSTEM_PAGE_DEFAULTS = { sort: 'created', order: 'desc' } as const;
export const systemListQuery = Type.Object(pageParams(SYSTEM_SORTS, SYSTEM_PAGE_DEFAULTS), {
  additionalProperties: false,
});
export type SystemListQuery = Static<typeof systemListQuery>;

/** How applications may be sorted; by default the nearest decision first. */
export const APPLICATION_SORTS = ['decisionDue', 'received', 'supplier', 'dps'] as const;
export type ApplicationSort = (typeof APPLICATION_SORTS)[number];
export const APPLICATION_PAGE_DEFAULTS = { sort: 'decisionDue', order: 'asc' } as const;

export const queueQuery = Type.Object(
  {
    status: Type.Optional(enumOf(APPLICATION_STATUSES)),
    ...pageParams(APPLICATION_SORTS, APPLICATION_PAGE_DEFAULTS),
  },
  { additionalProperties: false },
);
export type QueueQuery = Static<typeof queueQuery>;

/** The supplier's own applications take the same pages and sorts, without the status filter. */
export const ownApplicationsQuery = Type.Object(
  pageParams(APPLICATION_SORTS, APPLICATION_PAGE_DEFAULTS),
  { additionalProperties: false },
);
export type OwnApplicationsQuery = Static<typeof ownApplicationsQuery>;

/** How requests for declarations may be sorted; by default the newest first. */
export const DECLARATION_REQUEST_SORTS = ['requested', 'due', 'supplier', 'dps'] as const;
export type DeclarationRequestSort = (typeof DECLARATION_REQUEST_SORTS)[number];
export const DECLARATION_REQUEST_PAGE_DEFAULTS = { sort: 'requested', order: 'desc' } as const;
export const declarationRequestQuery = Type.Object(
  pageParams(DECLARATION_REQUEST_SORTS, DECLARATION_REQUEST_PAGE_DEFAULTS),
  { additionalProperties: false },
);
export type DeclarationRequestQuery = Static<typeof declarationRequestQuery>;

const newRequirement = Type.Object(
  {
    kind: enumOf(DPS_REQUIREMENT_KINDS),
    textSv: nonBlankText(1000),
    textDa: nonBlankText(1000),
    textEn: nonBlankText(1000),
    minimum: Type.Optional(nullable(Type.Number({ minimum: 0, maximum: 1e12 }))),
    unit: Type.Optional(nullable(Type.String({ maxLength: 20, pattern: storableText }))),
    documentKind: Type.Optional(nullable(enumOf(DOCUMENT_KINDS))),
  },
  { additionalProperties: false },
);
export type NewRequirement = Static<typeof newRequirement>;

export const createBody = Type.Object(
  {
    reference: nonBlankText(60),
    title: nonBlankText(200),
    description: Type.Optional(text(4000)),
    country,
    validFrom: plainDate,
    validTo: plainDate,
    initialPeriodEndsOn: plainDate,
    ownerIsCentralPurchasingBody: Type.Boolean(),
    agreedTenderPeriodDays: Type.Optional(nullable(Type.Integer({ minimum: 1, maximum: 60 }))),
    categoryIds: Type.Array(uuid, { minItems: 1, maxItems: 50, uniqueItems: true }),
    municipalityIds: Type.Optional(Type.Array(uuid, { maxItems: 400, uniqueItems: true })),
    requirements: Type.Array(newRequirement, { maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type NewSystem = Static<typeof createBody>;

export const reasonBody = Type.Object(
  { reason: nonBlankText(2000), version },
  { additionalProperties: false },
);
export type ReasonInput = Static<typeof reasonBody>;

export const validityBody = Type.Object(
  { validTo: plainDate, reason: nonBlankText(2000), version },
  { additionalProperties: false },
);
export type ValidityInput = Static<typeof validityBody>;

export const declarationRequestBody = Type.Object(
  { supplierId: uuid },
  { additionalProperties: false },
);

/** One answer: a declaration, a number or a document — exactly one of the three shapes. */
const answer = Type.Unsafe<Answer>({
  oneOf: [
    Type.Object({ requirementId: uuid, declared: Type.Boolean() }, { additionalProperties: false }),
    Type.Object(
      { requirementId: uuid, value: Type.Number({ minimum: 0, maximum: 1e12 }) },
      { additionalProperties: false },
    ),
    Type.Object({ requirementId: uuid, documentId: uuid }, { additionalProperties: false }),
  ],
});

export const applyBody = Type.Object(
  {
    categoryIds: Type.Array(uuid, { minItems: 1, maxItems: 50, uniqueItems: true }),
    answers: Type.Array(answer, { maxItems: 100 }),
  },
  { additionalProperties: false },
);
export type ApplyInput = Static<typeof applyBody>;

export const declarationAnswerBody = Type.Object(
  {
    answers: Type.Array(
      Type.Object(
        { requirementId: uuid, declared: Type.Boolean() },
        { additionalProperties: false },
      ),
      { maxItems: 100 },
    ),
  },
  { additionalProperties: false },
);
export type DeclarationAnswers = Static<typeof declarationAnswerBody>['answers'];

// ---- responses -----------------------------------------------------------------------------------

const ref = Type.Object({ id: Type.String(), name: Type.String() });

export const category = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  /** Only in the market: the supplier's own open application for the category, if any. */
  myStatus: Type.Optional(nullable(enumOf(APPLICATION_STATUSES))),
});

export const requirement = Type.Object({
  id: Type.String(),
  position: Type.Integer(),
  kind: enumOf(DPS_REQUIREMENT_KINDS),
  text: Type.String(),
  minimum: nullable(Type.Number()),
  unit: nullableString,
  documentKind: nullableString,
});

const validityChange = Type.Object({
  previousValidTo: Type.String(),
  newValidTo: Type.String(),
  reason: Type.String(),
  at: dateTime,
});

/** What every view of a DPS shows (systemView). */
const systemProperties = {
  id: Type.String(),
  reference: Type.String(),
  title: Type.String(),
  description: Type.String(),
  country,
  status: enumOf(DPS_STATUSES),
  validFrom: Type.String(),
  validTo: Type.String(),
  initialPeriodEndsOn: Type.String(),
  ownerIsCentralPurchasingBody: Type.Boolean(),
  agreedTenderPeriodDays: nullable(Type.Integer()),
  openedAt: nullableDateTime,
  closedAt: nullableDateTime,
  closedReason: nullableString,
  version: Type.Integer(),
  owner: ref,
  categories: Type.Array(category),
};

export const systemSummary = Type.Object({ ...systemProperties, isOwner: Type.Boolean() });

export const systemDetail = Type.Object({
  ...systemProperties,
  isOwner: Type.Boolean(),
  requirements: Type.Array(requirement),
  validityChanges: Type.Array(validityChange),
  municipalities: Type.Array(ref),
  callOffs: Type.Object({
    mayStart: Type.Boolean(),
    reason: nullable(enumOf(CALL_OFF_WAIT_REASONS)),
    undecided: Type.Integer(),
  }),
});

/** An open DPS as a supplier sees it in the market (no isOwner: a supplier owns none). */
export const marketItem = Type.Object({
  ...systemProperties,
  requirements: Type.Array(requirement),
  validityChanges: Type.Array(validityChange),
});

export const document = Type.Object({
  id: Type.String(),
  kind: enumOf(DOCUMENT_KINDS),
  title: Type.String(),
  validUntil: nullableString,
});

/** The market's open systems take the systems' sorts; by default by title. */
export const MARKET_PAGE_DEFAULTS = { sort: 'title', order: 'asc' } as const;
export const marketQuery = Type.Object(pageParams(SYSTEM_SORTS, MARKET_PAGE_DEFAULTS), {
  additionalProperties: false,
});
export type MarketQuery = Static<typeof marketQuery>;

export const market = Type.Object({
  ...paged(marketItem).properties,
  documents: Type.Array(document),
});

const dpsRef = { id: Type.String(), title: Type.String(), reference: Type.String() };

const applicationProperties = {
  id: Type.String(),
  dps: Type.Object({
    ...dpsRef,
    status: enumOf(DPS_STATUSES),
    closedReason: nullableString,
  }),
  supplier: ref,
  status: enumOf(APPLICATION_STATUSES),
  categories: Type.Array(category),
  receivedAt: dateTime,
  inInitialPeriod: Type.Boolean(),
  decisionDueAt: dateTime,
  extended: Type.Boolean(),
  extensionReason: nullableString,
  overdue: Type.Boolean(),
  workingDaysLeft: nullable(Type.Integer()),
  decidedAt: nullableDateTime,
  decisionReason: nullableString,
  version: Type.Integer(),
};

export const application = Type.Object(applicationProperties);

export const applicationDetail = Type.Object({
  ...applicationProperties,
  answers: Type.Array(
    Type.Object({
      requirement,
      declared: nullable(Type.Boolean()),
      value: nullable(Type.Number()),
      document: nullable(
        Type.Object({ id: Type.String(), title: Type.String(), validUntil: nullableString }),
      ),
      meets: Type.Boolean(),
    }),
  ),
});

/** How admissions (a supplier in a category) may be sorted; by default category by category. */
export const ADMITTED_SORTS = ['category', 'supplier'] as const;
export type AdmittedSort = (typeof ADMITTED_SORTS)[number];
export const ADMITTED_PAGE_DEFAULTS = { sort: 'category', order: 'asc' } as const;
export const admittedQuery = Type.Object(pageParams(ADMITTED_SORTS, ADMITTED_PAGE_DEFAULTS), {
  additionalProperties: false,
});
export type AdmittedQuery = Static<typeof admittedQuery>;

/** One admission per row: a supplier admitted to a category (names only). */
export const admittedList = paged(Type.Object({ category, supplier: ref }));

export const declarationRequest = Type.Object({
  id: Type.String(),
  dps: Type.Object(dpsRef),
  supplier: ref,
  requestedAt: dateTime,
  dueAt: dateTime,
  answeredAt: nullableDateTime,
  answers: Type.Array(Type.Object({ requirementId: Type.String(), declared: Type.Boolean() })),
  /** Only for the supplier: the declarations it is asked to answer again. */
  requirements: Type.Optional(Type.Array(requirement)),
});

export const setUpChoices = Type.Object({
  categories: Type.Array(category),
  municipalities: Type.Array(ref),
  requirements: Type.Array(
    Type.Object({
      code: Type.String(),
      kind: enumOf(DPS_REQUIREMENT_KINDS),
      text: Type.String(),
      textSv: Type.String(),
      textDa: Type.String(),
      textEn: Type.String(),
      minimum: nullable(Type.Number()),
      unit: nullableString,
      documentKind: nullableString,
    }),
  ),
});
