// The words of matching and the offer survey that the server's schemas and the web's forms both
// need, kept apart from the rules so that importing them brings no holiday calendar into the
// browser. referral.ts and types.ts build on them.

/** What an offer is: a home with places, an open-care team or a consultant pool. */
export const OFFER_FORMS = ['establishment', 'team', 'consultant_pool'] as const;
export const REFERRAL_KINDS = ['new', 'extension', 'adjustment'] as const;
export const URGENCIES = ['today', 'within_5_working_days', 'later'] as const;
/** Face-to-face hours a week, or a place. */
export const INTENSITY_KINDS = ['hours_per_week', 'place'] as const;
/** The states in the order a referral moves through them; 'withdrawn' ends it from any open state. */
export const REFERRAL_STATES = [
  'new',
  'surveying',
  'awaiting_answers',
  'negotiating',
  'decided',
  'ordered',
  'withdrawn',
] as const;
/** A survey request's states. */
export const SURVEY_REQUEST_STATES = ['sent', 'answered', 'expired', 'withdrawn'] as const;
