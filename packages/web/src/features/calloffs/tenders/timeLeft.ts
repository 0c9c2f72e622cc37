// "3 days 4 hours left": how long until a deadline, for the supplier's reading only (the server's
// clock decides what is in time).
import type { TFunction } from 'i18next';

const HOUR = 3600_000;

export function timeLeft(t: TFunction, deadline: string): string {
  const ms = new Date(deadline).getTime() - Date.now();
  if (!(ms > 0)) return t('tenders.left.none');
  const hours = Math.floor(ms / HOUR);
  const days = Math.floor(hours / 24);
  if (days > 0) return t('tenders.left.days', { days, hours: hours % 24 });
  return t('tenders.left.hours', { hours, minutes: Math.floor((ms % HOUR) / 60_000) });
}
