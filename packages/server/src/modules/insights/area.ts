// The insights area: spend, prices, statistics, evaluation-model replay, exports and OCDS.
import type { Area } from '../../platform/area.ts';
import { REPLAY_MESSAGES } from './replay/messages.ts';
import { replayRoutes } from './replay/routes.ts';

export const insightsArea: Area = {
  name: 'insights',
  routes: async (scope, deps) => {
    await replayRoutes(scope, deps);
  },
  texts: {
    ...REPLAY_MESSAGES,
  },
  jobs: [],
};
