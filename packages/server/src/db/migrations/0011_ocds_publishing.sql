-- OCDS publishing per buying organisation (a procurement body or a municipality that buys): when
-- on, its awarded data is served at the public, unauthenticated /api/public/ocds/... endpoints.
-- Off unless a row says otherwise; every change is audited.
CREATE TABLE ocds_publishing (
  organisation_id uuid PRIMARY KEY REFERENCES organisations (id),
  published boolean NOT NULL,
  changed_at timestamptz NOT NULL,
  changed_by uuid NOT NULL REFERENCES users (id),
  version integer NOT NULL DEFAULT 1
);
