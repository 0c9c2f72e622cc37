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
-- a supplier of a national agreement, each read from the orders and then its call-off from the
-- call-offs (325 MB, mostly not in memory), so the slowest calls waited on the disk. With the
-- call-off in the supplier's index of orders and the agreement in an index of call-offs by id,
-- both are read from indexes alone. orders_supplier keeps its order for the supplier's list.
DROP INDEX orders_supplier;
CREATE INDEX orders_supplier ON orders (supplier_id, created_at DESC, id DESC) INCLUDE (calloff_id);
CREATE INDEX calloffs_id_agreement ON calloffs (id) INCLUDE (agreement_id);
