// Schemas of the hiding routes: what may come in, what goes out.
import { Type, type Static } from 'typebox';
import { choiceParams, choicesOf } from '../../../platform/choices.ts';
import {
  dateTime,
  enumOf,
  nonBlankText,
  nullable,
  nullableDate,
  nullableString,
  paramsOf,
  plainDate,
} from '../../../platform/schemas.ts';
import { pageParams } from '../../../platform/paging.ts';
import { TIMELINE_KINDS, TIMELINE_PAGE_DEFAULTS, type TimelineDetail } from './timeline.ts';

export const agreementParams = paramsOf('orgId', 'agreementId');
export const establishmentParams = paramsOf('orgId', 'agreementId', 'establishmentId');
export const supplierParams = paramsOf('orgId', 'supplierId');

export const hideBody = Type.Object(
  {
    reason: nonBlankText(2000),
    hiddenFrom: plainDate,
    hiddenTo: Type.Optional(nullableDate),
  },
  { additionalProperties: false },
);

export const liftBody = Type.Object(
  { reason: nonBlankText(2000) },
  { additionalProperties: false },
);

export type HideInput = Static<typeof hideBody>;
export type LiftInput = Static<typeof liftBody>;

export const hidings = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      establishmentId: Type.String(),
      establishmentName: Type.String(),
      supplierId: Type.String(),
      supplierName: Type.String(),
      reason: Type.String(),
      hiddenFrom: Type.String(),
      hiddenTo: nullableString,
      createdAt: dateTime,
    }),
  ),
});

export const establishmentChoiceQuery = Type.Object(choiceParams, { additionalProperties: false });

/** The agreement's suppliers' open establishments whose name holds the text. */
export const establishmentChoices = choicesOf(
  Type.Object({
    id: Type.String(),
    name: Type.String(),
    supplierId: Type.String(),
    supplierName: Type.String(),
  }),
);

/** An item's details: names and values of any of these primitive types. */
const detail = Type.Unsafe<TimelineDetail>({
  type: 'object',
  additionalProperties: { type: ['string', 'number', 'boolean', 'null'] },
});

export const timelineQuery = Type.Object(pageParams(['at'], TIMELINE_PAGE_DEFAULTS), {
  additionalProperties: false,
});

export const timeline = Type.Object({
  supplierId: Type.String(),
  name: Type.String(),
  total: Type.Integer({ minimum: 0 }),
  limit: Type.Integer({ minimum: 1 }),
  offset: Type.Integer({ minimum: 0 }),
  items: Type.Array(
    Type.Object({
      at: dateTime,
      kind: enumOf(TIMELINE_KINDS),
      actor: nullableString,
      link: nullable(Type.String({ description: 'A path of the web app' })),
      detail,
    }),
  ),
});
