-- Matching referrals to offers and the documented offer survey (issue 12).

-- Offers ------------------------------------------------------------------------------------------
-- An establishment is an offer as Tilbudsportalen describes it (tilbud): a home with places, an
-- open-care team or a consultant pool. These columns add what a matching team chooses by.
ALTER TABLE establishments
  ADD COLUMN offer_form text NOT NULL DEFAULT 'establishment'
    CHECK (offer_form IN ('establishment', 'team', 'consultant_pool')),
  -- Legal bases the offer is delivered under (packages/domain/src/matching/legal-basis.ts):
  -- dk_bl_32 (barnets lov §32), dk_sel_85, dk_sel_107, dk_sel_108, se_sol, se_lss.
  ADD COLUMN legal_bases text[] NOT NULL DEFAULT '{}',
  -- Residential offers price a place assuming this occupancy (belægningsprocent).
  ADD COLUMN assumed_occupancy_percent integer
    CHECK (assumed_occupancy_percent IS NULL OR assumed_occupancy_percent BETWEEN 1 AND 100),
  -- When no place is free: the first day one is expected to be ("no free place until ...").
  ADD COLUMN next_free_on date,
  -- Freshness: when the supplier last confirmed capacity and tariffs, and who did.
  ADD COLUMN confirmed_at timestamptz,
  ADD COLUMN confirmed_by uuid REFERENCES users(id),
  ADD COLUMN confirmed_by_name text,
  -- The last freshness reminder sent, so a stale offer is reminded once per limit period.
  ADD COLUMN reminded_at timestamptz;

-- The tariff (takst) of an offer per unit: the supplier's own price outside any agreement, valid
-- from a date, with who negotiated it and when. The newest valid_from on or before a day applies.
CREATE TABLE offer_tariffs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  establishment_id uuid NOT NULL REFERENCES establishments(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  unit text NOT NULL CHECK (unit IN ('hour', 'day', 'month', 'package')),
  amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
  currency text NOT NULL CHECK (currency IN ('SEK', 'DKK', 'EUR')),
  valid_from date NOT NULL,
  negotiated_on date,
  negotiated_by_name text,
  created_at timestamptz NOT NULL,
  created_by uuid REFERENCES users(id),
  UNIQUE (establishment_id, unit, valid_from)
);
CREATE INDEX offer_tariffs_supplier_idx ON offer_tariffs (supplier_id);

-- Socialtilsyn's quality assessment of an offer: the seven themes scored 1-5, as published.
CREATE TABLE quality_assessments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  establishment_id uuid NOT NULL REFERENCES establishments(id),
  authority text NOT NULL CHECK (authority IN ('IVO', 'Socialtilsyn')),
  assessed_on date NOT NULL,
  education_employment smallint NOT NULL CHECK (education_employment BETWEEN 1 AND 5),
  independence_relations smallint NOT NULL CHECK (independence_relations BETWEEN 1 AND 5),
  target_group_methods_results smallint NOT NULL CHECK (target_group_methods_results BETWEEN 1 AND 5),
  health_wellbeing smallint NOT NULL CHECK (health_wellbeing BETWEEN 1 AND 5),
  organisation_management smallint NOT NULL CHECK (organisation_management BETWEEN 1 AND 5),
  competences smallint NOT NULL CHECK (competences BETWEEN 1 AND 5),
  physical_setting smallint NOT NULL CHECK (physical_setting BETWEEN 1 AND 5),
  created_at timestamptz NOT NULL,
  created_by uuid REFERENCES users(id),
  UNIQUE (establishment_id, authority, assessed_on)
);

-- What a matching team learned at a meeting with a supplier, shown beside its proposals.
CREATE TABLE supplier_meeting_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The municipality or body that met the supplier; only its own users read the note.
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  met_on date NOT NULL,
  participants text NOT NULL,
  learned text NOT NULL,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL
);
CREATE INDEX supplier_meeting_notes_idx ON supplier_meeting_notes (organisation_id, supplier_id, met_on DESC);

-- Per municipality or body: how matching works there. No row means the documented defaults.
CREATE TABLE matching_settings (
  organisation_id uuid PRIMARY KEY REFERENCES organisations(id),
  -- An offer not confirmed for this many days is stale: reminded, marked, ranked lower.
  freshness_limit_days integer NOT NULL DEFAULT 30 CHECK (freshness_limit_days BETWEEN 1 AND 365),
  -- Whether offers outside any agreement or DPS the municipality may use can be proposed.
  allow_outside_agreements boolean NOT NULL DEFAULT false,
  -- The score weights (packages/domain/src/matching/weights.ts); null means the defaults.
  weights jsonb,
  updated_at timestamptz NOT NULL,
  updated_by uuid REFERENCES users(id)
);

-- Referrals ---------------------------------------------------------------------------------------
-- A caseworker's referral (indstilling) to the municipality's matching team: a new intervention,
-- or an extension or adjustment of an existing order. The person is pseudonymised.
CREATE TABLE referrals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  -- The municipality's own case reference (not an identity number); continuity matches on it.
  case_reference text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('new', 'extension', 'adjustment')),
  -- The order an extension or adjustment is of.
  order_id uuid REFERENCES orders(id),
  service_kind text NOT NULL CHECK (service_kind IN
    ('staffing', 'hvb', 'supported_housing', 'family_home', 'botilbud', 'open_care', 'supervision')),
  legal_basis text NOT NULL,
  purpose text NOT NULL,
  start_on date NOT NULL,
  expected_duration_days integer NOT NULL CHECK (expected_duration_days BETWEEN 1 AND 3653),
  -- 'hours_per_week' (face-to-face hours) or 'place'.
  intensity_kind text NOT NULL CHECK (intensity_kind IN ('hours_per_week', 'place')),
  hours_per_week numeric CHECK (hours_per_week IS NULL OR (hours_per_week > 0 AND hours_per_week <= 168)),
  urgency text NOT NULL CHECK (urgency IN ('today', 'within_5_working_days', 'later')),
  -- The pseudonymised person (packages/domain/src/matching/referral.ts): age, gender, target
  -- groups, needs, languages, siblings' case references, home municipality, preferred area.
  person jsonb NOT NULL,
  -- Who the person cannot live with: sensitive; every read is logged in sensitive_reads.
  cannot_live_with text NOT NULL DEFAULT '',
  state text NOT NULL DEFAULT 'new' CHECK (state IN
    ('new', 'surveying', 'awaiting_answers', 'negotiating', 'decided', 'ordered', 'withdrawn')),
  assignee_id uuid REFERENCES users(id),
  -- The service-level clock: when the matching team should have decided, from the urgency.
  due_at timestamptz NOT NULL,
  -- The choice: which survey request won, and why.
  chosen_request_id uuid,
  choice_reason text,
  decided_at timestamptz,
  decided_by uuid REFERENCES users(id),
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  CHECK ((kind = 'new') = (order_id IS NULL)),
  CHECK ((intensity_kind = 'hours_per_week') = (hours_per_week IS NOT NULL))
);
CREATE INDEX referrals_queue_idx ON referrals (organisation_id, state, due_at);
CREATE INDEX referrals_case_idx ON referrals (organisation_id, case_reference);

-- The offer survey --------------------------------------------------------------------------------
-- Every offer considered for a referral, as matching explained it when the survey began: the
-- evidence pack shows what was known then, not what the offer says today.
CREATE TABLE referral_considered_offers (
  referral_id uuid NOT NULL REFERENCES referrals(id),
  establishment_id uuid NOT NULL REFERENCES establishments(id),
  -- The proposal or exclusion with its constraints and score parts (domain matching result).
  explanation jsonb NOT NULL,
  considered_at timestamptz NOT NULL,
  PRIMARY KEY (referral_id, establishment_id)
);

-- A request to one supplier about one offer, pseudonymised, with a reply window.
CREATE TABLE survey_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  referral_id uuid NOT NULL REFERENCES referrals(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  establishment_id uuid NOT NULL REFERENCES establishments(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  acute boolean NOT NULL DEFAULT false,
  sent_at timestamptz NOT NULL,
  sent_by uuid NOT NULL REFERENCES users(id),
  reply_by timestamptz NOT NULL,
  state text NOT NULL DEFAULT 'sent' CHECK (state IN ('sent', 'answered', 'expired', 'withdrawn')),
  -- The answer: only the asking municipality and the answering supplier read it.
  available boolean,
  earliest_start date,
  price_minor bigint CHECK (price_minor IS NULL OR price_minor >= 0),
  price_unit text CHECK (price_unit IS NULL OR price_unit IN ('hour', 'day', 'month', 'package')),
  currency text CHECK (currency IS NULL OR currency IN ('SEK', 'DKK', 'EUR')),
  questions text NOT NULL DEFAULT '',
  -- An acute request lets the supplier hold a place for the reply window.
  place_held_until timestamptz,
  answered_at timestamptz,
  answered_by uuid REFERENCES users(id),
  version integer NOT NULL DEFAULT 1,
  UNIQUE (referral_id, establishment_id)
);
CREATE INDEX survey_requests_supplier_idx ON survey_requests (supplier_id, state, reply_by);

-- A round of negotiation over one request: the price asked and, once settled, the price agreed.
CREATE TABLE negotiation_rounds (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES survey_requests(id),
  round integer NOT NULL CHECK (round >= 1),
  price_asked_minor bigint NOT NULL CHECK (price_asked_minor >= 0),
  price_agreed_minor bigint CHECK (price_agreed_minor IS NULL OR price_agreed_minor >= 0),
  currency text NOT NULL CHECK (currency IN ('SEK', 'DKK', 'EUR')),
  unit text NOT NULL CHECK (unit IN ('hour', 'day', 'month', 'package')),
  note text NOT NULL DEFAULT '',
  recorded_by uuid NOT NULL REFERENCES users(id),
  recorded_by_name text NOT NULL,
  recorded_at timestamptz NOT NULL,
  UNIQUE (request_id, round)
);

ALTER TABLE referrals
  ADD CONSTRAINT referrals_chosen_request_fk FOREIGN KEY (chosen_request_id) REFERENCES survey_requests(id);

-- Orders from an offer survey ---------------------------------------------------------------------
-- An order comes either from a call-off's award or from a referral's offer survey.
ALTER TABLE orders ALTER COLUMN calloff_id DROP NOT NULL;
ALTER TABLE orders
  ADD COLUMN referral_id uuid UNIQUE REFERENCES referrals(id),
  -- An offer not approved by Socialtilsyn, used for an acute need (the 2025 reporting flag):
  -- why no approved offer fitted, the last day of use, and Socialtilsyn's consent to 3 more weeks.
  ADD COLUMN not_approved_reason text,
  ADD COLUMN not_approved_until date,
  ADD COLUMN supervisor_consent_note text,
  ADD COLUMN supervisor_consent_at timestamptz,
  ADD CONSTRAINT orders_one_source CHECK ((calloff_id IS NULL) <> (referral_id IS NULL));
