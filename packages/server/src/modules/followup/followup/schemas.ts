// JSON schemas of the follow-up routes: what may come in, what goes out.
import {
  base64MaxLength,
  nonBlankText,
  nullableDate,
  nullableString,
  plainDate,
  text,
  uploadedFile,
  uuid,
  version,
} from '../../../platform/schemas.ts';
import { VISIT_DOCUMENTS } from './visits.ts';

const nullableUuid = { ...uuid, type: ['string', 'null'] } as const;
/** A plan's year as it comes in a path or query: digits only, read as a number by the route. */
const year = { type: 'string', pattern: '^20[0-9]{2}$' } as const;

export const yearParams = {
  type: 'object',
  required: ['orgId', 'year'],
  additionalProperties: false,
  properties: { orgId: uuid, year },
} as const;

export const plannedVisitParams = {
  type: 'object',
  required: ['orgId', 'year', 'plannedVisitId'],
  additionalProperties: false,
  properties: { orgId: uuid, year, plannedVisitId: uuid },
} as const;

export const establishmentParams = {
  type: 'object',
  required: ['orgId', 'establishmentId'],
  additionalProperties: false,
  properties: { orgId: uuid, establishmentId: uuid },
} as const;

export const visitParams = {
  type: 'object',
  required: ['orgId', 'visitId'],
  additionalProperties: false,
  properties: { orgId: uuid, visitId: uuid },
} as const;

export const documentParams = {
  type: 'object',
  required: ['orgId', 'visitId', 'fileId'],
  additionalProperties: false,
  properties: { orgId: uuid, visitId: uuid, fileId: uuid },
} as const;

export const candidatesQuery = {
  type: 'object',
  required: ['year'],
  additionalProperties: false,
  properties: { year },
} as const;

export const visitsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { establishmentId: uuid },
} as const;

export const planBody = {
  type: 'object',
  required: ['targetVisits'],
  additionalProperties: false,
  properties: { version, targetVisits: { type: 'integer', minimum: 0, maximum: 10000 } },
} as const;

export const plannedVisitBody = {
  type: 'object',
  required: ['agreementId', 'establishmentId'],
  additionalProperties: false,
  properties: { agreementId: uuid, establishmentId: uuid, plannedOn: nullableDate },
} as const;

export const plannedVisitChangeBody = {
  type: 'object',
  required: ['version'],
  additionalProperties: false,
  properties: { version, plannedOn: nullableDate, status: { type: 'string', enum: ['cancelled'] } },
} as const;

/** `seen` is checked by the domain rule, so a missing one is answered in words, per field. */
export const permitCheckBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    permitId: nullableUuid,
    plannedVisitId: nullableUuid,
    seen: { ...text(20), type: ['string', 'null'] },
    note: { ...text(4000), type: ['string', 'null'] },
    decisionReference: { ...text(200), type: ['string', 'null'] },
  },
} as const;

/** The longest base64 one document may take in a body. */
export const MAX_BASE64 = base64MaxLength(VISIT_DOCUMENTS.maxBytes);
export const MAX_DOCUMENTS = 5;

export const visitBody = {
  type: 'object',
  required: ['agreementId', 'establishmentId', 'visitedOn', 'participants', 'summary', 'findings'],
  additionalProperties: false,
  properties: {
    agreementId: uuid,
    establishmentId: uuid,
    plannedVisitId: nullableUuid,
    visitedOn: plainDate,
    participants: { type: 'array', minItems: 1, maxItems: 30, items: nonBlankText(200) },
    summary: text(8000),
    findings: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        required: ['requirementId', 'outcome'],
        additionalProperties: false,
        properties: { requirementId: uuid, outcome: text(20), text: text(4000) },
      },
    },
    logbookNote: {
      type: ['object', 'null'],
      required: ['text'],
      additionalProperties: false,
      properties: {
        text: text(4000),
        sensitive: { type: 'boolean' },
        concern: { type: 'boolean' },
      },
    },
    documents: {
      type: 'array',
      maxItems: MAX_DOCUMENTS,
      items: uploadedFile(VISIT_DOCUMENTS.maxBytes),
    },
  },
} as const;

// ---- responses ----------------------------------------------------------------------------------

const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const named = { type: 'object', properties: { id: str, name: str } } as const;
const agreementRef = {
  type: 'object',
  properties: { id: str, reference: str, title: str },
} as const;
const place = { type: 'object', properties: { id: str, name: str, city: str } } as const;

const plannedVisit = {
  type: 'object',
  properties: {
    id: str,
    agreement: agreementRef,
    supplier: named,
    establishment: place,
    plannedOn: nullableString,
    status: str,
    version: int,
  },
} as const;

export const plannedVisitResponse = plannedVisit;

export const planResponse = {
  type: 'object',
  properties: {
    year: int,
    plan: {
      type: ['object', 'null'],
      properties: { id: str, targetVisits: int, version: int },
    },
    visits: { type: 'array', items: plannedVisit },
    progress: {
      type: ['object', 'null'],
      properties: {
        done: int,
        target: int,
        expectedByToday: int,
        pace: { type: 'string', enum: ['ahead', 'on_pace', 'behind'] },
        upcoming: int,
        unscheduled: int,
        overdue: { type: 'array', items: str },
      },
    },
  },
} as const;

const permitSummary = {
  type: ['object', 'null'],
  properties: { status: str, openCases: int, lastCheckedOn: nullableString },
} as const;

export const candidatesResponse = {
  type: 'object',
  properties: {
    year: int,
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          rank: int,
          score: int,
          reasons: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                code: str,
                points: int,
                count: int,
                months: { type: ['integer', 'null'] },
                sharePercent: int,
              },
            },
          },
          agreement: agreementRef,
          supplier: named,
          establishment: place,
          openDeviations: int,
          permit: permitSummary,
          lastVisitOn: nullableString,
          bought: {
            type: ['object', 'null'],
            properties: { amountMinor: str, currency: str },
          },
          concernNotes: int,
          plannedVisitId: nullableString,
          doneThisYear: { type: 'boolean' },
        },
      },
    },
  },
} as const;

export const checklistResponse = {
  type: 'object',
  properties: {
    establishment: {
      type: 'object',
      properties: {
        id: str,
        name: str,
        serviceKind: str,
        street: str,
        postalCode: str,
        city: str,
        country: str,
      },
    },
    supplier: named,
    permits: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: str,
          authority: str,
          reference: str,
          scope: str,
          status: str,
          validFrom: nullableString,
          validTo: nullableString,
          openCases: int,
          decisions: str,
          lastCheckedOn: nullableString,
          lastCheckedByName: nullableString,
        },
      },
    },
    freshness: {
      type: 'object',
      properties: { stale: { type: 'boolean' }, monthsSince: { type: ['integer', 'null'] } },
    },
    permitChecks: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: str,
          permitId: nullableString,
          permitReference: nullableString,
          plannedVisitId: nullableString,
          seen: str,
          note: str,
          decisionReference: nullableString,
          checkedOn: str,
          checkedBy: str,
          checkedAt: { type: 'string', format: 'date-time' },
        },
      },
    },
    corrections: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: str,
          agreementId: str,
          agreementReference: str,
          description: str,
          sentOn: str,
          deadline: str,
          status: str,
        },
      },
    },
    agreements: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: str,
          reference: str,
          title: str,
          status: str,
          requirements: {
            type: 'array',
            items: { type: 'object', properties: { id: str, kind: str, description: str } },
          },
        },
      },
    },
    staffList: {
      type: ['object', 'null'],
      properties: {
        requestId: str,
        periodFrom: str,
        periodTo: str,
        status: str,
        deadline: str,
        submittedAt: nullableString,
        result: {
          type: ['object', 'null'],
          properties: { met: int, notMet: int, notApplicable: int },
        },
      },
    },
    plannedVisits: { type: 'array', items: plannedVisit },
  },
} as const;

const outcomes = {
  type: 'object',
  properties: { met: int, partlyMet: int, notMet: int },
} as const;

const visitProperties = {
  id: str,
  agreement: agreementRef,
  supplier: named,
  establishment: named,
  plannedVisitId: nullableString,
  visitedOn: str,
  participants: { type: 'array', items: str },
  summary: str,
  createdBy: str,
  createdAt: { type: 'string', format: 'date-time' },
  outcomes,
} as const;

const finding = {
  type: 'object',
  properties: { requirementId: str, kind: str, description: str, outcome: str, text: str },
} as const;

export const visitList = {
  type: 'object',
  properties: { items: { type: 'array', items: { type: 'object', properties: visitProperties } } },
} as const;

export const visitDetail = {
  type: 'object',
  properties: {
    ...visitProperties,
    findings: { type: 'array', items: finding },
    callingForCorrection: { type: 'array', items: finding },
    documents: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: str, fileName: str, contentType: str, sizeBytes: int },
      },
    },
    logbookNotes: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: str,
          text: str,
          sensitive: { type: 'boolean' },
          concern: { type: 'boolean' },
          createdAt: { type: 'string', format: 'date-time' },
        },
      },
    },
    corrections: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: str, status: str, requirementIds: { type: 'array', items: str } },
      },
    },
  },
} as const;

export const fileResponse = {
  type: 'string',
  format: 'binary',
  description: 'The file, with its Content-Type and Content-Disposition',
} as const;
