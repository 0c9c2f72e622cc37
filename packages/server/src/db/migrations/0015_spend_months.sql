-- Spend at scale (issue 13): the orders summed per month and per everything a spend or price view
-- groups or filters by, kept exact by triggers in the same transaction as every write to orders
-- (an adjustment, an extension or an ending changes the order row itself; order_adjustments only
-- records it). The views read these rows instead of every order. The run-rate (orders running
-- today) reads spend_running: each active order's day rate, kept by the same triggers.

-- What an order's call-off says about it: the service (the call-off's category or its lot's), the
-- agreement or DPS and the procedure. A call-off's agreement, lot, DPS, category and procedure are
-- fixed when it is made, and a lot's category can change only while its agreement is a draft
-- (before any order), so an order's place in the summary moves only when the order row changes.
CREATE VIEW calloff_spend_dimensions AS
  SELECT co.id AS calloff_id, coalesce(co.category_id, l.category_id) AS category_id,
    co.agreement_id, co.dps_id, co.procedure
  FROM calloffs co
  LEFT JOIN agreement_lots l ON l.id = co.lot_id;

CREATE TABLE spend_months (
  -- The ordering municipality.
  organisation_id uuid NOT NULL,
  supplier_id uuid NOT NULL,
  -- The first day of the month the orders start in.
  month date NOT NULL,
  category_id uuid,
  agreement_id uuid,
  dps_id uuid,
  procedure text NOT NULL,
  currency text NOT NULL,
  unit text NOT NULL,
  orders bigint NOT NULL,
  committed_minor bigint NOT NULL,
  -- The sum of the orders' unit prices, for the mean; the lowest and highest unit price
  -- (nullable only so that a statement which just removes orders can propose the row).
  unit_price_sum_minor bigint NOT NULL,
  lowest_unit_price_minor bigint,
  highest_unit_price_minor bigint,
  UNIQUE NULLS NOT DISTINCT (organisation_id, month, supplier_id, category_id, agreement_id, dps_id,
    procedure, currency, unit)
);
CREATE INDEX spend_months_supplier ON spend_months (supplier_id, month);

-- Every active order with what the spend views group by and its day rate: its committed value ÷
-- the days of its period, an open-ended order's expected volume counted as one year's. The
-- run-rate sums those with start_date <= today <= runs_until, without reading the orders.
CREATE TABLE spend_running (
  order_id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL,
  supplier_id uuid NOT NULL,
  category_id uuid,
  agreement_id uuid,
  dps_id uuid,
  procedure text NOT NULL,
  currency text NOT NULL,
  unit text NOT NULL,
  start_date date NOT NULL,
  -- The end date, or 'infinity' for an open-ended order.
  runs_until date NOT NULL,
  daily_rate_minor numeric NOT NULL
);
CREATE INDEX spend_running_municipality ON spend_running (organisation_id, runs_until);
CREATE INDEX spend_running_supplier ON spend_running (supplier_id, runs_until);

CREATE VIEW spend_running_orders AS
  SELECT o.id AS order_id, o.organisation_id, o.supplier_id, d.category_id, d.agreement_id,
    d.dps_id, d.procedure, o.currency, o.unit, o.start_date,
    coalesce(o.end_date, 'infinity'::date) AS runs_until,
    o.total_minor::numeric / (coalesce(o.end_date, o.start_date + 364) - o.start_date + 1)
      AS daily_rate_minor
  FROM orders o
  JOIN calloff_spend_dimensions d ON d.calloff_id = o.calloff_id
  WHERE o.status = 'active';

-- One order row entering (+1) or leaving (-1) the summary.
CREATE TYPE spend_change AS (
  sign integer,
  organisation_id uuid,
  supplier_id uuid,
  calloff_id uuid,
  start_date date,
  currency text,
  unit text,
  unit_price_minor bigint,
  total_minor bigint
);

-- Adds and subtracts the changes. A group that lost an order has its lowest and highest unit
-- price read again from its orders (the lost one may have been either), and goes when empty.
CREATE FUNCTION spend_months_apply(changes spend_change[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO spend_months AS s (organisation_id, month, supplier_id, category_id, agreement_id,
    dps_id, procedure, currency, unit, orders, committed_minor, unit_price_sum_minor,
    lowest_unit_price_minor, highest_unit_price_minor)
  SELECT c.organisation_id, date_trunc('month', c.start_date)::date, c.supplier_id, d.category_id,
    d.agreement_id, d.dps_id, d.procedure, c.currency, c.unit, sum(c.sign),
    sum(c.sign * c.total_minor), sum(c.sign * c.unit_price_minor),
    min(c.unit_price_minor) FILTER (WHERE c.sign > 0),
    max(c.unit_price_minor) FILTER (WHERE c.sign > 0)
  FROM unnest(changes) c
  JOIN calloff_spend_dimensions d ON d.calloff_id = c.calloff_id
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  ON CONFLICT (organisation_id, month, supplier_id, category_id, agreement_id, dps_id, procedure,
    currency, unit)
  DO UPDATE SET
    orders = s.orders + excluded.orders,
    committed_minor = s.committed_minor + excluded.committed_minor,
    unit_price_sum_minor = s.unit_price_sum_minor + excluded.unit_price_sum_minor,
    -- A group that only lost orders keeps its extremes until they are read again below.
    lowest_unit_price_minor = least(s.lowest_unit_price_minor, excluded.lowest_unit_price_minor),
    highest_unit_price_minor = greatest(s.highest_unit_price_minor, excluded.highest_unit_price_minor);

  IF NOT EXISTS (SELECT 1 FROM unnest(changes) c WHERE c.sign < 0) THEN
    RETURN;
  END IF;
  DELETE FROM spend_months s
  USING unnest(changes) c
  JOIN calloff_spend_dimensions d ON d.calloff_id = c.calloff_id
  WHERE c.sign < 0 AND s.orders = 0
    AND s.organisation_id = c.organisation_id AND s.supplier_id = c.supplier_id
    AND s.month = date_trunc('month', c.start_date)::date
    AND s.category_id IS NOT DISTINCT FROM d.category_id
    AND s.agreement_id IS NOT DISTINCT FROM d.agreement_id
    AND s.dps_id IS NOT DISTINCT FROM d.dps_id
    AND s.procedure = d.procedure AND s.currency = c.currency AND s.unit = c.unit;
  UPDATE spend_months s
  SET lowest_unit_price_minor = e.lowest, highest_unit_price_minor = e.highest
  FROM unnest(changes) c
  JOIN calloff_spend_dimensions d ON d.calloff_id = c.calloff_id
  CROSS JOIN LATERAL (
    SELECT min(o.unit_price_minor) AS lowest, max(o.unit_price_minor) AS highest
    FROM orders o
    JOIN calloff_spend_dimensions od ON od.calloff_id = o.calloff_id
    WHERE o.supplier_id = c.supplier_id AND o.organisation_id = c.organisation_id
      AND o.start_date >= date_trunc('month', c.start_date)::date
      AND o.start_date < (date_trunc('month', c.start_date) + interval '1 month')::date
      AND od.category_id IS NOT DISTINCT FROM d.category_id
      AND od.agreement_id IS NOT DISTINCT FROM d.agreement_id
      AND od.dps_id IS NOT DISTINCT FROM d.dps_id
      AND od.procedure = d.procedure AND o.currency = c.currency AND o.unit = c.unit
  ) e
  WHERE c.sign < 0
    AND s.organisation_id = c.organisation_id AND s.supplier_id = c.supplier_id
    AND s.month = date_trunc('month', c.start_date)::date
    AND s.category_id IS NOT DISTINCT FROM d.category_id
    AND s.agreement_id IS NOT DISTINCT FROM d.agreement_id
    AND s.dps_id IS NOT DISTINCT FROM d.dps_id
    AND s.procedure = d.procedure AND s.currency = c.currency AND s.unit = c.unit;
END;
$$;

-- Statement-level, with the statement's rows as transition tables, so a bulk insert is summed once.
CREATE FUNCTION spend_months_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM spend_months_apply(ARRAY(
    SELECT ROW(1, n.organisation_id, n.supplier_id, n.calloff_id, n.start_date, n.currency, n.unit,
      n.unit_price_minor, n.total_minor)::spend_change
    FROM inserted n));
  INSERT INTO spend_running SELECT * FROM spend_running_orders
  WHERE order_id IN (SELECT id FROM inserted);
  RETURN NULL;
END;
$$;

-- Only rows whose summed figures or dimensions changed move (not a status or an end date alone).
CREATE FUNCTION spend_months_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM spend_months_apply(ARRAY(
    SELECT ROW(side.sign, side.organisation_id, side.supplier_id, side.calloff_id, side.start_date,
      side.currency, side.unit, side.unit_price_minor, side.total_minor)::spend_change
    FROM before_rows b
    JOIN after_rows a ON a.id = b.id
    CROSS JOIN LATERAL (
      SELECT -1 AS sign, b.organisation_id, b.supplier_id, b.calloff_id, b.start_date, b.currency,
        b.unit, b.unit_price_minor, b.total_minor
      UNION ALL
      SELECT 1, a.organisation_id, a.supplier_id, a.calloff_id, a.start_date, a.currency, a.unit,
        a.unit_price_minor, a.total_minor
    ) side
    WHERE (b.organisation_id, b.supplier_id, b.calloff_id, b.start_date, b.currency, b.unit,
        b.unit_price_minor, b.total_minor)
      IS DISTINCT FROM (a.organisation_id, a.supplier_id, a.calloff_id, a.start_date, a.currency,
        a.unit, a.unit_price_minor, a.total_minor)));
  DELETE FROM spend_running WHERE order_id IN (SELECT id FROM before_rows);
  INSERT INTO spend_running SELECT * FROM spend_running_orders
  WHERE order_id IN (SELECT id FROM after_rows);
  RETURN NULL;
END;
$$;

CREATE FUNCTION spend_months_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM spend_months_apply(ARRAY(
    SELECT ROW(-1, o.organisation_id, o.supplier_id, o.calloff_id, o.start_date, o.currency, o.unit,
      o.unit_price_minor, o.total_minor)::spend_change
    FROM deleted o));
  DELETE FROM spend_running WHERE order_id IN (SELECT id FROM deleted);
  RETURN NULL;
END;
$$;

CREATE TRIGGER spend_months_insert AFTER INSERT ON orders
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION spend_months_inserted();
CREATE TRIGGER spend_months_update AFTER UPDATE ON orders
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
  FOR EACH STATEMENT EXECUTE FUNCTION spend_months_updated();
CREATE TRIGGER spend_months_delete AFTER DELETE ON orders
  REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION spend_months_deleted();

-- The orders there are now.
SELECT spend_months_apply(ARRAY(
  SELECT ROW(1, o.organisation_id, o.supplier_id, o.calloff_id, o.start_date, o.currency, o.unit,
    o.unit_price_minor, o.total_minor)::spend_change
  FROM orders o));
INSERT INTO spend_running SELECT * FROM spend_running_orders;

