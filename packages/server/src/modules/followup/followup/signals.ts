// The risk signals of the establishments a body follows up, read in a few set queries for all of
// them at once (signals-repo.ts; followup/risk.ts turns them into an order), and the key that
// pairs an establishment with an agreement across them.
export {
  boughtFrom,
  candidatePairs,
  concernsAbout,
  correctionsTo,
  findingsNotMet,
  permitsOf,
  plannedPairs,
  visitsTo,
  type CandidatePair,
} from './signals-repo.ts';

export const pairKey = (establishmentId: string, agreementId: string) =>
  `${establishmentId}|${agreementId}`;
