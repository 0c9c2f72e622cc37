-- Indexes for routes the national route sweep (bench/route-sweep.mjs) found slow.
--
-- The follow-up candidates add up what the agreement's municipalities bought from each
-- establishment in the last 12 months: without an index on the establishment that read every one
-- of a million orders (about 500 ms) to find the few placed with an establishment. Orders without
-- one (most) stay out of it.
CREATE INDEX orders_establishment ON orders (establishment_id, created_at)
  WHERE establishment_id IS NOT NULL;
