-- Proposals for a referral (issue 12): every request judges all open offers of the referral's
-- service kind and country against the constraints SQL checks (legal basis, target groups, age,
-- gender, language, supplier on a route) to count the offers it leaves out by reason. This
-- covering partial index holds exactly those columns, so the judging is an index-only scan of
-- narrow tuples instead of a read of the wide establishment rows.
CREATE INDEX establishments_matching_idx ON establishments (service_kind, country)
  INCLUDE (id, supplier_id, age_min, age_max, gender, legal_bases, target_groups, languages)
  WHERE closed_at IS NULL;
