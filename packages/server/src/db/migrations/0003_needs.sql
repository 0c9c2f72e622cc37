-- Needs and referrals (DOMAIN.md "Need / referral"): what a caseworker or buyer asks for, before a
-- call-off. The person of a placement is described only pseudonymously, inside details.

CREATE TABLE needs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The municipality that has the need; only its own users see it.
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  kind text NOT NULL CHECK (kind IN ('staffing', 'placement', 'intervention')),
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'submitted', 'in_calloff', 'fulfilled', 'withdrawn')),
  title text NOT NULL,
  -- The typed need (packages/domain/src/need.ts), checked by needProblems before it is stored.
  details jsonb NOT NULL,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  submitted_at timestamptz,
  withdrawn_at timestamptz,
  version integer NOT NULL DEFAULT 1
);

CREATE INDEX needs_organisation_status ON needs (organisation_id, status, created_at DESC);
CREATE INDEX needs_created_by ON needs (created_by, created_at DESC);

-- Free text about a person is sensitive: every read of it is logged (who, which text, when).
CREATE TABLE sensitive_reads (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  object_type text NOT NULL,
  object_id uuid NOT NULL,
  field text NOT NULL,
  user_id uuid NOT NULL REFERENCES users(id),
  at timestamptz NOT NULL
);

CREATE INDEX sensitive_reads_object ON sensitive_reads (object_type, object_id, at DESC);
