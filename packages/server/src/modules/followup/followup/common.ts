// What every follow-up use case needs: the body's local date and the problems they share.
import { localDate, type PlainDate } from '@tildel/domain/calendar';
import type { Deps } from '../../../platform/deps.ts';
import { Problem, notFound } from '../../../platform/problem.ts';
import * as repo from './repo.ts';

export { notFound };
export const stale = () => new Problem('conflict', 'followup.stale');

/** Today where the body works (its country's time zone), for plans, checks and visits. */
export async function bodyToday(
  deps: Pick<Deps, 'db' | 'clock'>,
  bodyId: string,
): Promise<PlainDate> {
  const country = await repo.bodyCountry(deps.db, bodyId);
  return localDate(deps.clock.now(), country ?? 'SE');
}

/** The moment twelve months before now: the window of "bought" and "logbook concerns". */
export function twelveMonthsBefore(now: Date): Date {
  const since = new Date(now);
  since.setUTCFullYear(since.getUTCFullYear() - 1);
  return since;
}
