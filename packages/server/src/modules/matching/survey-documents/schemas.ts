// Schemas of the survey documents and the supervisor's consent.
import { Type, type Static } from 'typebox';
import {
  dateTime,
  nonBlankText,
  paramsOf,
  plainDate,
  uuid,
  version,
} from '../../../platform/schemas.ts';

export const orderParams = paramsOf('orgId', 'orderId');
export const referralParams = paramsOf('orgId', 'referralId');

/** Socialtilsyn's (or IVO's) consent to three more weeks of a not-approved offer. */
export const consentBody = Type.Object(
  {
    /** What the authority said and who said it (journal number, case officer). */
    note: nonBlankText(2000),
    /** The day the authority gave its consent. */
    consentOn: plainDate,
    version,
  },
  { additionalProperties: false },
);
export type ConsentInput = Static<typeof consentBody>;

export const consentAnswer = Type.Object(
  {
    orderId: uuid,
    notApprovedUntil: plainDate,
    supervisorConsentAt: dateTime,
    supervisorConsentNote: Type.String(),
    version,
  },
  { additionalProperties: false },
);
