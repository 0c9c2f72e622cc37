-- The offer survey's expiry job (issue 12) finds the requests still waiting for an answer whose
-- reply window has passed; only those few rows are indexed.
CREATE INDEX survey_requests_waiting_idx ON survey_requests (reply_by) WHERE state = 'sent';

-- How many offers of the referral's kind the matching's first checks (legal basis, target group,
-- age, gender, language, route) left out when the survey began, by the check that failed: the
-- survey records every offer matching explained and counts these, rather than thousands of rows.
ALTER TABLE referrals ADD COLUMN considered_left_out jsonb;
