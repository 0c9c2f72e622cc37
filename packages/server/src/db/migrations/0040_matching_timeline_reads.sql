-- Three reads of the national route sweep (bench/route-sweep.mjs, issue 15) that were at or over
-- p95 ≤ 50 ms: the price corridor, the freshness of offers and a supplier's follow-up timeline.

-- The price corridor's quartiles: the quantile numerator/denominator of amounts sorted ascending,
-- exactly as packages/domain/src/matching/price-corridor.ts computes it (type 7: position
-- h = (n − 1) × p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]) rounded half to even, in integers as
-- divideHalfEven does). In SQL so the ~32 000 prices of a national market are sorted and read
-- where they are, not sent to the server one by one; a test holds it to the domain's answers.
CREATE FUNCTION price_corridor_quantile(sorted bigint[], numerator int, denominator int)
RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT CASE
    WHEN h.remainder = 0 THEN sorted[h.index + 1]
    WHEN abs(mod(v.scaled, denominator)) * 2 < denominator THEN div(v.scaled, denominator)
    WHEN abs(mod(v.scaled, denominator)) * 2 > denominator
      OR mod(div(v.scaled, denominator), 2) <> 0
      THEN div(v.scaled, denominator) + sign(v.scaled)
    ELSE div(v.scaled, denominator)
  END::bigint
  FROM (
    SELECT (cardinality(sorted) - 1) * numerator / denominator AS index,
      (cardinality(sorted) - 1) * numerator % denominator AS remainder
  ) h
  CROSS JOIN LATERAL (
    SELECT sorted[h.index + 1]::numeric * denominator
      + h.remainder * (sorted[h.index + 2]::numeric - sorted[h.index + 1]) AS scaled
  ) v
$$;

-- The freshness of offers counts a country's open offers and lists the stale ones oldest
-- confirmation first: both were a scan of every establishment (three, with the page's count).
-- Keyed so, the count reads this index alone and the first page stops at its last row.
CREATE INDEX establishments_freshness ON establishments (country, confirmed_at NULLS FIRST, id)
  WHERE closed_at IS NULL;

-- A supplier's timeline counts its orders under the body's agreements per month: ~2 900 orders for
-- a supplier of a national agreement, each joined to its call-off for the agreement (~12 600
-- pages; 10-80 ms, 50-170 ms on a pool connection's first call). Kept here per supplier,
-- agreement and month by triggers on what decides an order's row: the order (its supplier,
-- call-off and instant) and its call-off's agreement. The month is the UTC one, as the count in
-- the server's sessions (TimeZone UTC) had it.
CREATE TABLE supplier_order_months (
  supplier_id uuid NOT NULL,
  agreement_id uuid NOT NULL,
  month timestamptz NOT NULL,
  orders bigint NOT NULL,
  PRIMARY KEY (supplier_id, agreement_id, month)
);

INSERT INTO supplier_order_months
SELECT o.supplier_id, c.agreement_id, date_trunc('month', o.created_at, 'UTC'), count(*)
FROM orders o JOIN calloffs c ON c.id = o.calloff_id
WHERE c.agreement_id IS NOT NULL
GROUP BY 1, 2, 3;

-- One order counted (+1) or no longer (-1) under an agreement.
CREATE TYPE supplier_order_delta AS (
  supplier_id uuid,
  agreement_id uuid,
  ordered_at timestamptz,
  delta bigint
);

-- Adds the changes to their months in key order (as order_lead_days_add); a month left without
-- orders goes, so the timeline never shows a month of none.
CREATE FUNCTION supplier_order_months_add(changes supplier_order_delta[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO supplier_order_months AS t
  SELECT supplier_id, agreement_id, date_trunc('month', ordered_at, 'UTC'), sum(delta)
  FROM unnest(changes)
  WHERE agreement_id IS NOT NULL
  GROUP BY 1, 2, 3
  HAVING sum(delta) <> 0
  ORDER BY 1, 2, 3
  ON CONFLICT (supplier_id, agreement_id, month) DO UPDATE SET orders = t.orders + EXCLUDED.orders;
  DELETE FROM supplier_order_months t
  USING (SELECT DISTINCT supplier_id FROM unnest(changes)) c
  WHERE t.supplier_id = c.supplier_id AND t.orders = 0;
$$;

CREATE FUNCTION supplier_order_months_orders_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM supplier_order_months_add(ARRAY(
    SELECT ROW(a.supplier_id, c.agreement_id, a.created_at, 1)::supplier_order_delta
    FROM added a JOIN calloffs c ON c.id = a.calloff_id));
  RETURN NULL;
END;
$$;

-- Only orders moved to another supplier, call-off or instant (any other update writes nothing).
CREATE FUNCTION supplier_order_months_orders_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM supplier_order_months_add(ARRAY(
    SELECT ROW(o.supplier_id, c.agreement_id, o.created_at, o.delta)::supplier_order_delta
    FROM before_rows b JOIN after_rows a ON a.id = b.id
    -- Out of where it was, into where it is.
    CROSS JOIN LATERAL (VALUES (b.supplier_id, b.calloff_id, b.created_at, -1),
      (a.supplier_id, a.calloff_id, a.created_at, 1)) o (supplier_id, calloff_id, created_at, delta)
    JOIN calloffs c ON c.id = o.calloff_id
    WHERE (a.supplier_id, a.calloff_id, a.created_at)
      IS DISTINCT FROM (b.supplier_id, b.calloff_id, b.created_at)));
  RETURN NULL;
END;
$$;

CREATE FUNCTION supplier_order_months_orders_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM supplier_order_months_add(ARRAY(
    SELECT ROW(r.supplier_id, c.agreement_id, r.created_at, -1)::supplier_order_delta
    FROM removed r JOIN calloffs c ON c.id = r.calloff_id));
  RETURN NULL;
END;
$$;

-- A call-off moved to another agreement (or to a DPS): its order leaves the one and joins the other.
CREATE FUNCTION supplier_order_months_calloffs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM supplier_order_months_add(ARRAY(
    SELECT ROW(o.supplier_id, x.agreement_id, o.created_at, x.delta)::supplier_order_delta
    FROM (
      SELECT b.id, b.agreement_id, -1 AS delta FROM before_rows b JOIN after_rows a ON a.id = b.id
      WHERE a.agreement_id IS DISTINCT FROM b.agreement_id
      UNION ALL
      SELECT a.id, a.agreement_id, 1 FROM before_rows b JOIN after_rows a ON a.id = b.id
      WHERE a.agreement_id IS DISTINCT FROM b.agreement_id
    ) x
    JOIN orders o ON o.calloff_id = x.id));
  RETURN NULL;
END;
$$;

CREATE TRIGGER supplier_order_months_insert AFTER INSERT ON orders
  REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION supplier_order_months_orders_added();
CREATE TRIGGER supplier_order_months_update AFTER UPDATE ON orders
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
  FOR EACH STATEMENT EXECUTE FUNCTION supplier_order_months_orders_changed();
CREATE TRIGGER supplier_order_months_delete AFTER DELETE ON orders
  REFERENCING OLD TABLE AS removed
  FOR EACH STATEMENT EXECUTE FUNCTION supplier_order_months_orders_removed();
CREATE TRIGGER supplier_order_months_calloffs_update AFTER UPDATE ON calloffs
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
  FOR EACH STATEMENT EXECUTE FUNCTION supplier_order_months_calloffs_changed();
