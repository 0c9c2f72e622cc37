import { describe, expect, it } from 'vitest';
import {
  applyStatusChange,
  statusChangeRefusal,
  statusOnDate,
  type SupplierStanding,
} from '../src/supplier-status.ts';

const active: SupplierStanding = {
  status: 'active',
  hiddenFrom: null,
  hiddenTo: null,
  terminatedOn: null,
};
const hiddenInMarch = applyStatusChange({ kind: 'hide', from: '2026-03-01', to: '2026-03-31' });

describe('a supplier’s status on an agreement on a date', () => {
  it('is active before a hiding starts', () => {
    expect(statusOnDate(hiddenInMarch, '2026-02-28')).toBe('active');
  });
  it('is hidden from the first to the last day of the hiding', () => {
    expect(statusOnDate(hiddenInMarch, '2026-03-01')).toBe('hidden');
    expect(statusOnDate(hiddenInMarch, '2026-03-31')).toBe('hidden');
  });
  it('is active again after the hiding ends', () => {
    expect(statusOnDate(hiddenInMarch, '2026-04-01')).toBe('active');
  });
  it('stays hidden until lifted when the hiding has no end date', () => {
    const open = applyStatusChange({ kind: 'hide', from: '2026-03-01', to: null });
    expect(statusOnDate(open, '2030-01-01')).toBe('hidden');
  });
  it('is terminated from the effective date, for good', () => {
    const terminated = applyStatusChange({ kind: 'terminate', effectiveOn: '2026-05-01' });
    expect(statusOnDate(terminated, '2026-04-30')).toBe('active');
    expect(statusOnDate(terminated, '2026-05-01')).toBe('terminated');
    expect(statusOnDate(terminated, '2099-01-01')).toBe('terminated');
  });
});

describe('changes of a supplier’s status', () => {
  it('a hiding can be lifted, which makes the supplier active', () => {
    expect(statusChangeRefusal(hiddenInMarch, { kind: 'lift' })).toBeNull();
    expect(applyStatusChange({ kind: 'lift' }).status).toBe('active');
  });
  it('only a hidden supplier can have its hiding lifted', () => {
    expect(statusChangeRefusal(active, { kind: 'lift' })).toBe('not_hidden');
  });
  it('a hiding cannot end before it starts', () => {
    expect(
      statusChangeRefusal(active, { kind: 'hide', from: '2026-03-10', to: '2026-03-09' }),
    ).toBe('hidden_to_before_from');
  });
  it('termination is final: nothing changes a terminated supplier', () => {
    const terminated = applyStatusChange({ kind: 'terminate', effectiveOn: '2026-05-01' });
    expect(statusChangeRefusal(terminated, { kind: 'lift' })).toBe('terminated_is_final');
    expect(statusChangeRefusal(terminated, { kind: 'hide', from: '2026-06-01', to: null })).toBe(
      'terminated_is_final',
    );
    expect(statusChangeRefusal(terminated, { kind: 'terminate', effectiveOn: '2026-06-01' })).toBe(
      'terminated_is_final',
    );
  });
});
