// Recurring work of the documents area (reminders and warnings through the outbox).
import type { Job } from '../../../platform/scheduler.ts';
import { warnExpiringDocuments } from './service.ts';

export const documentJobs: Job[] = [
  {
    name: 'documents.expiry_warnings',
    intervalSeconds: 24 * 60 * 60,
    run: async (deps) => {
      await warnExpiringDocuments(deps);
    },
  },
];
