-- The in-app inbox: every message the outbox sends to a user of the platform also lands here, in
-- the same transaction, for the organisation in which the reader acts on it (platform/inbox.ts).
-- Shared mailboxes that are no user get only the email. A user sees their own notifications, and
-- only while still a member of the organisation.
CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  user_id uuid NOT NULL REFERENCES users(id),
  -- The email it came with (its subject is the title, in the user's language as mailed).
  outbox_id uuid NOT NULL REFERENCES outbox(id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  -- A path inside the app (never an absolute or protocol-relative address).
  link text NOT NULL CHECK (
    length(link) BETWEEN 1 AND 500 AND left(link, 1) = '/' AND substr(link, 2, 1) NOT IN ('/', '\')
  ),
  created_at timestamptz NOT NULL,
  read_at timestamptz
);
CREATE INDEX notifications_inbox ON notifications (user_id, organisation_id, created_at DESC, id DESC);
CREATE INDEX notifications_unread ON notifications (user_id, organisation_id) WHERE read_at IS NULL;
