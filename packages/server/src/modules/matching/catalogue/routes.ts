import type { FastifyInstance } from 'fastify';
import { CATALOGUE_SORTS, PERMIT_STATUSES } from '@tildel/domain/catalogue';
import type { Deps } from '../../../platform/deps.ts';
import { nullableString, orgParams, uuid } from '../../../platform/schemas.ts';
import * as service from './service.ts';

const municipalityCode = { type: 'string', pattern: '^[0-9]{3,4}$' } as const;
const maxMinor = 1_000_000_000_000;

const searchQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    category: uuid,
    targetGroup: { type: 'string', pattern: '^[a-z0-9_]{1,60}$' },
    age: { type: 'integer', minimum: 0, maximum: 120 },
    gender: { type: 'string', enum: ['female', 'male'] },
    municipality: municipalityCode,
    near: municipalityCode,
    maxDistanceKm: { type: 'number', minimum: 0, maximum: 2000 },
    minFreePlaces: { type: 'integer', minimum: 0, maximum: 1000 },
    permitValid: { type: 'boolean' },
    priceMin: { type: 'integer', minimum: 0, maximum: maxMinor },
    priceMax: { type: 'integer', minimum: 0, maximum: maxMinor },
    sort: { type: 'string', enum: [...CATALOGUE_SORTS], default: 'name' },
    limit: { type: 'integer', minimum: 1, maximum: 100, default: 25 },
    offset: { type: 'integer', minimum: 0, maximum: 10_000, default: 0 },
  },
} as const;

const names = {
  type: 'object',
  properties: { sv: { type: 'string' }, da: { type: 'string' }, en: { type: 'string' } },
} as const;
const strings = { type: 'array', items: { type: 'string' } } as const;

const result = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    serviceKind: { type: 'string' },
    city: { type: 'string' },
    municipality: {
      type: 'object',
      properties: { code: { type: 'string' }, name: { type: 'string' } },
    },
    placesTotal: { type: 'integer' },
    placesFree: { type: 'integer' },
    placesUpdatedAt: { type: ['string', 'null'], format: 'date-time' },
    targetGroups: strings,
    ageMin: { type: 'integer' },
    ageMax: { type: 'integer' },
    gender: { type: 'string' },
    methods: strings,
    languages: strings,
    supplier: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } },
    distanceKm: { type: ['number', 'null'] },
    permitStatus: { type: 'string', enum: [...PERMIT_STATUSES] },
    price: {
      type: ['object', 'null'],
      properties: {
        amountMinor: { type: 'integer' },
        currency: { type: 'string' },
        unit: { type: 'string' },
        validFrom: { type: 'string' },
        validTo: nullableString,
      },
    },
    hidden: { type: 'boolean' },
    terminated: { type: 'boolean' },
  },
} as const;

export async function catalogueRoutes(app: FastifyInstance, deps: Deps) {
  app.get<{ Params: { orgId: string }; Querystring: service.CatalogueQuery }>(
    '/api/organisations/:orgId/catalogue',
    {
      config: { permission: 'catalogue.read' },
      schema: {
        tags: ['catalogue'],
        summary:
          'Search open establishments by category, target group, age, gender, place, distance, free places, permit and price',
        params: orgParams,
        querystring: searchQuery,
        response: {
          200: {
            type: 'object',
            properties: {
              items: { type: 'array', items: result },
              total: { type: 'integer' },
              limit: { type: 'integer' },
              offset: { type: 'integer' },
            },
          },
        },
      },
    },
    async (request) => service.search(deps, request.params.orgId, request.query),
  );

  app.get<{ Params: { orgId: string } }>(
    '/api/organisations/:orgId/catalogue/filters',
    {
      config: { permission: 'catalogue.read' },
      schema: {
        tags: ['catalogue'],
        summary: 'The categories (with their procurement body) and target groups to search by',
        params: orgParams,
        response: {
          200: {
            type: 'object',
            properties: {
              categories: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: { type: 'string' },
                    code: { type: 'string' },
                    serviceKind: { type: 'string' },
                    defaultUnit: { type: 'string' },
                    names,
                    body: {
                      type: 'object',
                      properties: { id: { type: 'string' }, name: { type: 'string' } },
                    },
                  },
                },
              },
              targetGroups: {
                type: 'array',
                items: { type: 'object', properties: { code: { type: 'string' }, names } },
              },
            },
          },
        },
      },
    },
    async (request) => service.filters(deps, request.params.orgId),
  );
}
