// The admin lists page through long histories: audit trail and sent messages, newest first.
import { describe, expect, it } from 'vitest';
import { appendAudit } from '../src/platform/audit.ts';
import { enqueueEmail } from '../src/platform/outbox.ts';
import { call, createTestApp } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';

const { app, database, clock } = await createTestApp();
const db = database.db;
const organisation = await createOrganisation(db);
const admin = await createUser(db, {
  memberships: [{ organisationId: organisation.id, roles: ['org_admin'] }],
});
const caller = await createSession(db, clock, admin.id, organisation.id);
const other = await createOrganisation(db);

async function collect(path: string) {
  const seen: { id: string }[] = [];
  let before: string | null = null;
  for (let page = 0; page < 10; page++) {
    const query: string = before ? `?limit=25&before=${before}` : '?limit=25';
    const response = await call(app, caller, { method: 'GET', url: `${path}${query}` });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    seen.push(...body.items);
    before = body.nextBefore;
    if (before === null) break;
    expect(typeof before).toBe('string');
  }
  return seen;
}

describe('paging', () => {
  it('walks 60 audit records in pages of 25, newest first, none twice, none of another organisation', async () => {
    for (let i = 0; i < 60; i++) {
      await db.transaction().execute(async (trx) => {
        clock.advance(1000);
        await appendAudit(trx, clock, {
          organisationId: organisation.id,
          actorUserId: admin.id,
          action: 'test.step',
          objectType: 'test',
          objectId: String(i),
        });
        await appendAudit(trx, clock, {
          organisationId: other.id,
          actorUserId: null,
          action: 'test.other',
          objectType: 'test',
          objectId: String(i),
        });
      });
    }
    const items = (await collect(`/api/organisations/${organisation.id}/audit`)) as unknown as {
      seq: number;
      action: string;
    }[];
    expect(items).toHaveLength(60);
    expect(items.map((i) => i.seq)).toEqual(Array.from({ length: 60 }, (_, i) => 60 - i));
    expect(new Set(items.map((i) => i.action))).toEqual(new Set(['test.step']));
  });

  it('walks 60 sent messages in pages of 25, newest first', async () => {
    for (let i = 0; i < 60; i++) {
      clock.advance(1000);
      await db.transaction().execute((trx) =>
        enqueueEmail(trx, clock, {
          organisationId: organisation.id,
          to: `r${i}@example.test`,
          subject: `Message ${i}`,
          body: 'x',
        }),
      );
    }
    const items = (await collect(`/api/organisations/${organisation.id}/messages`)) as unknown as {
      subject: string;
    }[];
    expect(items.map((m) => m.subject)).toEqual(
      Array.from({ length: 60 }, (_, i) => `Message ${59 - i}`),
    );
  });

  it('refuses a malformed page anchor with a field message', async () => {
    const response = await call(app, caller, {
      method: 'GET',
      url: `/api/organisations/${organisation.id}/audit?before=abc`,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('before');
  });
});
