-- Indexes for the home page's work lists, found slow by the national route sweep
-- (bench/route-sweep.mjs, issue 15 item 5).
--
-- The quality officer's and procurement officer's lists read the suppliers the organisation
-- works with (its lot suppliers and DPS applicants) and then their permits or documents. Lot
-- suppliers and DPS applications had no index on the organisation (each home page read all 23 200
-- lot suppliers and 14 000 applications), and permits none on the supplier, so the permit
-- problems of the national body's 300 suppliers hashed every permit and establishment of the
-- market (~100 ms). The supplier id is in the index so the list of suppliers is read from the
-- index alone; the status serves the hidden suppliers and the pending applications.
CREATE INDEX lot_suppliers_organisation ON lot_suppliers (organisation_id, status, supplier_id);
CREATE INDEX dps_applications_organisation ON dps_applications (organisation_id, status, supplier_id);
CREATE INDEX permits_supplier ON permits (supplier_id);

-- The buyer's home page asks for the municipality's call-offs in one state at a time (deadline
-- passed, in evaluation, awarded) and its active orders ending soon: each read all of the
-- municipality's ~2 600 call-offs or orders and kept the few in that state (5-12 ms each, six at
-- once). By state, and the active orders by end date, they read only their own rows (~0.1 ms).
CREATE INDEX calloffs_organisation_status ON calloffs (organisation_id, status);
CREATE INDEX orders_active_ending ON orders (organisation_id, end_date)
  WHERE status = 'active' AND end_date IS NOT NULL;

-- The statistics' call-offs per procedure and state (insights/statistics/procedures) counted a
-- procurement body's ~900 000 call-offs under its agreements and DPSs on every call (0.4-0.7 s).
-- Without a period the view reads these counts instead: call-offs per municipality, agreement or
-- DPS, procedure and state, kept by statement-level triggers in the same transaction as every
-- change of calloffs (a period still counts the call-offs themselves: it cuts by the instant each
-- was made). A group may be left at zero; the view counts only groups above it.
CREATE TABLE calloff_state_counts (
  organisation_id uuid NOT NULL,
  agreement_id uuid,
  dps_id uuid,
  procedure text NOT NULL,
  status text NOT NULL,
  calloffs bigint NOT NULL,
  UNIQUE NULLS NOT DISTINCT (organisation_id, agreement_id, dps_id, procedure, status)
);

INSERT INTO calloff_state_counts
SELECT organisation_id, agreement_id, dps_id, procedure, status, count(*)
FROM calloffs GROUP BY 1, 2, 3, 4, 5;

-- What a statement changed, per group: +n for rows after it, -n for rows before it.
CREATE TYPE calloff_state_delta AS (
  organisation_id uuid,
  agreement_id uuid,
  dps_id uuid,
  procedure text,
  status text,
  delta bigint
);

-- Adds the changes to their groups; a change that leaves every call-off in its group (most
-- updates: a title, a deadline) writes nothing. Groups are written in key order, so two
-- statements never wait on each other crosswise.
CREATE FUNCTION calloff_state_counts_add(changes calloff_state_delta[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO calloff_state_counts AS t
  SELECT organisation_id, agreement_id, dps_id, procedure, status, sum(delta)
  FROM unnest(changes)
  GROUP BY 1, 2, 3, 4, 5
  HAVING sum(delta) <> 0
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (organisation_id, agreement_id, dps_id, procedure, status)
  DO UPDATE SET calloffs = t.calloffs + EXCLUDED.calloffs;
$$;

CREATE FUNCTION calloff_state_counts_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM calloff_state_counts_add(ARRAY(
    SELECT ROW(organisation_id, agreement_id, dps_id, procedure, status, count(*))::calloff_state_delta
    FROM added GROUP BY organisation_id, agreement_id, dps_id, procedure, status));
  RETURN NULL;
END;
$$;

CREATE FUNCTION calloff_state_counts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM calloff_state_counts_add(ARRAY(
    SELECT ROW(organisation_id, agreement_id, dps_id, procedure, status, count(*))::calloff_state_delta
    FROM after_rows GROUP BY organisation_id, agreement_id, dps_id, procedure, status
    UNION ALL
    SELECT ROW(organisation_id, agreement_id, dps_id, procedure, status, -count(*))::calloff_state_delta
    FROM before_rows GROUP BY organisation_id, agreement_id, dps_id, procedure, status));
  RETURN NULL;
END;
$$;

CREATE FUNCTION calloff_state_counts_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM calloff_state_counts_add(ARRAY(
    SELECT ROW(organisation_id, agreement_id, dps_id, procedure, status, -count(*))::calloff_state_delta
    FROM removed GROUP BY organisation_id, agreement_id, dps_id, procedure, status));
  RETURN NULL;
END;
$$;

-- An INSERT … ON CONFLICT DO UPDATE fires both the insert and the update trigger.
CREATE TRIGGER calloff_state_counts_insert AFTER INSERT ON calloffs
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION calloff_state_counts_added();
CREATE TRIGGER calloff_state_counts_update AFTER UPDATE ON calloffs
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
  FOR EACH STATEMENT EXECUTE FUNCTION calloff_state_counts_changed();
CREATE TRIGGER calloff_state_counts_delete AFTER DELETE ON calloffs
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION calloff_state_counts_removed();
