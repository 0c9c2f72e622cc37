// The contract of the sent-messages route.
import { Type } from 'typebox';
import type { Selectable } from 'kysely';
import type { OutboxTable } from '../../../db/types.ts';
import {
  dateTime,
  enumOf,
  nullable,
  nullableDateTime,
  nullableString,
  pageOf,
} from '../../../platform/schemas.ts';

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

export const sentMessagePage = pageOf(sentMessage);
