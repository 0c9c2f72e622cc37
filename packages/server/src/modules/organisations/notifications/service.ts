// The in-app inbox: the signed-in user's own notifications in the organisation they act in. The
// route's access check already requires a membership there, so a user removed from an
// organisation no longer sees its notifications; another user's notification is answered 404, as
// if it did not exist. Marking read is a state change with its audit record.
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { queryRows } from '../../../platform/export.ts';
import { pageOf } from '../../../platform/paging.ts';
import { notFound } from '../../../platform/problem.ts';
import * as repo from './repo.ts';
import { NOTIFICATION_PAGE_DEFAULTS, type NotificationQuery } from './schemas.ts';

type Row = NonNullable<Awaited<ReturnType<typeof repo.findNotification>>>;

function view(row: Row) {
  return {
    id: row.id,
    title: row.title,
    link: row.link,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

const ownerOf = (actor: Actor, organisationId: string): repo.Owner => ({
  userId: actor.userId,
  organisationId,
});

export async function listNotifications(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  query: NotificationQuery,
) {
  const owner = ownerOf(actor, organisationId);
  const { items, ...paging } = await repo.listNotifications(
    deps.db,
    owner,
    { unread: query.unread },
    pageOf(query, NOTIFICATION_PAGE_DEFAULTS),
  );
  return {
    ...paging,
    items: items.map(view),
    unread: await repo.countUnread(deps.db, owner),
  };
}

/** Every one of the caller's notifications of the list, in its order: a download's rows. */
export function notificationRows(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  query: Omit<NotificationQuery, 'limit' | 'offset'>,
) {
  const owner = ownerOf(actor, organisationId);
  const sort = pageOf(query, NOTIFICATION_PAGE_DEFAULTS);
  return queryRows(
    deps.db,
    repo.notificationsInOrder(deps.db, owner, { unread: query.unread }, sort),
    view,
  );
}

export async function unreadCount(deps: Deps, actor: Actor, organisationId: string) {
  return { unread: await repo.countUnread(deps.db, ownerOf(actor, organisationId)) };
}

/** Marks one read (opening it does); reading it again changes nothing and records nothing. */
export async function markRead(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  notificationId: string,
) {
  const owner = ownerOf(actor, organisationId);
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const marked = await repo.markRead(trx, owner, notificationId, now);
    if (!marked) {
      const existing = await repo.findNotification(trx, owner, notificationId);
      if (!existing) throw notFound();
      return view(existing);
    }
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'notification.read',
      objectType: 'notification',
      objectId: notificationId,
      before: { readAt: null },
      after: { readAt: now },
    });
    return view(marked);
  });
}

/** Marks every unread notification of the user in the organisation read, in one audit record. */
export async function markAllRead(deps: Deps, actor: Actor, organisationId: string) {
  const owner = ownerOf(actor, organisationId);
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const ids = await repo.markAllRead(trx, owner, now);
    if (ids.length > 0) {
      await appendAudit(trx, deps.clock, {
        organisationId,
        actorUserId: actor.userId,
        action: 'notification.all_read',
        objectType: 'user',
        objectId: actor.userId,
        before: { unread: ids.length },
        after: { readAt: now, notificationIds: ids },
      });
    }
    return { marked: ids.length, unread: await repo.countUnread(trx, owner) };
  });
}
