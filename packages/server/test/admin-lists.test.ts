// The admin lists page through long histories: audit trail and sent messages, newest first unless
// sorted otherwise.
import { describe, expect, it } from 'vitest';
import { appendAudit } from '../src/platform/audit.ts';
import { enqueueEmail } from '../src/platform/outbox.ts';
import { call, createTestApp } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';
import { csvLines, sheetOf, sheetRows } from './support/download.ts';

const { app, database, clock } = await createTestApp();
const db = database.db;
const organisation = await createOrganisation(db);
const admin = await createUser(db, {
  memberships: [{ organisationId: organisation.id, roles: ['org_admin'] }],
});
const caller = await createSession(db, clock, admin.id, organisation.id);
const other = await createOrganisation(db);
const caseworker = await (async () => {
  const user = await createUser(db, {
    memberships: [{ organisationId: organisation.id, roles: ['caseworker'] }],
  });
  return createSession(db, clock, user.id, organisation.id);
})();

interface Listed {
  items: { id: string }[];
  total: number;
  limit: number;
  offset: number;
}

async function list(path: string, query: string) {
  const response = await call(app, caller, { method: 'GET', url: `${path}${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Listed>();
}

/** Walks the list in pages of 25, checking that each page names the same total. */
async function collect(path: string) {
  const seen: { id: string }[] = [];
  let total: number | undefined;
  for (let offset = 0; offset < 1000; offset += 25) {
    const page = await list(path, `?limit=25&offset=${offset}`);
    expect(page).toMatchObject({ limit: 25, offset });
    total ??= page.total;
    expect(page.total).toBe(total);
    seen.push(...page.items);
    if (page.items.length < 25) break;
  }
  expect(seen).toHaveLength(total!);
  expect(new Set(seen.map((i) => i.id)).size).toBe(seen.length);
  return seen;
}

describe('paging', () => {
  it('walks 60 audit records in pages of 25 with their total, newest first, none twice, none of another organisation', async () => {
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

  it('sorts the trail by action and by actor, both ways', async () => {
    const path = `/api/organisations/${organisation.id}/audit`;
    await db.transaction().execute(async (trx) => {
      clock.advance(1000);
      await appendAudit(trx, clock, {
        organisationId: organisation.id,
        actorUserId: null,
        action: 'a.first',
        objectType: 'test',
        objectId: 'sorted',
      });
    });
    type Record = { id: string; action: string; actor: { name: string } | null };
    const actions = async (order: string) =>
      ((await list(path, `?limit=200&sort=action&order=${order}`)).items as Record[]).map(
        (i) => i.action,
      );
    const ascending = await actions('asc');
    expect(ascending[0]).toBe('a.first');
    expect(ascending).toEqual([...ascending].sort());
    expect((await actions('desc')).at(-1)).toBe('a.first');

    // The system (no actor) comes after every named user when sorted by actor ascending.
    const byActor = (await list(path, '?limit=200&sort=actor&order=asc')).items as Record[];
    expect(byActor.at(-1)!.actor).toBeNull();
    expect(byActor[0]!.actor?.name).toBe(admin.name);
  });

  it('sorts the sent messages by subject both ways', async () => {
    const path = `/api/organisations/${organisation.id}/messages`;
    const subjects = async (order: string) =>
      (
        (await list(path, `?limit=200&sort=subject&order=${order}`)).items as never as {
          subject: string;
        }[]
      ).map((m) => m.subject);
    const ascending = await subjects('asc');
    expect(ascending).toHaveLength(60);
    expect(ascending).toEqual([...ascending].sort());
    expect(await subjects('desc')).toEqual([...ascending].reverse());
  });

  it('refuses an unknown sort, a negative offset and a page larger than the largest', async () => {
    for (const path of ['audit', 'messages'])
      for (const query of ['?sort=hash', '?order=up', '?offset=-1', '?limit=201', '?before=1']) {
        const response = await call(app, caller, {
          method: 'GET',
          url: `/api/organisations/${organisation.id}/${path}${query}`,
        });
        expect(response.statusCode, `${path}${query}`).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
  });
});

describe('the lists as files', () => {
  const download = (path: string, query: string, who = caller) =>
    call(app, who, {
      method: 'GET',
      url: `/api/organisations/${organisation.id}/${path}/export?${query}`,
    });

  it('downloads the sent messages in the list’s sort, statuses as words, without the text', async () => {
    const listed = (
      await list(`/api/organisations/${organisation.id}/messages`, '?limit=200&sort=subject')
    ).items as never as { to: string; subject: string }[];
    const csv = await download('messages', 'sort=subject&format=csv');
    expect(csv.statusCode, csv.body).toBe(200);
    const [header, ...lines] = csvLines(csv.body);
    expect(header).toBe('To,Subject,Status,Created,Sent,Delivery,Last error');
    expect(lines.map((l) => l.split(',').slice(0, 3))).toEqual(
      listed.map((m) => [m.to, m.subject, 'Pending']),
    );

    const xlsx = await download('messages', 'sort=subject&order=asc&format=xlsx');
    const rows = sheetRows(await sheetOf(xlsx.rawPayload));
    expect(rows.map((r) => r[1])).toEqual(listed.map((m) => m.subject).reverse());
    expect(rows[0]![3]).toBeInstanceOf(Date);
    expect(rows.flat()).not.toContain('x');

    expect((await download('messages', 'format=csv', caseworker)).statusCode).toBe(403);
  });

  it('downloads the audit trail in the list’s sort, the system named for what it did itself', async () => {
    const path = `/api/organisations/${organisation.id}/audit`;
    const listed = (await list(path, '?limit=200&sort=action&order=asc')).items as never as {
      seq: number;
      action: string;
      actor: { name: string } | null;
    }[];
    const csv = await download('audit', 'sort=action&order=asc&format=csv');
    expect(csv.statusCode, csv.body).toBe(200);
    const [header, ...lines] = csvLines(csv.body);
    expect(header).toBe('No.,Time,By,Email,Action,Object type,Object id');
    expect(lines.slice(0, 200).map((l) => Number(l.split(',')[0]))).toEqual(
      listed.map((r) => r.seq),
    );
    expect(lines).toHaveLength(listed.length);

    const xlsx = await download('audit', 'format=xlsx');
    const rows = sheetRows(await sheetOf(xlsx.rawPayload));
    const newestFirst = (await list(path, '?limit=200')).items as never as { seq: number }[];
    expect(rows.map((r) => r[0])).toEqual(newestFirst.map((r) => r.seq));
    expect(rows.find((r) => r[4] === 'a.first')!.slice(2, 4)).toEqual(['The system', null]);
    expect(rows.find((r) => r[4] === 'test.step')!.slice(2, 4)).toEqual([admin.name, admin.email]);
    expect(rows.every((r) => r[1] instanceof Date)).toBe(true);
    expect((await download('audit', 'format=csv', caseworker)).statusCode).toBe(403);
  });
});
