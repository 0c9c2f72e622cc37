-- Pages every user opens, found slow by the national route sweep (bench/route-sweep.mjs, issue
-- 15 item 5): indexes for the home page's work lists, and counts kept by triggers for the
-- statistics' call-offs per procedure and time from need to order.
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

-- Time from need to order (insights/statistics/lead-times) counted every order of a body's
-- ~900 000 call-offs with its need on every call (3.6-5.8 s; a municipality's 80 ms). Without a
-- period the view reads these counts instead: orders per municipality, agreement or DPS,
-- procedure and whole local days from the need's submission to the order, of call-offs past their
-- draft whose need was submitted (as orderLeadDays counts them). Kept by statement-level
-- triggers on what decides an order's row: the order, its call-off and its need. (A
-- municipality's country, which picks its time zone, never changes.)
CREATE TABLE order_lead_days (
  organisation_id uuid NOT NULL,
  agreement_id uuid,
  dps_id uuid,
  procedure text NOT NULL,
  days integer NOT NULL,
  orders bigint NOT NULL,
  UNIQUE NULLS NOT DISTINCT (organisation_id, agreement_id, dps_id, procedure, days)
);

-- Whole days between the local dates of two instants in the country's zone (calendar.ts's
-- TIME_ZONES and daysBetween; insights/statistics/repo.ts has the same in its SQL).
CREATE FUNCTION order_lead_day(ordered timestamptz, submitted timestamptz, country text)
RETURNS integer LANGUAGE sql STABLE AS $$
  SELECT (ordered AT TIME ZONE zone)::date - (submitted AT TIME ZONE zone)::date
  FROM (SELECT CASE country WHEN 'SE' THEN 'Europe/Stockholm' WHEN 'DK' THEN 'Europe/Copenhagen'
    END AS zone) z
$$;

INSERT INTO order_lead_days
SELECT c.organisation_id, c.agreement_id, c.dps_id, c.procedure,
  order_lead_day(o.created_at, n.submitted_at, m.country), count(*)
FROM orders o
JOIN calloffs c ON c.id = o.calloff_id
JOIN needs n ON n.id = c.need_id
JOIN organisations m ON m.id = c.organisation_id
WHERE c.status <> 'draft' AND n.submitted_at IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;

-- One order counted (+1) or no longer (-1) in its group.
CREATE TYPE order_lead_delta AS (
  organisation_id uuid,
  agreement_id uuid,
  dps_id uuid,
  procedure text,
  days integer,
  delta bigint
);

-- Adds the changes to their groups, in key order (as calloff_state_counts_add).
CREATE FUNCTION order_lead_days_add(changes order_lead_delta[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO order_lead_days AS t
  SELECT organisation_id, agreement_id, dps_id, procedure, days, sum(delta)
  FROM unnest(changes)
  GROUP BY 1, 2, 3, 4, 5
  HAVING sum(delta) <> 0
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (organisation_id, agreement_id, dps_id, procedure, days)
  DO UPDATE SET orders = t.orders + EXCLUDED.orders;
$$;

-- An order by its call-off and instant, counted (+1) or no longer (-1).
CREATE TYPE order_lead_source AS (calloff_id uuid, ordered_at timestamptz, delta bigint);

-- Orders counted or no longer, each in its group by its call-off and need as they are now.
CREATE FUNCTION order_lead_days_add_orders(sources order_lead_source[]) RETURNS void
LANGUAGE sql AS $$
  SELECT order_lead_days_add(ARRAY(
    SELECT ROW(c.organisation_id, c.agreement_id, c.dps_id, c.procedure,
      order_lead_day(s.ordered_at, n.submitted_at, m.country), s.delta)::order_lead_delta
    FROM unnest(sources) s
    JOIN calloffs c ON c.id = s.calloff_id
    JOIN needs n ON n.id = c.need_id
    JOIN organisations m ON m.id = c.organisation_id
    WHERE c.status <> 'draft' AND n.submitted_at IS NOT NULL));
$$;

CREATE FUNCTION order_lead_days_orders_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM order_lead_days_add_orders(ARRAY(
    SELECT ROW(calloff_id, created_at, 1)::order_lead_source FROM added
    WHERE calloff_id IS NOT NULL));
  RETURN NULL;
END;
$$;

-- Only orders moved to another call-off or instant (an update of anything else writes nothing).
CREATE FUNCTION order_lead_days_orders_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM order_lead_days_add_orders(ARRAY(
    SELECT ROW(b.calloff_id, b.created_at, -1)::order_lead_source
    FROM before_rows b JOIN after_rows a ON a.id = b.id
    WHERE b.calloff_id IS NOT NULL
      AND (a.calloff_id, a.created_at) IS DISTINCT FROM (b.calloff_id, b.created_at)
    UNION ALL
    SELECT ROW(a.calloff_id, a.created_at, 1)::order_lead_source
    FROM before_rows b JOIN after_rows a ON a.id = b.id
    WHERE a.calloff_id IS NOT NULL
      AND (a.calloff_id, a.created_at) IS DISTINCT FROM (b.calloff_id, b.created_at)));
  RETURN NULL;
END;
$$;

CREATE FUNCTION order_lead_days_orders_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM order_lead_days_add_orders(ARRAY(
    SELECT ROW(calloff_id, created_at, -1)::order_lead_source FROM removed
    WHERE calloff_id IS NOT NULL));
  RETURN NULL;
END;
$$;

-- A call-off with an order that changes what decides its group (its draft state, municipality,
-- agreement, DPS, procedure or need): its orders leave the group it was in and join the new one.
CREATE FUNCTION order_lead_days_calloffs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM order_lead_days_add(ARRAY(
    SELECT ROW(x.organisation_id, x.agreement_id, x.dps_id, x.procedure,
      order_lead_day(o.created_at, n.submitted_at, m.country), x.delta)::order_lead_delta
    FROM (
      SELECT b.*, -1 AS delta FROM before_rows b JOIN after_rows a ON a.id = b.id
      WHERE (b.status = 'draft', b.organisation_id, b.agreement_id, b.dps_id, b.procedure,
        b.need_id) IS DISTINCT FROM (a.status = 'draft', a.organisation_id, a.agreement_id,
        a.dps_id, a.procedure, a.need_id)
      UNION ALL
      SELECT a.*, 1 FROM before_rows b JOIN after_rows a ON a.id = b.id
      WHERE (b.status = 'draft', b.organisation_id, b.agreement_id, b.dps_id, b.procedure,
        b.need_id) IS DISTINCT FROM (a.status = 'draft', a.organisation_id, a.agreement_id,
        a.dps_id, a.procedure, a.need_id)
    ) x
    JOIN orders o ON o.calloff_id = x.id
    JOIN needs n ON n.id = x.need_id
    JOIN organisations m ON m.id = x.organisation_id
    WHERE x.status <> 'draft' AND n.submitted_at IS NOT NULL));
  RETURN NULL;
END;
$$;

-- A need whose submission instant changes: the orders of its call-offs move to their new days.
CREATE FUNCTION order_lead_days_needs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM order_lead_days_add(ARRAY(
    SELECT ROW(c.organisation_id, c.agreement_id, c.dps_id, c.procedure,
      order_lead_day(o.created_at, x.submitted_at, m.country), x.delta)::order_lead_delta
    FROM (
      SELECT b.id, b.submitted_at, -1 AS delta FROM before_rows b JOIN after_rows a ON a.id = b.id
      WHERE b.submitted_at IS DISTINCT FROM a.submitted_at
      UNION ALL
      SELECT a.id, a.submitted_at, 1 FROM before_rows b JOIN after_rows a ON a.id = b.id
      WHERE b.submitted_at IS DISTINCT FROM a.submitted_at
    ) x
    JOIN calloffs c ON c.need_id = x.id
    JOIN orders o ON o.calloff_id = c.id
    JOIN organisations m ON m.id = c.organisation_id
    WHERE c.status <> 'draft' AND x.submitted_at IS NOT NULL));
  RETURN NULL;
END;
$$;

CREATE TRIGGER order_lead_days_insert AFTER INSERT ON orders
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT
  EXECUTE FUNCTION order_lead_days_orders_added();
CREATE TRIGGER order_lead_days_update AFTER UPDATE ON orders
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT
  EXECUTE FUNCTION order_lead_days_orders_changed();
CREATE TRIGGER order_lead_days_delete AFTER DELETE ON orders
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT
  EXECUTE FUNCTION order_lead_days_orders_removed();
CREATE TRIGGER order_lead_days_calloff_update AFTER UPDATE ON calloffs
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT
  EXECUTE FUNCTION order_lead_days_calloffs_changed();
CREATE TRIGGER order_lead_days_need_update AFTER UPDATE ON needs
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT
  EXECUTE FUNCTION order_lead_days_needs_changed();
