// The follow-up area: plans and visits, staff lists, requests for correction, the shared logbook,
// and hiding or terminating a supplier after follow-up.
import type { Area } from '../../platform/area.ts';
import { correctionJobs } from './corrections/jobs.ts';
import { CORRECTION_MESSAGES } from './corrections/messages.ts';
import { correctionRoutes } from './corrections/routes.ts';
import { FOLLOWUP_MESSAGES } from './followup/messages.ts';
import { followupRoutes } from './followup/routes.ts';
import { HIDING_MESSAGES } from './hiding/messages.ts';
import { hidingRoutes } from './hiding/routes.ts';
import { LOGBOOK_MESSAGES } from './logbook/messages.ts';
import { logbookRoutes } from './logbook/routes.ts';
import { STAFF_LIST_MESSAGES } from './stafflists/messages.ts';
import { staffListRoutes } from './stafflists/routes.ts';

export const followupArea: Area = {
  name: 'followup',
  routes: async (scope, deps) => {
    await followupRoutes(scope, deps);
    await staffListRoutes(scope, deps);
    await correctionRoutes(scope, deps);
    await logbookRoutes(scope, deps);
    await hidingRoutes(scope, deps);
  },
  texts: {
    ...FOLLOWUP_MESSAGES,
    ...STAFF_LIST_MESSAGES,
    ...CORRECTION_MESSAGES,
    ...LOGBOOK_MESSAGES,
    ...HIDING_MESSAGES,
  },
  jobs: correctionJobs,
};
