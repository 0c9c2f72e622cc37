// The insights area: spend, prices, statistics, evaluation-model replay, exports and OCDS.
import type { Area } from '../../platform/area.ts';
import { STATISTICS_MESSAGES } from './statistics/messages.ts';
import { statisticsRoutes } from './statistics/routes.ts';

export const insightsArea: Area = {
  name: 'insights',
  routes: async (scope, deps) => {
    await statisticsRoutes(scope, deps);
  },
  texts: {
    ...STATISTICS_MESSAGES,
  },
  jobs: [],
};
