// The insights area: spend, prices, statistics, evaluation-model replay, exports and OCDS. Empty
// until its issue is built; it is listed so the seven areas are visible and registered alike.
import type { Area } from '../../platform/area.ts';
import { OCDS_MESSAGES } from './ocds/messages.ts';
import { ocdsRoutes } from './ocds/routes.ts';

export const insightsArea: Area = {
  name: 'insights',
  routes: async (scope, deps) => {
    await ocdsRoutes(scope, deps);
  },
  texts: { ...OCDS_MESSAGES },
  jobs: [],
};
