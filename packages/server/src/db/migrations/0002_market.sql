-- The market: supplier registry, service taxonomy, framework agreements and dynamic purchasing
-- systems (DOMAIN.md "The things in it"). Every tenant-owned table carries the organisation that
-- owns it: supplier_id for a supplier's own data, organisation_id for a procurement body's.
-- Money is bigint minor units with a currency; calendar dates are `date`, instants `timestamptz`.

-- Service taxonomy per procurement body -------------------------------------------------------

CREATE TABLE service_categories (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  code text NOT NULL CHECK (code ~ '^[a-z0-9_]{1,60}$'),
  -- What kind of service: decides which establishments and offers a category matches.
  service_kind text NOT NULL CHECK (service_kind IN
    ('staffing', 'hvb', 'supported_housing', 'family_home', 'botilbud', 'open_care', 'supervision')),
  -- For staffing: the area of work (children_youth, adult_addiction, financial_assistance, ...).
  area text,
  name_sv text NOT NULL,
  name_da text NOT NULL,
  name_en text NOT NULL,
  default_unit text NOT NULL CHECK (default_unit IN ('hour', 'day', 'month', 'package')),
  retired_at timestamptz,
  created_at timestamptz NOT NULL,
  UNIQUE (organisation_id, code)
);

CREATE TABLE target_groups (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  code text NOT NULL CHECK (code ~ '^[a-z0-9_]{1,60}$'),
  name_sv text NOT NULL,
  name_da text NOT NULL,
  name_en text NOT NULL,
  retired_at timestamptz,
  created_at timestamptz NOT NULL,
  UNIQUE (organisation_id, code)
);

-- Supplier registry ----------------------------------------------------------------------------

-- A supplier is an organisation of kind 'supplier' (identifier = organisationsnummer or CVR,
-- unique per country); this is the profile it keeps itself.
CREATE TABLE supplier_profiles (
  supplier_id uuid PRIMARY KEY REFERENCES organisations(id),
  street text NOT NULL DEFAULT '',
  postal_code text NOT NULL DEFAULT '',
  city text NOT NULL DEFAULT '',
  municipality_code text,
  website text,
  description text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL
);

CREATE TABLE supplier_contacts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  -- A shared function mailbox (placering@..., avrop@...) outlives the people behind it.
  kind text NOT NULL CHECK (kind IN ('person', 'function_mailbox')),
  name text NOT NULL,
  purpose text NOT NULL DEFAULT '',
  email text NOT NULL,
  phone text,
  receives_notices boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  removed_at timestamptz
);
CREATE INDEX supplier_contacts_supplier_idx ON supplier_contacts (supplier_id);

-- An establishment (verksamhet / tilbud): an HVB home, a supported-housing unit, a botilbud,
-- an open-care team. lat/lon are the municipality seat's, copied for distance search.
CREATE TABLE establishments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL,
  service_kind text NOT NULL CHECK (service_kind IN
    ('staffing', 'hvb', 'supported_housing', 'family_home', 'botilbud', 'open_care', 'supervision')),
  street text NOT NULL DEFAULT '',
  postal_code text NOT NULL DEFAULT '',
  city text NOT NULL DEFAULT '',
  country text NOT NULL CHECK (country IN ('SE', 'DK')),
  municipality_code text NOT NULL,
  lat double precision NOT NULL,
  lon double precision NOT NULL,
  places_total integer NOT NULL DEFAULT 0 CHECK (places_total >= 0),
  places_free integer NOT NULL DEFAULT 0 CHECK (places_free >= 0 AND places_free <= places_total),
  places_updated_at timestamptz,
  target_groups text[] NOT NULL DEFAULT '{}',
  age_min integer NOT NULL DEFAULT 0 CHECK (age_min BETWEEN 0 AND 120),
  age_max integer NOT NULL DEFAULT 120 CHECK (age_max BETWEEN age_min AND 120),
  gender text NOT NULL DEFAULT 'any' CHECK (gender IN ('any', 'female', 'male')),
  methods text[] NOT NULL DEFAULT '{}',
  languages text[] NOT NULL DEFAULT '{}',
  description text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  closed_at timestamptz
);
CREATE INDEX establishments_supplier_idx ON establishments (supplier_id);
CREATE INDEX establishments_search_idx ON establishments (service_kind, municipality_code)
  WHERE closed_at IS NULL;
CREATE INDEX establishments_target_groups_idx ON establishments USING gin (target_groups);
-- The catalogue's name order: lets a broad search read its first page in order and stop.
CREATE INDEX establishments_name_idx ON establishments (name COLLATE "C", id)
  WHERE closed_at IS NULL;

-- Consultants for staffing. Personal data: visible to the supplier, and later to the buyer of a
-- call-off the consultant is offered in; never to other suppliers.
CREATE TABLE consultants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL,
  -- Education codes: socionomexamen, beteendevetare, socialraadgiver, ... with year.
  educations jsonb NOT NULL DEFAULT '[]',
  -- [{ "area": "children_youth", "years": 6 }]
  experience jsonb NOT NULL DEFAULT '[]',
  languages text[] NOT NULL DEFAULT '{}',
  available_from date,
  available_extent_percent integer CHECK (available_extent_percent BETWEEN 0 AND 100),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  removed_at timestamptz
);
CREATE INDEX consultants_supplier_idx ON consultants (supplier_id);

-- Permit and supervision record per establishment (IVO in Sweden, Socialtilsyn in Denmark).
CREATE TABLE permits (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  establishment_id uuid NOT NULL REFERENCES establishments(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  authority text NOT NULL CHECK (authority IN ('IVO', 'Socialtilsyn')),
  reference text NOT NULL,
  scope text NOT NULL DEFAULT '',
  status text NOT NULL CHECK (status IN ('valid', 'changed', 'revoked', 'expired', 'applied')),
  valid_from date,
  valid_to date,
  open_cases integer NOT NULL DEFAULT 0 CHECK (open_cases >= 0),
  decisions text NOT NULL DEFAULT '',
  last_checked_on date,
  last_checked_by uuid REFERENCES users(id),
  last_checked_by_name text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (establishment_id, authority, reference)
);
CREATE INDEX permits_establishment_idx ON permits (establishment_id);

-- Compliance documents (insurance, tax and social-security certificates, collective agreement).
-- The file itself lives in stored_files; expiry warnings go through the outbox.
CREATE TABLE stored_files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  file_name text NOT NULL,
  content_type text NOT NULL,
  size_bytes integer NOT NULL CHECK (size_bytes >= 0),
  sha256 text NOT NULL,
  content bytea NOT NULL,
  uploaded_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL
);

CREATE TABLE compliance_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  kind text NOT NULL CHECK (kind IN ('insurance', 'tax_certificate', 'social_security_certificate',
    'collective_agreement', 'quality_system', 'financial_statement', 'other')),
  title text NOT NULL,
  file_id uuid NOT NULL REFERENCES stored_files(id),
  valid_until date,
  expiry_warned_at timestamptz,
  created_at timestamptz NOT NULL,
  created_by uuid REFERENCES users(id),
  replaced_at timestamptz
);
CREATE INDEX compliance_documents_supplier_idx ON compliance_documents (supplier_id);
CREATE INDEX compliance_documents_expiry_idx ON compliance_documents (valid_until)
  WHERE replaced_at IS NULL AND expiry_warned_at IS NULL;

-- Price lists: append-only. A new price is a new row; the price in force on a day is the newest
-- row whose validity covers it. agreement_id set = the price under that agreement.
CREATE TABLE prices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  category_id uuid NOT NULL REFERENCES service_categories(id),
  establishment_id uuid REFERENCES establishments(id),
  agreement_id uuid,
  unit text NOT NULL CHECK (unit IN ('hour', 'day', 'month', 'package')),
  amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
  currency text NOT NULL CHECK (currency IN ('SEK', 'DKK', 'EUR')),
  valid_from date NOT NULL,
  valid_to date CHECK (valid_to IS NULL OR valid_to >= valid_from),
  -- proposed: the supplier's offer under negotiation (only its author and the body see it);
  -- agreed: negotiated and shown to buyers.
  status text NOT NULL CHECK (status IN ('proposed', 'agreed')),
  negotiated_on date,
  negotiated_by uuid REFERENCES users(id),
  negotiated_by_name text,
  note text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL,
  created_by uuid REFERENCES users(id)
);
CREATE INDEX prices_lookup_idx ON prices (supplier_id, category_id, valid_from DESC);
CREATE INDEX prices_establishment_idx ON prices (establishment_id, valid_from DESC);
-- The catalogue reads the agreed prices of one category at a time.
CREATE INDEX prices_category_idx ON prices (category_id, supplier_id) WHERE status = 'agreed';

CREATE FUNCTION prices_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'prices are append-only: a new price is a new row';
END;
$$;
CREATE TRIGGER prices_no_update BEFORE UPDATE OR DELETE ON prices
  FOR EACH ROW EXECUTE FUNCTION prices_are_append_only();

-- Framework agreements -------------------------------------------------------------------------

CREATE TABLE framework_agreements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  reference text NOT NULL,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  country text NOT NULL CHECK (country IN ('SE', 'DK')),
  status text NOT NULL CHECK (status IN ('draft', 'active', 'expired', 'terminated')),
  starts_on date NOT NULL,
  ends_on date NOT NULL CHECK (ends_on >= starts_on),
  -- Extension options, each a number of months: [12, 12].
  extension_options jsonb NOT NULL DEFAULT '[]',
  extensions_used integer NOT NULL DEFAULT 0,
  -- Required when the period with all extensions exceeds four years (LOU 7:3); shown everywhere.
  long_period_reason text,
  terminated_on date,
  terminated_reason text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  created_by uuid REFERENCES users(id),
  UNIQUE (organisation_id, reference)
);

CREATE TABLE agreement_municipalities (
  agreement_id uuid NOT NULL REFERENCES framework_agreements(id),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  PRIMARY KEY (agreement_id, municipality_id)
);
CREATE INDEX agreement_municipalities_municipality_idx ON agreement_municipalities (municipality_id);

ALTER TABLE prices ADD CONSTRAINT prices_agreement_fk
  FOREIGN KEY (agreement_id) REFERENCES framework_agreements(id);

CREATE TABLE agreement_lots (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agreement_id uuid NOT NULL REFERENCES framework_agreements(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  number integer NOT NULL CHECK (number > 0),
  name text NOT NULL,
  category_id uuid NOT NULL REFERENCES service_categories(id),
  -- The area the lot covers, as municipality codes; empty = every participating municipality.
  area_municipality_codes text[] NOT NULL DEFAULT '{}',
  calloff_method text NOT NULL CHECK (calloff_method IN ('ranking', 'renewed_competition', 'volume_rule')),
  -- volume_rule: ranking up to and including the threshold (in the unit), renewed competition above.
  volume_threshold integer CHECK (volume_threshold > 0),
  volume_unit text CHECK (volume_unit IN ('hour', 'day', 'month', 'package')),
  UNIQUE (agreement_id, number),
  CHECK (calloff_method <> 'volume_rule' OR (volume_threshold IS NOT NULL AND volume_unit IS NOT NULL))
);

-- A supplier on a lot: its rank and its status. Every status change also goes to the timeline.
CREATE TABLE lot_suppliers (
  lot_id uuid NOT NULL REFERENCES agreement_lots(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  agreement_id uuid NOT NULL REFERENCES framework_agreements(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  rank integer NOT NULL CHECK (rank > 0),
  status text NOT NULL CHECK (status IN ('active', 'hidden', 'terminated')),
  status_reason text,
  hidden_from date,
  hidden_to date,
  terminated_on date,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (lot_id, supplier_id)
);
CREATE UNIQUE INDEX lot_suppliers_rank_key ON lot_suppliers (lot_id, rank);
CREATE INDEX lot_suppliers_supplier_idx ON lot_suppliers (supplier_id);

CREATE TABLE supplier_status_events (
  id bigserial PRIMARY KEY,
  agreement_id uuid NOT NULL REFERENCES framework_agreements(id),
  lot_id uuid REFERENCES agreement_lots(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  status text NOT NULL CHECK (status IN ('active', 'hidden', 'terminated')),
  reason text,
  effective_from date,
  effective_to date,
  at timestamptz NOT NULL,
  actor_user_id uuid REFERENCES users(id),
  actor_name text
);
CREATE INDEX supplier_status_events_idx ON supplier_status_events (agreement_id, supplier_id, id);

-- Contract requirements as typed data the follow-up checks: kind + parameters (see
-- packages/domain/src/contract-requirements.ts for the shapes).
CREATE TABLE agreement_requirements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agreement_id uuid NOT NULL REFERENCES framework_agreements(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  lot_id uuid REFERENCES agreement_lots(id),
  kind text NOT NULL CHECK (kind IN ('staffing_density', 'awake_night_staff', 'competence_share',
    'manager_qualification', 'permit_required')),
  parameters jsonb NOT NULL DEFAULT '{}',
  description text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL
);
CREATE INDEX agreement_requirements_idx ON agreement_requirements (agreement_id);

-- Dynamic purchasing systems -------------------------------------------------------------------

CREATE TABLE dynamic_purchasing_systems (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  reference text NOT NULL,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  -- Whose rules and holidays apply to its deadlines.
  country text NOT NULL CHECK (country IN ('SE', 'DK')),
  status text NOT NULL CHECK (status IN ('draft', 'open', 'closed')),
  valid_from date NOT NULL,
  valid_to date NOT NULL CHECK (valid_to > valid_from),
  -- The initial application period: at least 30 days from the set-up (opening).
  initial_period_ends_on date NOT NULL,
  owner_is_central_purchasing_body boolean NOT NULL DEFAULT false,
  -- Days agreed with the admitted suppliers for a shorter tender period; never for a central
  -- purchasing body.
  agreed_tender_period_days integer CHECK (agreed_tender_period_days BETWEEN 1 AND 9),
  CHECK (NOT (owner_is_central_purchasing_body AND agreed_tender_period_days IS NOT NULL)),
  opened_at timestamptz,
  -- Closing ends applications for good; the reason is shown to the suppliers that applied.
  closed_at timestamptz,
  closed_reason text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  created_by uuid REFERENCES users(id),
  UNIQUE (organisation_id, reference)
);

CREATE TABLE dps_municipalities (
  dps_id uuid NOT NULL REFERENCES dynamic_purchasing_systems(id),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  PRIMARY KEY (dps_id, municipality_id)
);

-- Changes of the validity period, recorded and shown to suppliers.
CREATE TABLE dps_validity_changes (
  id bigserial PRIMARY KEY,
  dps_id uuid NOT NULL REFERENCES dynamic_purchasing_systems(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  previous_valid_to date NOT NULL,
  new_valid_to date NOT NULL,
  reason text NOT NULL,
  at timestamptz NOT NULL,
  actor_user_id uuid REFERENCES users(id)
);

CREATE TABLE dps_categories (
  dps_id uuid NOT NULL REFERENCES dynamic_purchasing_systems(id),
  category_id uuid NOT NULL REFERENCES service_categories(id),
  PRIMARY KEY (dps_id, category_id)
);

-- Qualification requirements: a declaration (ESPD-style exclusion ground), a numeric minimum,
-- or a required document kind.
CREATE TABLE dps_requirements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dps_id uuid NOT NULL REFERENCES dynamic_purchasing_systems(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  position integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('declaration', 'numeric_minimum', 'document')),
  text_sv text NOT NULL,
  text_da text NOT NULL,
  text_en text NOT NULL,
  minimum numeric,
  unit text,
  document_kind text,
  UNIQUE (dps_id, position)
);

CREATE TABLE dps_applications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dps_id uuid NOT NULL REFERENCES dynamic_purchasing_systems(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn', 'excluded')),
  received_at timestamptz NOT NULL,
  in_initial_period boolean NOT NULL,
  decision_due_at timestamptz NOT NULL,
  extended_at timestamptz,
  extension_reason text,
  -- [{ "requirementId": ..., "declared": true | "value": 12 | "documentId": ... }]
  answers jsonb NOT NULL DEFAULT '[]',
  decided_at timestamptz,
  decided_by uuid REFERENCES users(id),
  decision_reason text,
  reminded_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users(id)
);
CREATE INDEX dps_applications_queue_idx ON dps_applications (dps_id, status, decision_due_at);
CREATE INDEX dps_applications_supplier_idx ON dps_applications (supplier_id);
CREATE INDEX dps_applications_due_idx ON dps_applications (decision_due_at)
  WHERE status = 'pending' AND reminded_at IS NULL;

CREATE TABLE dps_application_categories (
  application_id uuid NOT NULL REFERENCES dps_applications(id),
  category_id uuid NOT NULL REFERENCES service_categories(id),
  PRIMARY KEY (application_id, category_id)
);

-- A request to an admitted supplier for an updated self-declaration (5 working days).
CREATE TABLE dps_declaration_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dps_id uuid NOT NULL REFERENCES dynamic_purchasing_systems(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  requested_at timestamptz NOT NULL,
  due_at timestamptz NOT NULL,
  requested_by uuid REFERENCES users(id),
  answers jsonb,
  answered_at timestamptz,
  answered_by uuid REFERENCES users(id)
);
CREATE INDEX dps_declaration_requests_supplier_idx ON dps_declaration_requests (supplier_id);
