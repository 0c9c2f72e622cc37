// The contract of the permit routes: permits kept by hand, the officers' overview, and the CSV
// import's report.
import { Type, type Static } from 'typebox';
import { PERMIT_AUTHORITIES, PERMIT_STATUSES } from '@tildel/domain/permit-csv';
import {
  country,
  dateTime,
  enumOf,
  nullable,
  nullableDate,
  nullableString,
  paramsOf,
  plainDate,
  problemDetails,
  storableText,
  text,
  uuid,
  version,
} from '../../../platform/schemas.ts';
import { paged, pageParams } from '../../../platform/paging.ts';

export const supplierParams = paramsOf('orgId', 'supplierId');
export const permitParams = paramsOf('orgId', 'supplierId', 'permitId');

const authority = enumOf(PERMIT_AUTHORITIES);
const status = enumOf(PERMIT_STATUSES);

const permitFields = {
  establishmentId: uuid,
  authority,
  reference: text(100, 1),
  scope: Type.Optional(text(1000)),
  status,
  validFrom: Type.Optional(nullableDate),
  validTo: Type.Optional(nullableDate),
  openCases: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
  decisions: Type.Optional(text(5000)),
  lastCheckedOn: Type.Optional(nullableDate),
};

export const permitBody = Type.Object(permitFields, { additionalProperties: false });
export type PermitBody = Static<typeof permitBody>;
/** A permit as the service records it: the fields left out filled in. */
export type PermitInput = Required<PermitBody>;

export const permitUpdateBody = Type.Object(
  { ...permitFields, version },
  { additionalProperties: false },
);

export const permit = Type.Object({
  id: Type.String(),
  establishmentId: Type.String(),
  establishmentName: Type.String(),
  supplierId: Type.String(),
  supplierName: Type.String(),
  authority,
  reference: Type.String(),
  scope: Type.String(),
  status,
  validFrom: nullableString,
  validTo: nullableString,
  openCases: Type.Integer(),
  decisions: Type.String(),
  lastCheckedOn: nullableString,
  lastCheckedBy: nullable(Type.Object({ name: Type.String() })),
  version: Type.Integer(),
  updatedAt: dateTime,
});

export const supplierPermits = Type.Object({
  supplier: Type.Object({ id: Type.String(), name: Type.String(), country }),
  establishments: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  items: Type.Array(permit),
});

/** How the overview may be sorted; by default the least recently checked (or never) first. */
export const PERMIT_SORTS = ['lastChecked', 'supplier', 'establishment', 'validTo'] as const;
export type PermitSort = (typeof PERMIT_SORTS)[number];
export const PERMIT_PAGE_DEFAULTS = { sort: 'lastChecked', order: 'asc' } as const;

export const listQuery = Type.Object(
  {
    status: Type.Optional(status),
    checkedBefore: Type.Optional(plainDate),
    q: Type.Optional(text(100)),
    ...pageParams(PERMIT_SORTS, PERMIT_PAGE_DEFAULTS),
  },
  { additionalProperties: false },
);
export type PermitListQuery = Static<typeof listQuery>;

export const permitOverview = paged(permit);

/** The supplier's own permits take the same pages and sorts, by establishment by default. */
export const COMPANY_PERMIT_PAGE_DEFAULTS = { sort: 'establishment', order: 'asc' } as const;
export const companyPermitQuery = Type.Object(
  pageParams(PERMIT_SORTS, COMPANY_PERMIT_PAGE_DEFAULTS),
  { additionalProperties: false },
);
export type CompanyPermitQuery = Static<typeof companyPermitQuery>;

/** The permit file as text; a register of a few thousand rows is well under a megabyte. */
export const importBody = Type.Object(
  { csv: Type.String({ minLength: 1, maxLength: 1_000_000, pattern: storableText }) },
  { additionalProperties: false },
);

export const importReport = Type.Object({
  fileProblem: nullable(Type.Object({ code: Type.String(), message: Type.String() })),
  accepted: Type.Array(
    Type.Object({
      line: Type.Integer(),
      supplierIdentifier: Type.String(),
      establishmentName: Type.String(),
      authority,
      reference: Type.String(),
      status,
      action: enumOf(['create', 'update'] as const),
    }),
  ),
  rejected: Type.Array(
    Type.Object({
      line: Type.Integer(),
      supplierIdentifier: Type.String(),
      establishmentName: Type.String(),
      reference: Type.String(),
      reasons: Type.Array(
        Type.Object({ code: Type.String(), column: nullableString, message: Type.String() }),
      ),
    }),
  ),
});

/** Rejected rows: answered 422 as problem+json that carries the whole report. */
export const importRejected = Type.Object(
  { ...problemDetails.properties, report: importReport },
  { description: 'The file was not imported: problem details with the whole report' },
);
