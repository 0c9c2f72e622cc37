// The insights area: spend, prices, statistics, evaluation-model replay, exports and OCDS. Which
// orders an organisation sees is decided once, in scope-repo.ts.
import type { Area } from '../../platform/area.ts';
import { SPEND_MESSAGES } from './spend/messages.ts';
import { spendRoutes } from './spend/routes.ts';

export const insightsArea: Area = {
  name: 'insights',
  routes: async (scope, deps) => {
    await spendRoutes(scope, deps);
  },
  texts: {
    ...SPEND_MESSAGES,
  },
  jobs: [],
};
