// Table types for Kysely, kept in step with migrations/*.sql by hand (they carry the CHECK
// constraints' value lists as unions): test/db-types.test.ts compares them with the migrated schema.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json = ColumnType<unknown, string | null, string | null>;

export interface OrganisationsTable {
  id: Generated<string>;
  kind: 'procurement_body' | 'municipality' | 'supplier';
  name: string;
  country: 'SE' | 'DK';
  identifier: string;
  municipality_code: string | null;
  created_at: Generated<Date>;
}

export interface BodyMandatesTable {
  organisation_id: string;
  municipality_id: string;
  created_at: Generated<Date>;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string | null;
  locale: Generated<'sv' | 'da' | 'en'>;
  is_platform_admin: Generated<boolean>;
  created_at: Generated<Date>;
  disabled_at: Timestamp | null;
}

export interface MembershipsTable {
  organisation_id: string;
  user_id: string;
  roles: string[];
  created_at: Generated<Date>;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  active_organisation_id: string | null;
  auth_method: 'password' | 'invitation' | 'oidc';
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ended_at: Timestamp | null;
  user_agent: string | null;
  address: string | null;
}

export interface LoginFailuresTable {
  id: Generated<string>;
  subject: string;
  failed_at: Timestamp;
}

export interface InvitationsTable {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  roles: string[];
  locale: 'sv' | 'da' | 'en';
  token_hash: string;
  invited_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  accepted_by: string | null;
  revoked_at: Timestamp | null;
}

export interface AuditLogTable {
  id: Generated<string>;
  chain: string;
  seq: ColumnType<string, number | string, never>;
  at: Timestamp;
  organisation_id: string | null;
  actor_user_id: string | null;
  action: string;
  object_type: string;
  object_id: string;
  before: Json;
  after: Json;
  prev_hash: string;
  hash: string;
}

export interface AuditChainHeadsTable {
  chain: string;
  seq: ColumnType<string, number | string, number | string>;
  hash: string;
}

export interface OutboxTable {
  id: Generated<string>;
  organisation_id: string | null;
  kind: 'email';
  recipient: string;
  subject: string;
  body: string;
  status: Generated<'pending' | 'sent' | 'failed'>;
  transport: 'smtp' | 'kept' | null;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  created_at: Timestamp;
  sent_at: Timestamp | null;
  last_error: string | null;
  /** The first failed attempt; mail failing for an hour is told to the platform's admins. */
  first_failed_at: Timestamp | null;
}

/** An incident of failing mail the platform's admins were told of (at most one open). */
export interface MailFailureAlertsTable {
  id: Generated<string>;
  failing_since: Timestamp;
  alerted_at: Timestamp;
  failing_messages: number;
  closed_at: Timestamp | null;
}

/** A message of the outbox in a user's in-app inbox, for the organisation where they act on it. */
export interface NotificationsTable {
  id: Generated<string>;
  organisation_id: string;
  user_id: string;
  outbox_id: string;
  title: string;
  link: string;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

export interface JobsTable {
  name: string;
  interval_seconds: number;
  next_run_at: Timestamp;
  last_run_at: Timestamp | null;
  last_error: string | null;
}

export interface SchemaMigrationsTable {
  name: string;
  applied_at: Generated<Date>;
}

// --- The market (0002_market.sql) ---------------------------------------------------------------

/** A calendar date as 'YYYY-MM-DD' (parsed as text by both drivers, see database.ts). */
type PlainDate = string;
type ServiceKind =
  | 'staffing'
  | 'hvb'
  | 'supported_housing'
  | 'family_home'
  | 'botilbud'
  | 'open_care'
  | 'supervision';
type PriceUnit = 'hour' | 'day' | 'month' | 'package';
type JsonValue = ColumnType<unknown, string, string>;

export interface ServiceCategoriesTable {
  id: Generated<string>;
  organisation_id: string;
  code: string;
  service_kind: ServiceKind;
  area: string | null;
  name_sv: string;
  name_da: string;
  name_en: string;
  default_unit: PriceUnit;
  retired_at: Timestamp | null;
  created_at: Timestamp;
}

export interface TargetGroupsTable {
  id: Generated<string>;
  organisation_id: string;
  code: string;
  name_sv: string;
  name_da: string;
  name_en: string;
  retired_at: Timestamp | null;
  created_at: Timestamp;
}

export interface SupplierProfilesTable {
  supplier_id: string;
  street: Generated<string>;
  postal_code: Generated<string>;
  city: Generated<string>;
  municipality_code: string | null;
  website: string | null;
  description: Generated<string>;
  version: Generated<number>;
  updated_at: Timestamp;
  /** The supplier's EAN/GLN location number (13 digits) for the contract (0027). */
  ean_gln: string | null;
}

export interface SupplierContactsTable {
  id: Generated<string>;
  supplier_id: string;
  kind: 'person' | 'function_mailbox';
  name: string;
  purpose: Generated<string>;
  email: string;
  phone: string | null;
  receives_notices: Generated<boolean>;
  created_at: Timestamp;
  removed_at: Timestamp | null;
}

export interface EstablishmentsTable {
  id: Generated<string>;
  supplier_id: string;
  name: string;
  service_kind: ServiceKind;
  street: Generated<string>;
  postal_code: Generated<string>;
  city: Generated<string>;
  country: 'SE' | 'DK';
  municipality_code: string;
  lat: number;
  lon: number;
  places_total: Generated<number>;
  places_free: Generated<number>;
  places_updated_at: Timestamp | null;
  target_groups: Generated<string[]>;
  age_min: Generated<number>;
  age_max: Generated<number>;
  gender: Generated<'any' | 'female' | 'male'>;
  methods: Generated<string[]>;
  languages: Generated<string[]>;
  description: Generated<string>;
  version: Generated<number>;
  created_at: Timestamp;
  closed_at: Timestamp | null;
  offer_form: Generated<'establishment' | 'team' | 'consultant_pool'>;
  legal_bases: Generated<string[]>;
  assumed_occupancy_percent: number | null;
  next_free_on: PlainDate | null;
  confirmed_at: Timestamp | null;
  confirmed_by: string | null;
  confirmed_by_name: string | null;
  reminded_at: Timestamp | null;
}

export interface ConsultantsTable {
  id: Generated<string>;
  supplier_id: string;
  name: string;
  // JSON text in, parsed value out; the column has a default, so inserts may leave it out.
  educations: ColumnType<unknown, string | undefined, string>;
  experience: ColumnType<unknown, string | undefined, string>;
  languages: Generated<string[]>;
  available_from: PlainDate | null;
  available_extent_percent: number | null;
  version: Generated<number>;
  created_at: Timestamp;
  removed_at: Timestamp | null;
}

export interface PermitsTable {
  id: Generated<string>;
  establishment_id: string;
  supplier_id: string;
  authority: 'IVO' | 'Socialtilsyn';
  reference: string;
  scope: Generated<string>;
  status: 'valid' | 'changed' | 'revoked' | 'expired' | 'applied';
  valid_from: PlainDate | null;
  valid_to: PlainDate | null;
  open_cases: Generated<number>;
  decisions: Generated<string>;
  last_checked_on: PlainDate | null;
  last_checked_by: string | null;
  last_checked_by_name: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/**
 * The open establishments as the risk order reads them, with their permit records summed up; kept
 * by triggers (0042_followup_establishments.sql), never written by the app.
 */
export interface FollowupEstablishmentsTable {
  establishment_id: ColumnType<string, never, never>;
  supplier_id: ColumnType<string, never, never>;
  service_kind: ColumnType<ServiceKind, never, never>;
  name: ColumnType<string, never, never>;
  city: ColumnType<string, never, never>;
  permits: ColumnType<number, never, never>;
  statuses_not_valid: ColumnType<string[] | null, never, never>;
  valid_until: ColumnType<PlainDate | null, never, never>;
  open_cases: ColumnType<number, never, never>;
  last_checked_on: ColumnType<PlainDate | null, never, never>;
}

export interface StoredFilesTable {
  id: Generated<string>;
  organisation_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  uploaded_by: string | null;
  created_at: Timestamp;
}

export interface ComplianceDocumentsTable {
  id: Generated<string>;
  supplier_id: string;
  kind:
    | 'insurance'
    | 'tax_certificate'
    | 'social_security_certificate'
    | 'collective_agreement'
    | 'quality_system'
    | 'financial_statement'
    | 'other';
  title: string;
  file_id: string;
  valid_until: PlainDate | null;
  expiry_warned_at: Timestamp | null;
  created_at: Timestamp;
  created_by: string | null;
  replaced_at: Timestamp | null;
}

export interface PricesTable {
  id: Generated<string>;
  supplier_id: string;
  category_id: string;
  establishment_id: string | null;
  agreement_id: string | null;
  unit: PriceUnit;
  /** Minor units (öre, øre, cent); bigint arrives as a string. */
  amount_minor: ColumnType<string, string | number, never>;
  currency: 'SEK' | 'DKK' | 'EUR';
  valid_from: PlainDate;
  valid_to: PlainDate | null;
  status: 'proposed' | 'agreed';
  negotiated_on: PlainDate | null;
  negotiated_by: string | null;
  negotiated_by_name: string | null;
  note: Generated<string>;
  created_at: Timestamp;
  created_by: string | null;
}

export interface FrameworkAgreementsTable {
  id: Generated<string>;
  organisation_id: string;
  reference: string;
  title: string;
  description: Generated<string>;
  country: 'SE' | 'DK';
  status: 'draft' | 'active' | 'expired' | 'terminated';
  starts_on: PlainDate;
  ends_on: PlainDate;
  extension_options: ColumnType<unknown, string | undefined, string>;
  extensions_used: Generated<number>;
  long_period_reason: string | null;
  terminated_on: PlainDate | null;
  terminated_reason: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  created_by: string | null;
}

export interface AgreementMunicipalitiesTable {
  agreement_id: string;
  municipality_id: string;
}

export interface AgreementLotsTable {
  id: Generated<string>;
  agreement_id: string;
  organisation_id: string;
  number: number;
  name: string;
  category_id: string;
  area_municipality_codes: Generated<string[]>;
  calloff_method: 'ranking' | 'renewed_competition' | 'volume_rule';
  volume_threshold: number | null;
  volume_unit: PriceUnit | null;
}

export interface LotSuppliersTable {
  lot_id: string;
  supplier_id: string;
  agreement_id: string;
  organisation_id: string;
  rank: number;
  status: 'active' | 'hidden' | 'terminated';
  status_reason: string | null;
  hidden_from: PlainDate | null;
  hidden_to: PlainDate | null;
  terminated_on: PlainDate | null;
  version: Generated<number>;
}

/**
 * The service kinds each supplier is on each agreement for (a lot of a category of the kind, not
 * terminated); kept by triggers on lot_suppliers, agreement_lots and service_categories (0039).
 */
export interface AgreementSupplierKindsTable {
  agreement_id: ColumnType<string, never, never>;
  supplier_id: ColumnType<string, never, never>;
  service_kind: ColumnType<ServiceKind, never, never>;
}

export interface SupplierStatusEventsTable {
  id: Generated<string>;
  agreement_id: string;
  lot_id: string | null;
  supplier_id: string;
  organisation_id: string;
  status: 'active' | 'hidden' | 'terminated';
  reason: string | null;
  effective_from: PlainDate | null;
  effective_to: PlainDate | null;
  at: Timestamp;
  actor_user_id: string | null;
  actor_name: string | null;
}

export interface AgreementRequirementsTable {
  id: Generated<string>;
  agreement_id: string;
  organisation_id: string;
  lot_id: string | null;
  kind:
    | 'staffing_density'
    | 'awake_night_staff'
    | 'competence_share'
    | 'manager_qualification'
    | 'permit_required';
  parameters: ColumnType<unknown, string | undefined, string>;
  description: Generated<string>;
  created_at: Timestamp;
}

export interface DynamicPurchasingSystemsTable {
  id: Generated<string>;
  organisation_id: string;
  reference: string;
  title: string;
  description: Generated<string>;
  country: 'SE' | 'DK';
  status: 'draft' | 'open' | 'closed';
  valid_from: PlainDate;
  valid_to: PlainDate;
  initial_period_ends_on: PlainDate;
  owner_is_central_purchasing_body: Generated<boolean>;
  agreed_tender_period_days: number | null;
  opened_at: Timestamp | null;
  closed_at: Timestamp | null;
  closed_reason: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  created_by: string | null;
}

export interface DpsMunicipalitiesTable {
  dps_id: string;
  municipality_id: string;
}

export interface DpsValidityChangesTable {
  id: Generated<string>;
  dps_id: string;
  organisation_id: string;
  previous_valid_to: PlainDate;
  new_valid_to: PlainDate;
  reason: string;
  at: Timestamp;
  actor_user_id: string | null;
}

export interface DpsCategoriesTable {
  dps_id: string;
  category_id: string;
}

export interface DpsRequirementsTable {
  id: Generated<string>;
  dps_id: string;
  organisation_id: string;
  position: number;
  kind: 'declaration' | 'numeric_minimum' | 'document';
  text_sv: string;
  text_da: string;
  text_en: string;
  /** numeric arrives as a string on both drivers. */
  minimum: ColumnType<string | null, string | number | null, string | number | null>;
  unit: string | null;
  document_kind: string | null;
}

export interface DpsApplicationsTable {
  id: Generated<string>;
  dps_id: string;
  organisation_id: string;
  supplier_id: string;
  status: 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'excluded';
  received_at: Timestamp;
  in_initial_period: boolean;
  decision_due_at: Timestamp;
  extended_at: Timestamp | null;
  extension_reason: string | null;
  /** jsonb, written as a JSON string; defaults to []. */
  answers: ColumnType<unknown, string | undefined, string>;
  decided_at: Timestamp | null;
  decided_by: string | null;
  decision_reason: string | null;
  reminded_at: Timestamp | null;
  version: Generated<number>;
  created_by: string | null;
}

export interface DpsApplicationCategoriesTable {
  application_id: string;
  category_id: string;
}

export interface DpsDeclarationRequestsTable {
  id: Generated<string>;
  dps_id: string;
  organisation_id: string;
  supplier_id: string;
  requested_at: Timestamp;
  due_at: Timestamp;
  requested_by: string | null;
  answers: JsonValue | null;
  answered_at: Timestamp | null;
  answered_by: string | null;
}

// --- Needs and referrals (0003_needs.sql) -------------------------------------------------------

export type NeedKind = 'staffing' | 'placement' | 'intervention';
export type NeedStatus = 'draft' | 'submitted' | 'in_calloff' | 'fulfilled' | 'withdrawn';

export interface NeedsTable {
  id: Generated<string>;
  organisation_id: string;
  kind: NeedKind;
  status: Generated<NeedStatus>;
  title: string;
  /** jsonb: the typed need of packages/domain/src/need.ts, written as a JSON string. */
  details: JsonValue;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  submitted_at: Timestamp | null;
  withdrawn_at: Timestamp | null;
  version: Generated<number>;
  /** When the free text about the person was emptied under the retention rule. */
  text_purged_at: Timestamp | null;
}

export interface SensitiveReadsTable {
  id: Generated<string>;
  organisation_id: string;
  object_type: string;
  object_id: string;
  field: string;
  user_id: string;
  at: Timestamp;
}

// --- Call-offs (0004_calloffs.sql) ---------------------------------------------------------------

export type CalloffStatus =
  | 'draft'
  | 'cancelled'
  | 'open'
  | 'offering'
  | 'evaluation'
  | 'awarded'
  | 'ordered'
  | 'unfulfilled';
export type CalloffProcedure = 'ranking' | 'renewed_competition' | 'dps_specific_contract';

export interface CalloffsTable {
  id: Generated<string>;
  organisation_id: string;
  need_id: string;
  agreement_id: string | null;
  lot_id: string | null;
  dps_id: string | null;
  category_id: string | null;
  procedure: CalloffProcedure;
  /** jsonb { code, params }, written as a JSON string. */
  procedure_reason: JsonValue;
  /** numeric: arrives as a string. */
  expected_volume: ColumnType<string, number | string, number | string>;
  expected_unit: string;
  currency: string;
  /** jsonb { kind, basis, priceWeight?, qualityWeight? }, written as a JSON string. */
  evaluation_model: JsonValue;
  status: Generated<CalloffStatus>;
  title: string;
  version: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  cancelled_reason: string | null;
  // 0005_tendering.sql
  request_text: Generated<string>;
  cost_centre: string | null;
  published_at: Timestamp | null;
  published_by: string | null;
  tender_deadline: Timestamp | null;
  data_key_wrapped: string | null;
  data_key_id: string | null;
  opened_at: Timestamp | null;
  opened_by: string | null;
  drawing_seed: string | null;
  /** jsonb { unit, amount } (domain ResponseWindow), written as a JSON string. */
  response_window: JsonValue | null;
  /** jsonb: the domain CascadeState, dates as ISO strings, written as a JSON string. */
  cascade_state: JsonValue | null;
}

export interface CalloffRequirementsTable {
  id: Generated<string>;
  calloff_id: string;
  organisation_id: string;
  position: number;
  level: 'must' | 'should';
  title: string;
  criterion_kind: 'yes_no' | 'minimum';
  minimum: ColumnType<string | null, number | string | null, number | string | null>;
  value_kind: 'deduction' | 'points' | null;
  deduction_minor: ColumnType<string | null, number | string | null, number | string | null>;
  currency: string | null;
  points: number | null;
  /** 0010_requirement_asks.sql: domain RequirementAsks, or null. */
  asks: Json;
}

// --- Tendering, award and orders (0005_tendering.sql) ---------------------------------------------

export interface CalloffInvitationsTable {
  id: Generated<string>;
  calloff_id: string;
  organisation_id: string;
  supplier_id: string;
  kind: 'tender' | 'offer';
  invited_at: Timestamp;
  response_deadline: Timestamp | null;
  first_read_at: Timestamp | null;
  declined_at: Timestamp | null;
  decline_reason: string | null;
  accepted_at: Timestamp | null;
  expired_at: Timestamp | null;
  responded_by: string | null;
}

export interface CalloffQuestionsTable {
  id: Generated<string>;
  calloff_id: string;
  organisation_id: string;
  supplier_id: string;
  asked_by: string;
  asked_at: Timestamp;
  question: string;
  answer: string | null;
  answered_by: string | null;
  answered_at: Timestamp | null;
}

export interface CalloffChangesTable {
  id: Generated<string>;
  calloff_id: string;
  organisation_id: string;
  changed_by: string;
  changed_at: Timestamp;
  summary: string;
  request_text_before: string;
  request_text_after: string;
  deadline_before: Timestamp;
  deadline_after: Timestamp;
}

export interface BidsTable {
  id: Generated<string>;
  calloff_id: string;
  supplier_id: string;
  status: 'submitted' | 'withdrawn';
  iv: string;
  ciphertext: string;
  auth_tag: string;
  receipt_sha256: string;
  received_at: Timestamp;
  first_received_at: Timestamp;
  submitted_by: string;
  replacements: Generated<number>;
  withdrawn_at: Timestamp | null;
  needs_review: Generated<boolean>;
  version: Generated<number>;
}

export interface BidSetAsidesTable {
  bid_id: string;
  calloff_id: string;
  organisation_id: string;
  reason: string;
  set_by: string;
  set_at: Timestamp;
}

export interface AwardDecisionsTable {
  id: Generated<string>;
  calloff_id: string;
  organisation_id: string;
  bid_id: string;
  supplier_id: string;
  reasons: string;
  /** jsonb, written as a JSON string. */
  report: JsonValue;
  decided_by: string;
  decided_at: Timestamp;
  standstill_until: Timestamp | null;
}

export type OrderStatus = 'active' | 'ended';

export interface OrdersTable {
  id: Generated<string>;
  organisation_id: string;
  /** An order comes from a call-off's award or from a referral's offer survey: one of the two. */
  calloff_id: string | null;
  referral_id: string | null;
  not_approved_reason: string | null;
  not_approved_until: PlainDate | null;
  supervisor_consent_note: string | null;
  supervisor_consent_at: Timestamp | null;
  /** When the supervisory authority was told of the not-approved use (0027). */
  supervisor_notified_at: Timestamp | null;
  /** The last reminder date before the end of a not-approved use (0027). */
  not_approved_reminded_on: PlainDate | null;
  supplier_id: string;
  consultant_id: string | null;
  establishment_id: string | null;
  reference: string;
  /** bigint: arrives as a string. */
  unit_price_minor: ColumnType<string, number | string, number | string>;
  currency: string;
  unit: string;
  start_date: PlainDate;
  end_date: PlainDate | null;
  /** numeric: arrives as a string. */
  expected_volume: ColumnType<string, number | string, number | string>;
  /** unit price × expected volume, kept by PostgreSQL (0014_spend.sql); never written. */
  total_minor: ColumnType<string, undefined, never>;
  cost_centre: string | null;
  status: Generated<OrderStatus>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

type Money = ColumnType<string, number | string, number | string>;
type PriceUnitColumn = 'hour' | 'day' | 'month' | 'package';
type CurrencyColumn = 'SEK' | 'DKK' | 'EUR';

// Matching (0022_matching.sql) ----------------------------------------------------------------

export interface OfferTariffsTable {
  id: Generated<string>;
  establishment_id: string;
  supplier_id: string;
  unit: PriceUnitColumn;
  /** bigint: arrives as a string. */
  amount_minor: Money;
  currency: CurrencyColumn;
  valid_from: PlainDate;
  negotiated_on: PlainDate | null;
  negotiated_by_name: string | null;
  created_at: Timestamp;
  created_by: string | null;
}

export interface QualityAssessmentsTable {
  id: Generated<string>;
  establishment_id: string;
  authority: 'IVO' | 'Socialtilsyn';
  assessed_on: PlainDate;
  education_employment: number;
  independence_relations: number;
  target_group_methods_results: number;
  health_wellbeing: number;
  organisation_management: number;
  competences: number;
  physical_setting: number;
  created_at: Timestamp;
  created_by: string | null;
}

export interface SupplierMeetingNotesTable {
  id: Generated<string>;
  organisation_id: string;
  supplier_id: string;
  met_on: PlainDate;
  participants: string;
  learned: string;
  created_by: string;
  created_at: Timestamp;
}

export interface MatchingSettingsTable {
  organisation_id: string;
  freshness_limit_days: Generated<number>;
  allow_outside_agreements: Generated<boolean>;
  weights: Json;
  updated_at: Timestamp;
  updated_by: string | null;
}

export type ReferralState =
  'new' | 'surveying' | 'awaiting_answers' | 'negotiating' | 'decided' | 'ordered' | 'withdrawn';

export interface ReferralsTable {
  id: Generated<string>;
  organisation_id: string;
  case_reference: string;
  kind: 'new' | 'extension' | 'adjustment';
  order_id: string | null;
  service_kind: ServiceKind;
  legal_basis: string;
  purpose: string;
  start_on: PlainDate;
  expected_duration_days: number;
  intensity_kind: 'hours_per_week' | 'place';
  /** numeric: arrives as a string. */
  hours_per_week: ColumnType<string | null, number | string | null, number | string | null>;
  urgency: 'today' | 'within_5_working_days' | 'later';
  person: ColumnType<unknown, string, string>;
  cannot_live_with: Generated<string>;
  state: Generated<ReferralState>;
  assignee_id: string | null;
  due_at: Timestamp;
  chosen_request_id: string | null;
  choice_reason: string | null;
  decided_at: Timestamp | null;
  decided_by: string | null;
  /** Why and when it was withdrawn (0024_referral_withdrawal.sql). */
  withdrawal_reason: string | null;
  withdrawn_at: Timestamp | null;
  /** The offers matching's first checks left out when the survey began, by check (0030). */
  considered_left_out: Json | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface ReferralConsideredOffersTable {
  referral_id: string;
  establishment_id: string;
  explanation: ColumnType<unknown, string, string>;
  considered_at: Timestamp;
}

export interface SurveyRequestsTable {
  id: Generated<string>;
  referral_id: string;
  organisation_id: string;
  establishment_id: string;
  supplier_id: string;
  acute: Generated<boolean>;
  sent_at: Timestamp;
  sent_by: string;
  reply_by: Timestamp;
  state: Generated<'sent' | 'answered' | 'expired' | 'withdrawn'>;
  available: boolean | null;
  earliest_start: PlainDate | null;
  price_minor: ColumnType<string | null, number | string | null, number | string | null>;
  price_unit: PriceUnitColumn | null;
  currency: CurrencyColumn | null;
  questions: Generated<string>;
  place_held_until: Timestamp | null;
  answered_at: Timestamp | null;
  answered_by: string | null;
  version: Generated<number>;
}

export interface NegotiationRoundsTable {
  id: Generated<string>;
  request_id: string;
  round: number;
  price_asked_minor: Money;
  price_agreed_minor: ColumnType<string | null, number | string | null, number | string | null>;
  currency: CurrencyColumn;
  unit: PriceUnitColumn;
  note: Generated<string>;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: Timestamp;
}

/**
 * Each offer's tariffs, permits and latest quality assessment as stored JSON, kept by triggers on
 * the three tables (0029_offer_match_facts.sql); read by proposals (matching/proposals/repo.ts).
 */
export interface OfferMatchFactsTable {
  establishment_id: string;
  tariffs: ColumnType<
    { unit: string; amount: string; currency: string; validFrom: PlainDate }[],
    never,
    never
  >;
  permits: ColumnType<
    { authority: string; status: string; validFrom: PlainDate | null; validTo: PlainDate | null }[],
    never,
    never
  >;
  /** The assessment date, then the seven theme scores. */
  assessment: ColumnType<(PlainDate | number)[] | null, never, never>;
}

/** Open offers counted per prefilter profile, kept by triggers on establishments (0029). */
export interface OfferMatchProfilesTable {
  service_kind: string;
  country: string;
  legal_bases: string[];
  target_groups: string[];
  age_min: number;
  age_max: number;
  gender: string;
  languages: string[];
  offers: ColumnType<number, never, never>;
}

/**
 * Each establishment's price in force per category and period of days, outside agreements; kept
 * by triggers on prices, offer_tariffs, establishments and service_categories (0026).
 */
export interface CataloguePricesTable {
  category_id: string;
  establishment_id: string;
  from_day: ColumnType<PlainDate, never, never>;
  to_day: ColumnType<PlainDate, never, never>;
  /** bigint: arrives as a string. */
  amount_minor: ColumnType<string, never, never>;
  currency: ColumnType<CurrencyColumn, never, never>;
  unit: ColumnType<PriceUnit, never, never>;
  valid_from: ColumnType<PlainDate, never, never>;
  valid_to: ColumnType<PlainDate | null, never, never>;
  source: ColumnType<'agreed' | 'tariff', never, never>;
}

/** Orders summed per month and spend dimension, kept by triggers on orders (0015_spend_months.sql). */
export interface SpendMonthsTable {
  organisation_id: string;
  supplier_id: string;
  month: PlainDate;
  category_id: string | null;
  agreement_id: string | null;
  dps_id: string | null;
  procedure: string;
  currency: string;
  unit: string;
  /** bigint: arrives as a string. */
  orders: ColumnType<string, never, never>;
  committed_minor: ColumnType<string, never, never>;
  unit_price_sum_minor: ColumnType<string, never, never>;
  lowest_unit_price_minor: ColumnType<string | null, never, never>;
  highest_unit_price_minor: ColumnType<string | null, never, never>;
}

/** Each active order's day rate and spend dimensions, kept by triggers on orders (0015). */
export interface SpendRunningTable {
  order_id: string;
  organisation_id: string;
  supplier_id: string;
  category_id: string | null;
  agreement_id: string | null;
  dps_id: string | null;
  procedure: string;
  currency: string;
  unit: string;
  start_date: PlainDate;
  runs_until: PlainDate;
  /** numeric: arrives as a string. */
  daily_rate_minor: ColumnType<string, never, never>;
}

/** spend_months without the supplier, kept by triggers on spend_months (0023_spend_totals.sql). */
export interface SpendMonthTotalsTable {
  organisation_id: string;
  month: PlainDate;
  category_id: string | null;
  agreement_id: string | null;
  dps_id: string | null;
  procedure: string;
  currency: string;
  unit: string;
  /** bigint: arrives as a string. */
  orders: ColumnType<string, never, never>;
  committed_minor: ColumnType<string, never, never>;
  unit_price_sum_minor: ColumnType<string, never, never>;
  lowest_unit_price_minor: ColumnType<string, never, never>;
  highest_unit_price_minor: ColumnType<string, never, never>;
}

/** Call-offs per municipality, agreement or DPS, procedure and state, kept by triggers (0034). */
export interface CalloffStateCountsTable {
  organisation_id: string;
  agreement_id: string | null;
  dps_id: string | null;
  procedure: string;
  status: string;
  /** bigint: arrives as a string. */
  calloffs: ColumnType<string, never, never>;
}

/** Orders per municipality, agreement or DPS, procedure and lead days, kept by triggers (0034). */
export interface OrderLeadDaysTable {
  organisation_id: string;
  agreement_id: string | null;
  dps_id: string | null;
  procedure: string;
  days: number;
  /** bigint: arrives as a string. */
  orders: ColumnType<string, never, never>;
}

/** Orders per supplier, agreement and month (UTC) of ordering, kept by triggers (0040). */
export interface SupplierOrderMonthsTable {
  supplier_id: string;
  agreement_id: string;
  month: Timestamp;
  /** bigint: arrives as a string. */
  orders: ColumnType<string, never, never>;
}

/** Invitations per supplier, municipality, agreement or DPS and procedure, kept by triggers (0035). */
export interface SupplierAnswerCountsTable {
  supplier_id: string;
  organisation_id: string;
  agreement_id: string | null;
  dps_id: string | null;
  procedure: string;
  /** bigint, each: arrives as a string. */
  invited: ColumnType<string, never, never>;
  settled: ColumnType<string, never, never>;
  responded: ColumnType<string, never, never>;
  declined: ColumnType<string, never, never>;
  bid: ColumnType<string, never, never>;
  won: ColumnType<string, never, never>;
}

/** The version of an agreement's or a DPS's OCDS sources, moved on by triggers (0038). */
export interface OcdsSourceVersionsTable {
  subject_id: string;
  /** bigint: arrives as a string. */
  version: ColumnType<string, never, never>;
}

/** spend_months per year instead of month, kept by triggers on spend_months (0023). */
export interface SpendSupplierYearsTable {
  organisation_id: string;
  supplier_id: string;
  year: PlainDate;
  category_id: string | null;
  agreement_id: string | null;
  dps_id: string | null;
  procedure: string;
  currency: string;
  unit: string;
  /** bigint: arrives as a string. */
  orders: ColumnType<string, never, never>;
  committed_minor: ColumnType<string, never, never>;
}

/** spend_running's day rates per start month and end date, kept by triggers on it (0023). */
export interface SpendRunningMonthsTable {
  organisation_id: string;
  supplier_id: string;
  category_id: string | null;
  agreement_id: string | null;
  dps_id: string | null;
  procedure: string;
  currency: string;
  unit: string;
  start_month: PlainDate;
  runs_until: PlainDate;
  /** bigint and numeric: arrive as strings. */
  orders: ColumnType<string, never, never>;
  daily_rate_minor: ColumnType<string, never, never>;
}

/** spend_month_totals without the municipality, of orders under an agreement or DPS (0035). */
export interface SpendFrameworkMonthsTable {
  agreement_id: string | null;
  dps_id: string | null;
  month: PlainDate;
  category_id: string | null;
  procedure: string;
  currency: string;
  unit: string;
  /** bigint: arrive as strings. */
  orders: ColumnType<string, never, never>;
  committed_minor: ColumnType<string, never, never>;
  /** The unit prices (0041): their sum, and the lowest and highest (none at zero orders). */
  unit_price_sum_minor: ColumnType<string, never, never>;
  lowest_unit_price_minor: ColumnType<string | null, never, never>;
  highest_unit_price_minor: ColumnType<string | null, never, never>;
}

/** spend_running_months without the municipality and supplier, under an agreement or DPS (0035). */
export interface SpendFrameworkRunningTable {
  agreement_id: string | null;
  dps_id: string | null;
  start_month: PlainDate;
  runs_until: PlainDate;
  category_id: string | null;
  procedure: string;
  currency: string;
  unit: string;
  /** bigint and numeric: arrive as strings. */
  orders: ColumnType<string, never, never>;
  daily_rate_minor: ColumnType<string, never, never>;
}

export interface OrderAdjustmentsTable {
  id: Generated<string>;
  order_id: string;
  organisation_id: string;
  kind: 'extension' | 'adjustment' | 'ended';
  /** jsonb { field: { before, after } }, written as a JSON string. */
  changes: JsonValue;
  reason: string;
  made_by: string;
  made_at: Timestamp;
}

export interface RankingDeviationsTable {
  id: Generated<string>;
  agreement_id: string;
  lot_id: string;
  calloff_id: string;
  organisation_id: string;
  supplier_id: string;
  rank: number;
  reason_code:
    'continuity_for_person' | 'siblings_placed_together' | 'cannot_meet_must_requirement' | 'other';
  reason_text: string;
  decided_by: string;
  decided_at: Timestamp;
}

// --- Quality follow-up (0006_quality.sql) -----------------------------------------------------------

export interface FollowupPlansTable {
  id: Generated<string>;
  organisation_id: string;
  year: number;
  target_visits: number;
  created_by: string;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface PlannedVisitsTable {
  id: Generated<string>;
  plan_id: string;
  organisation_id: string;
  agreement_id: string;
  supplier_id: string;
  establishment_id: string;
  planned_on: PlainDate | null;
  status: Generated<'planned' | 'done' | 'cancelled'>;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface PermitChecksTable {
  id: Generated<string>;
  organisation_id: string;
  establishment_id: string;
  supplier_id: string;
  permit_id: string | null;
  planned_visit_id: string | null;
  seen: 'valid' | 'changed' | 'revoked' | 'open_case';
  note: Generated<string>;
  decision_reference: string | null;
  checked_on: PlainDate;
  checked_by: string;
  checked_at: Timestamp;
}

export interface StaffListRequestsTable {
  id: Generated<string>;
  organisation_id: string;
  agreement_id: string;
  supplier_id: string;
  establishment_id: string;
  period_from: PlainDate;
  period_to: PlainDate;
  placed_residents: number;
  deadline: Timestamp;
  message: Generated<string>;
  status: Generated<'requested' | 'submitted'>;
  requested_by: string;
  requested_at: Timestamp;
  reminded_at: Timestamp | null;
  version: Generated<number>;
}

export interface StaffListSubmissionsTable {
  id: Generated<string>;
  request_id: string;
  organisation_id: string;
  supplier_id: string;
  source: 'form' | 'csv' | 'xlsx';
  file_name: string | null;
  /** jsonb StaffListRow[], written as a JSON string. */
  rows: JsonValue;
  /** jsonb ShiftRow[] (empty for a list of totals alone), written as a JSON string. */
  shifts: ColumnType<unknown, string | undefined, string>;
  submitted_by: string;
  submitted_at: Timestamp;
}

export interface VisitsTable {
  id: Generated<string>;
  organisation_id: string;
  agreement_id: string;
  supplier_id: string;
  establishment_id: string;
  planned_visit_id: string | null;
  visited_on: PlainDate;
  participants: Generated<string[]>;
  summary: Generated<string>;
  created_by: string;
  created_at: Timestamp;
}

export interface VisitFindingsTable {
  id: Generated<string>;
  visit_id: string;
  organisation_id: string;
  requirement_id: string;
  outcome: 'met' | 'partly_met' | 'not_met';
  text: Generated<string>;
  position: number;
}

export interface VisitDocumentsTable {
  visit_id: string;
  file_id: string;
}

export interface LogbookNotesTable {
  id: Generated<string>;
  organisation_id: string;
  agreement_id: string;
  supplier_id: string;
  establishment_id: string | null;
  visit_id: string | null;
  text: string;
  sensitive: Generated<boolean>;
  concern: Generated<boolean>;
  created_by: string;
  created_at: Timestamp;
}

export interface CorrectionRequestsTable {
  id: Generated<string>;
  organisation_id: string;
  agreement_id: string;
  supplier_id: string;
  establishment_id: string | null;
  visit_id: string | null;
  requirement_ids: Generated<string[]>;
  description: string;
  country: 'SE' | 'DK';
  sent_on: PlainDate;
  deadline: PlainDate;
  status: Generated<'open' | 'answered' | 'accepted' | 'rejected'>;
  reminders_sent: Generated<string[]>;
  overdue_flagged_at: Timestamp | null;
  created_by: string;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface CorrectionAnswersTable {
  id: Generated<string>;
  request_id: string;
  supplier_id: string;
  action_plan: string;
  evidence_file_ids: Generated<string[]>;
  answered_by: string;
  answered_at: Timestamp;
  decision: 'accepted' | 'rejected' | null;
  decision_reason: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
}

export interface EstablishmentHidingsTable {
  id: Generated<string>;
  organisation_id: string;
  agreement_id: string;
  supplier_id: string;
  establishment_id: string;
  reason: string;
  hidden_from: PlainDate;
  hidden_to: PlainDate | null;
  created_by: string;
  created_at: Timestamp;
  lifted_at: Timestamp | null;
  lifted_by: string | null;
  lifted_reason: string | null;
}

export interface IdentityProvidersTable {
  organisation_id: string;
  display_name: string;
  issuer: string;
  client_id: string;
  client_secret_sealed: string;
  secret_key_id: string;
  updated_at: Timestamp;
}

export interface IdentityProviderDomainsTable {
  domain: string;
  organisation_id: string;
}

export interface OidcLoginsTable {
  state_hash: string;
  organisation_id: string;
  nonce: string;
  code_verifier: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

// --- OCDS publishing (0011_ocds_publishing.sql) --------------------------------------------------

export interface OcdsPublishingTable {
  organisation_id: string;
  published: boolean;
  changed_at: Timestamp;
  changed_by: string;
  version: Generated<number>;
}

export interface DB {
  organisations: OrganisationsTable;
  body_mandates: BodyMandatesTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  invitations: InvitationsTable;
  audit_log: AuditLogTable;
  audit_chain_heads: AuditChainHeadsTable;
  outbox: OutboxTable;
  notifications: NotificationsTable;
  jobs: JobsTable;
  mail_failure_alerts: MailFailureAlertsTable;
  schema_migrations: SchemaMigrationsTable;
  service_categories: ServiceCategoriesTable;
  target_groups: TargetGroupsTable;
  supplier_profiles: SupplierProfilesTable;
  supplier_contacts: SupplierContactsTable;
  establishments: EstablishmentsTable;
  consultants: ConsultantsTable;
  permits: PermitsTable;
  followup_establishments: FollowupEstablishmentsTable;
  stored_files: StoredFilesTable;
  compliance_documents: ComplianceDocumentsTable;
  prices: PricesTable;
  framework_agreements: FrameworkAgreementsTable;
  agreement_municipalities: AgreementMunicipalitiesTable;
  agreement_lots: AgreementLotsTable;
  lot_suppliers: LotSuppliersTable;
  agreement_supplier_kinds: AgreementSupplierKindsTable;
  supplier_status_events: SupplierStatusEventsTable;
  agreement_requirements: AgreementRequirementsTable;
  dynamic_purchasing_systems: DynamicPurchasingSystemsTable;
  dps_municipalities: DpsMunicipalitiesTable;
  dps_validity_changes: DpsValidityChangesTable;
  dps_categories: DpsCategoriesTable;
  dps_requirements: DpsRequirementsTable;
  dps_applications: DpsApplicationsTable;
  dps_application_categories: DpsApplicationCategoriesTable;
  dps_declaration_requests: DpsDeclarationRequestsTable;
  needs: NeedsTable;
  sensitive_reads: SensitiveReadsTable;
  calloffs: CalloffsTable;
  catalogue_prices: CataloguePricesTable;
  calloff_requirements: CalloffRequirementsTable;
  calloff_invitations: CalloffInvitationsTable;
  calloff_questions: CalloffQuestionsTable;
  calloff_changes: CalloffChangesTable;
  bids: BidsTable;
  bid_set_asides: BidSetAsidesTable;
  award_decisions: AwardDecisionsTable;
  orders: OrdersTable;
  offer_tariffs: OfferTariffsTable;
  quality_assessments: QualityAssessmentsTable;
  offer_match_facts: OfferMatchFactsTable;
  offer_match_profiles: OfferMatchProfilesTable;
  supplier_meeting_notes: SupplierMeetingNotesTable;
  matching_settings: MatchingSettingsTable;
  referrals: ReferralsTable;
  referral_considered_offers: ReferralConsideredOffersTable;
  survey_requests: SurveyRequestsTable;
  negotiation_rounds: NegotiationRoundsTable;
  order_adjustments: OrderAdjustmentsTable;
  spend_months: SpendMonthsTable;
  spend_running: SpendRunningTable;
  spend_month_totals: SpendMonthTotalsTable;
  calloff_state_counts: CalloffStateCountsTable;
  order_lead_days: OrderLeadDaysTable;
  supplier_order_months: SupplierOrderMonthsTable;
  supplier_answer_counts: SupplierAnswerCountsTable;
  ocds_source_versions: OcdsSourceVersionsTable;
  spend_supplier_years: SpendSupplierYearsTable;
  spend_running_months: SpendRunningMonthsTable;
  spend_framework_months: SpendFrameworkMonthsTable;
  spend_framework_running: SpendFrameworkRunningTable;
  ranking_deviations: RankingDeviationsTable;
  followup_plans: FollowupPlansTable;
  planned_visits: PlannedVisitsTable;
  permit_checks: PermitChecksTable;
  staff_list_requests: StaffListRequestsTable;
  staff_list_submissions: StaffListSubmissionsTable;
  visits: VisitsTable;
  visit_findings: VisitFindingsTable;
  visit_documents: VisitDocumentsTable;
  logbook_notes: LogbookNotesTable;
  correction_requests: CorrectionRequestsTable;
  correction_answers: CorrectionAnswersTable;
  establishment_hidings: EstablishmentHidingsTable;
  identity_providers: IdentityProvidersTable;
  identity_provider_domains: IdentityProviderDomainsTable;
  oidc_logins: OidcLoginsTable;
  ocds_publishing: OcdsPublishingTable;
}
