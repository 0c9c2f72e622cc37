-- The offer survey's expiry job (issue 12) finds the requests still waiting for an answer whose
-- reply window has passed; only those few rows are indexed.
CREATE INDEX survey_requests_waiting_idx ON survey_requests (reply_by) WHERE state = 'sent';
