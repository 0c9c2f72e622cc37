// The key that pairs an establishment with an agreement across the risk signals (signals-repo.ts
// reads them for all followed-up establishments at once; followup/risk.ts orders them).
export const pairKey = (establishmentId: string, agreementId: string) =>
  `${establishmentId}|${agreementId}`;
