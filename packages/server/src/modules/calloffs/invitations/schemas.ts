// The contract of the invitations routes.
import { Type, type Static } from 'typebox';
import { TIE_RULE } from '@tildel/domain/evaluation/index';
import { CALLOFF_PROCEDURES } from '@tildel/domain/procedures/derive';
import { PRICE_UNITS } from '@tildel/domain/taxonomy';
import {
  country,
  currency,
  dateTime,
  enumOf,
  nonBlankText,
  nullable,
  nullableDateTime,
  nullableString,
  paramsOf,
  text,
  version,
} from '../../../platform/schemas.ts';
import { BID_STATUSES } from '../bids/schemas.ts';
import {
  CALLOFF_STATUSES,
  evaluationModel,
  requirementView,
  setupProblem,
} from '../calloffs/schemas.ts';
import { paged, pageParams } from '../../../platform/paging.ts';
import { storedNeed } from '../needs/schemas.ts';

/** How a supplier was asked: invited to tender, or offered the call-off in the ranking cascade. */
export const INVITATION_KINDS = ['tender', 'offer'] as const;

/** Where the call-off stands for one supplier, from its invitation and its own bid only. */
export const SUPPLIER_STATUSES = [
  'new',
  'read',
  'bid_given',
  'declined',
  'offered',
  'accepted',
  'expired',
  'closed',
  'awarded',
  'not_awarded',
  'cancelled',
] as const;

/** An instant with its offset; this century only (no tender period reaches further). */
const instant = Type.String({ format: 'date-time', maxLength: 40, pattern: '^20[0-9]{2}-' });

export const tenderParams = paramsOf('orgId', 'calloffId');
export const questionParams = paramsOf('orgId', 'calloffId', 'questionId');

/** How the inbox may be sorted; the newest invitation first as it always was. */
export const INBOX_SORTS = ['invited', 'deadline', 'title', 'buyer'] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];
export const INBOX_PAGE_DEFAULTS = { sort: 'invited', order: 'desc' } as const;

export const inboxQuery = Type.Object(pageParams(INBOX_SORTS, INBOX_PAGE_DEFAULTS), {
  additionalProperties: false,
});
export type InboxQuery = Static<typeof inboxQuery>;

export const publishBody = Type.Object(
  { version, requestText: text(8000), tenderDeadline: instant, costCentre: text(100) },
  { additionalProperties: false },
);
export type PublishInput = Static<typeof publishBody>;

export const changeBody = Type.Object(
  { version, summary: nonBlankText(1000), requestText: text(8000), tenderDeadline: instant },
  { additionalProperties: false },
);
export type ChangeInput = Static<typeof changeBody>;

export const questionBody = Type.Object(
  { question: nonBlankText(2000) },
  { additionalProperties: false },
);
export type QuestionInput = Static<typeof questionBody>;

export const answerBody = Type.Object(
  { answer: nonBlankText(4000) },
  { additionalProperties: false },
);
export type AnswerInput = Static<typeof answerBody>;

export const declineBody = Type.Object(
  { reason: nonBlankText(1000) },
  { additionalProperties: false },
);
export type DeclineInput = Static<typeof declineBody>;

// ---- responses --------------------------------------------------------------------------------

const supplierRef = { supplierId: Type.String(), name: Type.String() };
const tieRule = Type.Array(enumOf(TIE_RULE));

export const publicationResponse = Type.Object({
  calloffId: Type.String(),
  status: enumOf(CALLOFF_STATUSES),
  procedure: enumOf(CALLOFF_PROCEDURES),
  country,
  /** How ties are broken, stated before anyone is invited. */
  tieRule,
  /** The minimum tender period (none for a ranking call-off). */
  minimum: nullable(Type.Object({ days: Type.Integer(), basis: Type.String() })),
  earliestDeadline: nullableString,
  /** Before publishing: who would be invited now, who is left out and why. */
  preview: nullable(
    Type.Object({
      invited: Type.Array(Type.Object(supplierRef)),
      leftOut: Type.Array(Type.Object({ ...supplierRef, reason: Type.String() })),
      setupProblems: Type.Array(setupProblem),
      canPublish: Type.Boolean(),
    }),
  ),
  /** After publishing: declines and first reads only once the deadline has passed. */
  invitations: Type.Array(
    Type.Object({
      supplierId: Type.String(),
      supplierName: Type.String(),
      invitedAt: dateTime,
      firstReadAt: nullableDateTime,
      declinedAt: nullableDateTime,
      declineReason: nullableString,
    }),
  ),
});

const questionProperties = {
  id: Type.String(),
  question: Type.String(),
  askedAt: dateTime,
  answer: nullableString,
  answeredAt: nullableDateTime,
};

export const buyerQuestion = Type.Object({
  ...questionProperties,
  supplierName: Type.String(),
  askedByName: Type.String(),
});

export const buyerQuestions = Type.Object({ items: Type.Array(buyerQuestion) });

/** What a supplier sees of a question: never who asked, only whether it was itself. */
export const supplierQuestion = Type.Object({ ...questionProperties, own: Type.Boolean() });

export const inboxResponse = paged(
  Type.Object({
    calloffId: Type.String(),
    title: Type.String(),
    buyerName: Type.String(),
    procedure: enumOf(CALLOFF_PROCEDURES),
    kind: enumOf(INVITATION_KINDS),
    invitedAt: dateTime,
    deadline: nullableDateTime,
    status: enumOf(SUPPLIER_STATUSES),
    bidNeedsReview: Type.Boolean(),
  }),
);

export const tenderResponse = Type.Object({
  calloffId: Type.String(),
  title: Type.String(),
  buyerName: Type.String(),
  country,
  procedure: enumOf(CALLOFF_PROCEDURES),
  kind: enumOf(INVITATION_KINDS),
  calloffStatus: enumOf(CALLOFF_STATUSES),
  status: enumOf(SUPPLIER_STATUSES),
  category: Type.Object({
    id: Type.String(),
    sv: Type.String(),
    da: Type.String(),
    en: Type.String(),
  }),
  /** The pseudonymised need as the caseworker wrote it. */
  need: storedNeed,
  requestText: Type.String(),
  requirements: Type.Array(requirementView),
  model: evaluationModel,
  tieRule,
  expectedVolume: Type.Object({ quantity: Type.Number(), unit: enumOf(PRICE_UNITS) }),
  currency,
  publishedAt: nullableDateTime,
  deadline: nullableDateTime,
  deadlinePassed: Type.Boolean(),
  changes: Type.Array(
    Type.Object({
      id: Type.String(),
      changedAt: dateTime,
      summary: Type.String(),
      deadlineBefore: dateTime,
      deadlineAfter: dateTime,
    }),
  ),
  questions: Type.Array(supplierQuestion),
  invitation: Type.Object({
    invitedAt: dateTime,
    firstReadAt: nullableDateTime,
    declinedAt: nullableDateTime,
    declineReason: nullableString,
  }),
  /** The supplier's own bid: whether it stands and needs review, nothing of what it says. */
  bid: nullable(Type.Object({ status: enumOf(BID_STATUSES), needsReview: Type.Boolean() })),
});

export const declineResponse = Type.Object({ declinedAt: dateTime, declineReason: Type.String() });
