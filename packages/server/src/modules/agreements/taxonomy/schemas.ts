// The contract of the taxonomy routes: what may come in, what goes out.
import { Type, type Static } from 'typebox';
import { PRICE_UNITS, SERVICE_KINDS } from '@tildel/domain/taxonomy';
import {
  enumOf,
  nullableDateTime,
  nullableString,
  paramsOf,
  text,
  uuid,
} from '../../../platform/schemas.ts';

const code = Type.String({ pattern: '^[a-z0-9_]{1,60}$' });
const name = text(200, 1);

export const namesBody = Type.Object(
  { sv: name, da: name, en: name },
  { additionalProperties: false },
);
export type NamesInput = Static<typeof namesBody>;

export const bodyParams = Type.Object({ bodyId: uuid }, { additionalProperties: false });
export const categoryParams = paramsOf('orgId', 'categoryId');
export const targetGroupParams = paramsOf('orgId', 'targetGroupId');

export const createCategoryBody = Type.Object(
  {
    code,
    serviceKind: enumOf(SERVICE_KINDS),
    area: Type.Optional(Type.String({ maxLength: 60, pattern: '^[a-z0-9_]*$' })),
    defaultUnit: enumOf(PRICE_UNITS),
    names: namesBody,
  },
  { additionalProperties: false },
);
export type CreateCategoryInput = Static<typeof createCategoryBody>;

export const createTargetGroupBody = Type.Object(
  { code, names: namesBody },
  { additionalProperties: false },
);
export type CreateTargetGroupInput = Static<typeof createTargetGroupBody>;

export const renameBody = Type.Object({ names: namesBody }, { additionalProperties: false });

// ---- responses -----------------------------------------------------------------------------------

const names = Type.Object({ sv: Type.String(), da: Type.String(), en: Type.String() });

export const category = Type.Object({
  id: Type.String(),
  code: Type.String(),
  serviceKind: enumOf(SERVICE_KINDS),
  area: nullableString,
  defaultUnit: enumOf(PRICE_UNITS),
  names,
  retiredAt: nullableDateTime,
});

export const targetGroup = Type.Object({
  id: Type.String(),
  code: Type.String(),
  names,
  retiredAt: nullableDateTime,
});

const lists = {
  categories: Type.Array(category),
  targetGroups: Type.Array(targetGroup),
};

export const taxonomy = Type.Object(lists);

export const publishedTaxonomy = Type.Object({
  organisation: Type.Object({ id: Type.String(), name: Type.String() }),
  ...lists,
});
