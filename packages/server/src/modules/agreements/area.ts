// The agreements area: framework agreements with lots, rankings and hiding on an agreement, dynamic
// purchasing systems with qualification, and each procurement body's service taxonomy.
import type { Area } from '../../platform/area.ts';
import { AGREEMENT_MESSAGES } from './agreements/messages.ts';
import { agreementRoutes } from './agreements/routes.ts';
import { dpsJobs } from './dps/jobs.ts';
import { DPS_MESSAGES } from './dps/messages.ts';
import { dpsRoutes } from './dps/routes.ts';
import { TAXONOMY_MESSAGES } from './taxonomy/messages.ts';
import { taxonomyRoutes } from './taxonomy/routes.ts';

export const agreementsArea: Area = {
  name: 'agreements',
  routes: async (scope, deps) => {
    await taxonomyRoutes(scope, deps);
    await agreementRoutes(scope, deps);
    await dpsRoutes(scope, deps);
  },
  texts: { ...TAXONOMY_MESSAGES, ...AGREEMENT_MESSAGES, ...DPS_MESSAGES },
  jobs: dpsJobs,
};
