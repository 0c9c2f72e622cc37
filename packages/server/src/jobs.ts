// The recurring background jobs every server process may run (one at a time, see scheduler.ts).
import { purgeOldLoginFailures } from './platform/auth/login-limiter.ts';
import { purgeOldSessions } from './platform/auth/sessions.ts';
import type { Job } from './platform/scheduler.ts';
import { AREAS } from './areas.ts';

export const backgroundJobs: Job[] = [
  {
    name: 'sessions.purge',
    intervalSeconds: 3600,
    run: async ({ db, clock }) => {
      await purgeOldSessions(db, clock.now());
      await purgeOldLoginFailures(db, clock.now());
    },
  },
  ...AREAS.flatMap((area) => area.jobs),
];
