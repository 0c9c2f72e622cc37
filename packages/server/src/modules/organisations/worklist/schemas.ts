// The contract of the home page's work lists. A section is left out when none of the caller's
// roles calls for it; the lists inside a section are always there.
import { Type, type Static } from 'typebox';
import { PERMIT_AUTHORITIES, PERMIT_STATUSES } from '@tildel/domain/permit-csv';
import { APPLICATION_STATUSES } from '@tildel/domain/qualification';
import { PACES } from '@tildel/domain/followup/plan';
import {
  dateTime,
  enumOf,
  nullable,
  nullableDateTime,
  nullableString,
  plainDate,
} from '../../../platform/schemas.ts';

const documentExpiring = Type.Object({
  id: Type.String(),
  supplierId: Type.String(),
  supplierName: Type.String(),
  kind: Type.String(),
  title: Type.String(),
  validUntil: nullableString,
});
export type DocumentExpiring = Static<typeof documentExpiring>;

const procurement = Type.Object({
  applications: Type.Array(
    Type.Object({
      id: Type.String(),
      dpsId: Type.String(),
      dpsTitle: Type.String(),
      supplierName: Type.String(),
      receivedAt: dateTime,
      decisionDueAt: dateTime,
      extended: Type.Boolean(),
      overdue: Type.Boolean(),
    }),
  ),
  agreementsEnding: Type.Array(
    Type.Object({
      id: Type.String(),
      reference: Type.String(),
      title: Type.String(),
      endsOn: Type.String(),
      extensionsLeft: Type.Integer(),
    }),
  ),
  documentsExpiring: Type.Array(documentExpiring),
});

/** A call-off at a step where the buyer acts; `at` is the instant that step is reckoned from. */
const calloffStep = { calloffId: Type.String(), title: Type.String(), at: dateTime };

const buyer = Type.Object({
  questions: Type.Array(Type.Object({ ...calloffStep, count: Type.Integer() })),
  deadlinesPassed: Type.Array(Type.Object(calloffStep)),
  evaluations: Type.Array(Type.Object(calloffStep)),
  /** `until` null: the award was sent without a standstill; the order may be placed. */
  awards: Type.Array(
    Type.Object({
      ...calloffStep,
      supplierName: Type.String(),
      until: nullableDateTime,
      ended: Type.Boolean(),
    }),
  ),
  offersDeclined: Type.Array(Type.Object({ ...calloffStep, supplierName: Type.String() })),
  ordersEnding: Type.Array(
    Type.Object({
      id: Type.String(),
      reference: Type.String(),
      supplierName: Type.String(),
      endDate: plainDate,
    }),
  ),
});

const visitRow = Type.Object({
  id: Type.String(),
  plannedOn: plainDate,
  establishmentId: Type.String(),
  establishmentName: Type.String(),
  agreementId: Type.String(),
  supplierName: Type.String(),
});

const staffListAwaited = Type.Object({
  id: Type.String(),
  supplierName: Type.String(),
  bodyName: Type.String(),
  establishmentName: Type.String(),
  periodFrom: plainDate,
  periodTo: plainDate,
  deadline: dateTime,
  overdue: Type.Boolean(),
});

const correctionDue = Type.Object({
  id: Type.String(),
  /** The other party: the supplier for the body, the body for the supplier. */
  partyName: Type.String(),
  establishmentName: nullableString,
  status: enumOf(['open', 'answered', 'rejected'] as const),
  deadline: plainDate,
  overdue: Type.Boolean(),
});

const quality = Type.Object({
  /** This year's follow-up plan, or null when none is made yet. */
  plan: nullable(
    Type.Object({
      year: Type.Integer(),
      done: Type.Integer(),
      target: Type.Integer(),
      expectedByToday: Type.Integer(),
      pace: enumOf(PACES),
      overdue: Type.Array(visitRow),
      next: Type.Array(visitRow),
    }),
  ),
  correctionsDue: Type.Array(correctionDue),
  staffListsAwaited: Type.Array(staffListAwaited),
  hiddenSuppliers: Type.Array(
    Type.Object({
      supplierId: Type.String(),
      supplierName: Type.String(),
      agreementId: Type.String(),
      reference: Type.String(),
      lotName: Type.String(),
      reason: nullableString,
      hiddenFrom: nullableString,
      hiddenTo: nullableString,
    }),
  ),
  permitProblems: Type.Array(
    Type.Object({
      id: Type.String(),
      supplierId: Type.String(),
      supplierName: Type.String(),
      establishmentName: Type.String(),
      authority: enumOf(PERMIT_AUTHORITIES),
      status: enumOf(PERMIT_STATUSES),
      validTo: nullableString,
      openCases: Type.Integer(),
      lastCheckedOn: nullableString,
    }),
  ),
});

const supplier = Type.Object({
  applications: Type.Array(
    Type.Object({
      id: Type.String(),
      dpsId: Type.String(),
      dpsTitle: Type.String(),
      ownerName: Type.String(),
      status: enumOf(APPLICATION_STATUSES),
      receivedAt: dateTime,
      decisionDueAt: dateTime,
      decisionReason: nullableString,
    }),
  ),
  declarationRequests: Type.Array(
    Type.Object({
      id: Type.String(),
      dpsId: Type.String(),
      dpsTitle: Type.String(),
      requestedAt: dateTime,
      dueAt: dateTime,
      overdue: Type.Boolean(),
    }),
  ),
  staffListRequests: Type.Array(staffListAwaited),
  correctionRequests: Type.Array(correctionDue),
  documentsExpiring: Type.Array(documentExpiring),
  capacityToConfirm: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      placesTotal: Type.Integer(),
      placesFree: Type.Integer(),
      placesUpdatedAt: nullableDateTime,
    }),
  ),
});

export const worklistAnswer = Type.Object({
  /** The organisation's local date the lists are reckoned from. */
  today: Type.String(),
  buyer: Type.Optional(buyer),
  procurement: Type.Optional(procurement),
  quality: Type.Optional(quality),
  supplier: Type.Optional(supplier),
});
export type Worklist = Static<typeof worklistAnswer>;
