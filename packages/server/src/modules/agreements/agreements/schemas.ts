// The contract of the framework agreement routes: what may come in, what goes out.
import { choiceParams, choicesOf } from '../../../platform/choices.ts';
import { Type, type Static } from 'typebox';
import { AGREEMENT_STATUSES } from '@tildel/domain/agreement-lifecycle';
import { CALLOFF_METHOD_KINDS } from '@tildel/domain/calloff-method';
import { REQUIREMENT_KINDS } from '@tildel/domain/contract-requirements';
import { SUPPLIER_STATUSES } from '@tildel/domain/supplier-status';
import { PRICE_UNITS } from '@tildel/domain/taxonomy';
import {
  amountMinor,
  country,
  currency,
  dateTime,
  enumOf,
  nullable,
  nullableDate,
  nullableString,
  paramsOf,
  plainDate,
  storableText,
  text,
  unitPriceMinor,
  uuid,
  version,
} from '../../../platform/schemas.ts';
import { paged, pageParams } from '../../../platform/paging.ts';

export const agreementParams = paramsOf('orgId', 'agreementId');
export const lotParams = paramsOf('orgId', 'agreementId', 'lotId');
export const lotSupplierParams = paramsOf('orgId', 'agreementId', 'lotId', 'supplierId');
export const supplierParams = paramsOf('orgId', 'agreementId', 'supplierId');
export const requirementParams = paramsOf('orgId', 'agreementId', 'requirementId');

const agreementFields = {
  reference: text(60),
  title: text(300),
  description: Type.Optional(text(5000)),
  country: Type.Optional(country),
  startsOn: plainDate,
  endsOn: plainDate,
  extensionOptions: Type.Optional(
    Type.Array(Type.Integer({ minimum: 1, maximum: 120 }), { maxItems: 10 }),
  ),
  longPeriodReason: Type.Optional(
    nullable(Type.String({ maxLength: 2000, pattern: storableText })),
  ),
};

export const createAgreementBody = Type.Object(agreementFields, { additionalProperties: false });
export type AgreementInput = Static<typeof createAgreementBody>;

export const updateAgreementBody = Type.Object(
  { ...agreementFields, version },
  { additionalProperties: false },
);
export type AgreementUpdate = Static<typeof updateAgreementBody>;

export const municipalitiesBody = Type.Object(
  { municipalityIds: Type.Array(uuid, { maxItems: 500, uniqueItems: true }) },
  { additionalProperties: false },
);

export const lotBody = Type.Object(
  {
    number: Type.Integer({ minimum: 1, maximum: 999 }),
    name: text(200),
    categoryId: uuid,
    areaMunicipalityCodes: Type.Optional(
      Type.Array(Type.String({ pattern: '^[0-9]{3,4}$' }), { maxItems: 400 }),
    ),
    method: enumOf(CALLOFF_METHOD_KINDS),
    volumeThreshold: Type.Optional(nullable(Type.Integer({ minimum: 1, maximum: 1_000_000_000 }))),
    volumeUnit: Type.Optional(nullable(enumOf(PRICE_UNITS))),
  },
  { additionalProperties: false },
);
export type LotInput = Static<typeof lotBody>;

export const lotSupplierBody = Type.Object(
  {
    supplierId: uuid,
    rank: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    price: Type.Optional(
      Type.Object(
        {
          amountMinor: unitPriceMinor,
          currency,
          unit: Type.Optional(enumOf(PRICE_UNITS)),
          validFrom: Type.Optional(plainDate),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type LotSupplierInput = Static<typeof lotSupplierBody>;

export const rankingBody = Type.Object(
  { supplierIds: Type.Array(uuid, { minItems: 1, maxItems: 1000 }) },
  { additionalProperties: false },
);

const STATUS_ACTIONS = ['hide', 'lift', 'terminate'] as const;

/** Hide, lift or terminate a supplier (on one lot, or on every lot of the agreement). */
export const statusChangeBody = Type.Object(
  {
    action: enumOf(STATUS_ACTIONS),
    lotId: Type.Optional(uuid),
    reason: Type.Optional(text(2000)),
    from: Type.Optional(plainDate),
    to: Type.Optional(nullableDate),
    effectiveOn: Type.Optional(plainDate),
  },
  { additionalProperties: false },
);
export type StatusChangeInput = Static<typeof statusChangeBody>;

export const requirementBody = Type.Object(
  {
    kind: enumOf(REQUIREMENT_KINDS),
    // Checked in full by the domain's parseRequirement, which knows each kind's shape.
    // (additionalProperties: true is JSON Schema's default, said out loud for the OpenAPI types.)
    parameters: Type.Unsafe<Record<string, unknown>>({
      type: 'object',
      maxProperties: 10,
      additionalProperties: true,
    }),
    lotId: Type.Optional(nullable(uuid)),
    description: Type.Optional(text(2000)),
  },
  { additionalProperties: false },
);
export type RequirementInput = Static<typeof requirementBody>;

export const terminateBody = Type.Object(
  { version, reason: text(2000), terminatedOn: plainDate },
  { additionalProperties: false },
);
export type TerminateInput = Static<typeof terminateBody>;

// ---- responses -----------------------------------------------------------------------------------

const summaryProperties = {
  id: Type.String(),
  reference: Type.String(),
  title: Type.String(),
  description: Type.String(),
  country,
  ownerId: Type.String(),
  ownerName: Type.String(),
  owned: Type.Boolean(),
  participating: Type.Boolean(),
  status: enumOf(AGREEMENT_STATUSES),
  startsOn: Type.String(),
  endsOn: Type.String(),
  currentEndsOn: Type.String(),
  latestPossibleEnd: Type.String(),
  extensionOptions: Type.Array(Type.Integer()),
  extensionsUsed: Type.Integer(),
  longPeriodReason: nullableString,
  terminatedOn: nullableString,
  terminatedReason: nullableString,
  version: Type.Integer(),
};

export const agreementList = paged(Type.Object(summaryProperties));

/** How the agreements may be sorted; by default the latest start first. */
export const AGREEMENT_SORTS = ['startsOn', 'reference', 'title', 'owner'] as const;
export type AgreementSort = (typeof AGREEMENT_SORTS)[number];
export const AGREEMENT_PAGE_DEFAULTS = { sort: 'startsOn', order: 'desc' } as const;
export const agreementListQuery = Type.Object(
  pageParams(AGREEMENT_SORTS, AGREEMENT_PAGE_DEFAULTS),
  { additionalProperties: false },
);
export type AgreementListQuery = Static<typeof agreementListQuery>;

const method = Type.Object({
  kind: enumOf(CALLOFF_METHOD_KINDS),
  threshold: nullable(Type.Integer()),
  unit: nullable(enumOf(PRICE_UNITS)),
});

const municipality = Type.Object({
  id: Type.String(),
  name: Type.String(),
  municipalityCode: nullableString,
});

const lotSupplier = Type.Object({
  supplierId: Type.String(),
  name: Type.String(),
  rank: Type.Integer(),
  status: enumOf(SUPPLIER_STATUSES),
  effectiveStatus: enumOf(SUPPLIER_STATUSES),
  reason: nullableString,
  hiddenFrom: nullableString,
  hiddenTo: nullableString,
  terminatedOn: nullableString,
  price: nullable(
    Type.Object({
      amountMinor,
      currency,
      unit: enumOf(PRICE_UNITS),
      validFrom: Type.String(),
    }),
  ),
});

export const lot = Type.Object({
  id: Type.String(),
  number: Type.Integer(),
  name: Type.String(),
  category: Type.Object({
    id: Type.String(),
    code: Type.String(),
    nameSv: Type.String(),
    nameDa: Type.String(),
    nameEn: Type.String(),
  }),
  areaMunicipalityCodes: Type.Array(Type.String()),
  method,
  suppliers: Type.Array(lotSupplier),
});

const contractRequirement = Type.Object({
  id: Type.String(),
  lotId: nullableString,
  /** The lot's number and name, so the requirement can be named without the lots. */
  lot: nullable(Type.Object({ number: Type.Integer(), name: Type.String() })),
  kind: enumOf(REQUIREMENT_KINDS),
  /** As parseRequirement stored them for the kind. */
  parameters: Type.Unsafe<Record<string, unknown>>({
    type: 'object',
    additionalProperties: true,
  }),
  description: Type.String(),
});

export const agreementDetail = Type.Object({
  ...summaryProperties,
  today: Type.String(),
  municipalities: Type.Array(municipality),
  /** The lots come a page at a time from …/lots (a national agreement has thousands). */
  lotCount: Type.Integer({ minimum: 0 }),
  /** The number a new lot gets by default: one above the highest. */
  nextLotNumber: Type.Integer({ minimum: 1 }),
  requirements: Type.Array(contractRequirement),
  activationGaps: Type.Array(Type.String()),
});

export const TIMELINE_SORTS = ['at'] as const;
export type TimelineSort = (typeof TIMELINE_SORTS)[number];
export const TIMELINE_PAGE_DEFAULTS = { sort: 'at', order: 'desc' } as const;
export const timelineQuery = Type.Object(
  { ...pageParams(TIMELINE_SORTS, TIMELINE_PAGE_DEFAULTS) },
  { additionalProperties: false },
);

/** A supplier's status changes on the agreement: a page of them with the total (a change on all of a national agreement's lots is thousands). */
export const timeline = Type.Object({
  supplierId: Type.String(),
  name: Type.String(),
  events: paged(
    Type.Object({
      id: Type.String(),
      lotId: nullableString,
      lotNumber: nullable(Type.Integer()),
      lotName: nullableString,
      status: enumOf(SUPPLIER_STATUSES),
      reason: nullableString,
      effectiveFrom: nullableString,
      effectiveTo: nullableString,
      at: dateTime,
      actorName: nullableString,
    }),
  ),
});

export const created = Type.Object({ id: Type.String() });

export const draftingChoices = Type.Object({
  country,
  categories: Type.Array(
    Type.Object({
      id: Type.String(),
      code: Type.String(),
      nameSv: Type.String(),
      nameDa: Type.String(),
      nameEn: Type.String(),
      defaultUnit: enumOf(PRICE_UNITS),
    }),
  ),
  municipalities: Type.Array(municipality),
});

export const supplierChoiceQuery = Type.Object(choiceParams, { additionalProperties: false });

/** The suppliers whose name holds the text, the first in name order, and how many in all. */
export const supplierChoices = choicesOf(Type.Object({ id: Type.String(), name: Type.String() }));

/**
 * The agreement's lots a page at a time (a national agreement has thousands), by number, narrowed
 * by text in the name or the number, a service category, or a municipality the lot serves.
 */
export const LOT_PAGE_DEFAULTS = { sort: 'number', order: 'asc' } as const;
export const lotListQuery = Type.Object(
  {
    ...pageParams(['number'] as const, LOT_PAGE_DEFAULTS),
    q: Type.Optional(
      Type.String({
        maxLength: 100,
        pattern: storableText,
        description: 'Part of the name, or the number',
      }),
    ),
    categoryId: Type.Optional(uuid),
    municipalityCode: Type.Optional(
      Type.String({
        pattern: '^[0-9]{3,4}$',
        description: 'Lots whose area holds the municipality, and lots for the whole agreement',
      }),
    ),
  },
  { additionalProperties: false },
);
export type LotListQuery = Static<typeof lotListQuery>;

export const lotList = paged(lot);

export const callOffEligibility = Type.Object({
  agreementId: Type.String(),
  today: Type.String(),
  status: enumOf(AGREEMENT_STATUSES),
  mayCallOff: Type.Boolean(),
  reason: nullableString,
  lots: Type.Array(
    Type.Object({
      id: Type.String(),
      number: Type.Integer(),
      name: Type.String(),
      categoryId: Type.String(),
      areaMunicipalityCodes: Type.Array(Type.String()),
      method,
      activeSuppliers: Type.Array(
        Type.Object({ supplierId: Type.String(), name: Type.String(), rank: Type.Integer() }),
      ),
    }),
  ),
  /** How many lots match in all; `lots` is the page from `offset`. */
  total: Type.Integer({ minimum: 0 }),
  limit: Type.Integer({ minimum: 1 }),
  offset: Type.Integer({ minimum: 0 }),
});
