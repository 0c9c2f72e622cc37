-- The catalogue's prices in force (issue 15): a search sorted or filtered by price used to work
-- out every candidate's price in force (its own agreed price, else its supplier's, else the
-- offer's tariff) per query, so it grew with the number of matches. This table holds that choice
-- already made, per establishment and category, as periods of days over which it does not change,
-- kept exact by triggers in the same transaction as every write to what it is made of. "Today"
-- moves: a search reads the period that contains its today, through the index on the price.
--
-- Only what is the same for every caller is here: agreed prices outside any agreement and the
-- offers' tariffs. A price under an agreement counts only for the agreement's participants and
-- while it is active, so the search prices the suppliers that have one under the caller's
-- agreements itself, as before (a handful: an agreement's suppliers, not the market).
CREATE TABLE catalogue_prices (
  category_id uuid NOT NULL REFERENCES service_categories(id) ON DELETE CASCADE,
  establishment_id uuid NOT NULL REFERENCES establishments(id) ON DELETE CASCADE,
  -- The days this choice holds: from_day to to_day, both included ('infinity' when open).
  from_day date NOT NULL,
  to_day date NOT NULL,
  amount_minor bigint NOT NULL,
  currency text NOT NULL,
  unit text NOT NULL,
  -- The chosen price's own validity, as shown.
  valid_from date NOT NULL,
  valid_to date,
  source text NOT NULL CHECK (source IN ('agreed', 'tariff')),
  PRIMARY KEY (establishment_id, category_id, from_day)
);
-- A price-sorted page walks this in order and stops; a price range reads a slice of it.
CREATE INDEX catalogue_prices_order_idx ON catalogue_prices (category_id, amount_minor)
  INCLUDE (from_day, to_day, establishment_id);

-- A price under an agreement makes its supplier one the search prices itself (see above): found
-- per category among the caller's agreements without reading the category's other prices.
CREATE INDEX prices_agreement_category_idx ON prices (category_id, agreement_id, supplier_id)
  WHERE status = 'agreed' AND agreement_id IS NOT NULL;

-- Works the periods of these establishments out again from their prices and tariffs. A period
-- starts where any price or tariff that may apply starts or ends the day before; within it the
-- choice is the one on its first day: the establishment's own agreed price, else its supplier's
-- (the newest valid_from, then the newest row), else the newest tariff in the category's unit.
-- Only categories of the establishment's service kind: the search asks for no other.
CREATE FUNCTION catalogue_prices_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Most updates of establishments (free places, texts) change nothing here.
  IF coalesce(cardinality(ids), 0) = 0 THEN
    RETURN;
  END IF;
  DELETE FROM catalogue_prices WHERE establishment_id IN (SELECT unnest(ids));
  INSERT INTO catalogue_prices (category_id, establishment_id, from_day, to_day, amount_minor,
    currency, unit, valid_from, valid_to, source)
  WITH est AS (
    SELECT e.id, e.supplier_id, e.service_kind FROM establishments e
    WHERE e.id IN (SELECT unnest(ids))
  ),
  edges AS (
    SELECT est.id AS establishment_id, est.supplier_id, pr.category_id, pr.valid_from,
      pr.valid_to
    FROM est
    JOIN prices pr ON pr.supplier_id = est.supplier_id
      AND (pr.establishment_id IS NULL OR pr.establishment_id = est.id)
    JOIN service_categories c ON c.id = pr.category_id AND c.service_kind = est.service_kind
    WHERE pr.status = 'agreed' AND pr.agreement_id IS NULL
    UNION ALL
    SELECT est.id, est.supplier_id, c.id, t.valid_from, NULL
    FROM est
    JOIN offer_tariffs t ON t.establishment_id = est.id
    JOIN service_categories c ON c.service_kind = est.service_kind AND c.default_unit = t.unit
  ),
  starts AS (
    SELECT DISTINCT g.establishment_id, g.supplier_id, g.category_id, d.day
    FROM edges g CROSS JOIN LATERAL (VALUES (g.valid_from), (g.valid_to + 1)) d(day)
    WHERE d.day IS NOT NULL
  ),
  periods AS (
    SELECT s.*, coalesce(lead(s.day) OVER (PARTITION BY s.establishment_id, s.category_id
      ORDER BY s.day) - 1, 'infinity'::date) AS last_day
    FROM starts s
  )
  SELECT p.category_id, p.establishment_id, p.day, p.last_day,
    coalesce(own.amount_minor, sup.amount_minor, tar.amount_minor),
    coalesce(own.currency, sup.currency, tar.currency),
    coalesce(own.unit, sup.unit, tar.unit),
    coalesce(own.valid_from, sup.valid_from, tar.valid_from),
    CASE WHEN own.valid_from IS NOT NULL THEN own.valid_to
      WHEN sup.valid_from IS NOT NULL THEN sup.valid_to END,
    CASE WHEN own.valid_from IS NOT NULL OR sup.valid_from IS NOT NULL THEN 'agreed'
      ELSE 'tariff' END
  FROM periods p
  LEFT JOIN LATERAL (
    SELECT pr.amount_minor, pr.currency, pr.unit, pr.valid_from, pr.valid_to FROM prices pr
    WHERE pr.establishment_id = p.establishment_id AND pr.supplier_id = p.supplier_id
      AND pr.category_id = p.category_id AND pr.status = 'agreed' AND pr.agreement_id IS NULL
      AND pr.valid_from <= p.day AND (pr.valid_to IS NULL OR pr.valid_to >= p.day)
    ORDER BY pr.valid_from DESC, pr.created_at DESC, pr.id DESC LIMIT 1
  ) own ON true
  LEFT JOIN LATERAL (
    SELECT pr.amount_minor, pr.currency, pr.unit, pr.valid_from, pr.valid_to FROM prices pr
    WHERE pr.supplier_id = p.supplier_id AND pr.category_id = p.category_id
      AND pr.establishment_id IS NULL AND pr.status = 'agreed' AND pr.agreement_id IS NULL
      AND pr.valid_from <= p.day AND (pr.valid_to IS NULL OR pr.valid_to >= p.day)
    ORDER BY pr.valid_from DESC, pr.created_at DESC, pr.id DESC LIMIT 1
  ) sup ON true
  LEFT JOIN LATERAL (
    SELECT t.amount_minor, t.currency, t.unit, t.valid_from FROM offer_tariffs t
    JOIN service_categories c ON c.id = p.category_id AND c.default_unit = t.unit
    WHERE t.establishment_id = p.establishment_id AND t.valid_from <= p.day
    ORDER BY t.valid_from DESC LIMIT 1
  ) tar ON true
  WHERE own.valid_from IS NOT NULL OR sup.valid_from IS NOT NULL OR tar.valid_from IS NOT NULL;
END;
$$;

-- Prices are append-only (0002): a new agreed price outside agreements changes the periods of
-- its establishment, or of every establishment of its supplier.
CREATE FUNCTION catalogue_prices_on_prices() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM catalogue_prices_refresh(ARRAY(
    SELECT n.establishment_id FROM inserted n
    WHERE n.status = 'agreed' AND n.agreement_id IS NULL AND n.establishment_id IS NOT NULL
    UNION
    SELECT e.id FROM establishments e
    WHERE e.supplier_id IN (SELECT n.supplier_id FROM inserted n
      WHERE n.status = 'agreed' AND n.agreement_id IS NULL AND n.establishment_id IS NULL)));
  RETURN NULL;
END;
$$;
CREATE TRIGGER catalogue_prices_prices AFTER INSERT ON prices
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION catalogue_prices_on_prices();

CREATE FUNCTION catalogue_prices_on_tariffs_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM catalogue_prices_refresh(ARRAY(SELECT DISTINCT establishment_id FROM inserted));
  RETURN NULL;
END;
$$;
CREATE FUNCTION catalogue_prices_on_tariffs_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM catalogue_prices_refresh(ARRAY(
    SELECT establishment_id FROM before_rows UNION SELECT establishment_id FROM after_rows));
  RETURN NULL;
END;
$$;
CREATE FUNCTION catalogue_prices_on_tariffs_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM catalogue_prices_refresh(ARRAY(SELECT DISTINCT establishment_id FROM deleted));
  RETURN NULL;
END;
$$;
CREATE TRIGGER catalogue_prices_tariffs_insert AFTER INSERT ON offer_tariffs
  REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION catalogue_prices_on_tariffs_inserted();
CREATE TRIGGER catalogue_prices_tariffs_update AFTER UPDATE ON offer_tariffs
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
  FOR EACH STATEMENT EXECUTE FUNCTION catalogue_prices_on_tariffs_updated();
CREATE TRIGGER catalogue_prices_tariffs_delete AFTER DELETE ON offer_tariffs
  REFERENCING OLD TABLE AS deleted
  FOR EACH STATEMENT EXECUTE FUNCTION catalogue_prices_on_tariffs_deleted();

-- A new establishment gets its supplier's prices; one that changes supplier or service kind
-- changes which prices and categories apply.
CREATE FUNCTION catalogue_prices_on_establishments_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM catalogue_prices_refresh(ARRAY(SELECT id FROM inserted));
  RETURN NULL;
END;
$$;
CREATE FUNCTION catalogue_prices_on_establishments_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM catalogue_prices_refresh(ARRAY(
    SELECT a.id FROM before_rows b JOIN after_rows a ON a.id = b.id
    WHERE (a.supplier_id, a.service_kind) IS DISTINCT FROM (b.supplier_id, b.service_kind)));
  RETURN NULL;
END;
$$;
CREATE TRIGGER catalogue_prices_establishments_insert AFTER INSERT ON establishments
  REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION catalogue_prices_on_establishments_inserted();
CREATE TRIGGER catalogue_prices_establishments_update AFTER UPDATE ON establishments
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
  FOR EACH STATEMENT EXECUTE FUNCTION catalogue_prices_on_establishments_updated();

-- A category's service kind and unit decide which establishments and tariffs it prices.
CREATE FUNCTION catalogue_prices_on_categories_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM catalogue_prices_refresh(ARRAY(
    SELECT e.id FROM establishments e
    WHERE e.service_kind IN (
      SELECT side.service_kind FROM before_rows b JOIN after_rows a ON a.id = b.id
      CROSS JOIN LATERAL (VALUES (b.service_kind), (a.service_kind)) side(service_kind)
      WHERE (a.service_kind, a.default_unit) IS DISTINCT FROM (b.service_kind, b.default_unit))));
  RETURN NULL;
END;
$$;
CREATE FUNCTION catalogue_prices_on_categories_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A new category has no prices yet; only tariffs in its unit apply to it.
  PERFORM catalogue_prices_refresh(ARRAY(
    SELECT DISTINCT e.id FROM establishments e
    JOIN offer_tariffs t ON t.establishment_id = e.id
    JOIN inserted c ON c.service_kind = e.service_kind AND c.default_unit = t.unit));
  RETURN NULL;
END;
$$;
CREATE TRIGGER catalogue_prices_categories_insert AFTER INSERT ON service_categories
  REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION catalogue_prices_on_categories_inserted();
CREATE TRIGGER catalogue_prices_categories_update AFTER UPDATE ON service_categories
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
  FOR EACH STATEMENT EXECUTE FUNCTION catalogue_prices_on_categories_updated();

-- The prices there are now.
SELECT catalogue_prices_refresh(ARRAY(SELECT id FROM establishments));
