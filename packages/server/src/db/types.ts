// Table types for Kysely. Keep in step with migrations/*.sql.
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
  jobs: JobsTable;
  schema_migrations: SchemaMigrationsTable;
}
