import type { Deps } from '../../../platform/deps.ts';
import { fieldProblem } from '../../../platform/problem.ts';
import * as repo from './repo.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function sentMessages(
  deps: Deps,
  organisationId: string,
  before: string | undefined,
  limit: number,
) {
  let beforeTime: Date | undefined;
  if (before !== undefined) {
    const anchor = UUID.test(before)
      ? await repo.messageCreatedAt(deps.db, organisationId, before)
      : undefined;
    if (!anchor) throw fieldProblem('before', 'field.invalid');
    beforeTime = new Date(anchor.created_at);
  }
  const rows = await repo.listMessages(deps.db, organisationId, beforeTime, limit);
  const page = rows.slice(0, limit);
  return {
    items: page.map((m) => ({
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
    nextBefore: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}
