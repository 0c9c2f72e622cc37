// Schemas of the follow-up routes: what may come in, what goes out.
import { Type, type Static } from 'typebox';
import { AGREEMENT_STATUSES } from '@tildel/domain/agreement-lifecycle';
import { PERMIT_AUTHORITIES, REQUIREMENT_KINDS } from '@tildel/domain/contract-requirements';
import { FINDING_OUTCOMES } from '@tildel/domain/followup/findings';
import { PERMIT_OBSERVATIONS } from '@tildel/domain/followup/permit-check';
import { PLANNED_VISIT_STATUSES, type Pace } from '@tildel/domain/followup/plan';
import { PERMIT_STATUSES } from '@tildel/domain/permit-csv';
import { SERVICE_KINDS } from '@tildel/domain/taxonomy';
import {
  amountMinor,
  base64MaxLength,
  country,
  currency,
  dateTime,
  enumOf,
  nonBlankText,
  nullable,
  nullableDate,
  nullableString,
  paramsOf,
  plainDate,
  text,
  uploadedFile,
  uuid,
  version,
} from '../../../platform/schemas.ts';
import { PDF_OR_PICTURE } from '../../../platform/files.ts';
import { paged, pageParams } from '../../../platform/paging.ts';

/** A plan's year as it comes in a path or query: digits only, read as a number by the route. */
const year = Type.String({ pattern: '^20[0-9]{2}$' });

export const yearParams = Type.Object({ orgId: uuid, year }, { additionalProperties: false });

export const plannedVisitParams = Type.Object(
  { orgId: uuid, year, plannedVisitId: uuid },
  { additionalProperties: false },
);

export const establishmentParams = paramsOf('orgId', 'establishmentId');
export const visitParams = paramsOf('orgId', 'visitId');
export const documentParams = paramsOf('orgId', 'visitId', 'fileId');

/** How the risk order may be turned: by risk (the riskiest first) or by establishment. */
export const CANDIDATE_SORTS = ['risk', 'establishment'] as const;
export type CandidateSort = (typeof CANDIDATE_SORTS)[number];
export const CANDIDATE_PAGE_DEFAULTS = { sort: 'risk', order: 'asc' } as const;

export const candidatesQuery = Type.Object(
  { year, ...pageParams(CANDIDATE_SORTS, CANDIDATE_PAGE_DEFAULTS) },
  { additionalProperties: false },
);
export type CandidatesQuery = Static<typeof candidatesQuery>;

/** How the visit records may be sorted; the latest visit first as it always was. */
export const VISIT_SORTS = ['visited', 'establishment', 'agreement'] as const;
export type VisitSort = (typeof VISIT_SORTS)[number];
export const VISIT_PAGE_DEFAULTS = { sort: 'visited', order: 'desc' } as const;

export const visitsQuery = Type.Object(
  { establishmentId: Type.Optional(uuid), ...pageParams(VISIT_SORTS, VISIT_PAGE_DEFAULTS) },
  { additionalProperties: false },
);
export type VisitsQuery = Static<typeof visitsQuery>;

export const planBody = Type.Object(
  {
    version: Type.Optional(version),
    targetVisits: Type.Integer({ minimum: 0, maximum: 10000 }),
  },
  { additionalProperties: false },
);

export const plannedVisitBody = Type.Object(
  { agreementId: uuid, establishmentId: uuid, plannedOn: Type.Optional(nullableDate) },
  { additionalProperties: false },
);

export const plannedVisitChangeBody = Type.Object(
  {
    version,
    plannedOn: Type.Optional(nullableDate),
    status: Type.Optional(enumOf(['cancelled'] as const)),
  },
  { additionalProperties: false },
);

/** `seen` is checked by the domain rule, so a missing one is answered in words, per field. */
export const permitCheckBody = Type.Object(
  {
    permitId: Type.Optional(nullable(uuid)),
    plannedVisitId: Type.Optional(nullable(uuid)),
    seen: Type.Optional(nullable(text(20))),
    note: Type.Optional(nullable(text(4000))),
    decisionReference: Type.Optional(nullable(text(200))),
  },
  { additionalProperties: false },
);

/** The longest base64 one document may take in a body. */
export const MAX_BASE64 = base64MaxLength(PDF_OR_PICTURE.maxBytes);
export const MAX_DOCUMENTS = 5;

export const visitBody = Type.Object(
  {
    agreementId: uuid,
    establishmentId: uuid,
    plannedVisitId: Type.Optional(nullable(uuid)),
    visitedOn: plainDate,
    participants: Type.Array(nonBlankText(200), { minItems: 1, maxItems: 30 }),
    summary: text(8000),
    findings: Type.Array(
      Type.Object(
        { requirementId: uuid, outcome: text(20), text: Type.Optional(text(4000)) },
        { additionalProperties: false },
      ),
      { maxItems: 50 },
    ),
    logbookNote: Type.Optional(
      nullable(
        Type.Object(
          {
            text: text(4000),
            sensitive: Type.Optional(Type.Boolean()),
            concern: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
      ),
    ),
    documents: Type.Optional(
      Type.Array(uploadedFile(PDF_OR_PICTURE.maxBytes), { maxItems: MAX_DOCUMENTS }),
    ),
  },
  { additionalProperties: false },
);

export type PlanInput = Static<typeof planBody>;
export type NewPlannedVisit = Static<typeof plannedVisitBody>;
export type PlannedVisitChange = Static<typeof plannedVisitChangeBody>;
export type PermitCheckInput = Static<typeof permitCheckBody>;
export type VisitInput = Static<typeof visitBody>;

// ---- responses ----------------------------------------------------------------------------------

const str = Type.String();
const int = Type.Integer();
const named = Type.Object({ id: str, name: str });
const agreementRef = Type.Object({ id: str, reference: str, title: str });
const place = Type.Object({ id: str, name: str, city: str });

/** How the visits done compare with an even pace over the year (followup/plan.ts `Pace`). */
const PACES = ['ahead', 'on_pace', 'behind'] as const satisfies readonly Pace[];

export const plannedVisitResponse = Type.Object({
  id: str,
  agreement: agreementRef,
  supplier: named,
  establishment: place,
  plannedOn: nullableString,
  status: enumOf(PLANNED_VISIT_STATUSES),
  version: int,
});

export const planResponse = Type.Object({
  year: int,
  plan: nullable(Type.Object({ id: str, targetVisits: int, version: int })),
  visits: Type.Array(plannedVisitResponse),
  progress: nullable(
    Type.Object({
      done: int,
      target: int,
      expectedByToday: int,
      pace: enumOf(PACES),
      upcoming: int,
      unscheduled: int,
      overdue: Type.Array(str),
    }),
  ),
});

/** One page of the risk order of the year. */
export const candidatesResponse = Type.Object({
  year: int,
  ...paged(
    Type.Object({
      rank: int,
      score: int,
      reasons: Type.Array(
        Type.Object({
          code: str,
          points: int,
          count: Type.Optional(int),
          months: Type.Optional(nullable(int)),
          sharePercent: Type.Optional(int),
        }),
      ),
      agreement: agreementRef,
      supplier: named,
      establishment: place,
      openDeviations: int,
      permit: nullable(
        Type.Object({
          status: enumOf(PERMIT_STATUSES),
          openCases: int,
          lastCheckedOn: nullableString,
        }),
      ),
      lastVisitOn: nullableString,
      bought: nullable(Type.Object({ amountMinor, currency })),
      concernNotes: int,
      plannedVisitId: nullableString,
      doneThisYear: Type.Boolean(),
    }),
  ).properties,
});

export const checklistResponse = Type.Object({
  establishment: Type.Object({
    id: str,
    name: str,
    serviceKind: enumOf(SERVICE_KINDS),
    street: str,
    postalCode: str,
    city: str,
    country,
  }),
  supplier: named,
  permits: Type.Array(
    Type.Object({
      id: str,
      authority: enumOf(PERMIT_AUTHORITIES),
      reference: str,
      scope: str,
      status: enumOf(PERMIT_STATUSES),
      validFrom: nullableString,
      validTo: nullableString,
      openCases: int,
      decisions: str,
      lastCheckedOn: nullableString,
      lastCheckedByName: nullableString,
    }),
  ),
  freshness: Type.Object({ stale: Type.Boolean(), monthsSince: nullable(int) }),
  permitChecks: Type.Array(
    Type.Object({
      id: str,
      permitId: nullableString,
      permitReference: nullableString,
      plannedVisitId: nullableString,
      seen: enumOf(PERMIT_OBSERVATIONS),
      note: str,
      decisionReference: nullableString,
      checkedOn: str,
      checkedBy: str,
      checkedAt: dateTime,
    }),
  ),
  corrections: Type.Array(
    Type.Object({
      id: str,
      agreementId: str,
      agreementReference: str,
      description: str,
      sentOn: str,
      deadline: str,
      status: str,
    }),
  ),
  agreements: Type.Array(
    Type.Object({
      id: str,
      reference: str,
      title: str,
      status: enumOf(AGREEMENT_STATUSES),
      requirements: Type.Array(
        Type.Object({ id: str, kind: enumOf(REQUIREMENT_KINDS), description: str }),
      ),
    }),
  ),
  staffList: nullable(
    Type.Object({
      requestId: str,
      periodFrom: str,
      periodTo: str,
      status: str,
      deadline: str,
      submittedAt: nullableString,
      result: nullable(Type.Object({ met: int, notMet: int, notApplicable: int })),
    }),
  ),
  plannedVisits: Type.Array(plannedVisitResponse),
});

const outcomes = Type.Object({ met: int, partlyMet: int, notMet: int });

const visitProperties = {
  id: str,
  agreement: agreementRef,
  supplier: named,
  establishment: named,
  plannedVisitId: nullableString,
  visitedOn: str,
  participants: Type.Array(str),
  summary: str,
  createdBy: str,
  createdAt: dateTime,
  outcomes,
};

const finding = Type.Object({
  requirementId: str,
  kind: enumOf(REQUIREMENT_KINDS),
  description: str,
  outcome: enumOf(FINDING_OUTCOMES),
  text: str,
});

export const visitList = paged(Type.Object(visitProperties));

export const visitDetail = Type.Object({
  ...visitProperties,
  findings: Type.Array(finding),
  callingForCorrection: Type.Array(finding),
  documents: Type.Array(Type.Object({ id: str, fileName: str, contentType: str, sizeBytes: int })),
  logbookNotes: Type.Array(
    Type.Object({
      id: str,
      text: str,
      sensitive: Type.Boolean(),
      concern: Type.Boolean(),
      createdAt: dateTime,
    }),
  ),
  corrections: Type.Array(Type.Object({ id: str, status: str, requirementIds: Type.Array(str) })),
});
