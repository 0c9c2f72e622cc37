// The shared tendering market builds, and its draft call-offs take the procedures it is meant for.
import { describe, expect, it } from 'vitest';
import { createTestApp } from './support/app.ts';
import { createDraftCalloff, createMarket } from './support/tendering.ts';

const t = await createTestApp();
const market = await createMarket(t, { staffingFirms: 2, hvbHomes: 2 });

describe('the tendering market', () => {
  it('gives a DPS specific contract for staffing and a ranking call-off for a placement', async () => {
    const staffing = await createDraftCalloff(t, market, {
      kind: 'staffing',
      evaluation: {
        requirements: [
          { level: 'must', title: 'Socionomexamen', criterion: { kind: 'yes_no' } },
          {
            level: 'should',
            title: 'Erfarenhet av barnavård',
            criterion: { kind: 'yes_no' },
            value: { kind: 'deduction', amountMinor: 5000 },
          },
        ],
        model: { kind: 'comparison_price', basis: 'unit_price' },
      },
    });
    expect(staffing).toMatchObject({ procedure: 'dps_specific_contract', status: 'draft' });
    expect(staffing.requirements).toHaveLength(2);
    const placement = await createDraftCalloff(t, market, { kind: 'placement' });
    expect(placement).toMatchObject({ procedure: 'ranking', status: 'draft' });
  });
});
