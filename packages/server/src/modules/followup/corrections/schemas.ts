// Schemas of the corrections routes: what may come in, what goes out.
import { Type, type Static } from 'typebox';
import { choiceParams, choicesOf } from '../../../platform/choices.ts';
import { paged, pageParams } from '../../../platform/paging.ts';
import { REQUIREMENT_KINDS } from '@tildel/domain/contract-requirements';
import type { CorrectionState } from '@tildel/domain/followup/correction';
import {
  base64MaxLength,
  country,
  dateTime,
  enumOf,
  nonBlankText,
  nullable,
  nullableDate,
  nullableDateTime,
  nullableString,
  paramsOf,
  text,
  uploadedFile,
  uuid,
  version,
} from '../../../platform/schemas.ts';
import { PDF_OR_PICTURE } from '../../../platform/files.ts';

/** What an officer decides on an answer. */
export const DECISIONS = ['accepted', 'rejected'] as const;

/** Where a request stands at the moment of asking (followup/correction.ts `correctionState`). */
const CORRECTION_STATES = [
  'open',
  'answered',
  'accepted',
  'rejected',
  'overdue',
] as const satisfies readonly CorrectionState[];

export const requestParams = paramsOf('orgId', 'requestId');
export const evidenceParams = paramsOf('orgId', 'requestId', 'fileId');

/** How a list of requests may be sorted. */
export const CORRECTION_SORTS = ['deadline', 'sentOn', 'supplier', 'agreement'] as const;
export type CorrectionSort = (typeof CORRECTION_SORTS)[number];
export const CORRECTION_PAGE_DEFAULTS = { sort: 'deadline', order: 'asc' } as const;

export const listQuery = Type.Object(
  {
    supplierId: Type.Optional(uuid),
    ...pageParams(CORRECTION_SORTS, CORRECTION_PAGE_DEFAULTS),
  },
  { additionalProperties: false },
);

/** A body's list query; a supplier's list takes the same without the supplier filter. */
export type CorrectionListQuery = Static<typeof listQuery>;

export const supplierListQuery = Type.Object(
  pageParams(CORRECTION_SORTS, CORRECTION_PAGE_DEFAULTS),
  {
    additionalProperties: false,
  },
);

export const createBody = Type.Object(
  {
    agreementId: uuid,
    supplierId: uuid,
    establishmentId: Type.Optional(nullable(uuid)),
    visitId: Type.Optional(nullable(uuid)),
    requirementIds: Type.Array(uuid, { minItems: 1, maxItems: 50, uniqueItems: true }),
    description: nonBlankText(8000),
    deadline: Type.Optional(nullableDate),
  },
  { additionalProperties: false },
);

export const decisionBody = Type.Object(
  { version, decision: enumOf(DECISIONS), reason: Type.Optional(text(4000)) },
  { additionalProperties: false },
);

/** The longest base64 one evidence file may take in a body. */
export const MAX_BASE64 = base64MaxLength(PDF_OR_PICTURE.maxBytes);
export const MAX_EVIDENCE = 5;

export const answerBody = Type.Object(
  {
    version,
    actionPlan: nonBlankText(8000),
    evidence: Type.Array(uploadedFile(PDF_OR_PICTURE.maxBytes), { maxItems: MAX_EVIDENCE }),
  },
  { additionalProperties: false },
);

export type NewRequest = Static<typeof createBody>;
export type Decision = Static<typeof decisionBody>;
export type AnswerInput = Static<typeof answerBody>;
export type Evidence = AnswerInput['evidence'][number];

// ---- responses ----------------------------------------------------------------------------------

const str = Type.String();
const named = Type.Object({ id: str, name: str });
const requirement = Type.Object({ id: str, kind: enumOf(REQUIREMENT_KINDS), text: str });

const summaryProperties = {
  id: str,
  body: named,
  agreement: Type.Object({ id: str, reference: str, title: str }),
  supplier: named,
  establishment: nullable(named),
  visitId: nullableString,
  description: str,
  country,
  sentOn: str,
  deadline: str,
  state: enumOf(CORRECTION_STATES),
  overdueFlaggedAt: nullableDateTime,
  createdAt: dateTime,
  version: Type.Integer(),
};

export const requestList = paged(Type.Object(summaryProperties));

export const requestDetail = Type.Object({
  ...summaryProperties,
  requirements: Type.Array(requirement),
  answers: Type.Array(
    Type.Object({
      id: str,
      actionPlan: str,
      answeredBy: str,
      answeredAt: dateTime,
      evidence: Type.Array(
        Type.Object({ id: str, fileName: str, contentType: str, sizeBytes: Type.Integer() }),
      ),
      decision: nullable(enumOf(DECISIONS)),
      decisionReason: nullableString,
      decidedBy: nullableString,
      decidedAt: nullableDateTime,
    }),
  ),
});

export const choices = Type.Object({
  agreements: Type.Array(
    Type.Object({
      id: str,
      reference: str,
      title: str,
      country,
      requirements: Type.Array(requirement),
    }),
  ),
});

export const choiceQuery = Type.Object(
  { supplierId: Type.Optional(uuid) },
  { additionalProperties: false },
);

export const supplierChoiceQuery = Type.Object(
  { agreementId: uuid, supplierId: Type.Optional(uuid), ...choiceParams },
  { additionalProperties: false },
);

/** The suppliers on the agreement whose name holds the text, with their establishments. */
export const supplierChoices = choicesOf(
  Type.Object({ id: str, name: str, establishments: Type.Array(named) }),
);
