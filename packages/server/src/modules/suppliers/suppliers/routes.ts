import type { FastifyInstance } from 'fastify';
import { EDUCATION_CODES, MAX_YEARS_IN_AREA } from '@tildel/domain/consultant';
import { GENDERS, SERVICE_KINDS, type ServiceKind } from '@tildel/domain/taxonomy';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import {
  country,
  email,
  locale,
  noContent,
  nullableDate,
  nullableDateTime,
  orgParams,
  pageOf,
  pageQuery,
  storableText,
  text,
  uuid,
} from '../../../platform/schemas.ts';
import * as service from './service.ts';

// ---- schema pieces ------------------------------------------------------------------------------

const nullableText = (maxLength: number) =>
  ({ type: ['string', 'null'], maxLength, pattern: storableText }) as const;
const code = { type: 'string', pattern: '^[a-z0-9_]{1,60}$' } as const;
const codes = { type: 'array', items: code, maxItems: 40, uniqueItems: true } as const;
const texts = { type: 'array', items: text(100, 1), maxItems: 40 } as const;
/** ISO 639 language codes: sv, da, en, ar, so, ti, fa, ... */
const languages = {
  type: 'array',
  items: { type: 'string', pattern: '^[a-z]{2,3}$' },
  maxItems: 40,
  uniqueItems: true,
} as const;
const municipalityCode = { type: 'string', pattern: '^[0-9]{1,4}$' } as const;
const version = { type: 'integer', minimum: 0, maximum: 2_000_000_000 } as const;
const places = { type: 'integer', minimum: 0, maximum: 10_000 } as const;
const age = { type: 'integer', minimum: 0, maximum: 120 } as const;
const strings = { type: 'array', items: { type: 'string' } } as const;

function idParams<Name extends string>(name: Name) {
  return {
    type: 'object',
    required: ['orgId', name],
    additionalProperties: false,
    properties: { orgId: uuid, [name]: uuid },
  } as const;
}

const profile = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    country: { type: 'string' },
    identifier: { type: 'string' },
    street: { type: 'string' },
    postalCode: { type: 'string' },
    city: { type: 'string' },
    municipalityCode: { type: ['string', 'null'] },
    municipalityName: { type: ['string', 'null'] },
    website: { type: ['string', 'null'] },
    description: { type: 'string' },
    version: { type: 'integer' },
    updatedAt: nullableDateTime,
  },
} as const;

const contactKind = { type: 'string', enum: ['person', 'function_mailbox'] } as const;
const contact = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    kind: { type: 'string' },
    name: { type: 'string' },
    purpose: { type: 'string' },
    email: { type: 'string' },
    phone: { type: ['string', 'null'] },
    receivesNotices: { type: 'boolean' },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;
const contactBody = {
  type: 'object',
  required: ['kind', 'name', 'email'],
  additionalProperties: false,
  properties: {
    kind: contactKind,
    name: text(200, 1),
    purpose: text(200),
    email,
    phone: nullableText(40),
    receivesNotices: { type: 'boolean' },
  },
} as const;

const establishment = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    supplierId: { type: 'string' },
    name: { type: 'string' },
    serviceKind: { type: 'string' },
    street: { type: 'string' },
    postalCode: { type: 'string' },
    city: { type: 'string' },
    country: { type: 'string' },
    municipalityCode: { type: 'string' },
    municipalityName: { type: ['string', 'null'] },
    lat: { type: 'number' },
    lon: { type: 'number' },
    placesTotal: { type: 'integer' },
    placesFree: { type: 'integer' },
    placesUpdatedAt: nullableDateTime,
    targetGroups: strings,
    ageMin: { type: 'integer' },
    ageMax: { type: 'integer' },
    gender: { type: 'string' },
    methods: strings,
    languages: strings,
    description: { type: 'string' },
    version: { type: 'integer' },
    createdAt: { type: 'string', format: 'date-time' },
    closedAt: nullableDateTime,
  },
} as const;
const establishmentFields = {
  name: text(200, 1),
  serviceKind: { type: 'string', enum: [...SERVICE_KINDS] },
  street: text(200),
  postalCode: text(20),
  city: text(100),
  municipalityCode,
  placesTotal: places,
  placesFree: places,
  targetGroups: codes,
  ageMin: age,
  ageMax: age,
  gender: { type: 'string', enum: [...GENDERS] },
  methods: texts,
  languages,
  description: text(4000),
} as const;
const establishmentRequired = [
  'name',
  'serviceKind',
  'municipalityCode',
  'placesTotal',
  'placesFree',
] as const;

const education = {
  type: 'object',
  required: ['code', 'year'],
  additionalProperties: false,
  properties: {
    code: { type: 'string', enum: [...EDUCATION_CODES] },
    year: { type: 'integer', minimum: 1900, maximum: 2100 },
  },
} as const;
const experience = {
  type: 'object',
  required: ['area', 'years'],
  additionalProperties: false,
  properties: {
    area: code,
    years: { type: 'integer', minimum: 0, maximum: MAX_YEARS_IN_AREA * 2 },
  },
} as const;
const consultant = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    educations: {
      type: 'array',
      items: {
        type: 'object',
        properties: { code: { type: 'string' }, year: { type: 'integer' } },
      },
    },
    experience: {
      type: 'array',
      items: {
        type: 'object',
        properties: { area: { type: 'string' }, years: { type: 'integer' } },
      },
    },
    languages: strings,
    availableFrom: { type: ['string', 'null'] },
    availableExtentPercent: { type: ['integer', 'null'] },
    version: { type: 'integer' },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;
const consultantFields = {
  name: text(200, 1),
  educations: { type: 'array', items: education, maxItems: 10 },
  experience: { type: 'array', items: experience, maxItems: 20 },
  languages,
  availableFrom: nullableDate,
  availableExtentPercent: { type: ['integer', 'null'], minimum: 0, maximum: 100 },
} as const;

const registryItem = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    country: { type: 'string' },
    identifier: { type: 'string' },
    city: { type: 'string' },
    municipalityCode: { type: ['string', 'null'] },
    establishmentCount: { type: 'integer' },
    consultantCount: { type: 'integer' },
    serviceKinds: strings,
  },
} as const;

const items = <Item extends object>(item: Item) =>
  ({ type: 'object', properties: { items: { type: 'array', items: item } } }) as const;

type OrgParams = { orgId: string };
const company = '/api/organisations/:orgId/company';

// ---- the supplier's own data --------------------------------------------------------------------

async function companyRoutes(app: FastifyInstance, deps: Deps) {
  const read = { permission: 'supplier_profile.read' } as const;
  const manage = { permission: 'supplier_profile.manage' } as const;
  const tags = ['suppliers'];

  app.get<{ Params: OrgParams }>(
    company,
    {
      config: read,
      schema: {
        tags,
        summary: "The supplier's own profile",
        params: orgParams,
        response: { 200: profile },
      },
    },
    async (request) => service.companyProfile(deps, request.params.orgId),
  );

  app.put<{ Params: OrgParams; Body: service.ProfileInput }>(
    company,
    {
      config: manage,
      schema: {
        tags,
        summary: "Save the supplier's profile (version: the one read; 0 before the first save)",
        params: orgParams,
        body: {
          type: 'object',
          required: ['street', 'postalCode', 'city', 'municipalityCode', 'version'],
          additionalProperties: false,
          properties: {
            street: text(200),
            postalCode: text(20),
            city: text(100),
            municipalityCode: { type: ['string', 'null'], pattern: '^[0-9]{1,4}$' },
            website: {
              type: ['string', 'null'],
              maxLength: 200,
              pattern: '^(https?://[^\\s\\u0000]+)?$',
            },
            description: text(4000),
            version,
          },
        },
        response: { 200: profile },
      },
    },
    async (request) =>
      service.saveCompanyProfile(deps, actorOf(request), request.params.orgId, request.body),
  );

  app.get<{ Params: OrgParams }>(
    `${company}/contacts`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Contacts: people and shared function mailboxes',
        params: orgParams,
        response: { 200: items(contact) },
      },
    },
    async (request) => ({ items: await service.listContacts(deps, request.params.orgId) }),
  );

  app.post<{ Params: OrgParams; Body: service.ContactInput }>(
    `${company}/contacts`,
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add a contact',
        params: orgParams,
        body: contactBody,
        response: { 201: contact },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.addContact(deps, actorOf(request), request.params.orgId, request.body)),
  );

  app.put<{ Params: OrgParams & { contactId: string }; Body: service.ContactInput }>(
    `${company}/contacts/:contactId`,
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change a contact',
        params: idParams('contactId'),
        body: contactBody,
        response: { 200: contact },
      },
    },
    async (request) =>
      service.changeContact(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.contactId,
        request.body,
      ),
  );

  app.delete<{ Params: OrgParams & { contactId: string } }>(
    `${company}/contacts/:contactId`,
    {
      config: manage,
      schema: {
        tags,
        summary: 'Remove a contact',
        params: idParams('contactId'),
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      await service.removeContact(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.contactId,
      );
      return reply.code(204).send();
    },
  );

  app.get<{ Params: OrgParams }>(
    `${company}/establishments`,
    {
      config: read,
      schema: {
        tags,
        summary: "The supplier's establishments",
        params: orgParams,
        response: { 200: items(establishment) },
      },
    },
    async (request) => ({ items: await service.listEstablishments(deps, request.params.orgId) }),
  );

  app.post<{ Params: OrgParams; Body: service.EstablishmentInput }>(
    `${company}/establishments`,
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add an establishment (its position is the municipal seat)',
        params: orgParams,
        body: {
          type: 'object',
          required: [...establishmentRequired],
          additionalProperties: false,
          properties: establishmentFields,
        },
        response: { 201: establishment },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.addEstablishment(
            deps,
            actorOf(request),
            request.params.orgId,
            request.body,
          ),
        ),
  );

  app.get<{ Params: OrgParams & { establishmentId: string } }>(
    `${company}/establishments/:establishmentId`,
    {
      config: read,
      schema: {
        tags,
        summary: 'One establishment',
        params: idParams('establishmentId'),
        response: { 200: establishment },
      },
    },
    async (request) =>
      service.establishment(deps, request.params.orgId, request.params.establishmentId),
  );

  app.put<{
    Params: OrgParams & { establishmentId: string };
    Body: service.EstablishmentInput & { version: number };
  }>(
    `${company}/establishments/:establishmentId`,
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change an establishment',
        params: idParams('establishmentId'),
        body: {
          type: 'object',
          required: [...establishmentRequired, 'version'],
          additionalProperties: false,
          properties: { ...establishmentFields, version },
        },
        response: { 200: establishment },
      },
    },
    async (request) =>
      service.changeEstablishment(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.establishmentId,
        request.body,
      ),
  );

  app.put<{
    Params: OrgParams & { establishmentId: string };
    Body: { placesFree: number; placesTotal?: number };
  }>(
    `${company}/establishments/:establishmentId/places`,
    {
      config: manage,
      schema: {
        tags,
        summary: 'Report free places now (and the total, if it changed)',
        params: idParams('establishmentId'),
        body: {
          type: 'object',
          required: ['placesFree'],
          additionalProperties: false,
          properties: { placesFree: places, placesTotal: places },
        },
        response: { 200: establishment },
      },
    },
    async (request) =>
      service.updatePlaces(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.establishmentId,
        request.body,
      ),
  );

  const closing = [
    ['close', 'Close an establishment: it leaves the catalogue, kept to be reopened', true],
    ['reopen', 'Reopen a closed establishment', false],
  ] as const;
  for (const [action, summary, close] of closing) {
    app.post<{ Params: OrgParams & { establishmentId: string }; Body: { version: number } }>(
      `${company}/establishments/:establishmentId/${action}`,
      {
        config: manage,
        schema: {
          tags,
          summary,
          params: idParams('establishmentId'),
          body: {
            type: 'object',
            required: ['version'],
            additionalProperties: false,
            properties: { version },
          },
          response: { 200: establishment },
        },
      },
      async (request) =>
        service.setEstablishmentClosed(
          deps,
          actorOf(request),
          request.params.orgId,
          request.params.establishmentId,
          request.body.version,
          close,
        ),
    );
  }

  app.get<{ Params: OrgParams }>(
    `${company}/consultants`,
    {
      config: read,
      schema: {
        tags,
        summary: "The supplier's consultants (personal data: only the supplier sees this list)",
        params: orgParams,
        response: { 200: items(consultant) },
      },
    },
    async (request) => ({ items: await service.listConsultants(deps, request.params.orgId) }),
  );

  app.post<{ Params: OrgParams; Body: service.ConsultantInput }>(
    `${company}/consultants`,
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add a consultant',
        params: orgParams,
        body: {
          type: 'object',
          required: ['name', 'educations', 'experience'],
          additionalProperties: false,
          properties: consultantFields,
        },
        response: { 201: consultant },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.addConsultant(deps, actorOf(request), request.params.orgId, request.body),
        ),
  );

  app.put<{
    Params: OrgParams & { consultantId: string };
    Body: service.ConsultantInput & { version: number };
  }>(
    `${company}/consultants/:consultantId`,
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change a consultant',
        params: idParams('consultantId'),
        body: {
          type: 'object',
          required: ['name', 'educations', 'experience', 'version'],
          additionalProperties: false,
          properties: { ...consultantFields, version },
        },
        response: { 200: consultant },
      },
    },
    async (request) =>
      service.changeConsultant(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.consultantId,
        request.body,
      ),
  );

  app.delete<{ Params: OrgParams & { consultantId: string } }>(
    `${company}/consultants/:consultantId`,
    {
      config: manage,
      schema: {
        tags,
        summary: 'Remove a consultant',
        params: idParams('consultantId'),
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      await service.removeConsultant(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.consultantId,
      );
      return reply.code(204).send();
    },
  );
}

// ---- the registry, for procurement bodies and municipalities -------------------------------------

async function registryRoutes(app: FastifyInstance, deps: Deps) {
  const tags = ['suppliers'];

  app.get<{
    Params: OrgParams;
    Querystring: {
      q?: string;
      country?: 'SE' | 'DK';
      serviceKind?: ServiceKind;
      before?: string;
      limit: number;
    };
  }>(
    '/api/organisations/:orgId/suppliers',
    {
      config: { permission: 'suppliers.read' },
      schema: {
        tags,
        summary: 'The supplier registry by name, filtered by name or number, country, service',
        params: orgParams,
        querystring: {
          ...pageQuery,
          properties: {
            ...pageQuery.properties,
            q: text(100),
            country,
            serviceKind: { type: 'string', enum: [...SERVICE_KINDS] },
          },
        },
        response: { 200: pageOf(registryItem) },
      },
    },
    async (request) => service.listRegistry(deps, request.query),
  );

  app.get<{ Params: OrgParams & { supplierId: string } }>(
    '/api/organisations/:orgId/suppliers/:supplierId',
    {
      config: { permission: 'suppliers.read' },
      schema: {
        tags,
        summary: 'A supplier: profile, contacts, establishments and how many consultants',
        params: idParams('supplierId'),
        response: {
          200: {
            type: 'object',
            properties: {
              profile,
              contacts: { type: 'array', items: contact },
              establishments: { type: 'array', items: establishment },
              consultantCount: { type: 'integer' },
            },
          },
        },
      },
    },
    async (request) => service.registryEntry(deps, request.params.supplierId),
  );

  app.post<{ Params: OrgParams; Body: service.RegistrationInput }>(
    '/api/organisations/:orgId/suppliers',
    {
      config: { permission: 'suppliers.register' },
      schema: {
        tags,
        summary: 'Register a supplier and invite its first administrator',
        params: orgParams,
        body: {
          type: 'object',
          required: ['name', 'country', 'identifier', 'adminEmail'],
          additionalProperties: false,
          properties: {
            name: text(200, 1),
            country,
            identifier: text(20, 1),
            adminEmail: email,
            adminLocale: locale,
          },
        },
        response: {
          201: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              name: { type: 'string' },
              country: { type: 'string' },
              identifier: { type: 'string' },
            },
          },
        },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.registerSupplier(
            deps,
            actorOf(request),
            request.params.orgId,
            request.body,
          ),
        ),
  );
}

export async function supplierRoutes(app: FastifyInstance, deps: Deps) {
  await companyRoutes(app, deps);
  await registryRoutes(app, deps);
}
