// The contract of the home page's work lists. A section is left out when none of the caller's
// roles calls for it; the lists inside a section are always there.
import { Type, type Static } from 'typebox';
import { PERMIT_AUTHORITIES, PERMIT_STATUSES } from '@tildel/domain/permit-csv';
import { APPLICATION_STATUSES } from '@tildel/domain/qualification';
import { dateTime, enumOf, nullableDateTime, nullableString } from '../../../platform/schemas.ts';

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

const quality = Type.Object({
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
  procurement: Type.Optional(procurement),
  quality: Type.Optional(quality),
  supplier: Type.Optional(supplier),
});
export type Worklist = Static<typeof worklistAnswer>;
