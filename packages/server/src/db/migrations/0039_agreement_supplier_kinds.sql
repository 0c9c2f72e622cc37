-- The risk order (modules/followup/followup/candidates.ts) ranks every open establishment of a
-- service kind a supplier is on one of the body's active agreements for. Which kinds those are was
-- read from every lot_suppliers row of the agreement on every request: a national agreement's
-- 23 000 rows joined to their lots and categories and made distinct into 1 500, about half of the
-- route's time. Kept here, one row per agreement, supplier and service kind; triggers keep it
-- exact in the same transaction as every write to lot_suppliers, agreement_lots (a lot's
-- category) and service_categories (a category's kind).
CREATE TABLE agreement_supplier_kinds (
  agreement_id uuid NOT NULL REFERENCES framework_agreements(id),
  supplier_id uuid NOT NULL REFERENCES organisations(id),
  service_kind text NOT NULL,
  PRIMARY KEY (agreement_id, supplier_id, service_kind)
);

-- What the rows hold, read from the lots (one row per lot, so distinct when read): the triggers
-- copy it, the tests compare with it. A terminated supplier is on no lot; a hidden one still is.
CREATE VIEW agreement_supplier_kinds_source AS
  SELECT ls.agreement_id, ls.supplier_id, c.service_kind
  FROM lot_suppliers ls
  JOIN agreement_lots l ON l.id = ls.lot_id
  JOIN service_categories c ON c.id = l.category_id
  WHERE ls.status <> 'terminated';

-- Reads anew the kinds of each (agreement, supplier) given as two arrays of equal length.
CREATE FUNCTION agreement_supplier_kinds_refresh(agreements uuid[], suppliers uuid[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM agreement_supplier_kinds k
  WHERE (k.agreement_id, k.supplier_id) IN (SELECT * FROM unnest(agreements, suppliers));
  INSERT INTO agreement_supplier_kinds (agreement_id, supplier_id, service_kind)
  SELECT DISTINCT s.agreement_id, s.supplier_id, s.service_kind
  FROM agreement_supplier_kinds_source s
  WHERE (s.agreement_id, s.supplier_id) IN (SELECT * FROM unnest(agreements, suppliers));
END;
$$;

-- Statement-level, with the statement's rows as transition tables, so a bulk write refreshes each
-- (agreement, supplier) it touched once: those its rows left and entered. Each transition table
-- exists only for the events that have it.
CREATE FUNCTION agreement_supplier_kinds_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  agreements uuid[] := '{}';
  suppliers uuid[] := '{}';
BEGIN
  IF TG_OP <> 'INSERT' THEN
    SELECT agreements || array_agg(agreement_id), suppliers || array_agg(supplier_id)
    INTO agreements, suppliers FROM old_rows;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    SELECT agreements || array_agg(agreement_id), suppliers || array_agg(supplier_id)
    INTO agreements, suppliers FROM new_rows;
  END IF;
  PERFORM agreement_supplier_kinds_refresh(agreements, suppliers);
  RETURN NULL;
END;
$$;

CREATE TRIGGER agreement_supplier_kinds_insert AFTER INSERT ON lot_suppliers
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION agreement_supplier_kinds_changed();
CREATE TRIGGER agreement_supplier_kinds_update AFTER UPDATE ON lot_suppliers
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION agreement_supplier_kinds_changed();
CREATE TRIGGER agreement_supplier_kinds_delete AFTER DELETE ON lot_suppliers
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION agreement_supplier_kinds_changed();

-- A lot moved to another category, or a category to another kind: its suppliers' kinds anew.
CREATE FUNCTION agreement_supplier_kinds_lot_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM agreement_supplier_kinds_refresh(array_agg(agreement_id), array_agg(supplier_id))
  FROM (
    SELECT DISTINCT ls.agreement_id, ls.supplier_id FROM lot_suppliers ls
    WHERE ls.lot_id IN (SELECT id FROM new_rows)
  ) touched;
  RETURN NULL;
END;
$$;
CREATE FUNCTION agreement_supplier_kinds_category_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM agreement_supplier_kinds_refresh(array_agg(agreement_id), array_agg(supplier_id))
  FROM (
    SELECT DISTINCT ls.agreement_id, ls.supplier_id FROM lot_suppliers ls
    JOIN agreement_lots l ON l.id = ls.lot_id
    WHERE l.category_id IN (SELECT id FROM new_rows)
  ) touched;
  RETURN NULL;
END;
$$;
CREATE TRIGGER agreement_supplier_kinds_update AFTER UPDATE ON agreement_lots
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION agreement_supplier_kinds_lot_moved();
CREATE TRIGGER agreement_supplier_kinds_update AFTER UPDATE ON service_categories
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION agreement_supplier_kinds_category_moved();

-- Each kind of a supplier on an agreement finds its open establishments of the kind in the index
-- alone, with what the list shows of them.
CREATE INDEX establishments_open_supplier_kind ON establishments (supplier_id, service_kind)
  INCLUDE (id, name, city) WHERE closed_at IS NULL;

-- The kinds there are now.
INSERT INTO agreement_supplier_kinds (agreement_id, supplier_id, service_kind)
SELECT DISTINCT agreement_id, supplier_id, service_kind FROM agreement_supplier_kinds_source;
