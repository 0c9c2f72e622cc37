import type { Deps } from '../../../platform/deps.ts';
import { queryRows } from '../../../platform/export.ts';
import { pageOf } from '../../../platform/paging.ts';
import * as repo from './repo.ts';
import { MESSAGE_PAGE_DEFAULTS, type MessageQuery } from './schemas.ts';

type MessageRow = Awaited<ReturnType<typeof repo.listMessages>>['items'][number];

const messageView = (m: MessageRow) => ({
  id: m.id,
  to: m.recipient,
  subject: m.subject,
  body: m.body,
  status: m.status,
  transport: m.transport,
  createdAt: m.created_at,
  sentAt: m.sent_at,
  lastError: m.last_error,
});

export async function sentMessages(deps: Deps, organisationId: string, query: MessageQuery) {
  const { items, ...paging } = await repo.listMessages(
    deps.db,
    organisationId,
    pageOf(query, MESSAGE_PAGE_DEFAULTS),
  );
  return { ...paging, items: items.map(messageView) };
}

/** Every message of the list in its order, a batch at a time: a download's rows. */
export function messageRows(
  deps: Deps,
  organisationId: string,
  query: Omit<MessageQuery, 'limit' | 'offset'>,
) {
  const sort = pageOf(query, MESSAGE_PAGE_DEFAULTS);
  return queryRows(deps.db, repo.messagesInOrder(deps.db, organisationId, sort), messageView);
}
