-- Indexes for routes the national route sweep (bench/route-sweep.mjs) found slow.
--
-- The follow-up candidates add up what the agreement's municipalities bought from each
-- establishment in the last 12 months: without an index on the establishment that read every one
-- of a million orders (about 500 ms) to find the few placed with an establishment. Orders without
-- one (most) stay out of it.
CREATE INDEX orders_establishment ON orders (establishment_id, created_at)
  WHERE establishment_id IS NOT NULL;

-- Every buyer's work list (the home page) shows the cascade offers its call-offs had declined in
-- the last days: invitations had no index on the buying organisation, so each home page read all
-- 500 000 invitations of the market (~150 ms); now a few index entries (~0.1 ms).
CREATE INDEX calloff_invitations_organisation ON calloff_invitations (organisation_id, declined_at);
