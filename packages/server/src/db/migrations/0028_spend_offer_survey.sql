-- Orders from an offer survey in spend (issue 12 with issue 13): an order now comes from a
-- call-off or from a referral (0022_matching.sql). The summary's triggers read an order's
-- dimensions from its source, so a referral's order is summed too: procedure 'offer_survey',
-- without a service category, agreement or DPS. spend_change.calloff_id now carries the source's
-- id (the call-off's or the referral's; both are random uuids, so they never collide).

CREATE VIEW order_spend_dimensions AS
  SELECT calloff_id AS source_id, category_id, agreement_id, dps_id, procedure
  FROM calloff_spend_dimensions
  UNION ALL
  SELECT r.id, NULL::uuid, NULL::uuid, NULL::uuid, 'offer_survey' FROM referrals r;

CREATE OR REPLACE VIEW spend_running_orders AS
  SELECT o.id AS order_id, o.organisation_id, o.supplier_id, d.category_id, d.agreement_id,
    d.dps_id, d.procedure, o.currency, o.unit, o.start_date,
    coalesce(o.end_date, 'infinity'::date) AS runs_until,
    o.total_minor::numeric / (coalesce(o.end_date, o.start_date + 364) - o.start_date + 1)
      AS daily_rate_minor
  FROM orders o
  JOIN order_spend_dimensions d ON d.source_id = coalesce(o.calloff_id, o.referral_id)
  WHERE o.status = 'active';

CREATE OR REPLACE FUNCTION spend_months_apply(changes spend_change[]) RETURNS void LANGUAGE plpgsql AS $$
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
  JOIN order_spend_dimensions d ON d.source_id = c.calloff_id
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
  JOIN order_spend_dimensions d ON d.source_id = c.calloff_id
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
  JOIN order_spend_dimensions d ON d.source_id = c.calloff_id
  CROSS JOIN LATERAL (
    SELECT min(o.unit_price_minor) AS lowest, max(o.unit_price_minor) AS highest
    FROM orders o
    JOIN order_spend_dimensions od ON od.source_id = coalesce(o.calloff_id, o.referral_id)
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
CREATE OR REPLACE FUNCTION spend_months_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM spend_months_apply(ARRAY(
    SELECT ROW(1, n.organisation_id, n.supplier_id, coalesce(n.calloff_id, n.referral_id),
      n.start_date, n.currency, n.unit,
      n.unit_price_minor, n.total_minor)::spend_change
    FROM inserted n));
  INSERT INTO spend_running SELECT * FROM spend_running_orders
  WHERE order_id IN (SELECT id FROM inserted);
  RETURN NULL;
END;
$$;

-- Only rows whose summed figures or dimensions changed move (not a status or an end date alone).
CREATE OR REPLACE FUNCTION spend_months_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM spend_months_apply(ARRAY(
    SELECT ROW(side.sign, side.organisation_id, side.supplier_id, side.calloff_id, side.start_date,
      side.currency, side.unit, side.unit_price_minor, side.total_minor)::spend_change
    FROM before_rows b
    JOIN after_rows a ON a.id = b.id
    CROSS JOIN LATERAL (
      SELECT -1 AS sign, b.organisation_id, b.supplier_id,
        coalesce(b.calloff_id, b.referral_id) AS calloff_id, b.start_date, b.currency,
        b.unit, b.unit_price_minor, b.total_minor
      UNION ALL
      SELECT 1, a.organisation_id, a.supplier_id, coalesce(a.calloff_id, a.referral_id),
      a.start_date, a.currency, a.unit,
        a.unit_price_minor, a.total_minor
    ) side
    WHERE (b.organisation_id, b.supplier_id, coalesce(b.calloff_id, b.referral_id),
      b.start_date, b.currency, b.unit,
        b.unit_price_minor, b.total_minor)
      IS DISTINCT FROM (a.organisation_id, a.supplier_id, coalesce(a.calloff_id, a.referral_id),
      a.start_date, a.currency,
        a.unit, a.unit_price_minor, a.total_minor)));
  DELETE FROM spend_running WHERE order_id IN (SELECT id FROM before_rows);
  INSERT INTO spend_running SELECT * FROM spend_running_orders
  WHERE order_id IN (SELECT id FROM after_rows);
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION spend_months_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM spend_months_apply(ARRAY(
    SELECT ROW(-1, o.organisation_id, o.supplier_id, coalesce(o.calloff_id, o.referral_id),
      o.start_date, o.currency, o.unit,
      o.unit_price_minor, o.total_minor)::spend_change
    FROM deleted o));
  DELETE FROM spend_running WHERE order_id IN (SELECT id FROM deleted);
  RETURN NULL;
END;
$$;
