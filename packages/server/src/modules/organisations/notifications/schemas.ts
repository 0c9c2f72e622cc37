// The contract of the in-app inbox's routes: the signed-in user's own notifications in one
// organisation, the unread count, and marking read.
import { Type, type Static } from 'typebox';
import { paged, pageParams } from '../../../platform/paging.ts';
import { dateTime, nullableDateTime, paramsOf } from '../../../platform/schemas.ts';

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
  ...paged(notification).properties,
  unread: Type.Integer({ minimum: 0, description: 'Unread notifications in all, for the header' }),
});

/** How the inbox may be sorted. */
export const NOTIFICATION_SORTS = ['time', 'title'] as const;
export type NotificationSort = (typeof NOTIFICATION_SORTS)[number];
export const NOTIFICATION_PAGE_DEFAULTS = { sort: 'time', order: 'desc' } as const;

export const listQuery = Type.Object(
  {
    ...pageParams(NOTIFICATION_SORTS, NOTIFICATION_PAGE_DEFAULTS),
    /** Only the unread ones. */
    unread: Type.Boolean({ default: false }),
  },
  { additionalProperties: false },
);
export type NotificationQuery = Static<typeof listQuery>;

export const unreadCount = Type.Object({ unread: Type.Integer({ minimum: 0 }) });

export const markedAll = Type.Object({
  marked: Type.Integer({ minimum: 0, description: 'How many were unread and are now read' }),
  unread: Type.Integer({ minimum: 0 }),
});

export const notificationParams = paramsOf('orgId', 'notificationId');
