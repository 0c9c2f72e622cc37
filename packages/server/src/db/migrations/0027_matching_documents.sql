-- The contract of an order from an offer survey (issue 12) names the supplier's EAN/GLN: the
-- location number Danish public buyers send electronic invoices (OIOUBL) to and suppliers
-- invoice from. Optional: Swedish suppliers use Peppol ids that are not kept here.
ALTER TABLE supplier_profiles
  ADD COLUMN ean_gln text CHECK (ean_gln IS NULL OR ean_gln ~ '^[0-9]{13}$');
