-- Operations and retention (docs/operations.md).

-- When a message first failed to leave: mail failing for an hour is told to the platform's admins.
ALTER TABLE outbox ADD COLUMN first_failed_at timestamptz;
CREATE INDEX outbox_failing_idx ON outbox (first_failed_at)
  WHERE status <> 'sent' AND first_failed_at IS NOT NULL;

-- The metrics count the messages not sent (waiting or given up on) on every scrape.
CREATE INDEX outbox_unsent_idx ON outbox (status) WHERE status <> 'sent';

-- One row per incident of failing mail the platform's admins were told of; at most one open.
CREATE TABLE mail_failure_alerts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The first failure of the oldest message still undelivered when the alert went out.
  failing_since timestamptz NOT NULL,
  alerted_at timestamptz NOT NULL,
  failing_messages integer NOT NULL,
  -- Set when no message waits for another attempt any more.
  closed_at timestamptz
);
CREATE UNIQUE INDEX mail_failure_alerts_one_open ON mail_failure_alerts ((true)) WHERE closed_at IS NULL;

-- Retention: a closed need's free text about the person is emptied RETENTION_YEARS after it closed.
ALTER TABLE needs ADD COLUMN text_purged_at timestamptz;
CREATE INDEX needs_retention_idx ON needs (updated_at)
  WHERE status IN ('fulfilled', 'withdrawn') AND kind <> 'staffing' AND text_purged_at IS NULL;
