import { describe, expect, it } from 'vitest';
import { priceHistory, priceInForce, type PriceRow } from '../src/price-history.ts';

const row = (over: Partial<PriceRow> & { id: string }) => ({
  status: 'agreed' as const,
  validFrom: '2025-01-01',
  validTo: null,
  createdAt: '2025-01-01T00:00:00Z',
  ...over,
});

describe('the price in force', () => {
  const old = row({ id: 'old', validFrom: '2024-01-01', createdAt: '2024-01-01T00:00:00Z' });
  const newer = row({ id: 'new', validFrom: '2025-07-01', createdAt: '2025-06-01T00:00:00Z' });
  const proposal = row({
    id: 'proposal',
    status: 'proposed',
    validFrom: '2025-01-01',
    createdAt: '2026-01-01T00:00:00Z',
  });

  it('is the newest agreed row whose validity covers the day', () => {
    expect(priceInForce([old, newer], '2025-08-01')?.id).toBe('new');
  });

  it('is the older price before the newer one starts: nothing is overwritten', () => {
    expect(priceInForce([old, newer], '2025-06-30')?.id).toBe('old');
  });

  it('is never a proposal under negotiation', () => {
    expect(priceInForce([old, proposal], '2026-02-01')?.id).toBe('old');
  });

  it('is none before the first price or after the last one ends', () => {
    expect(priceInForce([old], '2023-12-31')).toBeUndefined();
    const ended = row({ id: 'ended', validFrom: '2024-01-01', validTo: '2024-12-31' });
    expect(priceInForce([ended], '2024-12-31')?.id).toBe('ended');
    expect(priceInForce([ended], '2025-01-01')).toBeUndefined();
  });

  it('keeps the whole history newest first with the one in force marked', () => {
    const history = priceHistory([old, proposal, newer], '2025-08-01');
    expect(history.map((r) => [r.id, r.inForce])).toEqual([
      ['proposal', false],
      ['new', true],
      ['old', false],
    ]);
  });
});
