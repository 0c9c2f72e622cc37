-- Proposals for a referral (issue 12) read, for every offer SQL lets through to the domain, its
-- tariffs, its supervisory permits and its latest quality assessment. Read from their own tables
-- that is three index look-ups, two sorts and JSON built per offer on every request; kept here,
-- one row per offer, it is one look-up of JSON stored ready. Triggers keep each row exact in the
-- same transaction as every write to the three tables. The row holds the facts only: which
-- tariff is in force on a start date and which permit counts today depend on the date and are
-- chosen when read (modules/matching/proposals/offers.ts). An offer none of the three
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
  -- A set to join, not = ANY(ids): a bulk write's thousands of ids are hashed once.
  DELETE FROM offer_match_facts WHERE establishment_id IN (SELECT unnest(ids));
  INSERT INTO offer_match_facts (establishment_id, tariffs, permits, assessment)
  SELECT establishment_id, tariffs, permits, assessment FROM offer_match_facts_source s
  WHERE s.establishment_id IN (SELECT unnest(ids))
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

-- The open offers counted by what SQL's prefilter reads of them (legal bases, target groups, ages,
-- gender, languages), per service kind and country. However many offers a market has, they share
-- a few hundred such profiles, so proposals count the offers the prefilter leaves out by judging
-- each profile once instead of every offer (repo.ts). Kept exact by triggers on establishments.
CREATE TABLE offer_match_profiles (
  service_kind text NOT NULL,
  country text NOT NULL,
  legal_bases text[] NOT NULL,
  target_groups text[] NOT NULL,
  age_min integer NOT NULL,
  age_max integer NOT NULL,
  gender text NOT NULL,
  languages text[] NOT NULL,
  -- Emptied profiles are deleted in the statement that empties them.
  offers integer NOT NULL CHECK (offers >= 0),
  UNIQUE (service_kind, country, legal_bases, target_groups, age_min, age_max, gender, languages)
);

-- One open offer entering (+1) or leaving (-1) a profile.
CREATE TYPE offer_match_profile_change AS (
  sign integer,
  service_kind text,
  country text,
  legal_bases text[],
  target_groups text[],
  age_min integer,
  age_max integer,
  gender text,
  languages text[]
);

-- Adds each profile's net change: a new profile is inserted, one emptied is deleted.
CREATE FUNCTION offer_match_profiles_apply(changes offer_match_profile_change[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO offer_match_profiles AS p
  SELECT c.service_kind, c.country, c.legal_bases, c.target_groups, c.age_min, c.age_max,
    c.gender, c.languages, sum(c.sign)
  FROM unnest(changes) c
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
  HAVING sum(c.sign) > 0
  ON CONFLICT (service_kind, country, legal_bases, target_groups, age_min, age_max, gender,
    languages)
  DO UPDATE SET offers = p.offers + excluded.offers;
  UPDATE offer_match_profiles p SET offers = p.offers + n.offers
  FROM (
    SELECT c.service_kind, c.country, c.legal_bases, c.target_groups, c.age_min, c.age_max,
      c.gender, c.languages, sum(c.sign) AS offers
    FROM unnest(changes) c
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    HAVING sum(c.sign) < 0
  ) n
  WHERE (p.service_kind, p.country, p.legal_bases, p.target_groups, p.age_min, p.age_max,
      p.gender, p.languages)
    = (n.service_kind, n.country, n.legal_bases, n.target_groups, n.age_min, n.age_max,
      n.gender, n.languages);
  DELETE FROM offer_match_profiles WHERE offers = 0;
END;
$$;

-- Statement-level with transition tables, as above. An update moves only the offers whose
-- profile or openness changed (not a confirmation or a count of free places).
CREATE FUNCTION offer_match_profiles_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM offer_match_profiles_apply(ARRAY(
    SELECT ROW(1, n.service_kind, n.country, n.legal_bases, n.target_groups, n.age_min,
      n.age_max, n.gender, n.languages)::offer_match_profile_change
    FROM new_rows n WHERE n.closed_at IS NULL));
  RETURN NULL;
END;
$$;
CREATE FUNCTION offer_match_profiles_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM offer_match_profiles_apply(ARRAY(
    SELECT ROW(-1, b.service_kind, b.country, b.legal_bases, b.target_groups, b.age_min,
      b.age_max, b.gender, b.languages)::offer_match_profile_change
    FROM old_rows b JOIN new_rows a ON a.id = b.id
    WHERE b.closed_at IS NULL
      AND (b.service_kind, b.country, b.legal_bases, b.target_groups, b.age_min, b.age_max,
        b.gender, b.languages, a.closed_at IS NULL)
        IS DISTINCT FROM (a.service_kind, a.country, a.legal_bases, a.target_groups, a.age_min,
        a.age_max, a.gender, a.languages, true)
    UNION ALL
    SELECT ROW(1, a.service_kind, a.country, a.legal_bases, a.target_groups, a.age_min,
      a.age_max, a.gender, a.languages)::offer_match_profile_change
    FROM old_rows b JOIN new_rows a ON a.id = b.id
    WHERE a.closed_at IS NULL
      AND (b.service_kind, b.country, b.legal_bases, b.target_groups, b.age_min, b.age_max,
        b.gender, b.languages, b.closed_at IS NULL)
        IS DISTINCT FROM (a.service_kind, a.country, a.legal_bases, a.target_groups, a.age_min,
        a.age_max, a.gender, a.languages, true)));
  RETURN NULL;
END;
$$;
CREATE FUNCTION offer_match_profiles_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM offer_match_profiles_apply(ARRAY(
    SELECT ROW(-1, o.service_kind, o.country, o.legal_bases, o.target_groups, o.age_min,
      o.age_max, o.gender, o.languages)::offer_match_profile_change
    FROM old_rows o WHERE o.closed_at IS NULL));
  RETURN NULL;
END;
$$;
CREATE TRIGGER offer_match_profiles_insert AFTER INSERT ON establishments
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION offer_match_profiles_inserted();
CREATE TRIGGER offer_match_profiles_update AFTER UPDATE ON establishments
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION offer_match_profiles_updated();
CREATE TRIGGER offer_match_profiles_delete AFTER DELETE ON establishments
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION offer_match_profiles_deleted();

-- The profiles there are now.
INSERT INTO offer_match_profiles
SELECT service_kind, country, legal_bases, target_groups, age_min, age_max, gender, languages,
  count(*)
FROM establishments WHERE closed_at IS NULL
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

-- The prefilter's index, replacing 0025's: the candidates of a referral are a range of it (its
-- gender or 'any', an age_min at or below the person's age), not every offer of the kind; and
-- the sample of offers left out is its first entries in this order, read until enough are found.
DROP INDEX establishments_matching_idx;
CREATE INDEX establishments_matching_idx
  ON establishments (service_kind, country, gender, age_min, age_max, id)
  INCLUDE (supplier_id, legal_bases, target_groups, languages)
  WHERE closed_at IS NULL;
