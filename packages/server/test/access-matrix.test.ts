// The access matrix: every route of the built app, tried as every role, a member of a foreign
// organisation, a platform admin and an anonymous caller. Expected answers come from the
// permission table in packages/domain; a route missing from MATRIX fails the test.
import { describe, expect, it } from 'vitest';
import { ROLES, ROLE_PERMISSIONS, type Role } from '@tildel/domain/permissions';
import type { RoutePermission } from '../src/platform/access.ts';
import { call, createTestApp, type Caller } from './support/app.ts';
import { createOrganisation, createSession, createUser, randomUUID } from './support/factories.ts';
import { AGREEMENT_ROUTES } from './access/agreements.ts';
import { AWARD_ROUTES } from './access/awards.ts';
import { BID_ROUTES } from './access/bids.ts';
import { CALLOFF_ROUTES } from './access/calloffs.ts';
import { CASCADE_ROUTES } from './access/cascade.ts';
import { CATALOGUE_ROUTES } from './access/catalogue.ts';
import { CORRECTION_ROUTES } from './access/corrections.ts';
import { DOCUMENT_ROUTES } from './access/documents.ts';
import { DPS_ROUTES } from './access/dps.ts';
import { FOLLOWUP_ROUTES } from './access/followup.ts';
import { INSIGHT_ROUTES } from './access/insights.ts';
import { INVITATION_ROUTES } from './access/invitations.ts';
import { LOGBOOK_ROUTES } from './access/logbook.ts';
import { MATCHING_PROPOSALS_ROUTES } from './access/matching-proposals.ts';
import { MATCHING_DOCUMENT_ROUTES } from './access/matching-documents.ts';
import { MATCHING_REFERRAL_ROUTES } from './access/matching-referrals.ts';
import { MATCHING_OFFER_ROUTES } from './access/matching-offers.ts';
import { MATCHING_SURVEY_ROUTES } from './access/matching-survey.ts';
import { HIDING_ROUTES } from './access/hiding.ts';
import { IDENTITY_PROVIDER_ROUTES } from './access/identity-provider.ts';
import { NEED_ROUTES } from './access/needs.ts';
import { NOTIFICATION_ROUTES } from './access/notifications.ts';
import { OCDS_ROUTES } from './access/ocds.ts';
import { ORDER_ROUTES } from './access/orders.ts';
import { PERMIT_ROUTES } from './access/permits.ts';
import { PRICE_ROUTES } from './access/prices.ts';
import { REPLAY_ROUTES } from './access/replay.ts';
import { STAFF_LIST_ROUTES } from './access/stafflists.ts';
import { STATISTICS_ROUTES } from './access/statistics.ts';
import { SEARCH_ROUTES } from './access/search.ts';
import { SUPPLIER_ROUTES } from './access/suppliers.ts';
import { TAXONOMY_ROUTES } from './access/taxonomy.ts';

/** Every route and the permission it must declare. Add new routes here. */
const MATRIX: Record<string, RoutePermission> = {
  'GET /api/health': 'public',
  'GET /api/ready': 'public',
  'GET /metrics': 'platform.admin',
  'GET /api/openapi.json': 'public',
  'POST /api/session': 'public',
  'DELETE /api/session': 'authenticated',
  'GET /api/me': 'authenticated',
  'PUT /api/me/locale': 'authenticated',
  'PUT /api/me/organisation': 'authenticated',
  'GET /api/organisations/:orgId': 'organisation.read',
  'GET /api/organisations/:orgId/assignable-roles': 'members.read',
  'GET /api/organisations/:orgId/members': 'members.read',
  'GET /api/organisations/:orgId/members/export': 'members.read',
  'PUT /api/organisations/:orgId/members/:userId': 'members.manage',
  'DELETE /api/organisations/:orgId/members/:userId': 'members.manage',
  'GET /api/organisations/:orgId/invitations': 'members.read',
  'GET /api/organisations/:orgId/invitations/export': 'members.read',
  'POST /api/organisations/:orgId/invitations': 'members.manage',
  'DELETE /api/organisations/:orgId/invitations/:invitationId': 'members.manage',
  'GET /api/invitations/:token': 'public',
  'POST /api/invitations/:token/accept': 'public',
  'GET /api/organisations/:orgId/audit': 'audit.read',
  'GET /api/organisations/:orgId/audit/export': 'audit.read',
  'GET /api/organisations/:orgId/audit/verification': 'audit.read',
  'GET /api/organisations/:orgId/messages': 'messages.read',
  'GET /api/organisations/:orgId/messages/export': 'messages.read',
  'GET /api/reference/municipalities': 'authenticated',
  'GET /api/platform/organisations': 'platform.admin',
  'GET /api/platform/organisations/export': 'platform.admin',
  'POST /api/platform/organisations': 'platform.admin',
  'GET /api/organisations/:orgId/worklist': 'organisation.read',
  ...TAXONOMY_ROUTES,
  ...SUPPLIER_ROUTES,
  ...PERMIT_ROUTES,
  ...DOCUMENT_ROUTES,
  ...PRICE_ROUTES,
  ...CATALOGUE_ROUTES,
  ...MATCHING_PROPOSALS_ROUTES,
  ...AGREEMENT_ROUTES,
  ...DPS_ROUTES,
  ...NEED_ROUTES,
  ...CALLOFF_ROUTES,
  ...INVITATION_ROUTES,
  ...BID_ROUTES,
  ...AWARD_ROUTES,
  ...CASCADE_ROUTES,
  ...ORDER_ROUTES,
  ...MATCHING_DOCUMENT_ROUTES,
  ...FOLLOWUP_ROUTES,
  ...STAFF_LIST_ROUTES,
  ...CORRECTION_ROUTES,
  ...LOGBOOK_ROUTES,
  ...HIDING_ROUTES,
  ...NOTIFICATION_ROUTES,
  ...SEARCH_ROUTES,
  ...IDENTITY_PROVIDER_ROUTES,
  ...REPLAY_ROUTES,
  ...STATISTICS_ROUTES,
  ...INSIGHT_ROUTES,
  ...OCDS_ROUTES,
  ...MATCHING_REFERRAL_ROUTES,
  ...MATCHING_OFFER_ROUTES,
  ...MATCHING_SURVEY_ROUTES,
};

type Subject =
  | { kind: 'role'; role: Role }
  | { kind: 'foreign-admin' }
  | { kind: 'platform-admin' }
  | { kind: 'anonymous' };

const SUBJECTS: Subject[] = [
  ...ROLES.map((role) => ({ kind: 'role', role }) as const),
  { kind: 'foreign-admin' },
  { kind: 'platform-admin' },
  { kind: 'anonymous' },
];

function label(s: Subject) {
  return s.kind === 'role' ? s.role : s.kind;
}

/** What the permission table says, written out independently of the access plugin. */
function expectedAllowed(
  permission: RoutePermission,
  subject: Subject,
  orgScoped: boolean,
): boolean {
  if (permission === 'public') return true;
  if (subject.kind === 'anonymous') return false;
  if (permission === 'authenticated') return true;
  if (permission === 'platform.admin') return subject.kind === 'platform-admin';
  // An organisation-scoped permission: only a member of that organisation whose role grants it.
  if (subject.kind !== 'role') return false;
  expect(orgScoped).toBe(true);
  return ROLE_PERMISSIONS[subject.role].includes(permission);
}

const { app, database, clock } = await createTestApp();
const db = database.db;
const organisation = await createOrganisation(db, { kind: 'municipality' });
const foreign = await createOrganisation(db, { kind: 'supplier' });
const member = await createUser(db, {
  memberships: [{ organisationId: organisation.id, roles: ['caseworker'] }],
});

async function callerFor(subject: Subject): Promise<Caller | null> {
  switch (subject.kind) {
    case 'anonymous':
      return null;
    case 'platform-admin': {
      const user = await createUser(db, { platformAdmin: true });
      return createSession(db, clock, user.id, null);
    }
    case 'foreign-admin': {
      const user = await createUser(db, {
        memberships: [{ organisationId: foreign.id, roles: ['org_admin'] }],
      });
      return createSession(db, clock, user.id, foreign.id);
    }
    case 'role': {
      const user = await createUser(db, {
        memberships: [{ organisationId: organisation.id, roles: [subject.role] }],
      });
      return createSession(db, clock, user.id, organisation.id);
    }
  }
}

function concreteUrl(url: string) {
  return (
    url
      .replace(':orgId', organisation.id)
      .replace(':userId', member.id)
      .replace(':invitationId', randomUUID())
      .replace(':token', 'x'.repeat(43))
      // Any other id (a supplier, an agreement, an application...): one that does not exist, so an
      // allowed caller gets past the access check and meets a 404 or a validation problem.
      .replace(/:[A-Za-z]+Id\b/g, () => randomUUID())
  );
}

describe('the access matrix', () => {
  it('lists every route of the app, each with the permission the matrix expects', () => {
    const declared = Object.fromEntries(
      app.routeCatalogue
        .filter(
          (r) =>
            (r.url.startsWith('/api/') || r.url === '/metrics') && !r.url.startsWith('/api/docs'),
        )
        .map((r) => [`${r.method} ${r.url}`, r.permission]),
    );
    expect(declared).toEqual(MATRIX);
  });

  it('declares the API documentation pages public', () => {
    const docs = app.routeCatalogue.filter((r) => r.url.startsWith('/api/docs'));
    expect(docs.length).toBeGreaterThan(0);
    for (const r of docs) expect(r.permission).toBe('public');
  });

  for (const [route, permission] of Object.entries(MATRIX)) {
    const [method, url] = route.split(' ') as [string, string];
    for (const subject of SUBJECTS) {
      const allowed = expectedAllowed(permission, subject, url.includes(':orgId'));
      it(`${route}: ${label(subject)} is ${allowed ? 'let in' : 'turned away'}`, async () => {
        // A fresh session per request: a request that signs out must not spoil the next.
        const caller = await callerFor(subject);
        const response = await call(app, caller, {
          method: method as 'GET',
          url: concreteUrl(url),
          ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
        });
        if (allowed) {
          expect([401, 403], `${response.statusCode} ${response.body}`).not.toContain(
            response.statusCode,
          );
          expect(response.statusCode).toBeLessThan(500);
        } else {
          expect(response.statusCode, response.body).toBe(subject.kind === 'anonymous' ? 401 : 403);
          expect(response.headers['content-type']).toContain('application/problem+json');
        }
      });
    }
  }
});

describe('a member of a foreign organisation', () => {
  it('cannot read or change another organisation’s members, even as its own admin', async () => {
    const target = await createUser(db, {
      memberships: [{ organisationId: organisation.id, roles: ['caseworker'] }],
    });
    const caller = await callerFor({ kind: 'foreign-admin' });
    const list = await call(app, caller, {
      method: 'GET',
      url: `/api/organisations/${organisation.id}/members`,
    });
    expect(list.statusCode).toBe(403);
    const change = await call(app, caller, {
      method: 'PUT',
      url: `/api/organisations/${organisation.id}/members/${target.id}`,
      payload: { roles: ['org_admin'] },
    });
    expect(change.statusCode).toBe(403);
    const roles = await db
      .selectFrom('memberships')
      .select('roles')
      .where('user_id', '=', target.id)
      .executeTakeFirstOrThrow();
    expect(roles.roles).toEqual(['caseworker']);
  });
});
