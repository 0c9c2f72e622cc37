// The call-off procedures: which one applies, who is invited, the ranking cascade and the
// minimum tender period.
export * from './derive.ts';
export * from './invitations.ts';
export * from './ranking.ts';
export * from './standstill.ts';
export * from './tender-period.ts';
