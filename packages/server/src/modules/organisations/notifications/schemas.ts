// The contract of the in-app inbox's routes: the signed-in user's own notifications in one
// organisation, the unread count, and marking read.
import { Type } from 'typebox';
import { dateTime, nullableDateTime, nullableString, paramsOf } from '../../../platform/schemas.ts';

export const notification = Type.Object({
  id: Type.String({ format: 'uuid' }),
  /** The mail's subject, in the user's language as mailed. */
  title: Type.String(),
  /** A path of the web app where the reader acts, e.g. `/tenders/…`. */
  link: Type.String({ pattern: '^/' }),
  createdAt: dateTime,
  readAt: nullableDateTime,
});

export const notificationPage = Type.Object({
  items: Type.Array(notification),
  nextBefore: nullableString,
  unread: Type.Integer({ minimum: 0, description: 'Unread notifications in all, for the header' }),
});

export const listQuery = Type.Object(
  {
    /** The id of the last notification already shown (keyset paging, newest first). */
    before: Type.Optional(Type.String({ format: 'uuid' })),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
    /** Only the unread ones. */
    unread: Type.Boolean({ default: false }),
  },
  { additionalProperties: false },
);

export const unreadCount = Type.Object({ unread: Type.Integer({ minimum: 0 }) });

export const markedAll = Type.Object({
  marked: Type.Integer({ minimum: 0, description: 'How many were unread and are now read' }),
  unread: Type.Integer({ minimum: 0 }),
});

export const notificationParams = paramsOf('orgId', 'notificationId');
