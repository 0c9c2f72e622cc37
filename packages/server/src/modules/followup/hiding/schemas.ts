// JSON schemas of the hiding routes: what may come in, what goes out.
import {
  nonBlankText,
  nullableDate,
  nullableString,
  plainDate,
  uuid,
} from '../../../platform/schemas.ts';

function paramsOf<const Names extends readonly string[]>(...names: Names) {
  return {
    type: 'object',
    required: ['orgId', ...names],
    additionalProperties: false,
    properties: { orgId: uuid, ...Object.fromEntries(names.map((n) => [n, uuid])) },
  } as const;
}

export const agreementParams = paramsOf('agreementId');
export const establishmentParams = paramsOf('agreementId', 'establishmentId');
export const agreementSupplierParams = paramsOf('agreementId', 'supplierId');
export const supplierParams = paramsOf('supplierId');

export const hideBody = {
  type: 'object',
  required: ['reason', 'hiddenFrom'],
  additionalProperties: false,
  properties: { reason: nonBlankText(2000), hiddenFrom: plainDate, hiddenTo: nullableDate },
} as const;

export const liftBody = {
  type: 'object',
  required: ['reason'],
  additionalProperties: false,
  properties: { reason: nonBlankText(2000) },
} as const;

export const hidings = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          establishmentId: { type: 'string' },
          establishmentName: { type: 'string' },
          supplierId: { type: 'string' },
          supplierName: { type: 'string' },
          reason: { type: 'string' },
          hiddenFrom: { type: 'string' },
          hiddenTo: nullableString,
          createdAt: { type: 'string', format: 'date-time' },
        },
      },
    },
    establishments: {
      type: 'array',
      description: 'For the owner: the establishments of the agreement’s suppliers',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          supplierId: { type: 'string' },
        },
      },
    },
  },
} as const;

const detailValue = { type: ['string', 'number', 'boolean', 'null'] } as const;

export const timeline = {
  type: 'object',
  properties: {
    supplierId: { type: 'string' },
    name: { type: 'string' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          at: { type: 'string', format: 'date-time' },
          kind: {
            type: 'string',
            enum: [
              'supplier_hidden',
              'supplier_hiding_lifted',
              'supplier_terminated',
              'establishment_hidden',
              'establishment_hiding_lifted',
              'permit_checked',
              'staff_list_requested',
              'staff_list_submitted',
              'visit',
              'logbook_note',
              'correction_requested',
              'correction_answered',
              'correction_decided',
              'orders',
            ],
          },
          actor: nullableString,
          link: { ...nullableString, description: 'A path of the web app' },
          detail: { type: 'object', additionalProperties: detailValue },
        },
      },
    },
  },
} as const;
