// Schemas of the proposals routes: proposals for a referral (with every constraint passed and
// every score part), exclusions with their reasons, and the price corridor (amounts only).
import { OFFER_FORMS } from '@tildel/domain/matching/vocabulary';
import { Type, type Static } from 'typebox';
import { SERVICE_KINDS, PRICE_UNITS } from '@tildel/domain/taxonomy';
import {
  amountMinor,
  currency,
  enumOf,
  nullableString,
  paramsOf,
} from '../../../platform/schemas.ts';

export const referralParams = paramsOf('orgId', 'referralId');

const CONSTRAINT_CODES = [
  'service_kind',
  'legal_basis',
  'target_group',
  'age',
  'gender',
  'capacity',
  'languages',
  'approval',
  'not_blocked',
  'route',
  'tariff',
] as const;
const SCORE_PARTS = ['distance', 'cost', 'quality', 'freshness', 'continuity'] as const;

/** What a person needs to read a constraint or score part ("no free place until 2027-01-15"). */
const params = Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]));
const money = Type.Object({ amountMinor, currency });
const themeScores = Type.Object({
  education_employment: Type.Integer(),
  independence_relations: Type.Integer(),
  target_group_methods_results: Type.Integer(),
  health_wellbeing: Type.Integer(),
  organisation_management: Type.Integer(),
  competences: Type.Integer(),
  physical_setting: Type.Integer(),
});

const offer = Type.Object({
  id: Type.String(),
  name: Type.String(),
  form: enumOf(OFFER_FORMS),
  placesTotal: Type.Integer(),
  placesFree: Type.Integer(),
  nextFreeOn: nullableString,
  confirmedAt: nullableString,
  approval: enumOf(['approved', 'pending', 'not_approved'] as const),
  assessedOn: nullableString,
  themeScores: Type.Union([themeScores, Type.Null()]),
  routes: Type.Array(
    Type.Object({
      kind: enumOf(['agreement', 'dps'] as const),
      id: Type.String(),
      name: Type.String(),
    }),
  ),
});

const meetingNote = Type.Object({
  id: Type.String(),
  metOn: Type.String(),
  participants: Type.String(),
  learned: Type.String(),
});

const proposal = Type.Object({
  rank: Type.Integer(),
  total: Type.Number(),
  offer,
  supplier: Type.Object({
    id: Type.String(),
    name: Type.String(),
    meetingNotes: Type.Array(meetingNote),
  }),
  passed: Type.Array(enumOf(CONSTRAINT_CODES)),
  parts: Type.Array(
    Type.Object({
      code: enumOf(SCORE_PARTS),
      score: Type.Number(),
      weight: Type.Number(),
      points: Type.Number(),
      params,
    }),
  ),
  expectedCost: money,
  distanceKm: Type.Number(),
  stale: Type.Boolean(),
  outsideAgreements: Type.Boolean(),
  notApproved: Type.Boolean(),
});

const exclusion = Type.Object({
  offer: Type.Object({ id: Type.String(), name: Type.String() }),
  supplier: Type.Object({ id: Type.String(), name: Type.String() }),
  failures: Type.Array(Type.Object({ code: enumOf(CONSTRAINT_CODES), params })),
});

export const proposalsAnswer = Type.Object({
  referral: Type.Object({
    id: Type.String(),
    serviceKind: enumOf(SERVICE_KINDS),
    startOn: Type.String(),
    currency,
    state: Type.String(),
  }),
  settings: Type.Object({
    freshnessLimitDays: Type.Integer(),
    allowOutsideAgreements: Type.Boolean(),
    weights: Type.Record(Type.String(), Type.Number()),
  }),
  proposals: Type.Object(
    {
      total: Type.Integer(),
      limit: Type.Integer(),
      items: Type.Array(proposal),
    },
    { description: 'The best proposals (at most `limit`), in rank order; `total` counts them all' },
  ),
  exclusions: Type.Object(
    {
      total: Type.Integer(),
      limit: Type.Integer(),
      byReason: Type.Array(Type.Object({ code: enumOf(CONSTRAINT_CODES), count: Type.Integer() })),
      items: Type.Array(exclusion),
    },
    {
      description:
        'Every excluded offer counted once under the first constraint it fails; at most `limit` listed with all their reasons',
    },
  ),
});

export const corridorQuery = Type.Object(
  {
    serviceKind: Type.Optional(enumOf(SERVICE_KINDS)),
    unit: Type.Optional(enumOf(PRICE_UNITS)),
    currency: Type.Optional(currency),
  },
  { additionalProperties: false },
);

export type CorridorQuery = Static<typeof corridorQuery>;

export const corridorAnswer = Type.Object({
  items: Type.Array(
    Type.Object({
      serviceKind: enumOf(SERVICE_KINDS),
      unit: enumOf(PRICE_UNITS),
      currency,
      count: Type.Integer(),
      lowest: amountMinor,
      lowerQuartile: amountMinor,
      median: amountMinor,
      upperQuartile: amountMinor,
      highest: amountMinor,
    }),
  ),
});
