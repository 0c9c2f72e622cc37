-- Indexes for lists that page in an order of their own (issue 15): the permits overview reads one
-- page in the order of the last check (never checked first) or of the end date, a page at a time
-- from the index instead of sorting every permit on every call. Read backwards, the same index
-- gives the descending order with never checked last, as the overview asks.
CREATE INDEX permits_last_checked_idx ON permits (last_checked_on ASC NULLS FIRST, id);
CREATE INDEX permits_valid_to_idx ON permits (valid_to ASC NULLS FIRST, id);
