// Recurring work of the dps area (reminders and warnings through the outbox).
import type { Job } from '../../platform/scheduler.ts';

export const dpsJobs: Job[] = [];
