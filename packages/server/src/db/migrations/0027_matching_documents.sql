-- The contract of an order from an offer survey (issue 12) names the supplier's EAN/GLN: the
-- location number Danish public buyers send electronic invoices (OIOUBL) to and suppliers
-- invoice from. Optional: Swedish suppliers use Peppol ids that are not kept here.
ALTER TABLE supplier_profiles
  ADD COLUMN ean_gln text CHECK (ean_gln IS NULL OR ean_gln ~ '^[0-9]{13}$');

-- The not-approved rule's follow-through (issue 12): when Socialtilsyn (or IVO) was told that an
-- order uses an offer it has not approved, and the last reminder to the matching team before the
-- end of use, so the job tells each once.
ALTER TABLE orders
  ADD COLUMN supervisor_notified_at timestamptz,
  ADD COLUMN not_approved_reminded_on date;
CREATE INDEX orders_not_approved_idx ON orders (not_approved_until) WHERE not_approved_reason IS NOT NULL;
