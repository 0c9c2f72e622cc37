// The contract of the sent-messages route.
import { Type, type Static } from 'typebox';
import type { Selectable } from 'kysely';
import type { OutboxTable } from '../../../db/types.ts';
import {
  dateTime,
  enumOf,
  nullable,
  nullableDateTime,
  nullableString,
} from '../../../platform/schemas.ts';
import { paged, pageParams } from '../../../platform/paging.ts';

type Outbox = Selectable<OutboxTable>;

/** Where a message stands in the outbox, and how it left (SMTP, or kept when none is set up). */
export const MESSAGE_STATUSES = [
  'pending',
  'sent',
  'failed',
] as const satisfies readonly Outbox['status'][];
export const MESSAGE_TRANSPORTS = ['smtp', 'kept'] as const satisfies readonly NonNullable<
  Outbox['transport']
>[];

export const sentMessage = Type.Object({
  id: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  body: Type.String(),
  status: enumOf(MESSAGE_STATUSES),
  transport: nullable(enumOf(MESSAGE_TRANSPORTS)),
  createdAt: dateTime,
  sentAt: nullableDateTime,
  lastError: nullableString,
});

/** How the sent messages may be sorted. */
export const MESSAGE_SORTS = ['time', 'to', 'subject', 'status'] as const;
export type MessageSort = (typeof MESSAGE_SORTS)[number];
export const MESSAGE_PAGE_DEFAULTS = { sort: 'time', order: 'desc' } as const;

export const messageQuery = Type.Object(pageParams(MESSAGE_SORTS, MESSAGE_PAGE_DEFAULTS), {
  additionalProperties: false,
});
export type MessageQuery = Static<typeof messageQuery>;

export const sentMessagePage = paged(sentMessage);
