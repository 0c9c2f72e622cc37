// The contract of a supplier's offers: what a matching team chooses by (form, legal bases,
// capacity, tariffs, Socialtilsyn's assessment) and how fresh it is; the one-click confirmation;
// the CSV import's report; and the matching team's freshness share.
import { OFFER_FORMS } from '@tildel/domain/matching/vocabulary';
import { Type, type Static } from 'typebox';
import { LEGAL_BASIS_CODES } from '@tildel/domain/matching/legal-basis';
import { QUALITY_THEMES } from '@tildel/domain/matching/types';
import { GENDERS, PRICE_UNITS, SERVICE_KINDS } from '@tildel/domain/taxonomy';
import { paged, pageParams } from '../../../platform/paging.ts';
import {
  amountMinor,
  currency,
  dateTime,
  enumOf,
  nullable,
  nullableDate,
  nullableDateTime,
  nullableString,
  paramsOf,
  plainDate,
  problemDetails,
  storableText,
  text,
  unitPriceMinor,
  uuid,
  version,
} from '../../../platform/schemas.ts';

export const APPROVAL_STATUSES = ['approved', 'pending', 'not_approved'] as const;

export const offerParams = paramsOf('orgId', 'establishmentId');

/** A legal basis the offer is delivered under (packages/domain/src/matching/legal-basis.ts). */
const legalBasis = enumOf(LEGAL_BASIS_CODES);

export const offerBody = Type.Object(
  {
    form: enumOf(OFFER_FORMS),
    legalBases: Type.Array(legalBasis, { maxItems: LEGAL_BASIS_CODES.length, uniqueItems: true }),
    placesTotal: Type.Integer({ minimum: 0, maximum: 100_000 }),
    placesFree: Type.Integer({ minimum: 0, maximum: 100_000 }),
    nextFreeOn: nullableDate,
    assumedOccupancyPercent: nullable(Type.Integer({ minimum: 1, maximum: 100 })),
    version,
  },
  { additionalProperties: false },
);
export type OfferBody = Static<typeof offerBody>;

export const tariffBody = Type.Object(
  {
    unit: enumOf(PRICE_UNITS),
    amountMinor: unitPriceMinor,
    currency,
    validFrom: plainDate,
    negotiatedOn: Type.Optional(nullableDate),
    negotiatedByName: Type.Optional(nullable(text(200))),
  },
  { additionalProperties: false },
);
export type TariffBody = Static<typeof tariffBody>;

const score = Type.Integer({ minimum: 1, maximum: 5 });
const scores = Type.Object(
  Object.fromEntries(QUALITY_THEMES.map((theme) => [theme, score])) as Record<
    (typeof QUALITY_THEMES)[number],
    typeof score
  >,
  { additionalProperties: false },
);

export const assessmentBody = Type.Object(
  { assessedOn: plainDate, scores },
  { additionalProperties: false },
);
export type AssessmentBody = Static<typeof assessmentBody>;

export const confirmBody = Type.Object(
  {
    /** The offers to confirm; left out, every open offer of the supplier. */
    establishmentIds: Type.Optional(
      Type.Array(uuid, { minItems: 1, maxItems: 1000, uniqueItems: true }),
    ),
  },
  { additionalProperties: false },
);
export type ConfirmBody = Static<typeof confirmBody>;

export const confirmAnswer = Type.Object({
  confirmed: Type.Integer({ minimum: 0 }),
  confirmedAt: dateTime,
  confirmedBy: Type.Object({ name: Type.String() }),
});

const tariff = Type.Object({
  id: Type.String(),
  unit: enumOf(PRICE_UNITS),
  amountMinor,
  currency,
  validFrom: Type.String(),
  negotiatedOn: nullableString,
  negotiatedByName: nullableString,
  /** The tariff of its unit that applies today (the newest valid_from on or before today). */
  inForce: Type.Boolean(),
});

export const offer = Type.Object({
  id: Type.String(),
  name: Type.String(),
  serviceKind: enumOf(SERVICE_KINDS),
  country: enumOf(['SE', 'DK'] as const),
  form: enumOf(OFFER_FORMS),
  legalBases: Type.Array(Type.String()),
  targetGroups: Type.Array(Type.String()),
  ageMin: Type.Integer(),
  ageMax: Type.Integer(),
  gender: enumOf(GENDERS),
  placesTotal: Type.Integer(),
  placesFree: Type.Integer(),
  nextFreeOn: nullableString,
  assumedOccupancyPercent: nullable(Type.Integer()),
  tariffs: Type.Array(tariff),
  assessment: nullable(
    Type.Object({ authority: Type.String(), assessedOn: Type.String(), scores }),
  ),
  approval: Type.Object({ status: enumOf(APPROVAL_STATUSES), since: nullableString }),
  freshness: Type.Object({
    confirmedAt: nullableDateTime,
    confirmedBy: nullable(Type.Object({ name: Type.String() })),
    /** Never confirmed, or confirmed longer ago than the limit. */
    stale: Type.Boolean(),
    limitDays: Type.Integer(),
  }),
  version: Type.Integer(),
});

export const OFFER_SORTS = ['name', 'confirmedAt'] as const;
export const OFFER_PAGE_DEFAULTS = { sort: 'name', order: 'asc' } as const;
export const offerListQuery = Type.Object(
  {
    /** Only the offers not confirmed within the limit. */
    stale: Type.Optional(Type.Boolean()),
    ...pageParams(OFFER_SORTS, OFFER_PAGE_DEFAULTS),
  },
  { additionalProperties: false },
);
export type OfferListQuery = Static<typeof offerListQuery>;
export const offerPage = paged(offer);

// ---- import ------------------------------------------------------------------------------------

export const importBody = Type.Object(
  { csv: Type.String({ minLength: 1, maxLength: 1_000_000, pattern: storableText }) },
  { additionalProperties: false },
);

export const importReport = Type.Object({
  fileProblem: nullable(Type.Object({ code: Type.String(), message: Type.String() })),
  accepted: Type.Array(
    Type.Object({
      line: Type.Integer(),
      establishmentName: Type.String(),
      capacity: Type.Boolean(),
      tariff: Type.Boolean(),
      assessment: Type.Boolean(),
    }),
  ),
  rejected: Type.Array(
    Type.Object({
      line: Type.Integer(),
      establishmentName: Type.String(),
      reasons: Type.Array(
        Type.Object({ code: Type.String(), column: nullableString, message: Type.String() }),
      ),
    }),
  ),
});

export const importRejected = Type.Object(
  { ...problemDetails.properties, report: importReport },
  { description: 'The file was not imported: problem details with the whole report' },
);

// ---- freshness ---------------------------------------------------------------------------------

export const FRESHNESS_SORTS = ['confirmedAt', 'supplier'] as const;
export const FRESHNESS_PAGE_DEFAULTS = { sort: 'confirmedAt', order: 'asc' } as const;
export const freshnessQuery = Type.Object(pageParams(FRESHNESS_SORTS, FRESHNESS_PAGE_DEFAULTS), {
  additionalProperties: false,
});
export type FreshnessQuery = Static<typeof freshnessQuery>;

export const freshness = Type.Object({
  limitDays: Type.Integer(),
  goal: Type.Number(),
  confirmedWithinLimit: Type.Integer(),
  total: Type.Integer(),
  share: Type.Number(),
  meetsGoal: Type.Boolean(),
  /** The stale offers, the longest unconfirmed first, a page at a time. */
  stale: paged(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      supplier: Type.Object({ id: Type.String(), name: Type.String() }),
      confirmedAt: nullableDateTime,
      confirmedBy: nullable(Type.Object({ name: Type.String() })),
      remindedAt: nullableDateTime,
    }),
  ),
});
