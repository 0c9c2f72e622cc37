import { describe, expect, it } from 'vitest';
import {
  chooseInvitedSuppliers,
  eligibilityForCallOff,
  type SupplierStanding,
} from '../src/eligibility.ts';

const YOUTH = 'staffing_children_youth';
const ADDICTION = 'staffing_adult_addiction';
const TODAY = '2027-03-10';

function standing(overrides: Partial<SupplierStanding> = {}): SupplierStanding {
  return {
    supplierId: 's',
    applications: [{ status: 'approved', categoryIds: [YOUTH] }],
    hidden: null,
    terminatedOn: null,
    ...overrides,
  };
}

describe('a supplier may be invited to a DPS call-off in a category', () => {
  it('when an approved application covers the category', () => {
    expect(eligibilityForCallOff(standing(), YOUTH, TODAY)).toEqual({ eligible: true });
  });

  it('not when its only application is pending, rejected or withdrawn: not admitted', () => {
    for (const status of ['pending', 'rejected', 'withdrawn'] as const) {
      expect(
        eligibilityForCallOff(
          standing({ applications: [{ status, categoryIds: [YOUTH] }] }),
          YOUTH,
          TODAY,
        ),
      ).toEqual({ eligible: false, reason: 'not_admitted' });
    }
  });

  it('not in a category it was not admitted to', () => {
    expect(eligibilityForCallOff(standing(), ADDICTION, TODAY)).toEqual({
      eligible: false,
      reason: 'not_in_category',
    });
  });

  it('not when it was excluded from the category', () => {
    expect(
      eligibilityForCallOff(
        standing({ applications: [{ status: 'excluded', categoryIds: [YOUTH] }] }),
        YOUTH,
        TODAY,
      ),
    ).toEqual({ eligible: false, reason: 'excluded' });
  });

  it('not while hidden, and again once the hiding has ended', () => {
    const hidden = standing({ hidden: { from: '2027-03-01', to: '2027-03-31' } });
    expect(eligibilityForCallOff(hidden, YOUTH, TODAY)).toEqual({
      eligible: false,
      reason: 'hidden',
    });
    expect(eligibilityForCallOff(hidden, YOUTH, '2027-04-01')).toEqual({ eligible: true });
    const untilLifted = standing({ hidden: { from: '2027-03-01', to: null } });
    expect(eligibilityForCallOff(untilLifted, YOUTH, '2029-01-01')).toEqual({
      eligible: false,
      reason: 'hidden',
    });
  });

  it('not from the day a termination takes effect', () => {
    const terminated = standing({ terminatedOn: '2027-03-10' });
    expect(eligibilityForCallOff(terminated, YOUTH, '2027-03-09')).toEqual({ eligible: true });
    expect(eligibilityForCallOff(terminated, YOUTH, TODAY)).toEqual({
      eligible: false,
      reason: 'terminated',
    });
  });
});

describe('choosing whom to invite', () => {
  it('invites every eligible supplier and explains each one left out', () => {
    const suppliers: SupplierStanding[] = [
      standing({ supplierId: 'a' }),
      standing({ supplierId: 'b', hidden: { from: '2027-01-01', to: null } }),
      standing({ supplierId: 'c' }),
      standing({ supplierId: 'd', terminatedOn: '2027-01-01' }),
      standing({ supplierId: 'e', applications: [{ status: 'pending', categoryIds: [YOUTH] }] }),
      standing({ supplierId: 'f', applications: [{ status: 'excluded', categoryIds: [YOUTH] }] }),
      standing({
        supplierId: 'g',
        applications: [{ status: 'approved', categoryIds: [ADDICTION] }],
      }),
      standing({
        supplierId: 'h',
        applications: [
          { status: 'rejected', categoryIds: [YOUTH] },
          { status: 'approved', categoryIds: [ADDICTION, YOUTH] },
        ],
      }),
    ];
    const { invited, leftOut } = chooseInvitedSuppliers(suppliers, YOUTH, TODAY);
    expect(invited).toEqual(['a', 'c', 'h']);
    expect(leftOut).toEqual([
      { supplierId: 'b', reason: 'hidden' },
      { supplierId: 'd', reason: 'terminated' },
      { supplierId: 'e', reason: 'not_admitted' },
      { supplierId: 'f', reason: 'excluded' },
      { supplierId: 'g', reason: 'not_in_category' },
    ]);
    // None is lost: everyone is either invited or left out with a reason.
    expect(invited.length + leftOut.length).toBe(suppliers.length);
  });
});
