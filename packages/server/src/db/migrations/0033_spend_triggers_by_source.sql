-- Writing an order at scale (issue 13's million orders): the spend triggers of 0015 and 0028 joined
-- the changed orders to order_spend_dimensions, a UNION ALL whose call-off branch has a join, so
-- PostgreSQL cannot push the order's source id into it and read every call-off for each write
-- (17-36 s for one order at a million orders; 0.4 s at 300 000 call-offs). The triggers now look
-- up only the sources they need: spend_dimensions_of(ids), each branch filtered by its primary key.
-- The view stays for the reads in modules/insights/spend/repo.ts, which group many orders at once.

CREATE FUNCTION spend_dimensions_of(ids uuid[])
RETURNS TABLE (source_id uuid, category_id uuid, agreement_id uuid, dps_id uuid, procedure text)
LANGUAGE sql STABLE AS $$
  SELECT co.id, coalesce(co.category_id, l.category_id), co.agreement_id, co.dps_id, co.procedure
  FROM calloffs co LEFT JOIN agreement_lots l ON l.id = co.lot_id
  WHERE co.id = ANY(ids)
  UNION ALL
  SELECT r.id, NULL::uuid, NULL::uuid, NULL::uuid, 'offer_survey'::text
  FROM referrals r WHERE r.id = ANY(ids)
$$;

-- The same rows as before; an order's dimensions found by its own source, so a trigger reading
-- the view for the orders it changed reads only theirs.
CREATE OR REPLACE VIEW spend_running_orders AS
  SELECT o.id AS order_id, o.organisation_id, o.supplier_id, d.category_id, d.agreement_id,
    d.dps_id, d.procedure, o.currency, o.unit, o.start_date,
    coalesce(o.end_date, 'infinity'::date) AS runs_until,
    o.total_minor::numeric / (coalesce(o.end_date, o.start_date + 364) - o.start_date + 1)
      AS daily_rate_minor
  FROM orders o
  CROSS JOIN LATERAL spend_dimensions_of(ARRAY[coalesce(o.calloff_id, o.referral_id)]) d
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
  JOIN spend_dimensions_of(ARRAY(SELECT u.calloff_id FROM unnest(changes) u)) d
    ON d.source_id = c.calloff_id
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
  JOIN spend_dimensions_of(ARRAY(SELECT u.calloff_id FROM unnest(changes) u)) d
    ON d.source_id = c.calloff_id
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
  JOIN spend_dimensions_of(ARRAY(SELECT u.calloff_id FROM unnest(changes) u)) d
    ON d.source_id = c.calloff_id
  CROSS JOIN LATERAL (
    SELECT min(o.unit_price_minor) AS lowest, max(o.unit_price_minor) AS highest
    FROM orders o
    CROSS JOIN LATERAL spend_dimensions_of(ARRAY[coalesce(o.calloff_id, o.referral_id)]) od
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
