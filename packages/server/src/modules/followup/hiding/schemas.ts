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
import { TIMELINE_KINDS, type TimelineDetail } from './timeline.ts';

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

export const timeline = Type.Object({
  supplierId: Type.String(),
  name: Type.String(),
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
