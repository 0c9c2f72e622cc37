// Framework agreements for other areas: call-offs and follow-up read agreements through these,
// never through the repository. The use cases live beside this file, one job each: reading.ts,
// drafting.ts, lots.ts, supplier-status.ts, requirements.ts, lifecycle.ts and
// calloff-eligibility.ts (shared.ts holds what they share).
import type { Db } from '../../../db/db.ts';
import * as repo from './repo.ts';

/** An agreement the organisation may see (it owns it or takes part in it); undefined otherwise. */
export function findVisibleAgreement(db: Db, organisationId: string, agreementId: string) {
  return repo.findVisibleAgreement(db, organisationId, agreementId);
}

/** Every supplier on the agreement's lots, with its rank and status per lot. */
export function suppliersOfAgreement(db: Db, agreementId: string) {
  return repo.suppliersOfAgreement(db, agreementId);
}
