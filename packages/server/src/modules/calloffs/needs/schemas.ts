// The contract of the needs routes. The shapes mirror packages/domain/src/need.ts; the rules
// themselves (identity numbers, ranges, codes) are needProblems', so messages can say why.
import { Type, type Static } from 'typebox';
import {
  NEED_KINDS,
  NEED_LIMITS,
  PERSON_GENDERS,
  INTENSITIES,
  type Need,
} from '@tildel/domain/need';
import { EDUCATION_CODES, MAX_YEARS_IN_AREA } from '@tildel/domain/consultant';
import { CALLOFF_PROCEDURES } from '@tildel/domain/procedures/derive';
import { PRICE_UNITS } from '@tildel/domain/taxonomy';
import {
  country,
  dateTime,
  enumOf,
  nullable,
  nullableDateTime,
  paramsOf,
  plainDate,
  text,
  version,
} from '../../../platform/schemas.ts';
import { paged, pageParams } from '../../../platform/paging.ts';

export const NEED_STATUSES = [
  'draft',
  'submitted',
  'in_calloff',
  'fulfilled',
  'withdrawn',
] as const;

/** What a call-off is made under: a lot of a framework agreement, or a category of a DPS. */
export const CALLOFF_OPTION_KINDS = ['agreement_lot', 'dps_category'] as const;

const shortText = text(NEED_LIMITS.shortText);
const longText = text(NEED_LIMITS.longText);
const code = text(60);
const codes = Type.Array(code, { maxItems: 30 });
const languages = Type.Array(text(3), { maxItems: 30 });
const count = (maximum: number) => Type.Integer({ minimum: 0, maximum });

const staffing = Type.Object(
  {
    kind: enumOf(['staffing'] as const),
    role: shortText,
    area: code,
    educationCodes: Type.Array(enumOf(EDUCATION_CODES), { maxItems: EDUCATION_CODES.length }),
    yearsOfExperience: count(MAX_YEARS_IN_AREA),
    languages,
    start: plainDate,
    end: plainDate,
    extentPercent: count(100),
    placeOfWork: shortText,
    remotePossible: Type.Boolean(),
    positions: count(NEED_LIMITS.maxPositions),
    description: longText,
  },
  { additionalProperties: false },
);

const person = Type.Object(
  {
    age: count(NEED_LIMITS.maxAge),
    gender: enumOf(PERSON_GENDERS),
    targetGroups: codes,
    needs: longText,
    languages,
    homeCountry: country,
    homeMunicipalityCode: text(20),
  },
  { additionalProperties: false },
);

const placement = Type.Object(
  {
    kind: enumOf(['placement', 'intervention'] as const),
    person,
    start: plainDate,
    expectedDurationDays: count(NEED_LIMITS.maxDurationDays),
    intensity: enumOf(INTENSITIES),
    hoursPerWeek: nullable(Type.Integer({ minimum: 0, maximum: NEED_LIMITS.maxHoursPerWeek })),
    description: longText,
  },
  { additionalProperties: false },
);

/** A staffing need or a placement/intervention need, told apart by kind. */
const need = Type.Unsafe<Need>({
  type: 'object',
  required: ['kind'],
  properties: { kind: enumOf(NEED_KINDS) },
  if: { properties: { kind: { const: 'staffing' } } },
  then: staffing,
  else: placement,
});

export const needParams = paramsOf('orgId', 'needId');

/** How the list of needs may be sorted; newest first as it always was. */
export const NEED_SORTS = ['created', 'updated', 'title', 'status'] as const;
export type NeedSort = (typeof NEED_SORTS)[number];
export const NEED_PAGE_DEFAULTS = { sort: 'created', order: 'desc' } as const;

export const listQuery = Type.Object(
  {
    status: Type.Optional(enumOf(NEED_STATUSES)),
    mine: Type.Optional(Type.Boolean({ default: false })),
    ...pageParams(NEED_SORTS, NEED_PAGE_DEFAULTS),
  },
  { additionalProperties: false },
);
export type ListQuery = Static<typeof listQuery>;

export const createBody = Type.Object({ title: shortText, need }, { additionalProperties: false });
export type NeedInput = Static<typeof createBody>;

export const updateBody = Type.Object(
  { title: shortText, need, version },
  { additionalProperties: false },
);
export type UpdateInput = Static<typeof updateBody>;

// ---- responses --------------------------------------------------------------------------------

const summaryProperties = {
  id: Type.String(),
  kind: enumOf(NEED_KINDS),
  status: enumOf(NEED_STATUSES),
  title: Type.String(),
  createdBy: Type.Object({ id: Type.String(), name: Type.String() }),
  createdAt: dateTime,
  updatedAt: dateTime,
  submittedAt: nullableDateTime,
  withdrawnAt: nullableDateTime,
  /** When the free text about the person was emptied under the retention rule (RETENTION_YEARS). */
  textPurgedAt: nullableDateTime,
  version: Type.Integer(),
};

export const needSummary = Type.Object(summaryProperties);
export const needList = paged(needSummary);

/**
 * The need as stored, in full: it passed the body schema when written, and is answered as it is
 * (an open object, so nothing of it is dropped or changed on the way out).
 */
export const storedNeed = Type.Unsafe<Need>({ type: 'object', additionalProperties: true });

export const needDetail = Type.Object({
  ...summaryProperties,
  need: storedNeed,
  /** The free text about a person: each read of it is logged. */
  sensitive: Type.Boolean(),
});

const category = Type.Object(
  { id: Type.String(), sv: Type.String(), da: Type.String(), en: Type.String() },
  { additionalProperties: false },
);

const volume = Type.Object(
  { quantity: Type.Number(), unit: enumOf(PRICE_UNITS) },
  { additionalProperties: false },
);

/** A reason (the procedure applies) or a refusal (it cannot be used now): a code to translate. */
export const why = Type.Object(
  {
    code: Type.String(),
    params: Type.Optional(
      Type.Object(
        {
          volume: Type.Optional(Type.Number()),
          threshold: Type.Optional(Type.Number()),
          unit: Type.Optional(enumOf(PRICE_UNITS)),
          given: Type.Optional(enumOf(PRICE_UNITS)),
          validFrom: Type.Optional(Type.String()),
          validTo: Type.Optional(Type.String()),
          initialPeriodEndsOn: Type.Optional(Type.String()),
          undecided: Type.Optional(Type.Integer()),
        },
        // Every parameter belongs to some codes only: none is always there.
        { additionalProperties: false, required: [] },
      ),
    ),
  },
  { additionalProperties: false },
);

/** The agreement or DPS a way to call off belongs to. */
const optionSource = Type.Object(
  { id: Type.String(), reference: Type.String(), title: Type.String() },
  { additionalProperties: false },
);

const calloffOption = Type.Object(
  {
    kind: enumOf(CALLOFF_OPTION_KINDS),
    source: optionSource,
    lot: nullable(
      Type.Object(
        { id: Type.String(), number: Type.Integer(), name: Type.String() },
        { additionalProperties: false },
      ),
    ),
    category,
    /** Null when it cannot be used now; `why` then holds the refusal. */
    procedure: nullable(enumOf(CALLOFF_PROCEDURES)),
    why,
  },
  { additionalProperties: false },
);

export const calloffOptions = Type.Object(
  {
    expectedVolume: volume,
    options: Type.Array(calloffOption),
    /** Per agreement, how many of its lots cover only other municipalities (not in `options`). */
    otherAreas: Type.Array(
      Type.Object(
        {
          source: optionSource,
          lots: Type.Integer({ minimum: 1 }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
