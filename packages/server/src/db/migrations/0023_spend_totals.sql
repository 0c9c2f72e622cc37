-- Spend at scale, coarser (issue 13): spend_months (0015) has a row per supplier and month, so a
-- municipality buying from thousands of suppliers has hundreds of thousands of rows, and each
-- active order is a row of spend_running. A view that neither groups nor filters by supplier reads
-- spend_month_totals (the same sums without the supplier); one by supplier over all dates or whole
-- years reads spend_supplier_years (per year instead of month); the run-rate of a view without a
-- date filter reads spend_running_months (the day rates summed per month of the start and the end
-- date), and only the orders starting later in today's month one by one. Statement-level triggers
-- keep them in the same transaction: the totals follow spend_months, the run-rate spend_running.

CREATE TABLE spend_month_totals (
  organisation_id uuid NOT NULL,
  month date NOT NULL,
  category_id uuid,
  agreement_id uuid,
  dps_id uuid,
  procedure text NOT NULL,
  currency text NOT NULL,
  unit text NOT NULL,
  orders bigint NOT NULL,
  committed_minor bigint NOT NULL,
  unit_price_sum_minor bigint NOT NULL,
  lowest_unit_price_minor bigint NOT NULL,
  highest_unit_price_minor bigint NOT NULL,
  UNIQUE NULLS NOT DISTINCT (organisation_id, month, category_id, agreement_id, dps_id, procedure,
    currency, unit)
);

CREATE TABLE spend_supplier_years (
  organisation_id uuid NOT NULL,
  supplier_id uuid NOT NULL,
  -- The first day of the year the orders start in.
  year date NOT NULL,
  category_id uuid,
  agreement_id uuid,
  dps_id uuid,
  procedure text NOT NULL,
  currency text NOT NULL,
  unit text NOT NULL,
  orders bigint NOT NULL,
  committed_minor bigint NOT NULL,
  UNIQUE NULLS NOT DISTINCT (organisation_id, year, supplier_id, category_id, agreement_id, dps_id,
    procedure, currency, unit)
);
CREATE INDEX spend_supplier_years_supplier ON spend_supplier_years (supplier_id, year);

-- The groups of spend_months a statement touched.
CREATE TYPE spend_group AS (
  organisation_id uuid,
  supplier_id uuid,
  month date,
  category_id uuid,
  agreement_id uuid,
  dps_id uuid,
  procedure text,
  currency text,
  unit text
);

-- Sums the touched groups again from spend_months (a month's rows, or a supplier's of a year),
-- so the totals are exact whatever the statement did; a row left with no orders (spend_months
-- deletes it in a later statement of the same change) counts for nothing.
CREATE FUNCTION spend_totals_refresh(touched spend_group[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM spend_month_totals t
  USING (SELECT DISTINCT organisation_id, month, category_id, agreement_id, dps_id, procedure,
      currency, unit FROM unnest(touched)) g
  WHERE t.organisation_id = g.organisation_id AND t.month = g.month
    AND t.category_id IS NOT DISTINCT FROM g.category_id
    AND t.agreement_id IS NOT DISTINCT FROM g.agreement_id
    AND t.dps_id IS NOT DISTINCT FROM g.dps_id
    AND t.procedure = g.procedure AND t.currency = g.currency AND t.unit = g.unit;
  INSERT INTO spend_month_totals
  SELECT s.organisation_id, s.month, s.category_id, s.agreement_id, s.dps_id, s.procedure,
    s.currency, s.unit, sum(s.orders), sum(s.committed_minor), sum(s.unit_price_sum_minor),
    min(s.lowest_unit_price_minor) FILTER (WHERE s.orders > 0),
    max(s.highest_unit_price_minor) FILTER (WHERE s.orders > 0)
  FROM spend_months s
  JOIN (SELECT DISTINCT organisation_id, month, category_id, agreement_id, dps_id, procedure,
      currency, unit FROM unnest(touched)) g
    ON s.organisation_id = g.organisation_id AND s.month = g.month
    AND s.category_id IS NOT DISTINCT FROM g.category_id
    AND s.agreement_id IS NOT DISTINCT FROM g.agreement_id
    AND s.dps_id IS NOT DISTINCT FROM g.dps_id
    AND s.procedure = g.procedure AND s.currency = g.currency AND s.unit = g.unit
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
  HAVING sum(s.orders) > 0;

  DELETE FROM spend_supplier_years t
  USING (SELECT DISTINCT organisation_id, supplier_id, date_trunc('year', month)::date AS year,
      category_id, agreement_id, dps_id, procedure, currency, unit FROM unnest(touched)) g
  WHERE t.organisation_id = g.organisation_id AND t.supplier_id = g.supplier_id AND t.year = g.year
    AND t.category_id IS NOT DISTINCT FROM g.category_id
    AND t.agreement_id IS NOT DISTINCT FROM g.agreement_id
    AND t.dps_id IS NOT DISTINCT FROM g.dps_id
    AND t.procedure = g.procedure AND t.currency = g.currency AND t.unit = g.unit;
  INSERT INTO spend_supplier_years
  SELECT s.organisation_id, s.supplier_id, g.year, s.category_id, s.agreement_id, s.dps_id,
    s.procedure, s.currency, s.unit, sum(s.orders), sum(s.committed_minor)
  FROM spend_months s
  JOIN (SELECT DISTINCT organisation_id, supplier_id, date_trunc('year', month)::date AS year,
      category_id, agreement_id, dps_id, procedure, currency, unit FROM unnest(touched)) g
    ON s.supplier_id = g.supplier_id AND s.month >= g.year
    AND s.month < (g.year + interval '1 year')::date AND s.organisation_id = g.organisation_id
    AND s.category_id IS NOT DISTINCT FROM g.category_id
    AND s.agreement_id IS NOT DISTINCT FROM g.agreement_id
    AND s.dps_id IS NOT DISTINCT FROM g.dps_id
    AND s.procedure = g.procedure AND s.currency = g.currency AND s.unit = g.unit
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  HAVING sum(s.orders) > 0;
END;
$$;

CREATE FUNCTION spend_months_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM spend_totals_refresh(ARRAY(
    SELECT ROW(organisation_id, supplier_id, month, category_id, agreement_id, dps_id, procedure,
      currency, unit)::spend_group FROM added));
  RETURN NULL;
END;
$$;

CREATE FUNCTION spend_months_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM spend_totals_refresh(ARRAY(
    SELECT ROW(organisation_id, supplier_id, month, category_id, agreement_id, dps_id, procedure,
      currency, unit)::spend_group FROM before_rows
    UNION
    SELECT ROW(organisation_id, supplier_id, month, category_id, agreement_id, dps_id, procedure,
      currency, unit)::spend_group FROM after_rows));
  RETURN NULL;
END;
$$;

CREATE FUNCTION spend_months_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM spend_totals_refresh(ARRAY(
    SELECT ROW(organisation_id, supplier_id, month, category_id, agreement_id, dps_id, procedure,
      currency, unit)::spend_group FROM removed));
  RETURN NULL;
END;
$$;

-- An INSERT … ON CONFLICT DO UPDATE fires both the insert and the update trigger.
CREATE TRIGGER spend_totals_insert AFTER INSERT ON spend_months
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION spend_months_added();
CREATE TRIGGER spend_totals_update AFTER UPDATE ON spend_months
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
  FOR EACH STATEMENT EXECUTE FUNCTION spend_months_changed();
CREATE TRIGGER spend_totals_delete AFTER DELETE ON spend_months
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION spend_months_removed();

-- The active orders' day rates per month of the start and per end date ('infinity' for an
-- open-ended order). The orders running today are those of a start month up to today's and an end
-- on or after today, less those starting later in today's month (read from spend_running). Orders
-- end on few dates, so this is far fewer rows than spend_running (about one in seven at scale).
CREATE TABLE spend_running_months (
  organisation_id uuid NOT NULL,
  supplier_id uuid NOT NULL,
  category_id uuid,
  agreement_id uuid,
  dps_id uuid,
  procedure text NOT NULL,
  currency text NOT NULL,
  unit text NOT NULL,
  start_month date NOT NULL,
  runs_until date NOT NULL,
  orders bigint NOT NULL,
  daily_rate_minor numeric NOT NULL,
  UNIQUE NULLS NOT DISTINCT (organisation_id, runs_until, start_month, supplier_id, category_id,
    agreement_id, dps_id, procedure, currency, unit)
);
CREATE INDEX spend_running_months_supplier ON spend_running_months (supplier_id, runs_until);
-- The orders starting later in today's month.
CREATE INDEX spend_running_start ON spend_running (organisation_id, start_date);

-- Adds (sign 1) or takes away (-1) orders' day rates: exact decimals, so what is added and taken
-- away again leaves the sum as it was.
CREATE FUNCTION spend_running_months_apply(sign integer, changed spend_running[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO spend_running_months AS m
  SELECT organisation_id, supplier_id, category_id, agreement_id, dps_id, procedure, currency, unit,
    date_trunc('month', start_date)::date, runs_until,
    sign * count(*), sign * sum(daily_rate_minor)
  FROM unnest(changed)
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
  ON CONFLICT (organisation_id, runs_until, start_month, supplier_id, category_id, agreement_id,
    dps_id, procedure, currency, unit)
  DO UPDATE SET orders = m.orders + excluded.orders,
    daily_rate_minor = m.daily_rate_minor + excluded.daily_rate_minor;
  IF sign < 0 THEN
    DELETE FROM spend_running_months m
    WHERE m.orders = 0 AND m.supplier_id IN (SELECT supplier_id FROM unnest(changed));
  END IF;
END;
$$;

CREATE FUNCTION spend_running_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM spend_running_months_apply(1, ARRAY(SELECT ROW(a.*)::spend_running FROM added a));
  RETURN NULL;
END;
$$;

CREATE FUNCTION spend_running_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM spend_running_months_apply(-1, ARRAY(SELECT ROW(b.*)::spend_running FROM before_rows b));
  PERFORM spend_running_months_apply(1, ARRAY(SELECT ROW(a.*)::spend_running FROM after_rows a));
  RETURN NULL;
END;
$$;

CREATE FUNCTION spend_running_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM spend_running_months_apply(-1, ARRAY(SELECT ROW(r.*)::spend_running FROM removed r));
  RETURN NULL;
END;
$$;

CREATE TRIGGER spend_running_months_insert AFTER INSERT ON spend_running
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION spend_running_added();
CREATE TRIGGER spend_running_months_update AFTER UPDATE ON spend_running
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
  FOR EACH STATEMENT EXECUTE FUNCTION spend_running_changed();
CREATE TRIGGER spend_running_months_delete AFTER DELETE ON spend_running
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION spend_running_removed();

-- What there is now.
SELECT spend_totals_refresh(ARRAY(
  SELECT ROW(organisation_id, supplier_id, month, category_id, agreement_id, dps_id, procedure,
    currency, unit)::spend_group FROM spend_months));
SELECT spend_running_months_apply(1, ARRAY(SELECT r FROM spend_running r));
