-- A withdrawn referral keeps why and when, so the caseworker and the matching team read it on the
-- referral itself rather than in the audit trail.
ALTER TABLE referrals
  ADD COLUMN withdrawal_reason text,
  ADD COLUMN withdrawn_at timestamptz,
  ADD CONSTRAINT referrals_withdrawal CHECK ((state = 'withdrawn') = (withdrawn_at IS NOT NULL));
