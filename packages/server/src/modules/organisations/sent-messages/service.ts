import type { Deps } from '../../../platform/deps.ts';
import { pageOf } from '../../../platform/paging.ts';
import * as repo from './repo.ts';
import { MESSAGE_PAGE_DEFAULTS, type MessageQuery } from './schemas.ts';

export async function sentMessages(deps: Deps, organisationId: string, query: MessageQuery) {
  const { items, ...paging } = await repo.listMessages(
    deps.db,
    organisationId,
    pageOf(query, MESSAGE_PAGE_DEFAULTS),
  );
  return {
    ...paging,
    items: items.map((m) => ({
      id: m.id,
      to: m.recipient,
      subject: m.subject,
      body: m.body,
      status: m.status,
      transport: m.transport,
      createdAt: m.created_at,
      sentAt: m.sent_at,
      lastError: m.last_error,
    })),
  };
}
