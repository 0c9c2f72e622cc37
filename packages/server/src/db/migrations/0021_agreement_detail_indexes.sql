-- An agreement's detail and call-off eligibility (issue 15) read its lot suppliers and its agreed
-- prices by agreement; neither table had an index on it, so both read every row: every price of
-- every supplier with every body (about 170 000 rows on the national market) for the few under
-- the agreement, and every lot supplier of every agreement. Prices outside an agreement are left
-- out of their index.
CREATE INDEX lot_suppliers_agreement_idx ON lot_suppliers (agreement_id);
CREATE INDEX prices_agreement_idx ON prices (agreement_id) WHERE agreement_id IS NOT NULL;
