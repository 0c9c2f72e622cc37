-- Foundation: organisations, users, memberships, sessions, invitations, audit trail, outbox, jobs.
-- Every tenant-owned table carries organisation_id (the tenant key) so the data can later be
-- partitioned by tenant.

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('procurement_body', 'municipality', 'supplier')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  country text NOT NULL CHECK (country IN ('SE', 'DK')),
  identifier text NOT NULL,
  municipality_code text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (country, identifier)
);

-- A procurement body's mandate: the municipalities it procures for.
CREATE TABLE body_mandates (
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, municipality_id)
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL,
  name text NOT NULL,
  password_hash text,
  locale text NOT NULL DEFAULT 'sv' CHECK (locale IN ('sv', 'da', 'en')),
  is_platform_admin boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  disabled_at timestamptz
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE memberships (
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  user_id uuid NOT NULL REFERENCES users(id),
  roles text[] NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, user_id)
);
CREATE INDEX memberships_user_idx ON memberships (user_id);

-- Sessions are server-side; the cookie holds a random token and the table only its SHA-256,
-- so a leaked table cannot be replayed. auth_method leaves room for OpenID Connect beside passwords.
CREATE TABLE sessions (
  id_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id),
  active_organisation_id uuid REFERENCES organisations(id),
  auth_method text NOT NULL CHECK (auth_method IN ('password', 'invitation', 'oidc')),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  ended_at timestamptz,
  user_agent text,
  address text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- Failed sign-ins per account and per address, for rate limiting across server processes.
CREATE TABLE login_failures (
  id bigserial PRIMARY KEY,
  subject text NOT NULL,
  failed_at timestamptz NOT NULL
);
CREATE INDEX login_failures_subject_idx ON login_failures (subject, failed_at);

CREATE TABLE invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  email text NOT NULL,
  roles text[] NOT NULL,
  locale text NOT NULL CHECK (locale IN ('sv', 'da', 'en')),
  token_hash text NOT NULL UNIQUE,
  invited_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  accepted_by uuid REFERENCES users(id),
  revoked_at timestamptz
);
CREATE INDEX invitations_org_idx ON invitations (organisation_id, created_at);

-- Append-only audit trail: one hash chain per tenant (organisation, or 'platform'),
-- each record hashing its content and the previous record's hash.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  chain text NOT NULL,
  seq bigint NOT NULL,
  at timestamptz NOT NULL,
  organisation_id uuid REFERENCES organisations(id),
  actor_user_id uuid REFERENCES users(id),
  action text NOT NULL,
  object_type text NOT NULL,
  object_id text NOT NULL,
  before jsonb,
  after jsonb,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  UNIQUE (chain, seq)
);
CREATE INDEX audit_log_org_idx ON audit_log (organisation_id, id);

-- The head of each chain: its last seq and hash. Writers lock this row, which orders the chain;
-- the verifier compares it with the last record, so deleting the newest records shows too.
CREATE TABLE audit_chain_heads (
  chain text PRIMARY KEY,
  seq bigint NOT NULL,
  hash text NOT NULL
);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

-- Outbox: messages written in the same transaction as the change that causes them.
CREATE TABLE outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid REFERENCES organisations(id),
  kind text NOT NULL CHECK (kind IN ('email')),
  recipient text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  transport text CHECK (transport IN ('smtp', 'kept')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  last_error text
);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE status = 'pending';
CREATE INDEX outbox_org_idx ON outbox (organisation_id, created_at);

-- Scheduled jobs: recurring work picked by any server process with FOR UPDATE SKIP LOCKED.
CREATE TABLE jobs (
  name text PRIMARY KEY,
  interval_seconds integer NOT NULL CHECK (interval_seconds > 0),
  next_run_at timestamptz NOT NULL,
  last_run_at timestamptz,
  last_error text
);
