// The contract of the offer survey routes: the matching team's side (send, read, negotiate,
// choose) and the supplier's (its requests, the pseudonymised referral, its answer). A supplier's
// shapes carry no case reference, no sensitive text and nothing of another supplier's.
import {
  INTENSITY_KINDS,
  REFERRAL_KINDS,
  SURVEY_REQUEST_STATES,
  URGENCIES,
} from '@tildel/domain/matching/vocabulary';
import { Type, type Static } from 'typebox';
import { REFERRAL_STATES } from '@tildel/domain/matching/referral';
import { PRICE_UNITS } from '@tildel/domain/taxonomy';
import {
  currency,
  dateTime,
  enumOf,
  nonBlankText,
  nullable,
  nullableDateTime,
  paramsOf,
  plainDate,
  text,
  unitPriceMinor,
  uuid,
  version,
} from '../../../platform/schemas.ts';
import { paged, pageParams } from '../../../platform/paging.ts';

export type RequestState = (typeof SURVEY_REQUEST_STATES)[number];

export const referralParams = paramsOf('orgId', 'referralId');
export const requestParams = paramsOf('orgId', 'requestId');

/** At most this many offers asked in one send (an acute send-to-all asks every proposal). */
export const MAX_ASKED = 50;

export const sendBody = Type.Object(
  {
    establishmentIds: Type.Array(uuid, { minItems: 1, maxItems: MAX_ASKED, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type SendInput = Static<typeof sendBody>;

export const acuteBody = Type.Object({}, { additionalProperties: false });

const named = Type.Object({ id: Type.String(), name: Type.String() });
const priceUnit = enumOf(PRICE_UNITS);

const answer = Type.Object({
  available: Type.Boolean(),
  earliestStart: nullable(plainDate),
  priceMinor: nullable(Type.Integer()),
  priceUnit: nullable(priceUnit),
  currency: nullable(currency),
  questions: Type.String(),
  placeHeldUntil: nullableDateTime,
  answeredAt: dateTime,
});

const round = Type.Object({
  round: Type.Integer({ minimum: 1 }),
  priceAskedMinor: Type.Integer(),
  priceAgreedMinor: nullable(Type.Integer()),
  currency,
  unit: priceUnit,
  note: Type.String(),
  recordedBy: Type.Object({ name: Type.String() }),
  recordedAt: dateTime,
});

/** One request as the asking municipality reads it. */
const surveyRequest = Type.Object({
  id: Type.String(),
  offer: named,
  supplier: named,
  acute: Type.Boolean(),
  sentAt: dateTime,
  sentBy: Type.Object({ name: Type.String() }),
  replyBy: dateTime,
  state: enumOf(SURVEY_REQUEST_STATES),
  answer: nullable(answer),
  rounds: Type.Array(round),
  chosen: Type.Boolean(),
});

export const surveyAnswer = Type.Object({
  referral: Type.Object({
    id: Type.String(),
    kind: enumOf(REFERRAL_KINDS),
    state: enumOf(REFERRAL_STATES),
    urgency: enumOf(URGENCIES),
    orderId: nullable(Type.String({ description: 'The order the choice made or changed' })),
    choiceReason: nullable(Type.String()),
    decidedAt: nullableDateTime,
  }),
  consideredOffers: Type.Integer({ minimum: 0 }),
  consideredLeftOut: Type.Integer({
    minimum: 0,
    description:
      "Offers of the referral's kind that matching's first checks (legal basis, target group, age, gender, language, route) left out when the survey began: counted, not listed",
  }),
  requests: Type.Array(surveyRequest),
});
export type SurveyAnswer = Static<typeof surveyAnswer>;

export const negotiationBody = Type.Object(
  {
    priceAskedMinor: unitPriceMinor,
    priceAgreedMinor: Type.Optional(nullable(unitPriceMinor)),
    note: Type.Optional(text(2000)),
  },
  { additionalProperties: false },
);
export type NegotiationInput = Static<typeof negotiationBody>;

export const choiceBody = Type.Object(
  {
    requestId: uuid,
    reason: nonBlankText(2000),
    /** Only for an offer not approved by the supervisory authority: why no approved offer fits. */
    notApprovedReason: Type.Optional(text(2000)),
  },
  { additionalProperties: false },
);
export type ChoiceInput = Static<typeof choiceBody>;

// ---- the supplier's side -----------------------------------------------------------------------

export const OFFER_REQUEST_SORTS = ['reply_by', 'sent'] as const;
export type OfferRequestSort = (typeof OFFER_REQUEST_SORTS)[number];
export const OFFER_REQUEST_PAGE_DEFAULTS = { sort: 'reply_by', order: 'asc' } as const;

export const offerRequestsQuery = Type.Object(
  { ...pageParams(OFFER_REQUEST_SORTS, OFFER_REQUEST_PAGE_DEFAULTS) },
  { additionalProperties: false },
);
export type OfferRequestsQuery = Static<typeof offerRequestsQuery>;

const offerRequestSummary = Type.Object({
  id: Type.String(),
  municipality: named,
  offer: named,
  serviceKind: Type.String(),
  acute: Type.Boolean(),
  sentAt: dateTime,
  replyBy: dateTime,
  state: enumOf(SURVEY_REQUEST_STATES),
  /** Still answerable: sent or answered, and before the reply window closes. */
  open: Type.Boolean(),
  version,
});

export const offerRequestsAnswer = paged(offerRequestSummary);

/** The pseudonymised referral a supplier is asked about: never a case reference or who the person cannot live with. */
const pseudonymisedReferral = Type.Object({
  kind: enumOf(REFERRAL_KINDS),
  serviceKind: Type.String(),
  legalBasis: Type.String(),
  purpose: Type.String(),
  startOn: plainDate,
  expectedDurationDays: Type.Integer(),
  intensity: Type.Object({
    kind: enumOf(INTENSITY_KINDS),
    hoursPerWeek: nullable(Type.Number()),
  }),
  urgency: enumOf(URGENCIES),
  person: Type.Object({
    age: Type.Integer(),
    gender: Type.String(),
    targetGroups: Type.Array(Type.String()),
    needs: Type.String(),
    languages: Type.Array(Type.String()),
  }),
});

export const offerRequestAnswer = Type.Object({
  ...offerRequestSummary.properties,
  referral: pseudonymisedReferral,
  /** The supplier's own answer, if given. */
  answer: nullable(answer),
  /** The currency prices are given in (the municipality's). */
  currency,
});
export type OfferRequestView = Static<typeof offerRequestAnswer>;

export const answerBody = Type.Object(
  {
    version,
    available: Type.Boolean(),
    earliestStart: Type.Optional(nullable(plainDate)),
    priceMinor: Type.Optional(nullable(unitPriceMinor)),
    priceUnit: Type.Optional(nullable(priceUnit)),
    questions: Type.Optional(text(2000)),
    /** Acute requests only: hold a place for the reply window. */
    holdPlace: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type AnswerInput = Static<typeof answerBody>;
