-- Quality follow-up (DOMAIN.md "How work flows" step 6): a body's quality officers plan visits per
-- year, check permits before a visit, ask suppliers for staff lists and check them against the
-- agreement's typed requirements, record visits and findings, send requests for correction, keep
-- a logbook that municipal users read, and hide or terminate. Rules: packages/domain/src/followup/
-- and packages/domain/src/staff-list/.

-- A year's follow-up plan of a procurement body (e.g. 60 visits).
CREATE TABLE followup_plans (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  target_visits integer NOT NULL CHECK (target_visits BETWEEN 0 AND 10000),
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  UNIQUE (organisation_id, year)
);

-- A visit planned in a plan: an establishment on one of the body's agreements.
CREATE TABLE planned_visits (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id uuid NOT NULL REFERENCES followup_plans(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  agreement_id uuid NOT NULL REFERENCES framework_agreements(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  establishment_id uuid NOT NULL REFERENCES establishments(id),
  planned_on date,
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'cancelled')),
  created_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1
);
-- Not unique per establishment: a home may be visited again in the year (a follow-up of a
-- correction); the service refuses a second visit while one is still planned.
CREATE INDEX planned_visits_plan ON planned_visits (plan_id, planned_on);
CREATE INDEX planned_visits_establishment ON planned_visits (plan_id, establishment_id, agreement_id);

-- The pre-visit check of an establishment's permit and supervision record: never "done" without
-- what was seen (followup/permit-check.ts).
CREATE TABLE permit_checks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  establishment_id uuid NOT NULL REFERENCES establishments(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  permit_id uuid REFERENCES permits(id),
  planned_visit_id uuid REFERENCES planned_visits(id),
  seen text NOT NULL CHECK (seen IN ('valid', 'changed', 'revoked', 'open_case')),
  note text NOT NULL DEFAULT '',
  decision_reference text,
  checked_on date NOT NULL,
  checked_by uuid NOT NULL REFERENCES users(id),
  checked_at timestamptz NOT NULL
);
CREATE INDEX permit_checks_establishment ON permit_checks (establishment_id, checked_at DESC);

-- A staff list asked of a supplier for a period, through the supplier portal.
CREATE TABLE staff_list_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  agreement_id uuid NOT NULL REFERENCES framework_agreements(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  establishment_id uuid NOT NULL REFERENCES establishments(id),
  period_from date NOT NULL,
  period_to date NOT NULL CHECK (period_to >= period_from),
  -- Residents placed in the period, as the officer knows them from the orders (the density base).
  placed_residents integer NOT NULL CHECK (placed_residents >= 0),
  deadline timestamptz NOT NULL,
  message text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'submitted')),
  requested_by uuid NOT NULL REFERENCES users(id),
  requested_at timestamptz NOT NULL,
  reminded_at timestamptz,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX staff_list_requests_supplier ON staff_list_requests (supplier_id, requested_at DESC);
CREATE INDEX staff_list_requests_body ON staff_list_requests (organisation_id, requested_at DESC);

-- What the supplier gave: the validated rows (domain StaffListRow[], names included — visible
-- to the requesting officers and the supplier only). A new submission replaces the last.
CREATE TABLE staff_list_submissions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES staff_list_requests(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  source text NOT NULL CHECK (source IN ('form', 'csv', 'xlsx')),
  file_name text,
  rows jsonb NOT NULL,
  submitted_by uuid NOT NULL REFERENCES users(id),
  submitted_at timestamptz NOT NULL
);
CREATE INDEX staff_list_submissions_request ON staff_list_submissions (request_id, submitted_at DESC);

-- A follow-up visit and what was found per contract requirement.
CREATE TABLE visits (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  agreement_id uuid NOT NULL REFERENCES framework_agreements(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  establishment_id uuid NOT NULL REFERENCES establishments(id),
  planned_visit_id uuid REFERENCES planned_visits(id),
  visited_on date NOT NULL,
  participants text[] NOT NULL DEFAULT '{}',
  summary text NOT NULL DEFAULT '',
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL
);
CREATE INDEX visits_establishment ON visits (establishment_id, visited_on DESC);
CREATE INDEX visits_organisation ON visits (organisation_id, visited_on DESC);

CREATE TABLE visit_findings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  visit_id uuid NOT NULL REFERENCES visits(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  requirement_id uuid NOT NULL REFERENCES agreement_requirements(id),
  outcome text NOT NULL CHECK (outcome IN ('met', 'partly_met', 'not_met')),
  text text NOT NULL DEFAULT '',
  position integer NOT NULL,
  UNIQUE (visit_id, requirement_id)
);

CREATE TABLE visit_documents (
  visit_id uuid NOT NULL REFERENCES visits(id),
  file_id uuid NOT NULL REFERENCES stored_files(id),
  PRIMARY KEY (visit_id, file_id)
);

-- The shared logbook: notes per supplier (and establishment), read by users of municipalities
-- that take part in the agreement and by the supplier itself, never by other suppliers. Every
-- read of a sensitive note is recorded in sensitive_reads (object_type 'logbook_note').
CREATE TABLE logbook_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The author's organisation (a body or a municipality).
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  agreement_id uuid NOT NULL REFERENCES framework_agreements(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  establishment_id uuid REFERENCES establishments(id),
  visit_id uuid REFERENCES visits(id),
  text text NOT NULL,
  sensitive boolean NOT NULL DEFAULT false,
  -- A signal for the risk order (followup/risk.ts "logbook concerns").
  concern boolean NOT NULL DEFAULT false,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL
);
CREATE INDEX logbook_notes_supplier ON logbook_notes (supplier_id, created_at DESC);
CREATE INDEX logbook_notes_agreement ON logbook_notes (agreement_id, created_at DESC);

-- Requests for correction (anmodan om rättelse / påbud om berigtigelse) and the supplier's
-- answers with the officer's decision (followup/correction.ts).
CREATE TABLE correction_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  agreement_id uuid NOT NULL REFERENCES framework_agreements(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  establishment_id uuid REFERENCES establishments(id),
  visit_id uuid REFERENCES visits(id),
  -- The contract requirements concerned.
  requirement_ids uuid[] NOT NULL DEFAULT '{}',
  description text NOT NULL,
  country text NOT NULL CHECK (country IN ('SE', 'DK')),
  sent_on date NOT NULL,
  deadline date NOT NULL CHECK (deadline >= sent_on),
  status text NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'answered', 'accepted', 'rejected')),
  -- Reminders sent ('before_deadline', 'on_deadline'), each once.
  reminders_sent text[] NOT NULL DEFAULT '{}',
  overdue_flagged_at timestamptz,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX correction_requests_supplier ON correction_requests (supplier_id, created_at DESC);
CREATE INDEX correction_requests_body ON correction_requests (organisation_id, status, deadline);

CREATE TABLE correction_answers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES correction_requests(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  action_plan text NOT NULL,
  evidence_file_ids uuid[] NOT NULL DEFAULT '{}',
  answered_by uuid NOT NULL REFERENCES users(id),
  answered_at timestamptz NOT NULL,
  decision text CHECK (decision IN ('accepted', 'rejected')),
  decision_reason text,
  decided_by uuid REFERENCES users(id),
  decided_at timestamptz
);
CREATE INDEX correction_answers_request ON correction_answers (request_id, answered_at);

-- Hiding one establishment (not the whole supplier) on an agreement, with reason and dates.
CREATE TABLE establishment_hidings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  agreement_id uuid NOT NULL REFERENCES framework_agreements(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  establishment_id uuid NOT NULL REFERENCES establishments(id),
  reason text NOT NULL,
  hidden_from date NOT NULL,
  hidden_to date CHECK (hidden_to IS NULL OR hidden_to >= hidden_from),
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL,
  lifted_at timestamptz,
  lifted_by uuid REFERENCES users(id),
  lifted_reason text
);
CREATE INDEX establishment_hidings_agreement ON establishment_hidings (agreement_id, establishment_id);
