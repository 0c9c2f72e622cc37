// Schemas of the statistics routes: the filters every view takes and what each view answers.
// Figures only: counts, shares, days and names of organisations, agreements and DPSs — nothing
// about a citizen and nothing of a bid's content.
import { Type, type Static } from 'typebox';
import { CALLOFF_PROCEDURES, SKIP_REASON_CODES } from '@tildel/domain/procedures/vocabulary';
import { dateTime, enumOf, nullable, plainDate, uuid } from '../../../platform/schemas.ts';
import { CALLOFF_STATUSES } from '../../calloffs/calloffs/schemas.ts';

export const statisticsQuery = Type.Object(
  {
    from: Type.Optional(plainDate),
    to: Type.Optional(plainDate),
    municipalityId: Type.Optional(uuid),
    agreementId: Type.Optional(uuid),
    dpsId: Type.Optional(uuid),
    procedure: Type.Optional(enumOf(CALLOFF_PROCEDURES)),
  },
  { additionalProperties: false },
);
export type StatisticsQuery = Static<typeof statisticsQuery>;

const count = Type.Integer({ minimum: 0 });
const rate = nullable(Type.Number({ minimum: 0, maximum: 1, description: 'Share 0..1' }));
const days = nullable(Type.Number({ minimum: 0 }));
const named = Type.Object({ id: Type.String(), name: Type.String() });
const referenced = Type.Object({
  id: Type.String(),
  reference: Type.String(),
  title: Type.String(),
});

/** The call-off states after the draft, in the order a call-off passes them. */
export const OUTCOMES = CALLOFF_STATUSES.filter(
  (s): s is Exclude<(typeof CALLOFF_STATUSES)[number], 'draft'> => s !== 'draft',
);

export const procedures = Type.Object({
  items: Type.Array(
    Type.Object({
      procedure: enumOf(CALLOFF_PROCEDURES),
      total: count,
      open: count,
      offering: count,
      evaluation: count,
      awarded: count,
      ordered: count,
      unfulfilled: count,
      cancelled: count,
    }),
  ),
});

export const deviations = Type.Object({
  reasons: Type.Array(Type.Object({ reason: enumOf(SKIP_REASON_CODES), count })),
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      decidedAt: dateTime,
      calloffId: Type.String(),
      municipality: named,
      agreement: referenced,
      supplier: named,
      rank: Type.Integer(),
      reason: enumOf(SKIP_REASON_CODES),
    }),
  ),
  truncated: Type.Boolean({ description: 'More deviations than listed; the counts hold them all' }),
});

export const suppliers = Type.Object({
  items: Type.Array(
    Type.Object({
      supplier: named,
      invited: count,
      settled: count,
      responded: count,
      declined: count,
      bid: count,
      won: count,
      responseRate: rate,
      declineRate: rate,
      bidRate: rate,
      winShare: rate,
    }),
  ),
});

export const leadTimes = Type.Object({
  orders: count,
  medianDays: days,
  buckets: Type.Array(Type.Object({ from: count, to: nullable(count), count })),
  byProcedure: Type.Array(
    Type.Object({ procedure: enumOf(CALLOFF_PROCEDURES), orders: count, medianDays: days }),
  ),
});

export const dpsDecisions = Type.Object({
  clockWorkingDays: Type.Integer(),
  items: Type.Array(
    Type.Object({
      dps: referenced,
      decided: count,
      onTime: count,
      late: count,
      pending: count,
      pendingOverdue: count,
      medianWorkingDays: days,
    }),
  ),
});

export const followup = Type.Object({
  plans: Type.Array(
    Type.Object({
      id: Type.String(),
      year: Type.Integer(),
      body: Type.String(),
      target: nullable(count),
      planned: count,
      done: count,
      coverage: rate,
    }),
  ),
  corrections: Type.Array(
    Type.Object({ agreement: referenced, open: count, answered: count, overdue: count }),
  ),
});
