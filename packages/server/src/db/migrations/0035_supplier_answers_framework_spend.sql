-- The statistics' answers per supplier (insights/statistics/suppliers) read every invitation the
-- viewer may count with its call-off, award decision, order and bid on every call, and tallied
-- them in the server: a procurement body's query alone hashed the ~700 000 call-offs under its
-- agreements against the market's 500 000 invitations (1-3 s, even with none to count), a
-- supplier's all 1 000 000 call-offs for its own ~3 600 invitations. Without a period the view
-- reads these counts instead: per municipality, agreement or DPS, procedure and supplier, the
-- invitations to call-offs past their draft, and of them those settled, answered, declined, bid on
-- and won, as tallyInvitations (@tildel/domain/insights/statistics) counts them. Kept by
-- statement-level triggers on all that decides an invitation's counts: the invitation, its
-- call-off, the supplier's bid, the call-off's award decision and its order. A group may be left
-- at zero; the view counts only suppliers invited above it.
CREATE TABLE supplier_answer_counts (
  supplier_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  agreement_id uuid,
  dps_id uuid,
  procedure text NOT NULL,
  invited bigint NOT NULL,
  settled bigint NOT NULL,
  responded bigint NOT NULL,
  declined bigint NOT NULL,
  bid bigint NOT NULL,
  won bigint NOT NULL,
  UNIQUE NULLS NOT DISTINCT (supplier_id, organisation_id, agreement_id, dps_id, procedure)
);

-- One invitation as it stands (or stood), counted (+1) or no longer (-1) in its group: what
-- tallyInvitations reads of it.
CREATE TYPE supplier_answer AS (
  supplier_id uuid,
  organisation_id uuid,
  agreement_id uuid,
  dps_id uuid,
  procedure text,
  kind text,
  opened boolean,
  accepted boolean,
  declined boolean,
  bid boolean,
  won boolean,
  delta bigint
);

-- Adds the answers to their groups, in key order (as calloff_state_counts_add): an answer counts
-- beyond invited once settled (an offer, or a tender whose bids are opened); an offer is bid on by
-- its acceptance, a tender by a standing bid.
CREATE FUNCTION supplier_answer_counts_add(answers supplier_answer[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO supplier_answer_counts AS t
  SELECT * FROM (
    SELECT supplier_id, organisation_id, agreement_id, dps_id, procedure,
      sum(delta) AS invited,
      sum(CASE WHEN settled THEN delta ELSE 0 END) AS settled,
      sum(CASE WHEN settled AND (bade OR declined) THEN delta ELSE 0 END) AS responded,
      sum(CASE WHEN settled AND declined THEN delta ELSE 0 END) AS declined,
      sum(CASE WHEN settled AND bade THEN delta ELSE 0 END) AS bid,
      sum(CASE WHEN settled AND won THEN delta ELSE 0 END) AS won
    FROM (
      SELECT a.*, a.kind = 'offer' OR a.opened AS settled,
        CASE WHEN a.kind = 'offer' THEN a.accepted ELSE a.bid END AS bade
      FROM unnest(answers) a
    ) a
    GROUP BY 1, 2, 3, 4, 5
  ) g
  WHERE (invited, settled, responded, declined, bid, won) <> (0, 0, 0, 0, 0, 0)
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (supplier_id, organisation_id, agreement_id, dps_id, procedure)
  DO UPDATE SET invited = t.invited + EXCLUDED.invited, settled = t.settled + EXCLUDED.settled,
    responded = t.responded + EXCLUDED.responded, declined = t.declined + EXCLUDED.declined,
    bid = t.bid + EXCLUDED.bid, won = t.won + EXCLUDED.won;
$$;

-- Whether the supplier has a standing bid in the call-off (read only once the bids are opened).
CREATE FUNCTION supplier_answer_bid(calloff uuid, supplier uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM bids b
    WHERE b.calloff_id = calloff AND b.supplier_id = supplier AND b.status = 'submitted');
$$;

SELECT supplier_answer_counts_add(ARRAY(
  SELECT ROW(i.supplier_id, c.organisation_id, c.agreement_id, c.dps_id, c.procedure, i.kind,
    c.opened_at IS NOT NULL, i.accepted_at IS NOT NULL, i.declined_at IS NOT NULL,
    b.calloff_id IS NOT NULL,
    coalesce(ad.supplier_id = i.supplier_id OR o.supplier_id = i.supplier_id, false), 1)::supplier_answer
  FROM calloff_invitations i
  JOIN calloffs c ON c.id = i.calloff_id
  LEFT JOIN bids b ON b.calloff_id = i.calloff_id AND b.supplier_id = i.supplier_id
    AND b.status = 'submitted'
  LEFT JOIN award_decisions ad ON ad.calloff_id = c.id
  LEFT JOIN orders o ON o.calloff_id = c.id
  WHERE c.status <> 'draft'));

-- An invitation by what tallyInvitations reads of its own row, counted (+1) or no longer (-1).
CREATE TYPE supplier_answer_invitation AS (
  calloff_id uuid,
  supplier_id uuid,
  kind text,
  accepted boolean,
  declined boolean,
  delta bigint
);

CREATE FUNCTION supplier_answer_counts_invitations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed supplier_answer_invitation[] := '{}';
BEGIN
  -- Each transition table exists only for the events that have it.
  IF TG_OP <> 'INSERT' THEN
    changed := ARRAY(SELECT ROW(calloff_id, supplier_id, kind, accepted_at IS NOT NULL,
      declined_at IS NOT NULL, -1)::supplier_answer_invitation FROM before_rows);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    changed := changed || ARRAY(SELECT ROW(calloff_id, supplier_id, kind, accepted_at IS NOT NULL,
      declined_at IS NOT NULL, 1)::supplier_answer_invitation FROM after_rows);
  END IF;
  PERFORM supplier_answer_counts_add(ARRAY(
    SELECT ROW(i.supplier_id, c.organisation_id, c.agreement_id, c.dps_id, c.procedure, i.kind,
      c.opened_at IS NOT NULL, i.accepted, i.declined, supplier_answer_bid(c.id, i.supplier_id),
      coalesce(ad.supplier_id = i.supplier_id OR o.supplier_id = i.supplier_id, false),
      i.delta)::supplier_answer
    FROM unnest(changed) i
    JOIN calloffs c ON c.id = i.calloff_id
    LEFT JOIN award_decisions ad ON ad.calloff_id = c.id
    LEFT JOIN orders o ON o.calloff_id = c.id
    WHERE c.status <> 'draft'));
  RETURN NULL;
END;
$$;

-- A call-off whose draft state, municipality, agreement, DPS, procedure or opening changes: its
-- invitations leave the counts they were in and join the new ones. (A call-off is made before any
-- invitation to it and removed only after them, so its insert and delete change nothing here.)
CREATE FUNCTION supplier_answer_counts_calloffs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM supplier_answer_counts_add(ARRAY(
    SELECT ROW(i.supplier_id, x.organisation_id, x.agreement_id, x.dps_id, x.procedure, i.kind,
      x.opened_at IS NOT NULL, i.accepted_at IS NOT NULL, i.declined_at IS NOT NULL,
      supplier_answer_bid(x.id, i.supplier_id),
      coalesce(ad.supplier_id = i.supplier_id OR o.supplier_id = i.supplier_id, false),
      x.delta)::supplier_answer
    FROM (
      SELECT b.*, -1 AS delta FROM before_rows b JOIN after_rows a ON a.id = b.id
      WHERE (b.status = 'draft', b.organisation_id, b.agreement_id, b.dps_id, b.procedure,
        b.opened_at IS NULL) IS DISTINCT FROM (a.status = 'draft', a.organisation_id,
        a.agreement_id, a.dps_id, a.procedure, a.opened_at IS NULL)
      UNION ALL
      SELECT a.*, 1 FROM before_rows b JOIN after_rows a ON a.id = b.id
      WHERE (b.status = 'draft', b.organisation_id, b.agreement_id, b.dps_id, b.procedure,
        b.opened_at IS NULL) IS DISTINCT FROM (a.status = 'draft', a.organisation_id,
        a.agreement_id, a.dps_id, a.procedure, a.opened_at IS NULL)
    ) x
    JOIN calloff_invitations i ON i.calloff_id = x.id
    LEFT JOIN award_decisions ad ON ad.calloff_id = x.id
    LEFT JOIN orders o ON o.calloff_id = x.id
    WHERE x.status <> 'draft'));
  RETURN NULL;
END;
$$;

-- A bid, award decision or order by its call-off and supplier; for a bid, whether it stands.
CREATE TYPE supplier_answer_link AS (calloff_id uuid, supplier_id uuid, stands boolean);

-- The invitations a bid, award decision or order was and is linked to, each counted as it was
-- (-1) and as it is (+1). A bid is one per call-off and supplier, an award decision and an order
-- one per call-off: where the statement left none (or found none), there is none. The links are
-- put together per key before any join (a join on the arrays, which the planner takes for ten
-- rows, compared every pair: 5 s for 1 000 award decisions).
CREATE FUNCTION supplier_answer_counts_relink(
  source text,
  before_links supplier_answer_link[],
  after_links supplier_answer_link[]
) RETURNS void LANGUAGE sql AS $$
  SELECT supplier_answer_counts_add(ARRAY(
    SELECT ROW(i.supplier_id, c.organisation_id, c.agreement_id, c.dps_id, c.procedure, i.kind,
      c.opened_at IS NOT NULL, i.accepted_at IS NOT NULL, i.declined_at IS NOT NULL,
      CASE WHEN source = 'bid' THEN coalesce(s.stands, false)
        ELSE supplier_answer_bid(c.id, i.supplier_id) END,
      coalesce(CASE WHEN source = 'award' THEN s.linked ELSE ad.supplier_id END = i.supplier_id
        OR CASE WHEN source = 'order' THEN s.linked ELSE o.supplier_id END = i.supplier_id,
        false),
      s.delta)::supplier_answer
    FROM (
      SELECT calloff_id, CASE WHEN source = 'bid' THEN supplier_id END AS supplier_id,
        bool_or(stands) FILTER (WHERE delta < 0) AS stood,
        bool_or(stands) FILTER (WHERE delta > 0) AS stands,
        (array_agg(supplier_id) FILTER (WHERE delta < 0))[1] AS was_linked,
        (array_agg(supplier_id) FILTER (WHERE delta > 0))[1] AS linked
      FROM (
        SELECT l.*, -1 AS delta FROM unnest(before_links) l
        UNION ALL SELECT l.*, 1 FROM unnest(after_links) l
      ) l
      GROUP BY 1, 2
    ) k
    CROSS JOIN LATERAL (VALUES (-1, k.stood, k.was_linked), (1, k.stands, k.linked))
      AS s(delta, stands, linked)
    JOIN calloffs c ON c.id = k.calloff_id
    JOIN calloff_invitations i ON i.calloff_id = k.calloff_id
      AND (k.supplier_id IS NULL OR i.supplier_id = k.supplier_id)
    LEFT JOIN award_decisions ad ON ad.calloff_id = c.id
    LEFT JOIN orders o ON o.calloff_id = c.id
    WHERE c.status <> 'draft'));
$$;

CREATE FUNCTION supplier_answer_counts_bids() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  before_links supplier_answer_link[] := '{}';
  after_links supplier_answer_link[] := '{}';
BEGIN
  -- Each transition table exists only for the events that have it.
  IF TG_OP <> 'INSERT' THEN
    before_links := ARRAY(SELECT ROW(calloff_id, supplier_id, status = 'submitted')::supplier_answer_link
      FROM before_rows);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    after_links := ARRAY(SELECT ROW(calloff_id, supplier_id, status = 'submitted')::supplier_answer_link
      FROM after_rows);
  END IF;
  PERFORM supplier_answer_counts_relink('bid', before_links, after_links);
  RETURN NULL;
END;
$$;

-- TG_ARGV[0]: whose supplier the table names as the call-off's winner ('award' or 'order').
CREATE FUNCTION supplier_answer_counts_winners() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  before_links supplier_answer_link[] := '{}';
  after_links supplier_answer_link[] := '{}';
BEGIN
  IF TG_OP <> 'INSERT' THEN
    before_links := ARRAY(SELECT ROW(calloff_id, supplier_id, true)::supplier_answer_link
      FROM before_rows WHERE calloff_id IS NOT NULL);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    after_links := ARRAY(SELECT ROW(calloff_id, supplier_id, true)::supplier_answer_link
      FROM after_rows WHERE calloff_id IS NOT NULL);
  END IF;
  PERFORM supplier_answer_counts_relink(TG_ARGV[0], before_links, after_links);
  RETURN NULL;
END;
$$;

CREATE TRIGGER supplier_answer_counts_insert AFTER INSERT ON calloff_invitations
  REFERENCING NEW TABLE AS after_rows FOR EACH STATEMENT
  EXECUTE FUNCTION supplier_answer_counts_invitations();
CREATE TRIGGER supplier_answer_counts_update AFTER UPDATE ON calloff_invitations
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT
  EXECUTE FUNCTION supplier_answer_counts_invitations();
CREATE TRIGGER supplier_answer_counts_delete AFTER DELETE ON calloff_invitations
  REFERENCING OLD TABLE AS before_rows FOR EACH STATEMENT
  EXECUTE FUNCTION supplier_answer_counts_invitations();
CREATE TRIGGER supplier_answer_counts_calloff_update AFTER UPDATE ON calloffs
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT
  EXECUTE FUNCTION supplier_answer_counts_calloffs();
CREATE TRIGGER supplier_answer_counts_bid_insert AFTER INSERT ON bids
  REFERENCING NEW TABLE AS after_rows FOR EACH STATEMENT
  EXECUTE FUNCTION supplier_answer_counts_bids();
CREATE TRIGGER supplier_answer_counts_bid_update AFTER UPDATE ON bids
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT
  EXECUTE FUNCTION supplier_answer_counts_bids();
CREATE TRIGGER supplier_answer_counts_bid_delete AFTER DELETE ON bids
  REFERENCING OLD TABLE AS before_rows FOR EACH STATEMENT
  EXECUTE FUNCTION supplier_answer_counts_bids();
CREATE TRIGGER supplier_answer_counts_award_insert AFTER INSERT ON award_decisions
  REFERENCING NEW TABLE AS after_rows FOR EACH STATEMENT
  EXECUTE FUNCTION supplier_answer_counts_winners('award');
CREATE TRIGGER supplier_answer_counts_award_update AFTER UPDATE ON award_decisions
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT
  EXECUTE FUNCTION supplier_answer_counts_winners('award');
CREATE TRIGGER supplier_answer_counts_award_delete AFTER DELETE ON award_decisions
  REFERENCING OLD TABLE AS before_rows FOR EACH STATEMENT
  EXECUTE FUNCTION supplier_answer_counts_winners('award');
CREATE TRIGGER supplier_answer_counts_order_insert AFTER INSERT ON orders
  REFERENCING NEW TABLE AS after_rows FOR EACH STATEMENT
  EXECUTE FUNCTION supplier_answer_counts_winners('order');
CREATE TRIGGER supplier_answer_counts_order_update AFTER UPDATE ON orders
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT
  EXECUTE FUNCTION supplier_answer_counts_winners('order');
CREATE TRIGGER supplier_answer_counts_order_delete AFTER DELETE ON orders
  REFERENCING OLD TABLE AS before_rows FOR EACH STATEMENT
  EXECUTE FUNCTION supplier_answer_counts_winners('order');

-- A procurement body's spend (insights/spend and spend/years) read the summaries of 0023, which
-- are per municipality: a municipality reads its own few hundred rows by their index, but the
-- body's scope is every participating municipality's orders under its agreements and DPSs, so it
-- read ~36 000 of spend_month_totals and ~94 000 of spend_running_months (of the 388
-- municipalities' 64 000 and 137 000) and summed them on every call (60-190 ms). A body's view
-- that neither groups nor filters by municipality or supplier reads these instead: the same sums
-- without the municipality (and the supplier), of the orders under an agreement or DPS, about a
-- thousand rows each. Kept by statement-level triggers on the summaries they sum, with the same
-- transaction. Only what is added up is kept (not the lowest and highest prices); a group may be
-- left at zero orders and is then read as none.
CREATE TABLE spend_framework_months (
  agreement_id uuid,
  dps_id uuid,
  month date NOT NULL,
  category_id uuid,
  procedure text NOT NULL,
  currency text NOT NULL,
  unit text NOT NULL,
  orders bigint NOT NULL,
  committed_minor bigint NOT NULL,
  UNIQUE NULLS NOT DISTINCT (agreement_id, dps_id, month, category_id, procedure, currency, unit)
);

CREATE TABLE spend_framework_running (
  agreement_id uuid,
  dps_id uuid,
  start_month date NOT NULL,
  runs_until date NOT NULL,
  category_id uuid,
  procedure text NOT NULL,
  currency text NOT NULL,
  unit text NOT NULL,
  orders bigint NOT NULL,
  daily_rate_minor numeric NOT NULL,
  UNIQUE NULLS NOT DISTINCT (agreement_id, dps_id, runs_until, start_month, category_id,
    procedure, currency, unit)
);

INSERT INTO spend_framework_months
SELECT agreement_id, dps_id, month, category_id, procedure, currency, unit, sum(orders),
  sum(committed_minor)
FROM spend_month_totals WHERE agreement_id IS NOT NULL OR dps_id IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6, 7;

INSERT INTO spend_framework_running
SELECT agreement_id, dps_id, start_month, runs_until, category_id, procedure, currency, unit,
  sum(orders), sum(daily_rate_minor)
FROM spend_running_months WHERE agreement_id IS NOT NULL OR dps_id IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

-- The rows of spend_month_totals a statement took away (-) and those it left (+), added to their
-- groups in key order (as calloff_state_counts_add). Each transition table exists only for the
-- events that have it.
CREATE FUNCTION spend_framework_months_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  taken spend_month_totals[] := '{}';
  left_ spend_month_totals[] := '{}';
BEGIN
  IF TG_OP <> 'INSERT' THEN taken := ARRAY(SELECT r FROM before_rows r); END IF;
  IF TG_OP <> 'DELETE' THEN left_ := ARRAY(SELECT r FROM after_rows r); END IF;
  INSERT INTO spend_framework_months AS t
  SELECT agreement_id, dps_id, month, category_id, procedure, currency, unit,
    sum(sign * orders), sum(sign * committed_minor)
  FROM (SELECT *, -1 AS sign FROM unnest(taken) UNION ALL SELECT *, 1 FROM unnest(left_)) c
  WHERE agreement_id IS NOT NULL OR dps_id IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6, 7
  ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT (agreement_id, dps_id, month, category_id, procedure, currency, unit)
  DO UPDATE SET orders = t.orders + EXCLUDED.orders,
    committed_minor = t.committed_minor + EXCLUDED.committed_minor;
  RETURN NULL;
END;
$$;

-- The same for spend_running_months: its day rates are exact decimals, so what is added and
-- taken away again leaves the sum as it was.
CREATE FUNCTION spend_framework_running_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  taken spend_running_months[] := '{}';
  left_ spend_running_months[] := '{}';
BEGIN
  IF TG_OP <> 'INSERT' THEN taken := ARRAY(SELECT r FROM before_rows r); END IF;
  IF TG_OP <> 'DELETE' THEN left_ := ARRAY(SELECT r FROM after_rows r); END IF;
  INSERT INTO spend_framework_running AS t
  SELECT agreement_id, dps_id, start_month, runs_until, category_id, procedure, currency, unit,
    sum(sign * orders), sum(sign * daily_rate_minor)
  FROM (SELECT *, -1 AS sign FROM unnest(taken) UNION ALL SELECT *, 1 FROM unnest(left_)) c
  WHERE agreement_id IS NOT NULL OR dps_id IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
  ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
  ON CONFLICT (agreement_id, dps_id, runs_until, start_month, category_id, procedure, currency,
    unit)
  DO UPDATE SET orders = t.orders + EXCLUDED.orders,
    daily_rate_minor = t.daily_rate_minor + EXCLUDED.daily_rate_minor;
  RETURN NULL;
END;
$$;

CREATE TRIGGER spend_framework_months_insert AFTER INSERT ON spend_month_totals
  REFERENCING NEW TABLE AS after_rows FOR EACH STATEMENT
  EXECUTE FUNCTION spend_framework_months_changed();
CREATE TRIGGER spend_framework_months_update AFTER UPDATE ON spend_month_totals
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT
  EXECUTE FUNCTION spend_framework_months_changed();
CREATE TRIGGER spend_framework_months_delete AFTER DELETE ON spend_month_totals
  REFERENCING OLD TABLE AS before_rows FOR EACH STATEMENT
  EXECUTE FUNCTION spend_framework_months_changed();
CREATE TRIGGER spend_framework_running_insert AFTER INSERT ON spend_running_months
  REFERENCING NEW TABLE AS after_rows FOR EACH STATEMENT
  EXECUTE FUNCTION spend_framework_running_changed();
CREATE TRIGGER spend_framework_running_update AFTER UPDATE ON spend_running_months
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT
  EXECUTE FUNCTION spend_framework_running_changed();
CREATE TRIGGER spend_framework_running_delete AFTER DELETE ON spend_running_months
  REFERENCING OLD TABLE AS before_rows FOR EACH STATEMENT
  EXECUTE FUNCTION spend_framework_running_changed();

-- The price corridor (matching/price-corridor) reads the agreed prices of the categories of the
-- municipality's bodies: it read all 172 000 prices of the market to keep the ~32 000 of its
-- three bodies' categories. By category, with what the corridor reads of each, it reads only
-- those from the index. Keyed by category alone: keyed by category and valid_from too, it offered
-- the latest price of a category in order, and the catalogue's refresh (0026), asked for one
-- supplier's latest price per category, walked a whole category's prices for it (a bulk insert of
-- 40 000 suppliers' prices ran for over ten minutes instead of seconds).
CREATE INDEX prices_agreed_category ON prices (category_id)
  INCLUDE (valid_from, valid_to, agreement_id, unit, currency, amount_minor) WHERE status = 'agreed';
