-- A procurement body's price development (insights/prices) read the month totals of every
-- participating municipality (spend_month_totals, 0023): on the national market 35 815 of its
-- 63 603 rows, 42-66 ms a call. spend_framework_months (0035) now keeps the unit prices too: their
-- sum, lowest and highest per agreement or DPS, month, service, procedure, currency and unit. The
-- sum follows the month totals as the counts do; a lowest or highest cannot be taken back, so the
-- groups a statement touched read theirs again from the month totals, by the index below.
ALTER TABLE spend_framework_months
  ADD COLUMN unit_price_sum_minor bigint NOT NULL DEFAULT 0,
  ADD COLUMN lowest_unit_price_minor bigint,
  ADD COLUMN highest_unit_price_minor bigint;
-- The 0 was for the rows there, summed just below; every new row is written with its sum.
ALTER TABLE spend_framework_months ALTER COLUMN unit_price_sum_minor DROP DEFAULT;

-- An agreement's or DPS's month totals of a month: the agreement or the DPS, whichever it is under.
CREATE INDEX spend_month_totals_framework_month
  ON spend_month_totals ((coalesce(agreement_id, dps_id)), month)
  WHERE agreement_id IS NOT NULL OR dps_id IS NOT NULL;

UPDATE spend_framework_months t
SET unit_price_sum_minor = p.price_sum, lowest_unit_price_minor = p.lowest,
  highest_unit_price_minor = p.highest
FROM (
  SELECT agreement_id, dps_id, month, category_id, procedure, currency, unit,
    sum(unit_price_sum_minor) AS price_sum, min(lowest_unit_price_minor) AS lowest,
    max(highest_unit_price_minor) AS highest
  FROM spend_month_totals WHERE agreement_id IS NOT NULL OR dps_id IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6, 7
) p
WHERE t.agreement_id IS NOT DISTINCT FROM p.agreement_id AND t.dps_id IS NOT DISTINCT FROM p.dps_id
  AND t.month = p.month AND t.category_id IS NOT DISTINCT FROM p.category_id
  AND t.procedure = p.procedure AND t.currency = p.currency AND t.unit = p.unit;

-- As 0035's, with the unit prices: the sum added up, the lowest and highest read again.
CREATE OR REPLACE FUNCTION spend_framework_months_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  taken spend_month_totals[] := '{}';
  left_ spend_month_totals[] := '{}';
BEGIN
  IF TG_OP <> 'INSERT' THEN taken := ARRAY(SELECT r FROM before_rows r); END IF;
  IF TG_OP <> 'DELETE' THEN left_ := ARRAY(SELECT r FROM after_rows r); END IF;
  INSERT INTO spend_framework_months AS t (agreement_id, dps_id, month, category_id, procedure,
    currency, unit, orders, committed_minor, unit_price_sum_minor)
  SELECT agreement_id, dps_id, month, category_id, procedure, currency, unit,
    sum(sign * orders), sum(sign * committed_minor), sum(sign * unit_price_sum_minor)
  FROM (SELECT *, -1 AS sign FROM unnest(taken) UNION ALL SELECT *, 1 FROM unnest(left_)) c
  WHERE agreement_id IS NOT NULL OR dps_id IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6, 7
  ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT (agreement_id, dps_id, month, category_id, procedure, currency, unit)
  DO UPDATE SET orders = t.orders + EXCLUDED.orders,
    committed_minor = t.committed_minor + EXCLUDED.committed_minor,
    unit_price_sum_minor = t.unit_price_sum_minor + EXCLUDED.unit_price_sum_minor;

  UPDATE spend_framework_months t
  SET lowest_unit_price_minor = p.lowest, highest_unit_price_minor = p.highest
  FROM (
    SELECT g.agreement_id, g.dps_id, g.month, g.category_id, g.procedure, g.currency, g.unit,
      min(s.lowest_unit_price_minor) AS lowest, max(s.highest_unit_price_minor) AS highest
    FROM (
      SELECT DISTINCT agreement_id, dps_id, month, category_id, procedure, currency, unit
      FROM (SELECT * FROM unnest(taken) UNION ALL SELECT * FROM unnest(left_)) c
      WHERE agreement_id IS NOT NULL OR dps_id IS NOT NULL
    ) g
    LEFT JOIN spend_month_totals s
      ON coalesce(s.agreement_id, s.dps_id) = coalesce(g.agreement_id, g.dps_id)
      AND (s.agreement_id IS NOT NULL OR s.dps_id IS NOT NULL)
      AND s.month = g.month
      AND s.agreement_id IS NOT DISTINCT FROM g.agreement_id
      AND s.dps_id IS NOT DISTINCT FROM g.dps_id
      AND s.category_id IS NOT DISTINCT FROM g.category_id
      AND s.procedure = g.procedure AND s.currency = g.currency AND s.unit = g.unit
    GROUP BY 1, 2, 3, 4, 5, 6, 7
  ) p
  WHERE t.agreement_id IS NOT DISTINCT FROM p.agreement_id
    AND t.dps_id IS NOT DISTINCT FROM p.dps_id AND t.month = p.month
    AND t.category_id IS NOT DISTINCT FROM p.category_id
    AND t.procedure = p.procedure AND t.currency = p.currency AND t.unit = p.unit;
  RETURN NULL;
END;
$$;
