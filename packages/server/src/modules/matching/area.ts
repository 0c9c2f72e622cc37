// The matching area: the catalogue of what the market offers, and referrals to the municipality's
// matching team; matching referrals to offers and the documented offer survey come next.
import type { Area } from '../../platform/area.ts';
import { CATALOGUE_MESSAGES } from './catalogue/messages.ts';
import { catalogueRoutes } from './catalogue/routes.ts';
import { proposalsRoutes } from './proposals/routes.ts';
import { REFERRAL_MESSAGES } from './referrals/messages.ts';
import { referralRoutes } from './referrals/routes.ts';
import { SURVEY_MESSAGES } from './survey/messages.ts';
import { surveyRoutes } from './survey/routes.ts';

export const matchingArea: Area = {
  name: 'matching',
  routes: async (scope, deps) => {
    await catalogueRoutes(scope, deps);
    await proposalsRoutes(scope, deps);
    await referralRoutes(scope, deps);
    await surveyRoutes(scope, deps);
  },
  texts: { ...CATALOGUE_MESSAGES, ...REFERRAL_MESSAGES, ...SURVEY_MESSAGES },
  jobs: [],
};
