// The insights area: spend, prices, statistics, evaluation-model replay, exports and OCDS. Which
// orders an organisation sees is decided once, in scope-repo.ts.
import type { Area } from '../../platform/area.ts';
import { OCDS_MESSAGES } from './ocds/messages.ts';
import { ocdsRoutes } from './ocds/routes.ts';
import { REPLAY_MESSAGES } from './replay/messages.ts';
import { replayRoutes } from './replay/routes.ts';
import { SPEND_MESSAGES } from './spend/messages.ts';
import { spendRoutes } from './spend/routes.ts';
import { STATISTICS_MESSAGES } from './statistics/messages.ts';
import { statisticsRoutes } from './statistics/routes.ts';

export const insightsArea: Area = {
  name: 'insights',
  routes: async (scope, deps) => {
    await spendRoutes(scope, deps);
    await statisticsRoutes(scope, deps);
    await replayRoutes(scope, deps);
    await ocdsRoutes(scope, deps);
  },
  texts: {
    ...SPEND_MESSAGES,
    ...STATISTICS_MESSAGES,
    ...REPLAY_MESSAGES,
    ...OCDS_MESSAGES,
  },
  jobs: [],
};
