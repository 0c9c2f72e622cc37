// The contract of the supplier registry's routes: the supplier's own profile, contacts,
// establishments and consultants, and the registry that procurement bodies read and add to.
import { Type, type Static, type TSchema } from 'typebox';
import { EDUCATION_CODES, MAX_YEARS_IN_AREA } from '@tildel/domain/consultant';
import { GENDERS, SERVICE_KINDS } from '@tildel/domain/taxonomy';
import {
  country,
  dateTime,
  email,
  enumOf,
  locale,
  nullable,
  nullableDate,
  nullableDateTime,
  nullableString,
  storableText,
  text,
} from '../../../platform/schemas.ts';
import { paged, pageParams } from '../../../platform/paging.ts';

// ---- pieces -------------------------------------------------------------------------------------

export const CONTACT_KINDS = ['person', 'function_mailbox'] as const;

const nullableText = (maxLength: number) =>
  nullable(Type.String({ maxLength, pattern: storableText }));
const code = Type.String({ pattern: '^[a-z0-9_]{1,60}$' });
const codes = Type.Array(code, { maxItems: 40, uniqueItems: true });
const texts = Type.Array(text(100, 1), { maxItems: 40 });
/** ISO 639 language codes: sv, da, en, ar, so, ti, fa, ... */
const languages = Type.Array(Type.String({ pattern: '^[a-z]{2,3}$' }), {
  maxItems: 40,
  uniqueItems: true,
});
const municipalityCode = Type.String({ pattern: '^[0-9]{1,4}$' });
/** The version read; 0 is a profile not saved yet (its row is created by the first save). */
const version = Type.Integer({ minimum: 0, maximum: 2_000_000_000 });
const places = Type.Integer({ minimum: 0, maximum: 10_000 });
const age = Type.Integer({ minimum: 0, maximum: 120 });
const strings = Type.Array(Type.String());
const serviceKind = enumOf(SERVICE_KINDS);

// ---- profile ------------------------------------------------------------------------------------

export const profile = Type.Object({
  id: Type.String(),
  name: Type.String(),
  country,
  identifier: Type.String(),
  street: Type.String(),
  postalCode: Type.String(),
  city: Type.String(),
  municipalityCode: nullableString,
  municipalityName: nullableString,
  website: nullableString,
  description: Type.String(),
  version: Type.Integer(),
  updatedAt: nullableDateTime,
});

export const profileBody = Type.Object(
  {
    street: text(200),
    postalCode: text(20),
    city: text(100),
    municipalityCode: nullable(Type.String({ pattern: '^[0-9]{1,4}$' })),
    website: Type.Optional(
      nullable(Type.String({ maxLength: 200, pattern: '^(https?://[^\\s\\u0000]+)?$' })),
    ),
    description: Type.Optional(text(4000)),
    version,
  },
  { additionalProperties: false },
);
export type ProfileInput = Static<typeof profileBody>;

// ---- contacts -----------------------------------------------------------------------------------

export const contact = Type.Object({
  id: Type.String(),
  kind: enumOf(CONTACT_KINDS),
  name: Type.String(),
  purpose: Type.String(),
  email: Type.String(),
  phone: nullableString,
  receivesNotices: Type.Boolean(),
  createdAt: dateTime,
});

export const contactBody = Type.Object(
  {
    kind: enumOf(CONTACT_KINDS),
    name: text(200, 1),
    purpose: Type.Optional(text(200)),
    email,
    phone: Type.Optional(nullableText(40)),
    receivesNotices: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type ContactInput = Static<typeof contactBody>;

// ---- establishments -----------------------------------------------------------------------------

export const establishment = Type.Object({
  id: Type.String(),
  supplierId: Type.String(),
  name: Type.String(),
  serviceKind,
  street: Type.String(),
  postalCode: Type.String(),
  city: Type.String(),
  country,
  municipalityCode: Type.String(),
  municipalityName: nullableString,
  lat: Type.Number(),
  lon: Type.Number(),
  placesTotal: Type.Integer(),
  placesFree: Type.Integer(),
  placesUpdatedAt: nullableDateTime,
  targetGroups: strings,
  ageMin: Type.Integer(),
  ageMax: Type.Integer(),
  gender: enumOf(GENDERS),
  methods: strings,
  languages: strings,
  description: Type.String(),
  version: Type.Integer(),
  createdAt: dateTime,
  closedAt: nullableDateTime,
});

const establishmentFields = {
  name: text(200, 1),
  serviceKind,
  street: Type.Optional(text(200)),
  postalCode: Type.Optional(text(20)),
  city: Type.Optional(text(100)),
  municipalityCode,
  placesTotal: places,
  placesFree: places,
  targetGroups: Type.Optional(codes),
  ageMin: Type.Optional(age),
  ageMax: Type.Optional(age),
  gender: Type.Optional(enumOf(GENDERS)),
  methods: Type.Optional(texts),
  languages: Type.Optional(languages),
  description: Type.Optional(text(4000)),
};

export const establishmentBody = Type.Object(establishmentFields, {
  additionalProperties: false,
});
export type EstablishmentInput = Static<typeof establishmentBody>;

export const establishmentChangeBody = Type.Object(
  { ...establishmentFields, version },
  { additionalProperties: false },
);
export type EstablishmentChange = Static<typeof establishmentChangeBody>;

export const placesBody = Type.Object(
  { placesFree: places, placesTotal: Type.Optional(places) },
  { additionalProperties: false },
);
export type PlacesInput = Static<typeof placesBody>;

/** Closing and reopening carry only the version read. */
export const closingBody = Type.Object({ version }, { additionalProperties: false });

// ---- consultants --------------------------------------------------------------------------------

const education = Type.Object(
  {
    code: enumOf(EDUCATION_CODES),
    year: Type.Integer({ minimum: 1900, maximum: 2100 }),
  },
  { additionalProperties: false },
);
const experience = Type.Object(
  {
    area: code,
    years: Type.Integer({ minimum: 0, maximum: MAX_YEARS_IN_AREA * 2 }),
  },
  { additionalProperties: false },
);

/** Educations and experience are read back from jsonb, always written as { code, year } and
 * { area, years } by the consultant's own save. */
export const consultant = Type.Object({
  id: Type.String(),
  name: Type.String(),
  educations: Type.Array(Type.Object({ code: enumOf(EDUCATION_CODES), year: Type.Integer() })),
  experience: Type.Array(Type.Object({ area: Type.String(), years: Type.Integer() })),
  languages: strings,
  availableFrom: nullableString,
  availableExtentPercent: nullable(Type.Integer()),
  version: Type.Integer(),
  createdAt: dateTime,
});

const consultantFields = {
  name: text(200, 1),
  educations: Type.Array(education, { maxItems: 10 }),
  experience: Type.Array(experience, { maxItems: 20 }),
  languages: Type.Optional(languages),
  availableFrom: Type.Optional(nullableDate),
  availableExtentPercent: Type.Optional(nullable(Type.Integer({ minimum: 0, maximum: 100 }))),
};

export const consultantBody = Type.Object(consultantFields, { additionalProperties: false });
export type ConsultantInput = Static<typeof consultantBody>;

export const consultantChangeBody = Type.Object(
  { ...consultantFields, version },
  { additionalProperties: false },
);
export type ConsultantChange = Static<typeof consultantChangeBody>;

// ---- the registry -------------------------------------------------------------------------------

/** How the registry may be sorted. */
export const REGISTRY_SORTS = ['name', 'city', 'establishments'] as const;
export type RegistrySort = (typeof REGISTRY_SORTS)[number];
export const REGISTRY_PAGE_DEFAULTS = { sort: 'name', order: 'asc' } as const;

export const registryQuery = Type.Object(
  {
    ...pageParams(REGISTRY_SORTS, REGISTRY_PAGE_DEFAULTS),
    q: Type.Optional(text(100)),
    country: Type.Optional(country),
    serviceKind: Type.Optional(serviceKind),
  },
  { additionalProperties: false },
);
export type RegistryQuery = Static<typeof registryQuery>;

const registryItem = Type.Object({
  id: Type.String(),
  name: Type.String(),
  country,
  identifier: Type.String(),
  city: Type.String(),
  municipalityCode: nullableString,
  establishmentCount: Type.Integer(),
  consultantCount: Type.Integer(),
  serviceKinds: Type.Array(serviceKind),
});
export const registryPage = paged(registryItem);

export const registryEntry = Type.Object({
  profile,
  contacts: Type.Array(contact),
  establishments: Type.Array(establishment),
  consultantCount: Type.Integer(),
});

export const registrationBody = Type.Object(
  {
    name: text(200, 1),
    country,
    identifier: text(20, 1),
    adminEmail: email,
    adminLocale: Type.Optional(locale),
  },
  { additionalProperties: false },
);
export type RegistrationInput = Static<typeof registrationBody>;

export const registered = Type.Object({
  id: Type.String(),
  name: Type.String(),
  country,
  identifier: Type.String(),
});

/** How the supplier's own establishments may be sorted (the open ones always first). */
export const ESTABLISHMENT_SORTS = ['name', 'serviceKind', 'placesFree', 'placesUpdated'] as const;
export type EstablishmentSort = (typeof ESTABLISHMENT_SORTS)[number];
export const ESTABLISHMENT_PAGE_DEFAULTS = { sort: 'name', order: 'asc' } as const;
export const establishmentListQuery = Type.Object(
  pageParams(ESTABLISHMENT_SORTS, ESTABLISHMENT_PAGE_DEFAULTS),
  { additionalProperties: false },
);
export type EstablishmentListQuery = Static<typeof establishmentListQuery>;

/** How the consultants may be sorted. */
export const CONSULTANT_SORTS = ['name', 'availableFrom'] as const;
export type ConsultantSort = (typeof CONSULTANT_SORTS)[number];
export const CONSULTANT_PAGE_DEFAULTS = { sort: 'name', order: 'asc' } as const;
export const consultantListQuery = Type.Object(
  pageParams(CONSULTANT_SORTS, CONSULTANT_PAGE_DEFAULTS),
  { additionalProperties: false },
);
export type ConsultantListQuery = Static<typeof consultantListQuery>;

/** Lists of the supplier's own data: `{ items }`. */
export const itemsOf = <Item extends TSchema>(item: Item) =>
  Type.Object({ items: Type.Array(item) });
