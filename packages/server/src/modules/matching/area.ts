// The matching area: the catalogue of what the market offers; matching referrals to offers and the
// documented offer survey come next.
import type { Area } from '../../platform/area.ts';
import { CATALOGUE_MESSAGES } from './catalogue/messages.ts';
import { catalogueRoutes } from './catalogue/routes.ts';
import { proposalsRoutes } from './proposals/routes.ts';

export const matchingArea: Area = {
  name: 'matching',
  routes: async (scope, deps) => {
    await catalogueRoutes(scope, deps);
    await proposalsRoutes(scope, deps);
  },
  texts: CATALOGUE_MESSAGES,
  jobs: [],
};
