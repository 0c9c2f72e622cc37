// The call-offs area: needs, call-offs and their invitations, sealed bids, evaluation and award,
// the ranking cascade, and the orders (avropsavtal) that end them.
import type { Area } from '../../platform/area.ts';
import { AWARD_MESSAGES } from './awards/messages.ts';
import { awardRoutes } from './awards/routes.ts';
import { BID_MESSAGES } from './bids/messages.ts';
import { bidRoutes } from './bids/routes.ts';
import { CALLOFF_MESSAGES } from './calloffs/messages.ts';
import { calloffRoutes } from './calloffs/routes.ts';
import { cascadeJobs } from './cascade/jobs.ts';
import { CASCADE_MESSAGES } from './cascade/messages.ts';
import { cascadeRoutes } from './cascade/routes.ts';
import { INVITATION_MESSAGES } from './invitations/messages.ts';
import { invitationRoutes } from './invitations/routes.ts';
import { NEED_MESSAGES } from './needs/messages.ts';
import { retentionJobs } from './needs/retention.ts';
import { needRoutes } from './needs/routes.ts';
import { ORDER_MESSAGES } from './orders/messages.ts';
import { orderRoutes } from './orders/routes.ts';

export const calloffsArea: Area = {
  name: 'calloffs',
  routes: async (scope, deps) => {
    await needRoutes(scope, deps);
    await calloffRoutes(scope, deps);
    await invitationRoutes(scope, deps);
    await bidRoutes(scope, deps);
    await awardRoutes(scope, deps);
    await cascadeRoutes(scope, deps);
    await orderRoutes(scope, deps);
  },
  texts: {
    ...NEED_MESSAGES,
    ...CALLOFF_MESSAGES,
    ...INVITATION_MESSAGES,
    ...BID_MESSAGES,
    ...AWARD_MESSAGES,
    ...CASCADE_MESSAGES,
    ...ORDER_MESSAGES,
  },
  jobs: [...cascadeJobs, ...retentionJobs],
};
