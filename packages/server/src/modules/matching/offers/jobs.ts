// Recurring work of the offers: reminding suppliers of offers not confirmed within the limit.
import type { Job } from '../../../platform/scheduler.ts';
import { remindStaleOffers } from './freshness.ts';

export const offerJobs: Job[] = [
  {
    name: 'matching.offer_freshness_reminders',
    // Hourly: an offer turning stale is reminded of the same day, and only once per period.
    intervalSeconds: 60 * 60,
    run: async (deps) => {
      await remindStaleOffers(deps);
    },
  },
];
