// JSON schemas of the needs routes. The shapes mirror packages/domain/src/need.ts; the rules
// themselves (identity numbers, ranges, codes) are needProblems', so messages can say why.
import { NEED_KINDS, NEED_LIMITS, PERSON_GENDERS, INTENSITIES } from '@tildel/domain/need';
import { EDUCATION_CODES, MAX_YEARS_IN_AREA } from '@tildel/domain/consultant';
import { CALLOFF_PROCEDURES } from '@tildel/domain/procedures/derive';
import { PRICE_UNITS } from '@tildel/domain/taxonomy';
import { plainDate, text, uuid, version } from '../../../platform/schemas.ts';

export const NEED_STATUSES = [
  'draft',
  'submitted',
  'in_calloff',
  'fulfilled',
  'withdrawn',
] as const;

const shortText = text(NEED_LIMITS.shortText);
const longText = text(NEED_LIMITS.longText);
const code = text(60);
const codes = { type: 'array', items: code, maxItems: 30 } as const;
const languages = { type: 'array', items: text(3), maxItems: 30 } as const;
const count = (maximum: number) => ({ type: 'integer', minimum: 0, maximum }) as const;

const staffing = {
  type: 'object',
  additionalProperties: false,
  required: [
    'kind',
    'role',
    'area',
    'educationCodes',
    'yearsOfExperience',
    'languages',
    'start',
    'end',
    'extentPercent',
    'placeOfWork',
    'remotePossible',
    'positions',
    'description',
  ],
  properties: {
    kind: { type: 'string', enum: ['staffing'] },
    role: shortText,
    area: code,
    educationCodes: {
      type: 'array',
      items: { type: 'string', enum: [...EDUCATION_CODES] },
      maxItems: EDUCATION_CODES.length,
    },
    yearsOfExperience: count(MAX_YEARS_IN_AREA),
    languages,
    start: plainDate,
    end: plainDate,
    extentPercent: count(100),
    placeOfWork: shortText,
    remotePossible: { type: 'boolean' },
    positions: count(NEED_LIMITS.maxPositions),
    description: longText,
  },
} as const;

const person = {
  type: 'object',
  additionalProperties: false,
  required: [
    'age',
    'gender',
    'targetGroups',
    'needs',
    'languages',
    'homeCountry',
    'homeMunicipalityCode',
  ],
  properties: {
    age: count(NEED_LIMITS.maxAge),
    gender: { type: 'string', enum: [...PERSON_GENDERS] },
    targetGroups: codes,
    needs: longText,
    languages,
    homeCountry: { type: 'string', enum: ['SE', 'DK'] },
    homeMunicipalityCode: text(20),
  },
} as const;

const placement = {
  type: 'object',
  additionalProperties: false,
  required: [
    'kind',
    'person',
    'start',
    'expectedDurationDays',
    'intensity',
    'hoursPerWeek',
    'description',
  ],
  properties: {
    kind: { type: 'string', enum: ['placement', 'intervention'] },
    person,
    start: plainDate,
    expectedDurationDays: count(NEED_LIMITS.maxDurationDays),
    intensity: { type: 'string', enum: [...INTENSITIES] },
    hoursPerWeek: { type: ['integer', 'null'], minimum: 0, maximum: NEED_LIMITS.maxHoursPerWeek },
    description: longText,
  },
} as const;

/** A staffing need or a placement/intervention need, told apart by kind. */
const need = {
  type: 'object',
  required: ['kind'],
  properties: { kind: { type: 'string', enum: [...NEED_KINDS] } },
  if: { properties: { kind: { const: 'staffing' } } },
  then: staffing,
  else: placement,
} as const;

export const needParams = {
  type: 'object',
  required: ['orgId', 'needId'],
  additionalProperties: false,
  properties: { orgId: uuid, needId: uuid },
} as const;

export const listQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: [...NEED_STATUSES] },
    mine: { type: 'boolean', default: false },
    before: uuid,
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
  },
} as const;

export const createBody = {
  type: 'object',
  required: ['title', 'need'],
  additionalProperties: false,
  properties: { title: shortText, need },
} as const;

export const updateBody = {
  type: 'object',
  required: ['title', 'need', 'version'],
  additionalProperties: false,
  properties: { title: shortText, need, version },
} as const;

export const versionBody = {
  type: 'object',
  required: ['version'],
  additionalProperties: false,
  properties: { version },
} as const;

const summaryProperties = {
  id: { type: 'string' },
  kind: { type: 'string' },
  status: { type: 'string' },
  title: { type: 'string' },
  createdBy: {
    type: 'object',
    properties: { id: { type: 'string' }, name: { type: 'string' } },
  },
  createdAt: { type: 'string', format: 'date-time' },
  updatedAt: { type: 'string', format: 'date-time' },
  submittedAt: { type: ['string', 'null'], format: 'date-time' },
  withdrawnAt: { type: ['string', 'null'], format: 'date-time' },
  version: { type: 'integer' },
} as const;

export const needSummary = { type: 'object', properties: summaryProperties } as const;

/** The response keeps the need as stored (it passed the body schema when written). */
export const needDetail = {
  type: 'object',
  properties: {
    ...summaryProperties,
    need: { type: 'object', additionalProperties: true },
    sensitive: { type: 'boolean' },
  },
} as const;

const category = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'sv', 'da', 'en'],
  properties: {
    id: { type: 'string' },
    sv: { type: 'string' },
    da: { type: 'string' },
    en: { type: 'string' },
  },
} as const;

const volume = {
  type: 'object',
  additionalProperties: false,
  required: ['quantity', 'unit'],
  properties: { quantity: { type: 'number' }, unit: { type: 'string', enum: [...PRICE_UNITS] } },
} as const;

/** A reason (the procedure applies) or a refusal (it cannot be used now): a code to translate. */
const why = {
  type: 'object',
  additionalProperties: false,
  required: ['code'],
  properties: {
    code: { type: 'string' },
    params: {
      type: 'object',
      additionalProperties: false,
      properties: {
        volume: { type: 'number' },
        threshold: { type: 'number' },
        unit: { type: 'string' },
        given: { type: 'string' },
        validFrom: { type: 'string' },
        validTo: { type: 'string' },
        initialPeriodEndsOn: { type: 'string' },
        undecided: { type: 'integer' },
      },
    },
  },
} as const;

const calloffOption = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'source', 'lot', 'category', 'procedure', 'why'],
  properties: {
    kind: { type: 'string', enum: ['agreement_lot', 'dps_category'] },
    source: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'reference', 'title'],
      properties: {
        id: { type: 'string' },
        reference: { type: 'string' },
        title: { type: 'string' },
      },
    },
    lot: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['id', 'number', 'name'],
      properties: { id: { type: 'string' }, number: { type: 'integer' }, name: { type: 'string' } },
    },
    category,
    procedure: { type: ['string', 'null'], enum: [...CALLOFF_PROCEDURES, null] },
    why,
  },
} as const;

export const calloffOptions = {
  type: 'object',
  additionalProperties: false,
  required: ['expectedVolume', 'options'],
  properties: {
    expectedVolume: volume,
    options: { type: 'array', items: calloffOption },
  },
} as const;
