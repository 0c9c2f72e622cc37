import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { actorOf } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { exportRoute } from '../../../platform/export.ts';
import { paged } from '../../../platform/paging.ts';
import { noContent, orgParams, paramsOf } from '../../../platform/schemas.ts';
import * as consultants from './consultants.ts';
import * as contacts from './contacts.ts';
import * as establishments from './establishments.ts';
import * as profile from './profile.ts';
import * as registry from './registry.ts';
import {
  CONSULTANT_COLUMNS,
  CONSULTANT_LIST_NAME,
  ESTABLISHMENT_COLUMNS,
  ESTABLISHMENT_LIST_NAME,
} from './company-export.ts';
import { REGISTRY_COLUMNS, REGISTRY_LIST_NAME } from './registry-export.ts';
import {
  closingBody,
  consultant,
  consultantBody,
  consultantChangeBody,
  consultantListQuery,
  contact,
  contactBody,
  establishment,
  establishmentBody,
  establishmentChangeBody,
  establishmentListQuery,
  itemsOf,
  placesBody,
  profile as profileAnswer,
  profileBody,
  registered,
  registrationBody,
  registryEntry,
  registryPage,
  registryQuery,
} from './schemas.ts';

const company = '/api/organisations/:orgId/company';
const contactParams = paramsOf('orgId', 'contactId');
const establishmentParams = paramsOf('orgId', 'establishmentId');
const consultantParams = paramsOf('orgId', 'consultantId');

// ---- the supplier's own data --------------------------------------------------------------------

async function companyRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const read = { permission: 'supplier_profile.read' } as const;
  const manage = { permission: 'supplier_profile.manage' } as const;

  app.get(
    company,
    {
      config: read,
      schema: {
        operationId: 'suppliers.readProfile',
        summary: "The supplier's own profile",
        params: orgParams,
        response: { 200: profileAnswer },
      },
    },
    async (request) => profile.companyProfile(deps, request.params.orgId),
  );

  app.put(
    company,
    {
      config: manage,
      schema: {
        operationId: 'suppliers.saveProfile',
        summary: "Save the supplier's profile (version: the one read; 0 before the first save)",
        params: orgParams,
        body: profileBody,
        response: { 200: profileAnswer },
      },
    },
    async (request) =>
      profile.saveCompanyProfile(deps, actorOf(request), request.params.orgId, request.body),
  );

  app.get(
    `${company}/contacts`,
    {
      config: read,
      schema: {
        operationId: 'suppliers.listContacts',
        summary: 'Contacts: people and shared function mailboxes',
        params: orgParams,
        response: { 200: itemsOf(contact) },
      },
    },
    async (request) => ({ items: await contacts.listContacts(deps, request.params.orgId) }),
  );

  app.post(
    `${company}/contacts`,
    {
      config: manage,
      schema: {
        operationId: 'suppliers.addContact',
        summary: 'Add a contact',
        params: orgParams,
        body: contactBody,
        response: { 201: contact },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await contacts.addContact(deps, actorOf(request), request.params.orgId, request.body),
        ),
  );

  app.put(
    `${company}/contacts/:contactId`,
    {
      config: manage,
      schema: {
        operationId: 'suppliers.changeContact',
        summary: 'Change a contact',
        params: contactParams,
        body: contactBody,
        response: { 200: contact },
      },
    },
    async (request) =>
      contacts.changeContact(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.contactId,
        request.body,
      ),
  );

  app.delete(
    `${company}/contacts/:contactId`,
    {
      config: manage,
      schema: {
        operationId: 'suppliers.removeContact',
        summary: 'Remove a contact',
        params: contactParams,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      await contacts.removeContact(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.contactId,
      );
      return reply.code(204).send(null);
    },
  );

  app.get(
    `${company}/establishments`,
    {
      config: read,
      schema: {
        operationId: 'suppliers.listEstablishments',
        summary: "One page of the supplier's establishments, the open ones first",
        params: orgParams,
        querystring: establishmentListQuery,
        response: { 200: paged(establishment) },
      },
    },
    async (request) => establishments.listEstablishments(deps, request.params.orgId, request.query),
  );

  exportRoute(scope, deps.clock, {
    url: `${company}/establishments/export`,
    permission: 'supplier_profile.read',
    operationId: 'suppliers.exportEstablishments',
    summary: "The supplier's establishments as on the list (same sort), as CSV or XLSX",
    params: orgParams,
    list: establishmentListQuery,
    name: ESTABLISHMENT_LIST_NAME,
    columns: ESTABLISHMENT_COLUMNS,
    rows: (params, query) => establishments.establishmentRows(deps, params.orgId, query),
  });

  app.post(
    `${company}/establishments`,
    {
      config: manage,
      schema: {
        operationId: 'suppliers.addEstablishment',
        summary: 'Add an establishment (its position is the municipal seat)',
        params: orgParams,
        body: establishmentBody,
        response: { 201: establishment },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await establishments.addEstablishment(
            deps,
            actorOf(request),
            request.params.orgId,
            request.body,
          ),
        ),
  );

  app.get(
    `${company}/establishments/:establishmentId`,
    {
      config: read,
      schema: {
        operationId: 'suppliers.readEstablishment',
        summary: 'One establishment',
        params: establishmentParams,
        response: { 200: establishment },
      },
    },
    async (request) =>
      establishments.establishment(deps, request.params.orgId, request.params.establishmentId),
  );

  app.put(
    `${company}/establishments/:establishmentId`,
    {
      config: manage,
      schema: {
        operationId: 'suppliers.changeEstablishment',
        summary: 'Change an establishment',
        params: establishmentParams,
        body: establishmentChangeBody,
        response: { 200: establishment },
      },
    },
    async (request) =>
      establishments.changeEstablishment(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.establishmentId,
        request.body,
      ),
  );

  app.put(
    `${company}/establishments/:establishmentId/places`,
    {
      config: manage,
      schema: {
        operationId: 'suppliers.updatePlaces',
        summary: 'Report free places now (and the total, if it changed)',
        params: establishmentParams,
        body: placesBody,
        response: { 200: establishment },
      },
    },
    async (request) =>
      establishments.updatePlaces(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.establishmentId,
        request.body,
      ),
  );

  const closing = [
    [
      'close',
      'suppliers.closeEstablishment',
      'Close an establishment: it leaves the catalogue, kept to be reopened',
      true,
    ],
    ['reopen', 'suppliers.reopenEstablishment', 'Reopen a closed establishment', false],
  ] as const;
  for (const [action, operationId, summary, close] of closing) {
    app.post(
      `${company}/establishments/:establishmentId/${action}`,
      {
        config: manage,
        schema: {
          operationId,
          summary,
          params: establishmentParams,
          body: closingBody,
          response: { 200: establishment },
        },
      },
      async (request) =>
        establishments.setEstablishmentClosed(
          deps,
          actorOf(request),
          request.params.orgId,
          request.params.establishmentId,
          request.body.version,
          close,
        ),
    );
  }

  app.get(
    `${company}/consultants`,
    {
      config: read,
      schema: {
        operationId: 'suppliers.listConsultants',
        summary:
          "One page of the supplier's consultants (personal data: only the supplier sees them)",
        params: orgParams,
        querystring: consultantListQuery,
        response: { 200: paged(consultant) },
      },
    },
    async (request) => consultants.listConsultants(deps, request.params.orgId, request.query),
  );

  exportRoute(scope, deps.clock, {
    url: `${company}/consultants/export`,
    permission: 'supplier_profile.read',
    operationId: 'suppliers.exportConsultants',
    summary:
      "The supplier's consultants as on the list (same sort; only the supplier), CSV or XLSX",
    params: orgParams,
    list: consultantListQuery,
    name: CONSULTANT_LIST_NAME,
    columns: CONSULTANT_COLUMNS,
    rows: (params, query) => consultants.consultantRows(deps, params.orgId, query),
  });

  app.post(
    `${company}/consultants`,
    {
      config: manage,
      schema: {
        operationId: 'suppliers.addConsultant',
        summary: 'Add a consultant',
        params: orgParams,
        body: consultantBody,
        response: { 201: consultant },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await consultants.addConsultant(
            deps,
            actorOf(request),
            request.params.orgId,
            request.body,
          ),
        ),
  );

  app.put(
    `${company}/consultants/:consultantId`,
    {
      config: manage,
      schema: {
        operationId: 'suppliers.changeConsultant',
        summary: 'Change a consultant',
        params: consultantParams,
        body: consultantChangeBody,
        response: { 200: consultant },
      },
    },
    async (request) =>
      consultants.changeConsultant(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.consultantId,
        request.body,
      ),
  );

  app.delete(
    `${company}/consultants/:consultantId`,
    {
      config: manage,
      schema: {
        operationId: 'suppliers.removeConsultant',
        summary: 'Remove a consultant',
        params: consultantParams,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      await consultants.removeConsultant(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.consultantId,
      );
      return reply.code(204).send(null);
    },
  );
}

// ---- the registry, for procurement bodies and municipalities -------------------------------------

async function registryRoutes(scope: FastifyInstance, deps: Deps) {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/organisations/:orgId/suppliers',
    {
      config: { permission: 'suppliers.read' },
      schema: {
        operationId: 'suppliers.list',
        summary: 'The supplier registry by name, filtered by name or number, country, service',
        params: orgParams,
        querystring: registryQuery,
        response: { 200: registryPage },
      },
    },
    async (request) => registry.listRegistry(deps, request.query),
  );

  exportRoute(scope, deps.clock, {
    url: '/api/organisations/:orgId/suppliers/export',
    permission: 'suppliers.read',
    operationId: 'suppliers.export',
    summary: 'The supplier registry as on the list (same filters and sort), as CSV or XLSX',
    params: orgParams,
    list: registryQuery,
    name: REGISTRY_LIST_NAME,
    columns: REGISTRY_COLUMNS,
    rows: (_params, query) => registry.registryRows(deps, query),
  });

  app.get(
    '/api/organisations/:orgId/suppliers/:supplierId',
    {
      config: { permission: 'suppliers.read' },
      schema: {
        operationId: 'suppliers.read',
        summary: 'A supplier: profile, contacts, establishments and how many consultants',
        params: paramsOf('orgId', 'supplierId'),
        response: { 200: registryEntry },
      },
    },
    async (request) => registry.registryEntry(deps, request.params.supplierId),
  );

  app.post(
    '/api/organisations/:orgId/suppliers',
    {
      config: { permission: 'suppliers.register' },
      schema: {
        operationId: 'suppliers.register',
        summary: 'Register a supplier and invite its first administrator',
        params: orgParams,
        body: registrationBody,
        response: { 201: registered },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await registry.registerSupplier(
            deps,
            actorOf(request),
            request.params.orgId,
            request.body,
          ),
        ),
  );
}

export async function supplierRoutes(scope: FastifyInstance, deps: Deps) {
  await companyRoutes(scope, deps);
  await registryRoutes(scope, deps);
}
