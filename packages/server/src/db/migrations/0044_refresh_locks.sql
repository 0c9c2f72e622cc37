-- The summaries kept by triggers (catalogue_prices 0026, offer_match_facts 0029,
-- agreement_supplier_kinds 0039, followup_establishments 0042) are refreshed by deleting what is
-- kept of an establishment (an agreement's supplier) and inserting it anew. Two transactions
-- writing the same establishment's permits, prices or tariffs at once collided: the second's
-- delete waited for the first, then found nothing to delete (the first's new rows were not yet
-- visible to it) and its insert failed on them, a unique violation the writer got as an error.
-- Each refresh now first locks what it refreshes, in order: the second waits for the first to
-- commit, and then reads and writes after it (every statement of a function sees what was
-- committed before it began). The refreshes themselves are unchanged, renamed `…_rows`.
DO $do$
DECLARE
  refresh text;
BEGIN
  FOREACH refresh IN ARRAY ARRAY['catalogue_prices_refresh', 'offer_match_facts_refresh',
    'followup_establishments_refresh']
  LOOP
    EXECUTE format('ALTER FUNCTION %I(uuid[]) RENAME TO %I', refresh, refresh || '_rows');
    EXECUTE format($create$
      CREATE FUNCTION %I(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $body$
      BEGIN
        PERFORM 1 FROM establishments WHERE id IN (SELECT unnest(ids)) ORDER BY id
          FOR NO KEY UPDATE;
        PERFORM %I(ids);
      END;
      $body$
    $create$, refresh, refresh || '_rows');
  END LOOP;
END;
$do$;

ALTER FUNCTION agreement_supplier_kinds_refresh(uuid[], uuid[])
  RENAME TO agreement_supplier_kinds_refresh_rows;
CREATE FUNCTION agreement_supplier_kinds_refresh(agreements uuid[], suppliers uuid[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM framework_agreements WHERE id IN (SELECT unnest(agreements)) ORDER BY id
    FOR NO KEY UPDATE;
  PERFORM agreement_supplier_kinds_refresh_rows(agreements, suppliers);
END;
$$;
