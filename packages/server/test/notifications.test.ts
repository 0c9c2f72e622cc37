// The in-app inbox: every mail the outbox sends to a user of the platform also lands in the user's
// inbox for the organisation in which they act on it, in the same transaction, with a path of the
// app as its link and the subject as mailed (in the user's language). Shared mailboxes get only the
// email. A user sees and marks only their own, only while a member; another's id answers 404.
// The flow: a buyer publishes a renewed competition, which mails every invited HVB home.
import { describe, expect, it } from 'vitest';
import { enqueueEmail } from '../src/platform/outbox.ts';
import { mailSupplier } from '../src/platform/notify.ts';
import { call, createTestApp, type Caller } from './support/app.ts';
import { createMember, createSession, createUser, randomUUID } from './support/factories.ts';
import { createDraftCalloff, createMarket, type MarketSupplier } from './support/tendering.ts';
import { csvLines, sheetOf, sheetRows } from './support/download.ts';

const t = await createTestApp();
const db = t.database.db;
const market = await createMarket(t, { staffingFirms: 0, hvbHomes: 2 });
const [home1, home2] = market.hvbHomes as [MarketSupplier, MarketSupplier];

// home1 also has a Swedish-speaking user, who is a user of home2 as well, and a shared mailbox.
const colleague = await createUser(db, {
  locale: 'sv',
  memberships: [
    { organisationId: home1.id, roles: ['supplier_user'] },
    { organisationId: home2.id, roles: ['supplier_user'] },
  ],
});
const colleagueIn = {
  home1: await createSession(db, t.clock, colleague.id, home1.id),
  home2: await createSession(db, t.clock, colleague.id, home2.id),
};
const MAILBOX = `placering-${randomUUID()}@home1.test`;
await db
  .insertInto('supplier_contacts')
  .values({
    supplier_id: home1.id,
    kind: 'function_mailbox',
    name: 'Placeringar',
    email: MAILBOX,
    created_at: t.clock.now(),
  })
  .execute();

const inbox = (orgId: string, rest = '') => `/api/organisations/${orgId}/notifications${rest}`;

async function emailOf(userId: string) {
  const row = await db
    .selectFrom('users')
    .select('email')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return row.email;
}

async function list(caller: Caller, orgId: string, query = '') {
  const res = await call(t.app, caller, { method: 'GET', url: inbox(orgId, query) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{
    items: { id: string; title: string; link: string; createdAt: string; readAt: string | null }[];
    total: number;
    limit: number;
    offset: number;
    unread: number;
  }>();
}

async function unread(caller: Caller, orgId: string) {
  const res = await call(t.app, caller, { method: 'GET', url: inbox(orgId, '/unread-count') });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ unread: number }>().unread;
}

// The buyer publishes a renewed competition: every active home on the lot is mailed.
await db
  .updateTable('agreement_lots')
  .set({ calloff_method: 'renewed_competition' })
  .where('id', '=', market.agreement.lotId)
  .execute();
const draft = await createDraftCalloff(t, market, { kind: 'placement' });
const published = await call(t.app, market.buyer, {
  method: 'POST',
  url: `/api/organisations/${market.kristianstad.id}/calloffs/${draft.id}/publish`,
  payload: {
    version: draft.version,
    requestText: 'Placering från 15 december.',
    tenderDeadline: new Date(t.clock.now().getTime() + 3 * 86_400_000).toISOString(),
    costCentre: '',
  },
});
expect(published.statusCode, published.body).toBe(200);
const tenderPath = `/tenders/${draft.id}`;

describe('a mail to a user', () => {
  it('lands in the inbox with the mailed subject and a path of the app, in the same transaction', async () => {
    const email = await emailOf(home1.userId);
    const mail = await db
      .selectFrom('outbox')
      .select(['id', 'subject', 'body', 'organisation_id'])
      .where('recipient', '=', email)
      .executeTakeFirstOrThrow();
    expect(mail.body).toContain(`http://tildel.test${tenderPath}`);
    const rows = await db
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', home1.userId)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      organisation_id: home1.id,
      outbox_id: mail.id,
      title: mail.subject,
      link: tenderPath,
      read_at: null,
    });
    // The mail is the municipality's; the notification is where the reader acts, the supplier.
    expect(mail.organisation_id).toBe(market.kristianstad.id);

    const page = await list(home1.caller, home1.id);
    expect(page.unread).toBe(1);
    expect(page.items).toEqual([
      {
        id: rows[0]!.id,
        title: mail.subject,
        link: tenderPath,
        createdAt: t.clock.now().toISOString(),
        readAt: null,
      },
    ]);
    expect(await unread(home1.caller, home1.id)).toBe(1);
  });

  it('is titled in the user’s own language, as mailed', async () => {
    const page = await list(colleagueIn.home1, home1.id);
    expect(page.items).toHaveLength(1);
    const mail = await db
      .selectFrom('outbox')
      .select('subject')
      .where('recipient', '=', colleague.email)
      .executeTakeFirstOrThrow();
    expect(page.items[0]!.title).toBe(mail.subject);
    expect(mail.subject).toMatch(/Inbjudan/);
    expect(page.items[0]!.link).toBe(tenderPath);
  });

  it('reaches a shared mailbox that is no user by email only', async () => {
    const mails = await db
      .selectFrom('outbox')
      .select('id')
      .where('recipient', '=', MAILBOX)
      .execute();
    expect(mails).toHaveLength(1);
    const notes = await db
      .selectFrom('notifications')
      .select('id')
      .where('outbox_id', '=', mails[0]!.id)
      .execute();
    expect(notes).toHaveLength(0);
  });

  it('is kept apart per organisation: the colleague’s home2 inbox holds only home2’s mail', async () => {
    const page = await list(colleagueIn.home2, home2.id);
    expect(page.items).toHaveLength(1);
    const note = await db
      .selectFrom('notifications')
      .select('organisation_id')
      .where('id', '=', page.items[0]!.id)
      .executeTakeFirstOrThrow();
    expect(note.organisation_id).toBe(home2.id);
  });

  it('never carries an address outside the app', async () => {
    await expect(
      db.transaction().execute((trx) =>
        enqueueEmail(trx, t.clock, {
          organisationId: home1.id,
          to: 'x@example.test',
          subject: 'S',
          body: 'B',
          inbox: { organisationId: home1.id, link: 'https://evil.example/tenders' },
        }),
      ),
    ).rejects.toThrow(/not a path of the app/);
    for (const link of ['//evil.example/x', '/\\evil.example']) {
      await expect(
        db.transaction().execute((trx) =>
          enqueueEmail(trx, t.clock, {
            organisationId: home1.id,
            to: 'x@example.test',
            subject: 'S',
            body: 'B',
            inbox: { organisationId: home1.id, link },
          }),
        ),
      ).rejects.toThrow();
    }
  });
});

describe('another user', () => {
  it('cannot see or mark someone else’s notification: 404, not 403', async () => {
    const [mine] = (await list(home1.caller, home1.id)).items;
    // A colleague in the same organisation: not theirs, so it does not exist for them.
    const colleagues = await call(t.app, colleagueIn.home1, {
      method: 'POST',
      url: inbox(home1.id, `/${mine!.id}/read`),
      payload: {},
    });
    expect(colleagues.statusCode, colleagues.body).toBe(404);
    expect(colleagues.headers['content-type']).toContain('application/problem+json');
    // A user of another organisation, through their own organisation.
    const other = await call(t.app, home2.caller, {
      method: 'POST',
      url: inbox(home2.id, `/${mine!.id}/read`),
      payload: {},
    });
    expect(other.statusCode, other.body).toBe(404);
    // ... and through the organisation it belongs to, of which they are no member.
    const foreign = await call(t.app, home2.caller, { method: 'GET', url: inbox(home1.id) });
    expect(foreign.statusCode).toBe(403);
    // Nobody else's list shows it, and it is still unread.
    for (const [caller, orgId] of [
      [colleagueIn.home1, home1.id],
      [home2.caller, home2.id],
      [market.buyer, market.kristianstad.id],
    ] as const)
      expect((await list(caller, orgId)).items.map((n) => n.id)).not.toContain(mine!.id);
    expect(await unread(home1.caller, home1.id)).toBe(1);
  });
});

describe('marking read', () => {
  it('marks it read, with an audit record, and the count drops; a second time changes nothing', async () => {
    const [mine] = (await list(home1.caller, home1.id)).items;
    const res = await call(t.app, home1.caller, {
      method: 'POST',
      url: inbox(home1.id, `/${mine!.id}/read`),
      payload: {},
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: mine!.id, readAt: t.clock.now().toISOString() });
    expect(await unread(home1.caller, home1.id)).toBe(0);
    const audit = await db
      .selectFrom('audit_log')
      .select(['organisation_id', 'actor_user_id', 'after'])
      .where('action', '=', 'notification.read')
      .where('object_id', '=', mine!.id)
      .execute();
    expect(audit).toEqual([
      {
        organisation_id: home1.id,
        actor_user_id: home1.userId,
        after: { readAt: t.clock.now().toISOString() },
      },
    ]);
    const again = await call(t.app, home1.caller, {
      method: 'POST',
      url: inbox(home1.id, `/${mine!.id}/read`),
      payload: {},
    });
    expect(again.statusCode).toBe(200);
    const records = await db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'notification.read')
      .where('object_id', '=', mine!.id)
      .execute();
    expect(records).toHaveLength(1);
    expect((await list(home1.caller, home1.id, '?unread=true')).items).toHaveLength(0);
  });

  it('marks all read in one audit record, and pages newest first with the total', async () => {
    // Two more mails to home1 (through the same mailing the areas use).
    for (const n of [1, 2]) {
      t.clock.set(new Date(t.clock.now().getTime() + 60_000));
      await db.transaction().execute((trx) =>
        mailSupplier(trx, { clock: t.clock, config: t.config }, home1.id, `/orders/o${n}`, {
          organisationId: market.kristianstad.id,
          country: 'SE',
          subject: 'email.invitation.subject',
          body: 'email.invitation.body',
          params: { organisation: `Order ${n}`, inviter: '', roles: '', expires: '' },
        }),
      );
    }
    Object.assign(home1.caller, await createSession(db, t.clock, home1.userId, home1.id));
    const first = await list(home1.caller, home1.id, '?limit=1');
    expect(first).toMatchObject({ unread: 2, total: 3, limit: 1, offset: 0 });
    expect(first.items.map((n) => n.link)).toEqual(['/orders/o2']);
    const second = await list(home1.caller, home1.id, '?limit=1&offset=1');
    expect(second.items.map((n) => n.link)).toEqual(['/orders/o1']);
    const third = await list(home1.caller, home1.id, '?limit=5&offset=2');
    expect(third.items.map((n) => n.link)).toEqual([tenderPath]);
    expect(third.total).toBe(3);
    const oldestFirst = await list(home1.caller, home1.id, '?sort=time&order=asc');
    expect(oldestFirst.items.map((n) => n.link)).toEqual([tenderPath, '/orders/o1', '/orders/o2']);
    const unreadOnly = await list(home1.caller, home1.id, '?unread=true');
    expect(unreadOnly.items.map((n) => n.link)).toEqual(['/orders/o2', '/orders/o1']);
    expect(unreadOnly.total).toBe(2);

    const all = await call(t.app, home1.caller, {
      method: 'POST',
      url: inbox(home1.id, '/read'),
      payload: {},
    });
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json()).toEqual({ marked: 2, unread: 0 });
    const audit = await db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'after'])
      .where('action', '=', 'notification.all_read')
      .where('object_id', '=', home1.userId)
      .executeTakeFirstOrThrow();
    expect(audit.actor_user_id).toBe(home1.userId);
    expect((audit.after as { notificationIds: string[] }).notificationIds).toHaveLength(2);
    // The colleague's own were not touched.
    expect(await unread(colleagueIn.home1, home1.id)).toBe(2 + 1);
  });
});

describe('bad input', () => {
  it('answers a problem naming the field', async () => {
    const badId = await call(t.app, home1.caller, {
      method: 'POST',
      url: inbox(home1.id, '/not-a-uuid/read'),
    });
    expect(badId.statusCode).toBe(400);
    expect(badId.headers['content-type']).toContain('application/problem+json');
    expect(badId.json().errors[0].field).toContain('notificationId');
    const badBody = await call(t.app, home1.caller, {
      method: 'POST',
      url: inbox(home1.id, '/read'),
      payload: { all: true },
    });
    expect(badBody.statusCode).toBe(400);
    for (const query of [
      '?before=xyz',
      '?limit=0',
      '?limit=1000',
      '?offset=-1',
      '?sort=link',
      '?unread=maybe',
      '?x=1',
    ]) {
      const res = await call(t.app, home1.caller, { method: 'GET', url: inbox(home1.id, query) });
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const missing = await call(t.app, home1.caller, {
      method: 'POST',
      url: inbox(home1.id, `/${randomUUID()}/read`),
      payload: {},
    });
    expect(missing.statusCode).toBe(404);
  });
});

describe('a user removed from an organisation', () => {
  it('no longer sees its notifications, nor reaches them from another organisation', async () => {
    const before = await list(colleagueIn.home1, home1.id);
    expect(before.items.length).toBeGreaterThan(0);
    const admin = await createMember(db, t.clock, home1.id, ['org_admin']);
    const removed = await call(t.app, admin.caller, {
      method: 'DELETE',
      url: `/api/organisations/${home1.id}/members/${colleague.id}`,
    });
    expect(removed.statusCode, removed.body).toBe(204);
    const after = await call(t.app, colleagueIn.home2, { method: 'GET', url: inbox(home1.id) });
    expect(after.statusCode).toBe(403);
    const count = await call(t.app, colleagueIn.home2, {
      method: 'GET',
      url: inbox(home1.id, '/unread-count'),
    });
    expect(count.statusCode).toBe(403);
    const inHome2 = await list(colleagueIn.home2, home2.id);
    const ids = inHome2.items.map((n) => n.id);
    for (const n of before.items) {
      expect(ids).not.toContain(n.id);
      const mark = await call(t.app, colleagueIn.home2, {
        method: 'POST',
        url: inbox(home2.id, `/${n.id}/read`),
        payload: {},
      });
      expect(mark.statusCode).toBe(404);
    }
  });
});

describe('the inbox as a file', () => {
  it('downloads the caller’s own notifications in the inbox’s sort, and no one else’s', async () => {
    const listed = (await list(home1.caller, home1.id, '?sort=time&order=asc')).items;
    expect(listed.length).toBeGreaterThan(0);
    const csv = await call(t.app, home1.caller, {
      method: 'GET',
      url: inbox(home1.id, '/export?sort=time&order=asc&format=csv'),
    });
    expect(csv.statusCode, csv.body).toBe(200);
    const [header, ...lines] = csvLines(csv.body);
    expect(header).toBe('Title,Time,Read,Link');
    expect(lines.map((l) => l.split(',').at(-1))).toEqual(listed.map((n) => n.link));

    const xlsx = await call(t.app, home1.caller, {
      method: 'GET',
      url: inbox(home1.id, '/export?format=xlsx'),
    });
    const rows = sheetRows(await sheetOf(xlsx.rawPayload));
    expect(rows.map((r) => r[3])).toEqual(listed.map((n) => n.link).reverse());
    expect(rows.every((r) => r[1] instanceof Date)).toBe(true);

    const unreadOnly = await call(t.app, home1.caller, {
      method: 'GET',
      url: inbox(home1.id, '/export?unread=true&format=csv'),
    });
    expect(csvLines(unreadOnly.body).slice(1)).toHaveLength(
      (await list(home1.caller, home1.id, '?unread=true')).total,
    );
    const stranger = await call(t.app, home2.caller, {
      method: 'GET',
      url: inbox(home1.id, '/export?format=csv'),
    });
    expect(stranger.statusCode).toBe(403);
  });
});
