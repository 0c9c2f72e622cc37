// JSON-schema pieces of the staff-list area.
import {
  STAFF_LIST_COLUMNS,
  STAFF_LIST_MAX_ROWS,
  STAFF_NAME_MAX_LENGTH,
} from '@tildel/domain/staff-list/index';
import { STAFF_LIST_FILE_MAX_BYTES } from './staff-list-file.ts';
import {
  base64MaxLength,
  plainDate,
  problemDetails,
  text,
  uploadedFile,
  uuid,
} from '../../../platform/schemas.ts';

export const requestParams = {
  type: 'object',
  required: ['orgId', 'requestId'],
  additionalProperties: false,
  properties: { orgId: uuid, requestId: uuid },
} as const;

export const listQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { status: { type: 'string', enum: ['requested', 'submitted'] } },
} as const;

/** An instant as ISO 8601, in the years PostgreSQL and the rest of Tildel accept. */
const instant = {
  type: 'string',
  format: 'date-time',
  maxLength: 40,
  pattern: '^(19|20)[0-9]{2}-',
} as const;

export const requestBody = {
  type: 'object',
  required: [
    'agreementId',
    'establishmentId',
    'periodFrom',
    'periodTo',
    'placedResidents',
    'deadline',
  ],
  additionalProperties: false,
  properties: {
    agreementId: uuid,
    establishmentId: uuid,
    periodFrom: plainDate,
    periodTo: plainDate,
    placedResidents: { type: 'integer', minimum: 0, maximum: 1000 },
    deadline: instant,
    message: text(2000),
  },
} as const;

// 2 MB of file is about 2.7 MB of base64; a little more passes so the reader names the limit.
export const MAX_BASE64 = base64MaxLength(STAFF_LIST_FILE_MAX_BYTES);

export const fileBody = uploadedFile(STAFF_LIST_FILE_MAX_BYTES);

/** A cell as typed; the domain's parser says what it must hold, as it does for a file. */
const cell = text(STAFF_NAME_MAX_LENGTH + 50);

export const rowsBody = {
  type: 'object',
  required: ['rows'],
  additionalProperties: false,
  properties: {
    rows: {
      type: 'array',
      maxItems: STAFF_LIST_MAX_ROWS,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(STAFF_LIST_COLUMNS.map((c) => [c, cell])),
      },
    },
  },
} as const;

const named = {
  type: 'object',
  properties: { id: { type: 'string' }, name: { type: 'string' } },
} as const;

export const request = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    body: named,
    agreement: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        reference: { type: 'string' },
        title: { type: 'string' },
      },
    },
    supplier: named,
    establishment: named,
    periodFrom: { type: 'string' },
    periodTo: { type: 'string' },
    placedResidents: { type: 'integer' },
    deadline: { type: 'string' },
    message: { type: 'string' },
    status: { type: 'string' },
    overdue: { type: 'boolean' },
    requestedAt: { type: 'string' },
    version: { type: 'integer' },
  },
} as const;

export const requestList = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          ...request.properties,
          latest: {
            type: ['object', 'null'],
            properties: {
              submittedAt: { type: 'string' },
              met: { type: 'integer' },
              notMet: { type: 'integer' },
              notApplicable: { type: 'integer' },
            },
          },
        },
      },
    },
  },
} as const;

const rowNumbers = { type: 'array', items: { type: 'integer' } } as const;
const measure = {
  type: ['object', 'null'],
  properties: {
    unit: { type: 'string' },
    measured: { type: 'integer' },
    required: { type: 'integer' },
    shortfall: { type: 'integer' },
  },
} as const;
/** A requirement's parameters differ by kind; parseRequirement has checked them. */
const requirement = { type: 'object', additionalProperties: true } as const;

const staffRow = {
  type: 'object',
  properties: {
    row: { type: 'integer' },
    name: { type: 'string' },
    role: { type: 'string' },
    education: { type: 'string' },
    yearsInRoleHundredths: { type: ['integer', 'null'] },
    employmentHundredths: { type: 'integer' },
    hoursHundredths: {
      type: 'object',
      properties: {
        day: { type: 'integer' },
        evening: { type: 'integer' },
        night: { type: 'integer' },
      },
    },
    nightAwake: { type: 'boolean' },
  },
} as const;

const submissionFacts = {
  id: { type: 'string' },
  source: { type: 'string' },
  fileName: { type: ['string', 'null'] },
  submittedAt: { type: 'string' },
  submittedByName: { type: 'string' },
} as const;

export const requestDetail = {
  type: 'object',
  properties: {
    request,
    requirements: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'string' }, description: { type: 'string' }, requirement },
      },
    },
    latest: {
      type: ['object', 'null'],
      properties: { ...submissionFacts, rows: { type: 'array', items: staffRow } },
    },
    report: {
      type: ['array', 'null'],
      items: {
        type: 'object',
        properties: {
          requirementId: { type: 'string' },
          description: { type: 'string' },
          requirement,
          kind: { type: 'string' },
          outcome: { type: 'string' },
          measure,
          countedRows: rowNumbers,
          failedRows: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                row: { type: 'integer' },
                reasons: { type: 'array', items: { type: 'string' } },
              },
            },
          },
          shifts: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                shift: { type: 'string' },
                outcome: { type: 'string' },
                ...measure.properties,
                countedRows: rowNumbers,
              },
            },
          },
          notApplicable: { type: 'string' },
        },
      },
    },
    history: {
      type: 'array',
      items: {
        type: 'object',
        properties: { ...submissionFacts, rowCount: { type: 'integer' } },
      },
    },
  },
} as const;

export const choices = {
  type: 'object',
  properties: {
    agreements: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          reference: { type: 'string' },
          title: { type: 'string' },
          establishments: {
            type: 'array',
            items: { type: 'object', properties: { ...named.properties, supplier: named } },
          },
        },
      },
    },
  },
} as const;

/** A list refused whole: every problem with its row, column and reason in words. */
export const rejected = {
  ...problemDetails,
  properties: {
    ...problemDetails.properties,
    problems: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          row: { type: 'integer' },
          column: { type: ['string', 'null'] },
          heading: { type: ['string', 'null'] },
          reason: { type: 'string' },
          message: { type: 'string' },
        },
      },
    },
  },
} as const;
