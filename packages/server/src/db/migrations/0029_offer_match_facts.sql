-- Proposals for a referral (issue 12) read, for every offer SQL lets through to the domain, its
-- tariffs, its supervisory permits and its latest quality assessment. Read from their own tables
-- that is three index look-ups, two sorts and JSON built per offer on every request; kept here,
-- one row per offer, it is one look-up of JSON stored ready. Triggers keep each row exact in the
-- same transaction as every write to the three tables. The row holds the facts only: which
-- tariff is in force on a start date and which permit counts today depend on the date and are
-- chosen when read (modules/matching/proposals/offer-facts.ts). An offer none of the three
-- tables names has no row, which reads as no tariffs, no permits and no assessment.
CREATE TABLE offer_match_facts (
  establishment_id uuid PRIMARY KEY REFERENCES establishments(id),
  -- Every tariff: [{unit, amount (minor units as text), currency, validFrom}], by unit and the
  -- latest valid from first.
  tariffs jsonb NOT NULL,
  -- Every permit: [{authority, status, validFrom, validTo}] (dates 'YYYY-MM-DD' or null).
  permits jsonb NOT NULL,
  -- The latest quality assessment: [assessedOn, then the seven theme scores in QUALITY_THEMES
  -- order], or null.
  assessment jsonb
);

-- What a row holds, read from the three tables: the triggers copy it, the tests compare with it.
CREATE VIEW offer_match_facts_source AS
  SELECT e.id AS establishment_id,
    coalesce((
      SELECT jsonb_agg(jsonb_build_object('unit', t.unit, 'amount', t.amount_minor::text,
          'currency', t.currency, 'validFrom', to_char(t.valid_from, 'YYYY-MM-DD'))
        ORDER BY t.unit, t.valid_from DESC)
      FROM offer_tariffs t WHERE t.establishment_id = e.id
    ), '[]'::jsonb) AS tariffs,
    coalesce((
      SELECT jsonb_agg(jsonb_build_object('authority', p.authority, 'status', p.status,
          'validFrom', to_char(p.valid_from, 'YYYY-MM-DD'),
          'validTo', to_char(p.valid_to, 'YYYY-MM-DD'))
        ORDER BY p.authority, p.reference)
      FROM permits p WHERE p.establishment_id = e.id
    ), '[]'::jsonb) AS permits,
    (SELECT jsonb_build_array(to_char(q.assessed_on, 'YYYY-MM-DD'), q.education_employment,
        q.independence_relations, q.target_group_methods_results, q.health_wellbeing,
        q.organisation_management, q.competences, q.physical_setting)
      FROM quality_assessments q
      WHERE q.establishment_id = e.id ORDER BY q.assessed_on DESC, q.authority LIMIT 1) AS assessment
  FROM establishments e;

CREATE FUNCTION offer_match_facts_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM offer_match_facts WHERE establishment_id = ANY(ids);
  INSERT INTO offer_match_facts (establishment_id, tariffs, permits, assessment)
  SELECT establishment_id, tariffs, permits, assessment FROM offer_match_facts_source s
  WHERE s.establishment_id = ANY(ids)
    AND (s.tariffs <> '[]' OR s.permits <> '[]' OR s.assessment IS NOT NULL);
END;
$$;

-- Statement-level, with the statement's rows as transition tables, so a bulk write refreshes
-- each offer it touched once. An update refreshes the offers its rows left and entered.
CREATE FUNCTION offer_match_facts_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM offer_match_facts_refresh(ARRAY(SELECT DISTINCT establishment_id FROM new_rows));
  RETURN NULL;
END;
$$;
CREATE FUNCTION offer_match_facts_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM offer_match_facts_refresh(ARRAY(
    SELECT establishment_id FROM old_rows UNION SELECT establishment_id FROM new_rows));
  RETURN NULL;
END;
$$;
CREATE FUNCTION offer_match_facts_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM offer_match_facts_refresh(ARRAY(SELECT DISTINCT establishment_id FROM old_rows));
  RETURN NULL;
END;
$$;

CREATE TRIGGER offer_match_facts_insert AFTER INSERT ON offer_tariffs
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION offer_match_facts_inserted();
CREATE TRIGGER offer_match_facts_update AFTER UPDATE ON offer_tariffs
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION offer_match_facts_updated();
CREATE TRIGGER offer_match_facts_delete AFTER DELETE ON offer_tariffs
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION offer_match_facts_deleted();

CREATE TRIGGER offer_match_facts_insert AFTER INSERT ON permits
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION offer_match_facts_inserted();
CREATE TRIGGER offer_match_facts_update AFTER UPDATE ON permits
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION offer_match_facts_updated();
CREATE TRIGGER offer_match_facts_delete AFTER DELETE ON permits
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION offer_match_facts_deleted();

CREATE TRIGGER offer_match_facts_insert AFTER INSERT ON quality_assessments
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION offer_match_facts_inserted();
CREATE TRIGGER offer_match_facts_update AFTER UPDATE ON quality_assessments
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION offer_match_facts_updated();
CREATE TRIGGER offer_match_facts_delete AFTER DELETE ON quality_assessments
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION offer_match_facts_deleted();

-- The facts there are now.
INSERT INTO offer_match_facts (establishment_id, tariffs, permits, assessment)
SELECT establishment_id, tariffs, permits, assessment FROM offer_match_facts_source s
WHERE s.tariffs <> '[]' OR s.permits <> '[]' OR s.assessment IS NOT NULL;
