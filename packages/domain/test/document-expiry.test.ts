import { describe, expect, it } from 'vitest';
import { daysUntilExpiry, documentsToWarn, needsExpiryWarning } from '../src/document-expiry.ts';

const doc = (validUntil: string | null, over: { warned?: boolean; replaced?: boolean } = {}) => ({
  validUntil,
  expiryWarnedAt: over.warned ? '2026-01-01T00:00:00Z' : null,
  replacedAt: over.replaced ? '2026-01-01T00:00:00Z' : null,
});

describe('an expiry warning', () => {
  const today = '2026-03-01';

  it('is due when the document expires in exactly 30 days', () => {
    expect(needsExpiryWarning(doc('2026-03-31'), today)).toBe(true);
  });

  it('is not yet due 31 days before', () => {
    expect(needsExpiryWarning(doc('2026-04-01'), today)).toBe(false);
  });

  it('is still due closer to the day (a missed run catches up), up to the last valid day', () => {
    expect(needsExpiryWarning(doc('2026-03-10'), today)).toBe(true);
    expect(needsExpiryWarning(doc('2026-03-01'), today)).toBe(true);
    expect(needsExpiryWarning(doc('2026-02-28'), today)).toBe(false);
  });

  it('is sent once: an already warned document is left alone', () => {
    expect(needsExpiryWarning(doc('2026-03-31', { warned: true }), today)).toBe(false);
  });

  it('is not sent for a replaced document or one without an expiry date', () => {
    expect(needsExpiryWarning(doc('2026-03-31', { replaced: true }), today)).toBe(false);
    expect(needsExpiryWarning(doc(null), today)).toBe(false);
  });

  it('selects only the documents that need it', () => {
    const docs = [doc('2026-03-31'), doc('2026-04-01'), doc('2026-03-15', { warned: true })];
    expect(documentsToWarn(docs, today)).toEqual([docs[0]]);
  });

  it('counts the days left', () => {
    expect(daysUntilExpiry('2026-03-31', today)).toBe(30);
  });
});
