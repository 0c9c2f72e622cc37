-- From invitation to order (DOMAIN.md "How work flows" steps 2–5): the call-off is published to
-- the suppliers the procedure names, who ask questions and bid sealed until the deadline; the
-- bids are opened, evaluated and one is awarded; the order (avropsavtal) follows. A ranking
-- call-off instead offers the need down the lot's ranking (the cascade), and every skip is a
-- deviation the agreement's report lists.

ALTER TABLE calloffs DROP CONSTRAINT calloffs_status_check;
ALTER TABLE calloffs ADD CONSTRAINT calloffs_status_check CHECK (status IN (
  'draft',        -- the buyer states requirements and the evaluation model
  'cancelled',    -- stopped with a reason; the need went back
  'open',         -- invitations sent; bids sealed until tender_deadline
  'offering',     -- ranking: the cascade is offering the need supplier by supplier
  'evaluation',   -- bids opened after the deadline; the buyer evaluates
  'awarded',      -- award decision sent (standstill may run)
  'ordered',      -- the order exists
  'unfulfilled'   -- nobody bid, or the ranking list was exhausted
));

ALTER TABLE calloffs
  -- What the suppliers read besides the pseudonymised need; changes are kept in calloff_changes.
  ADD COLUMN request_text text NOT NULL DEFAULT '',
  ADD COLUMN cost_centre text,
  ADD COLUMN published_at timestamptz,
  ADD COLUMN published_by uuid REFERENCES users(id),
  -- Renewed competition and DPS: bids are received until this instant (server clock).
  ADD COLUMN tender_deadline timestamptz,
  -- The call-off's data key, wrapped under the master key (platform/sealing.ts).
  ADD COLUMN data_key_wrapped text,
  ADD COLUMN data_key_id text,
  -- The opening after the deadline: an audited event; the seed of any lot drawing.
  ADD COLUMN opened_at timestamptz,
  ADD COLUMN opened_by uuid REFERENCES users(id),
  ADD COLUMN drawing_seed text,
  -- Ranking: the response window ({ unit, amount }) and the cascade (domain CascadeState as JSON).
  ADD COLUMN response_window jsonb,
  ADD COLUMN cascade_state jsonb;

-- Who was invited (renewed competition, DPS) or offered the need (ranking). Invitations are the
-- supplier's inbox; a decline is a reason the buyer reads only after the deadline.
CREATE TABLE calloff_invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  calloff_id uuid NOT NULL REFERENCES calloffs(id),
  -- The calling-off municipality (owner of the call-off).
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  kind text NOT NULL CHECK (kind IN ('tender', 'offer')),
  invited_at timestamptz NOT NULL,
  -- An offer of the ranking cascade stands until this instant.
  response_deadline timestamptz,
  first_read_at timestamptz,
  declined_at timestamptz,
  decline_reason text,
  accepted_at timestamptz,
  expired_at timestamptz,
  responded_by uuid REFERENCES users(id),
  UNIQUE (calloff_id, supplier_id),
  CHECK ((kind = 'offer') = (response_deadline IS NOT NULL)),
  CHECK ((declined_at IS NULL) = (decline_reason IS NULL))
);
CREATE INDEX calloff_invitations_supplier ON calloff_invitations (supplier_id, invited_at DESC);

-- Questions from invited suppliers; the answer goes to every invited supplier without the asker.
CREATE TABLE calloff_questions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  calloff_id uuid NOT NULL REFERENCES calloffs(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  asked_by uuid NOT NULL REFERENCES users(id),
  asked_at timestamptz NOT NULL,
  question text NOT NULL,
  answer text,
  answered_by uuid REFERENCES users(id),
  answered_at timestamptz,
  CHECK ((answer IS NULL) = (answered_at IS NULL))
);
CREATE INDEX calloff_questions_calloff ON calloff_questions (calloff_id, asked_at);

-- Changes of the request during the tender period: everyone invited is told; bids given before
-- are marked for review by their authors.
CREATE TABLE calloff_changes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  calloff_id uuid NOT NULL REFERENCES calloffs(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  changed_by uuid NOT NULL REFERENCES users(id),
  changed_at timestamptz NOT NULL,
  summary text NOT NULL,
  request_text_before text NOT NULL,
  request_text_after text NOT NULL,
  deadline_before timestamptz NOT NULL,
  deadline_after timestamptz NOT NULL
);
CREATE INDEX calloff_changes_calloff ON calloff_changes (calloff_id, changed_at);

-- A supplier's bid: one per supplier and call-off, replaced in place until the deadline. Every
-- word of it is sealed (AES-256-GCM under the call-off's data key); in clear are only what the
-- server needs to keep the rules: who bid (read only by that supplier before the deadline),
-- whether it stands, and the receipt.
CREATE TABLE bids (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  calloff_id uuid NOT NULL REFERENCES calloffs(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  status text NOT NULL CHECK (status IN ('submitted', 'withdrawn')),
  iv text NOT NULL,
  ciphertext text NOT NULL,
  auth_tag text NOT NULL,
  -- SHA-256 of the canonical sealed content and the server's receipt time (the bidder's receipt).
  receipt_sha256 text NOT NULL,
  received_at timestamptz NOT NULL,
  first_received_at timestamptz NOT NULL,
  submitted_by uuid NOT NULL REFERENCES users(id),
  replacements integer NOT NULL DEFAULT 0,
  withdrawn_at timestamptz,
  -- Set when the request changed after this bid was given; cleared when its author replaces it.
  needs_review boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  UNIQUE (calloff_id, supplier_id)
);

-- The buyer's own set-asides after the opening, each with the reason the report shows.
CREATE TABLE bid_set_asides (
  bid_id uuid PRIMARY KEY REFERENCES bids(id),
  calloff_id uuid NOT NULL REFERENCES calloffs(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  reason text NOT NULL,
  set_by uuid NOT NULL REFERENCES users(id),
  set_at timestamptz NOT NULL
);

-- The award decision (tilldelningsbeslut / tildelingsbeslutning): one per call-off.
CREATE TABLE award_decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  calloff_id uuid NOT NULL UNIQUE REFERENCES calloffs(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  bid_id uuid NOT NULL REFERENCES bids(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  reasons text NOT NULL,
  -- The evaluation report as decided (domain EvaluationReport with supplier names), frozen.
  report jsonb NOT NULL,
  decided_by uuid NOT NULL REFERENCES users(id),
  decided_at timestamptz NOT NULL,
  -- When the buyer chose a standstill: no order before this instant.
  standstill_until timestamptz
);

-- Order references run across the platform: A-2026-000123.
CREATE SEQUENCE order_numbers;

-- The order (avropsavtal): the source of spend.
CREATE TABLE orders (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The ordering municipality.
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  calloff_id uuid NOT NULL UNIQUE REFERENCES calloffs(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  consultant_id uuid REFERENCES consultants(id),
  establishment_id uuid REFERENCES establishments(id),
  reference text NOT NULL UNIQUE,
  unit_price_minor bigint NOT NULL CHECK (unit_price_minor >= 0),
  currency text NOT NULL CHECK (currency IN ('SEK', 'DKK', 'EUR')),
  unit text NOT NULL,
  start_date date NOT NULL,
  end_date date,
  expected_volume numeric NOT NULL CHECK (expected_volume >= 0),
  cost_centre text,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended')),
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX orders_organisation ON orders (organisation_id, created_at DESC, id DESC);
CREATE INDEX orders_supplier ON orders (supplier_id, created_at DESC, id DESC);

-- Extensions and adjustments recorded on an order, with what changed and why.
CREATE TABLE order_adjustments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id uuid NOT NULL REFERENCES orders(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  kind text NOT NULL CHECK (kind IN ('extension', 'adjustment', 'ended')),
  -- { field: { before, after } } for each field changed.
  changes jsonb NOT NULL,
  reason text NOT NULL,
  made_by uuid NOT NULL REFERENCES users(id),
  made_at timestamptz NOT NULL
);
CREATE INDEX order_adjustments_order ON order_adjustments (order_id, made_at);

-- Every departure from the ranking (a skipped supplier), for the agreement's deviation report.
CREATE TABLE ranking_deviations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agreement_id uuid NOT NULL REFERENCES framework_agreements(id),
  lot_id uuid NOT NULL REFERENCES agreement_lots(id),
  calloff_id uuid NOT NULL REFERENCES calloffs(id),
  -- The municipality that called off.
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  rank integer NOT NULL,
  reason_code text NOT NULL CHECK (reason_code IN (
    'continuity_for_person', 'siblings_placed_together', 'cannot_meet_must_requirement', 'other'
  )),
  reason_text text NOT NULL,
  decided_by uuid NOT NULL REFERENCES users(id),
  decided_at timestamptz NOT NULL
);
CREATE INDEX ranking_deviations_agreement ON ranking_deviations (agreement_id, decided_at DESC);
