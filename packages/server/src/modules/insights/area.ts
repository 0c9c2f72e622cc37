// The insights area: spend, prices, statistics, evaluation-model replay, exports and OCDS. Empty
// until its issue is built; it is listed so the seven areas are visible and registered alike.
import type { Area } from '../../platform/area.ts';

export const insightsArea: Area = {
  name: 'insights',
  routes: async () => {},
  texts: {},
  jobs: [],
};
