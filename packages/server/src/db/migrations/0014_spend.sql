-- Spend insights (issue 13): an order's committed value kept beside it, and the indexes the
-- spend views read by.

-- unit price × expected volume in minor units, rounded half to even exactly as the domain's
-- priceTimesVolume does (money.ts), so a sum over a million orders stays in SQL and still equals
-- the order's own expected total. Volumes are non-negative, so floor is the integer part.
ALTER TABLE orders ADD COLUMN total_minor bigint NOT NULL GENERATED ALWAYS AS (
  CASE
    WHEN unit_price_minor * expected_volume - floor(unit_price_minor * expected_volume) = 0.5
      THEN (floor(unit_price_minor * expected_volume) + mod(floor(unit_price_minor * expected_volume), 2))::bigint
    ELSE round(unit_price_minor * expected_volume)::bigint
  END
) STORED;

-- A municipality's or a supplier's spend by the date its orders start.
CREATE INDEX orders_spend_municipality ON orders (organisation_id, start_date);
CREATE INDEX orders_spend_supplier ON orders (supplier_id, start_date);
-- A procurement body's spend: the call-offs under its agreements and DPSs.
CREATE INDEX calloffs_agreement ON calloffs (agreement_id) WHERE agreement_id IS NOT NULL;
CREATE INDEX calloffs_dps ON calloffs (dps_id) WHERE dps_id IS NOT NULL;
