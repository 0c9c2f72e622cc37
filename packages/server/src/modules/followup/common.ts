// What every follow-up use case needs: the body's local date and the problems they share.
import { localDate, type PlainDate } from '@tildel/domain/calendar';
import type { Deps } from '../../platform/deps.ts';
import { Problem } from '../../platform/problem.ts';

export const notFound = () => new Problem('not_found', 'problem.not_found.detail');
export const stale = () => new Problem('conflict', 'followup.stale');

/** Today where the body works (its country's time zone), for plans, checks and visits. */
export async function bodyToday(
  deps: Pick<Deps, 'db' | 'clock'>,
  bodyId: string,
): Promise<PlainDate> {
  const body = await deps.db
    .selectFrom('organisations')
    .select('country')
    .where('id', '=', bodyId)
    .executeTakeFirst();
  return localDate(deps.clock.now(), body?.country ?? 'SE');
}

/** The moment twelve months before now: the window of "bought" and "logbook concerns". */
export function twelveMonthsBefore(now: Date): Date {
  const since = new Date(now);
  since.setUTCFullYear(since.getUTCFullYear() - 1);
  return since;
}
