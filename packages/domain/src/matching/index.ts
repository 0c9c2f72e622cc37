// Matching referrals to offers (issue 12): the public rules. Server code imports from here.
export * from './cascade-skips.ts';
export * from './constraints.ts';
export * from './freshness.ts';
export * from './legal-basis.ts';
export * from './match.ts';
export * from './not-approved.ts';
export * from './price-corridor.ts';
export * from './score.ts';
export * from './types.ts';
export * from './weights.ts';
