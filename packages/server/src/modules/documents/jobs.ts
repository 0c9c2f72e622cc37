// Recurring work of the documents area (reminders and warnings through the outbox).
import type { Job } from '../../platform/scheduler.ts';

export const documentJobs: Job[] = [];
