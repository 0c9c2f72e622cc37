// Compliance documents (insurance, tax and social-security certificates, collective agreement)
// expire. Thirty days before a document's last valid day, the supplier and the procurement
// officers who rely on it are warned once; a replaced document is no longer anyone's concern.
import { addCalendarDays, type PlainDate } from './plain-date.ts';

export const EXPIRY_WARNING_DAYS = 30;

export interface ExpiringDocument {
  validUntil: PlainDate | null;
  expiryWarnedAt: string | Date | null;
  replacedAt: string | Date | null;
}

/** The first day on which a warning for a document valid until that day is due. */
export function expiryWarningDay(validUntil: PlainDate): PlainDate {
  return addCalendarDays(validUntil, -EXPIRY_WARNING_DAYS);
}

/**
 * Whether the document needs its warning today: it has an expiry date, is not replaced, was not
 * warned before, and its last valid day is 30 days away or nearer but not past (a job that missed
 * a day still warns on the next; a warning about what has already expired comes too late to help).
 */
export function needsExpiryWarning(doc: ExpiringDocument, today: PlainDate): boolean {
  if (doc.validUntil === null || doc.expiryWarnedAt !== null || doc.replacedAt !== null)
    return false;
  return expiryWarningDay(doc.validUntil) <= today && today <= doc.validUntil;
}

/** The documents among these that need a warning today. */
export function documentsToWarn<Doc extends ExpiringDocument>(
  docs: readonly Doc[],
  today: PlainDate,
): Doc[] {
  return docs.filter((d) => needsExpiryWarning(d, today));
}

/** Days left until the last valid day (0 on that day, negative after it). */
export function daysUntilExpiry(validUntil: PlainDate, today: PlainDate): number {
  return Math.round((Date.parse(validUntil) - Date.parse(today)) / 86_400_000);
}
