import { describe, expect, it } from 'vitest';
import type { SupplierStanding as DpsStanding } from '../../src/eligibility.ts';
import {
  dpsContractInvitations,
  renewedCompetitionInvitations,
  type LotSupplier,
} from '../../src/procedures/invitations.ts';

const TODAY = '2027-03-10';
const active = { status: 'active', hiddenFrom: null, hiddenTo: null, terminatedOn: null } as const;

function onLot(supplierId: string, standing: Partial<LotSupplier['standing']> = {}): LotSupplier {
  return { supplierId, rank: 1, standing: { ...active, ...standing } };
}

describe('renewed competition invites every active supplier of the lot', () => {
  const lot = [
    onLot('active'),
    onLot('hidden-today', { status: 'hidden', hiddenFrom: '2027-03-01', hiddenTo: null }),
    onLot('hidden-until-yesterday', {
      status: 'hidden',
      hiddenFrom: '2027-03-01',
      hiddenTo: '2027-03-09',
    }),
    onLot('hidden-from-tomorrow', { status: 'hidden', hiddenFrom: '2027-03-11', hiddenTo: null }),
    onLot('terminated', { status: 'terminated', terminatedOn: '2027-03-05' }),
    onLot('terminated-next-week', { status: 'terminated', terminatedOn: '2027-03-17' }),
  ];
  const list = renewedCompetitionInvitations(lot, TODAY);

  it('invites the active, those whose hiding was lifted (ended yesterday) or not yet begun', () => {
    expect(list.invited).toEqual([
      'active',
      'hidden-until-yesterday',
      'hidden-from-tomorrow',
      'terminated-next-week',
    ]);
  });

  it('leaves out the hidden on that date and the terminated, saying why', () => {
    expect(list.leftOut).toEqual([
      { supplierId: 'hidden-today', reason: 'hidden' },
      { supplierId: 'terminated', reason: 'terminated' },
    ]);
  });

  it('leaves nobody unaccounted for', () => {
    expect(list.invited.length + list.leftOut.length).toBe(lot.length);
  });
});

describe('a DPS specific contract invites every admitted supplier of the category', () => {
  const YOUTH = 'staffing_children_youth';
  const admitted = [{ status: 'approved' as const, categoryIds: [YOUTH] }];
  const standing = (supplierId: string, o: Partial<DpsStanding> = {}): DpsStanding => ({
    supplierId,
    applications: admitted,
    hidden: null,
    terminatedOn: null,
    ...o,
  });
  const standings = [
    standing('admitted'),
    standing('hidden-today', { hidden: { from: '2027-03-10', to: '2027-03-20' } }),
    standing('lifted-today', { hidden: { from: '2027-02-01', to: '2027-03-09' } }),
    standing('terminated', { terminatedOn: '2027-01-01' }),
    standing('excluded', { applications: [{ status: 'excluded', categoryIds: [YOUTH] }] }),
    standing('pending', { applications: [{ status: 'pending', categoryIds: [YOUTH] }] }),
    standing('other-category', { applications: [{ status: 'approved', categoryIds: ['hvb'] }] }),
  ];

  it('invites the admitted and the one whose hiding ended yesterday; no one else', () => {
    const list = dpsContractInvitations(standings, YOUTH, TODAY);
    expect(list.invited).toEqual(['admitted', 'lifted-today']);
    expect(list.leftOut).toEqual([
      { supplierId: 'hidden-today', reason: 'hidden' },
      { supplierId: 'terminated', reason: 'terminated' },
      { supplierId: 'excluded', reason: 'excluded' },
      { supplierId: 'pending', reason: 'not_admitted' },
      { supplierId: 'other-category', reason: 'not_in_category' },
    ]);
  });
});
