// The words of the call-off procedures that the web app also needs (its forms and labels), kept
// apart from the rules so that importing them brings no holiday calendar into the browser.
// derive.ts and ranking.ts re-export them.

export const CALLOFF_PROCEDURES = [
  'ranking',
  'renewed_competition',
  'dps_specific_contract',
] as const;
export type CallOffProcedure = (typeof CALLOFF_PROCEDURES)[number];

export const SKIP_REASON_CODES = [
  'continuity_for_person',
  'siblings_placed_together',
  'cannot_meet_must_requirement',
  'other',
] as const;
export type SkipReasonCode = (typeof SKIP_REASON_CODES)[number];

export const RESPONSE_WINDOW_UNITS = ['hours', 'working_days'] as const;
