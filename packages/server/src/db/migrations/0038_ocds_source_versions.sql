-- An agreement's or a DPS's OCDS packages are built from thousands of rows (the national
-- agreement: 2 900 lots, 23 200 places, a 7 MB record package) and read far more often than those
-- rows change. The server keeps the packages it built, each with the version of its sources it
-- was built from (insights/ocds/kept-packages.ts). Every write to a source moves the version on
-- in the same transaction, so a kept package is served only while nothing it shows has changed.
-- subject_id is the agreement's or the DPS's id; the nil uuid stands for the names every package
-- shows (organisations' and service categories'), which a rename changes for all of them.
CREATE TABLE ocds_source_versions (
  subject_id uuid PRIMARY KEY,
  version bigint NOT NULL
);

-- Moves the subjects' versions on, in key order (as calloff_state_counts_add): two statements
-- moving the same subjects wait for each other instead of deadlocking.
CREATE FUNCTION ocds_sources_changed(subjects uuid[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO ocds_source_versions AS v
  SELECT DISTINCT s, 1 FROM unnest(subjects) s WHERE s IS NOT NULL ORDER BY 1
  ON CONFLICT (subject_id) DO UPDATE SET version = v.version + 1;
$$;

-- A statement on a source table: the subjects of the rows it took away and those it left, by the
-- column named as the trigger's argument. Each transition table exists only for the events that
-- have it.
CREATE FUNCTION ocds_source_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  taken uuid[] := '{}';
  left_ uuid[] := '{}';
BEGIN
  IF TG_OP <> 'INSERT' THEN
    EXECUTE format('SELECT coalesce(array_agg(DISTINCT %I), ''{}'') FROM before_rows', TG_ARGV[0])
      INTO taken;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    EXECUTE format('SELECT coalesce(array_agg(DISTINCT %I), ''{}'') FROM after_rows', TG_ARGV[0])
      INTO left_;
  END IF;
  PERFORM ocds_sources_changed(taken || left_);
  RETURN NULL;
END;
$$;

-- A name every package may show has changed: all of them move on.
CREATE FUNCTION ocds_names_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM ocds_sources_changed(ARRAY['00000000-0000-0000-0000-000000000000'::uuid]);
  RETURN NULL;
END;
$$;

-- Each source table, with the column naming its agreement or DPS, gets a trigger per event: what
-- repo.agreement reads (the agreement, its municipalities, lots and places) and what repo.dps
-- reads (the DPS, its municipalities, categories and admissions).
DO $$
DECLARE
  source record;
BEGIN
  FOR source IN SELECT * FROM (VALUES
    ('framework_agreements', 'id'), ('agreement_municipalities', 'agreement_id'),
    ('agreement_lots', 'agreement_id'), ('lot_suppliers', 'agreement_id'),
    ('dynamic_purchasing_systems', 'id'), ('dps_municipalities', 'dps_id'),
    ('dps_categories', 'dps_id'), ('dps_applications', 'dps_id')
  ) s (source_table, subject_column) LOOP
    EXECUTE format('CREATE TRIGGER ocds_sources_insert AFTER INSERT ON %I
      REFERENCING NEW TABLE AS after_rows FOR EACH STATEMENT
      EXECUTE FUNCTION ocds_source_rows_changed(%L)', source.source_table, source.subject_column);
    EXECUTE format('CREATE TRIGGER ocds_sources_update AFTER UPDATE ON %I
      REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT
      EXECUTE FUNCTION ocds_source_rows_changed(%L)', source.source_table, source.subject_column);
    EXECUTE format('CREATE TRIGGER ocds_sources_delete AFTER DELETE ON %I
      REFERENCING OLD TABLE AS before_rows FOR EACH STATEMENT
      EXECUTE FUNCTION ocds_source_rows_changed(%L)', source.source_table, source.subject_column);
  END LOOP;
END;
$$;

-- The names the packages show of their owner, municipalities, suppliers and categories.
CREATE TRIGGER ocds_names_update AFTER UPDATE ON organisations FOR EACH ROW
  WHEN (
    (OLD.name, OLD.country, OLD.identifier) IS DISTINCT FROM (NEW.name, NEW.country, NEW.identifier)
  )
  EXECUTE FUNCTION ocds_names_changed();
CREATE TRIGGER ocds_names_update AFTER UPDATE ON service_categories FOR EACH ROW
  WHEN ((OLD.code, OLD.name_sv, OLD.name_da) IS DISTINCT FROM (NEW.code, NEW.name_sv, NEW.name_da))
  EXECUTE FUNCTION ocds_names_changed();
