-- Call-offs (DOMAIN.md "How work flows" steps 2–3): a municipality's buyer calls off a submitted
-- need under one lot of a framework agreement or one category of a DPS. The procedure is derived
-- server-side when the draft is made and kept with its reason. Invitations, bids and award follow
-- in later migrations; the status list grows with them.

CREATE TABLE calloffs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The calling-off municipality; only its own users see the call-off.
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  need_id uuid NOT NULL REFERENCES needs(id),
  agreement_id uuid REFERENCES framework_agreements(id),
  lot_id uuid REFERENCES agreement_lots(id),
  dps_id uuid REFERENCES dynamic_purchasing_systems(id),
  category_id uuid REFERENCES service_categories(id),
  procedure text NOT NULL
    CHECK (procedure IN ('ranking', 'renewed_competition', 'dps_specific_contract')),
  -- Why the procedure applies: { code, params } as deriveProcedure gave it.
  procedure_reason jsonb NOT NULL,
  expected_volume numeric NOT NULL,
  expected_unit text NOT NULL,
  currency text NOT NULL CHECK (currency IN ('SEK', 'DKK', 'EUR')),
  -- { kind, basis, priceWeight?, qualityWeight? } (packages/domain/src/evaluation/model.ts).
  evaluation_model jsonb NOT NULL,
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN (
      'draft',
      'cancelled'
    )),
  title text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  cancelled_reason text,
  -- Exactly one source: a lot of an agreement, or a category of a DPS.
  CHECK (
    (agreement_id IS NOT NULL AND lot_id IS NOT NULL AND dps_id IS NULL AND category_id IS NULL)
    OR (agreement_id IS NULL AND lot_id IS NULL AND dps_id IS NOT NULL AND category_id IS NOT NULL)
  ),
  FOREIGN KEY (dps_id, category_id) REFERENCES dps_categories(dps_id, category_id)
);

CREATE INDEX calloffs_organisation ON calloffs (organisation_id, created_at DESC, id DESC);
CREATE INDEX calloffs_need ON calloffs (need_id);

-- The call-off's must and should requirements, in the order the buyer lists them.
CREATE TABLE calloff_requirements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  calloff_id uuid NOT NULL REFERENCES calloffs(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  position integer NOT NULL,
  level text NOT NULL CHECK (level IN ('must', 'should')),
  title text NOT NULL,
  criterion_kind text NOT NULL CHECK (criterion_kind IN ('yes_no', 'minimum')),
  minimum numeric,
  value_kind text CHECK (value_kind IN ('deduction', 'points')),
  deduction_minor bigint,
  currency text CHECK (currency IN ('SEK', 'DKK', 'EUR')),
  points integer,
  UNIQUE (calloff_id, position),
  CHECK ((criterion_kind = 'minimum') = (minimum IS NOT NULL)),
  -- A must requirement has no value; a should requirement has exactly one.
  CHECK (
    (level = 'must' AND value_kind IS NULL AND deduction_minor IS NULL AND points IS NULL)
    OR (level = 'should' AND value_kind = 'deduction' AND deduction_minor IS NOT NULL
        AND currency IS NOT NULL AND points IS NULL)
    OR (level = 'should' AND value_kind = 'points' AND points IS NOT NULL
        AND deduction_minor IS NULL)
  )
);
