// Matching referrals to offers (issue 12): the public rules. Server code imports from here.
export * from './constraints.ts';
export * from './freshness.ts';
export * from './match.ts';
export * from './score.ts';
export * from './types.ts';
export * from './weights.ts';
