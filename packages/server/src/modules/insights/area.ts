// The insights area: spend, prices, statistics, evaluation-model replay, exports and OCDS.
import type { Area } from '../../platform/area.ts';
import { REPLAY_MESSAGES } from './replay/messages.ts';
import { replayRoutes } from './replay/routes.ts';
import { STATISTICS_MESSAGES } from './statistics/messages.ts';
import { statisticsRoutes } from './statistics/routes.ts';

export const insightsArea: Area = {
  name: 'insights',
  routes: async (scope, deps) => {
    await replayRoutes(scope, deps);
    await statisticsRoutes(scope, deps);
  },
  texts: {
    ...REPLAY_MESSAGES,
    ...STATISTICS_MESSAGES,
  },
  jobs: [],
};
