-- The risk order (modules/followup/followup/candidates.ts) ranks every open establishment of a
-- kind a supplier is on one of the body's active agreements for, with its permit record summed up.
-- It found the establishments by supplier and kind (0039's index) and then looked up and summed
-- each one's permits: on a national agreement 2 676 look-ups, half the PostgreSQL time of the
-- route. Kept here, one row per open establishment with what the order reads of it (and the city a
-- download shows of every one), in an index by supplier and kind that holds it all: the order
-- reads its candidates from that index alone. Triggers keep it exact in the same transaction as
-- every write to establishments (their supplier, kind, name, city and whether closed) and permits.
CREATE TABLE followup_establishments (
  establishment_id uuid PRIMARY KEY REFERENCES establishments(id) ON DELETE CASCADE,
  supplier_id uuid NOT NULL,
  service_kind text NOT NULL,
  name text NOT NULL,
  city text NOT NULL,
  -- The permit record: how many permits, the statuses other than valid among them (distinct, in
  -- alphabetical order; null if none), the earliest end of the valid ones (the service knows the
  -- body's date: a valid permit past its end counts as expired), their open supervision cases,
  -- and the oldest last check (null if any permit was never checked).
  permits integer NOT NULL,
  statuses_not_valid text[],
  valid_until date,
  open_cases integer NOT NULL,
  last_checked_on date
);

CREATE INDEX followup_establishments_supplier_kind ON followup_establishments
  (supplier_id, service_kind) INCLUDE (establishment_id, name, city, permits, statuses_not_valid,
  valid_until, open_cases, last_checked_on);

-- What the rows hold, read from the establishments and their permits: the triggers copy it, the
-- tests compare with it.
CREATE VIEW followup_establishments_source AS
  SELECT e.id AS establishment_id, e.supplier_id, e.service_kind, e.name, e.city,
    count(pm.id)::int AS permits,
    array_agg(DISTINCT pm.status ORDER BY pm.status) FILTER (WHERE pm.status <> 'valid')
      AS statuses_not_valid,
    min(pm.valid_to) FILTER (WHERE pm.status = 'valid') AS valid_until,
    coalesce(sum(pm.open_cases), 0)::int AS open_cases,
    CASE WHEN count(pm.id) = count(pm.last_checked_on) THEN min(pm.last_checked_on) END
      AS last_checked_on
  FROM establishments e
  LEFT JOIN permits pm ON pm.establishment_id = e.id
  WHERE e.closed_at IS NULL
  GROUP BY e.id;

-- Reads the given establishments anew: a closed one has no row.
CREATE FUNCTION followup_establishments_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- A set to join, not = ANY(ids): a bulk write's thousands of ids are hashed once.
  DELETE FROM followup_establishments WHERE establishment_id IN (SELECT unnest(ids));
  INSERT INTO followup_establishments
  SELECT * FROM followup_establishments_source
  WHERE establishment_id IN (SELECT unnest(ids));
END;
$$;

-- New establishments, statement-level so a bulk insert reads its rows once.
CREATE FUNCTION followup_establishments_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM followup_establishments_refresh(ARRAY(SELECT id FROM new_rows));
  RETURN NULL;
END;
$$;
CREATE TRIGGER followup_establishments_insert AFTER INSERT ON establishments
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION followup_establishments_inserted();

-- A changed establishment, row by row: a statement trigger cannot name the columns it is for,
-- and establishments are updated often for what the order does not read (free places).
CREATE FUNCTION followup_establishments_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM followup_establishments_refresh(ARRAY[NEW.id]);
  RETURN NULL;
END;
$$;
CREATE TRIGGER followup_establishments_update
  AFTER UPDATE OF supplier_id, service_kind, name, city, closed_at ON establishments
  FOR EACH ROW
  WHEN ((OLD.supplier_id, OLD.service_kind, OLD.name, OLD.city, OLD.closed_at IS NULL)
    IS DISTINCT FROM (NEW.supplier_id, NEW.service_kind, NEW.name, NEW.city, NEW.closed_at IS NULL))
  EXECUTE FUNCTION followup_establishments_updated();
-- A deleted establishment's row goes by the foreign key's cascade.

-- Permits written, statement-level with the statement's rows as transition tables: the
-- establishments its rows left and entered, each once. Each table exists only for the events
-- that have it.
CREATE FUNCTION followup_establishments_permits_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[] := '{}';
BEGIN
  IF TG_OP <> 'INSERT' THEN
    ids := ids || ARRAY(SELECT DISTINCT establishment_id FROM old_rows);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    ids := ids || ARRAY(SELECT DISTINCT establishment_id FROM new_rows);
  END IF;
  PERFORM followup_establishments_refresh(ids);
  RETURN NULL;
END;
$$;
CREATE TRIGGER followup_establishments_insert AFTER INSERT ON permits
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION followup_establishments_permits_changed();
CREATE TRIGGER followup_establishments_update AFTER UPDATE ON permits
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION followup_establishments_permits_changed();
CREATE TRIGGER followup_establishments_delete AFTER DELETE ON permits
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION followup_establishments_permits_changed();

-- The establishments there are now.
INSERT INTO followup_establishments SELECT * FROM followup_establishments_source;
