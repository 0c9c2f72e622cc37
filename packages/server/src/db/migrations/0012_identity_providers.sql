-- Sign-in through an organisation's own OpenID Connect provider, beside passwords. The provider
-- only proves an email address; roles stay in Tildel, set by the organisation's admin.

CREATE TABLE identity_providers (
  organisation_id uuid PRIMARY KEY REFERENCES organisations(id),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
  issuer text NOT NULL,
  client_id text NOT NULL,
  -- The client secret sealed under MASTER_KEY (platform/sealing.ts): base64 IV ‖ tag ‖ ciphertext.
  client_secret_sealed text NOT NULL,
  secret_key_id text NOT NULL,
  updated_at timestamptz NOT NULL
);

-- An email domain leads to one provider only, so the sign-in page never has to guess.
CREATE TABLE identity_provider_domains (
  domain text PRIMARY KEY CHECK (domain = lower(domain)),
  organisation_id uuid NOT NULL REFERENCES identity_providers(organisation_id) ON DELETE CASCADE
);
CREATE INDEX identity_provider_domains_org_idx ON identity_provider_domains (organisation_id);

-- A sign-in under way: state, nonce and PKCE verifier kept server-side (any process may take the
-- callback), keyed by the state's SHA-256 and usable once until expires_at.
CREATE TABLE oidc_logins (
  state_hash text PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  nonce text NOT NULL,
  code_verifier text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX oidc_logins_expires_idx ON oidc_logins (expires_at);
