-- Indexes for list routes the national route sweep (bench/route-sweep.mjs) found slow.
--
-- A supplier's inbox (tenders) runs newest invitation first with the id as tie-breaker: the index
-- had the time only, and invitations sent together share it, so each page read and joined every
-- invitation of the tied time (725 for the supplier with the most bids) to sort them. With the id
-- the index gives the page's order and the page reads only its own rows.
DROP INDEX calloff_invitations_supplier;
CREATE INDEX calloff_invitations_supplier ON calloff_invitations (supplier_id, invited_at DESC, id DESC);

-- The header's search finds suppliers in the registry by name, in name order, a few at a time:
-- without an index on the name it read and sorted all 5 000 suppliers (~20 ms) for the first six.
-- In name order it stops at the sixth that matches.
CREATE INDEX organisations_supplier_name ON organisations (name, id) WHERE kind = 'supplier';
